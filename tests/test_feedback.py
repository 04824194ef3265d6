"""The comparison and the report show the same agreement, strengths and areas for development:
one function computes them (services.feedback)."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf

from fidelity_app.reports import build_report
from fidelity_app.reports.story import Report
from fidelity_app.reports.styles import make_styles
from fidelity_app.services.app import App
from fidelity_app.services.feedback import review_feedback, strengths_and_development
from fidelity_app.services.report_data import report_data

ANNA, BERTIL, CECILIA = "Anna Andersson", "Bertil Berg", "Cecilia Cederlund"


def pdf_text(app: App, review_uuid: str, pages: slice = slice(0, 2)) -> str:
    pdf = build_report(report_data(app, review_uuid, generated_on=date(2026, 11, 1)),
                       invariant=True)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages[pages]))


def test_the_report_shows_the_agreement_of_the_comparison(app: App) -> None:
    """Three reviewers, one of whom has not scored yet: the comparison and the report both
    give the agreement of the two who scored (they once differed here)."""
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external", language="sv",
                                       start_date=date(2026, 10, 13),
                                       reviewers=(ANNA, BERTIL, CECILIA)).uuid
    items = app.scales.get("ips-25", "sv").items
    anna = [3, 4, 5, 4, 2] * 5
    bertil = anna[:20] + [4, 5, 4, 3, 4]  # 20 equal, 4 one apart, 1 two apart
    for item, a, b in zip(items, anna, bertil, strict=True):
        app.ratings.set_rating(review, ANNA, item.id, a)
        app.ratings.set_rating(review, BERTIL, item.id, b)

    compared = app.ratings.compare(review).agreement
    data = report_data(app, review)
    assert data.feedback.agreement == compared == app.ratings.agreement(review)
    assert compared.reviewers == (ANNA, BERTIL)
    assert (compared.items, compared.exact_count, compared.within_one_count) == (25, 20, 24)
    assert compared.kappa_quadratic is not None

    text = pdf_text(app, review, slice(0, 1))
    assert "EXAKT SAMMA POÄNG 80 % (20 av 25 kriterier)" in text
    assert "HÖGST EN POÄNG ISÄR 96 % (24 av 25 kriterier)" in text
    assert f"{compared.kappa_quadratic:.2f}".replace(".", ",") in text
    assert f"({ANNA}, {BERTIL}), över de 25 kriterier" in text


def test_the_reports_strengths_and_development_come_from_the_same_function(app: App) -> None:
    service = app.reviews.create_service("Arbetsstöd Norr")
    review = app.reviews.create_review(service.uuid, kind="external", language="sv",
                                       start_date=date(2026, 10, 13)).uuid
    scale = app.scales.get("ips-25", "sv")
    scores = dict(zip([it.id for it in scale.items], [4, 5, 3, 1, 2] * 5, strict=True))
    for item_id, score in scores.items():
        app.reviews.set_score(review, item_id, score)

    strengths, development = strengths_and_development(scale, scores)
    assert [scores[i] for i in strengths] == [5] * 5 + [4] * 5
    assert [scores[i] for i in development] == [1] * 5 + [2] * 5 + [3] * 5
    data = report_data(app, review)
    assert data.feedback == review_feedback(app.reviews.get_review(review), scale)
    assert (data.feedback.strengths, data.feedback.development) == (strengths, development)
    report = Report(data, make_styles())
    assert [it.id for it in report.strength_items()] == list(strengths)
    assert [it.id for it in report.development_items()] == list(development)

    # the summary page lists the first four of each, in that order
    text = pdf_text(app, review)
    after = text.split("Främsta styrkor", 1)[1]
    shown = [scale.item(i).title for i in strengths[:4]]
    positions = [after.find(title[:30]) for title in shown]
    assert -1 not in positions and positions == sorted(positions)
    low = text.split("Viktigaste utvecklingsområden", 1)[1]
    assert low.find(scale.item(development[0]).title[:30]) != -1
