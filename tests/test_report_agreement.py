"""The reviewers' agreement in the feedback report: read back from the PDF, in both languages."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from fidelity_app.reports import build_report
from fidelity_app.scale.agreement import (
    CONSTANT_REVIEWER,
    NO_VARIATION,
    NOT_TWO_REVIEWERS,
    TOO_FEW_ITEMS,
    agreement,
)
from fidelity_app.services.app import App
from fidelity_app.services.report_data import report_data

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"


def new_review(app: App, reviewers: tuple[str, ...] = (ANNA, BERTIL), language: str = "sv"):
    service = app.reviews.create_service("Arbetsstöd Norr", organisation="Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external", language=language,
                                       start_date=date(2026, 10, 13), reviewers=reviewers)
    return review.uuid, app.scales.get("ips-25", language).items


def cover_text(app: App, review_uuid: str, lang: str | None = None) -> str:
    """The text of the report's first page, with runs of white space made single."""
    pdf = build_report(report_data(app, review_uuid, lang, generated_on=date(2026, 11, 1)),
                       invariant=True)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    return re.sub(r"\s+", " ", page.extract_text())


def rate(app: App, uuid: str, items, scores: dict[str, list[int]]) -> None:
    for name, values in scores.items():
        for item, score in zip(items, values, strict=False):
            app.ratings.set_rating(uuid, name, item.id, score)


def test_cover_shows_the_agreement_of_two_reviewers_in_swedish(app: App) -> None:
    uuid, items = new_review(app)
    anna = [3, 4, 5, 4, 2] * 5
    bertil = anna[:21] + [5, 4, 3, 4]  # 21 equal, 3 one apart, 1 two apart
    rate(app, uuid, items, {ANNA: anna, BERTIL: bertil})
    expected = agreement({ANNA: {it.id: s for it, s in zip(items, anna, strict=True)},
                          BERTIL: {it.id: s for it, s in zip(items, bertil, strict=True)}})
    assert expected.kappa_quadratic is not None
    text = cover_text(app, uuid)
    assert "Samstämmighet mellan bedömarna" in text
    assert "EXAKT SAMMA POÄNG 84 % (21 av 25 kriterier)" in text
    assert "HÖGST EN POÄNG ISÄR 96 % (24 av 25 kriterier)" in text
    assert f"{expected.kappa_quadratic:.2f}".replace(".", ",") in text
    assert "(Anna Andersson, Bertil Berg), över de 25 kriterier som alla bedömt" in text


def test_cover_in_english_and_kappa_undefined_said_in_words(app: App) -> None:
    uuid, items = new_review(app, language="en")
    rate(app, uuid, items, {ANNA: [3] * 25, BERTIL: [3] * 25})
    text = cover_text(app, uuid)
    assert "Agreement between the reviewers" in text
    assert "EXACTLY THE SAME SCORE 100% (25 of 25 items)" in text
    assert "AT MOST ONE POINT APART 100% (25 of 25 items)" in text
    assert "Undefined: both reviewers gave every item the same score." in text
    swedish = cover_text(app, uuid, "sv")
    assert "Inte definierad: båda bedömarna gav alla kriterier samma poäng." in swedish


def test_three_reviewers_get_shares_and_no_kappa(app: App) -> None:
    uuid, items = new_review(app, reviewers=(ANNA, BERTIL, "Cecilia Cederlund"))
    rate(app, uuid, items, {ANNA: [4] * 25, BERTIL: [4] * 25, "Cecilia Cederlund": [3] * 25})
    text = cover_text(app, uuid)
    assert "EXAKT SAMMA POÄNG 0 % (0 av 25 kriterier)" in text
    assert "HÖGST EN POÄNG ISÄR 100 % (25 av 25 kriterier)" in text
    assert "Anges inte: kappa beräknas för exakt två bedömare." in text


@pytest.mark.parametrize("scored_by", [(), (ANNA,)])
def test_no_agreement_block_without_two_reviewers_who_scored(
    app: App, scored_by: tuple[str, ...]
) -> None:
    uuid, items = new_review(app)
    rate(app, uuid, items, {name: [4] * 25 for name in scored_by})
    for item in items:
        app.reviews.set_score(uuid, item.id, 4)
    text = cover_text(app, uuid)
    assert "Samstämmighet" not in text
    assert "BEDÖMARE Anna Andersson, Bertil Berg" in text


@pytest.mark.parametrize(("anna", "bertil", "reason"), [
    ([3, 4], [3, 4], None),
    ([3], [3], TOO_FEW_ITEMS),
    ([3, 3, 3], [3, 3, 3], NO_VARIATION),
    ([3, 3, 3], [4, 4, 4], CONSTANT_REVIEWER),
    ([3, 3, 3], [2, 3, 4], CONSTANT_REVIEWER),
])
def test_the_reason_kappa_is_not_given_comes_as_a_code(
    anna: list[int], bertil: list[int], reason: str | None
) -> None:
    result = agreement({"A": dict(enumerate(anna)), "B": dict(enumerate(bertil))})
    assert result.kappa_reason == reason
    assert (result.kappa_quadratic is None) == (reason is not None)


def test_not_two_reviewers_has_its_own_code() -> None:
    three = agreement({"A": {"x": 1, "y": 2}, "B": {"x": 1, "y": 2}, "C": {"x": 2, "y": 2}})
    assert three.kappa_reason == NOT_TWO_REVIEWERS and three.kappa_quadratic is None
    assert agreement({"A": {"x": 1}}).kappa_reason == NOT_TWO_REVIEWERS


def test_the_cover_stays_one_page_with_the_agreement_block(app: App) -> None:
    service = app.reviews.create_service(
        "Arbetsstöd Norr", organisation="Exempelkommun, socialpsykiatrin",
        location="Exempelstad", contact="Enhetschef Karin Lind, 010-123 45 67")
    uuid = app.reviews.create_review(service.uuid, kind="external", language="sv",
                                     start_date=date(2026, 10, 13), end_date=date(2026, 10, 14),
                                     reviewers=(ANNA, BERTIL)).uuid
    items = app.scales.get("ips-25", "sv").items
    rate(app, uuid, items, {ANNA: [3, 4, 5, 4, 2] * 5, BERTIL: [3, 4, 5, 4, 3] * 5})
    for lang, colophon, summary in (("sv", "Rapporten skapad", "Sammanfattning"),
                                    ("en", "Report written", "Summary")):  # English is longer
        pdf = build_report(report_data(app, uuid, lang, generated_on=date(2026, 11, 1)),
                           invariant=True)
        pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
        assert colophon in pages[0].extract_text()
        assert summary in pages[1].extract_text()
