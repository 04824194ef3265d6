"""The feedback report (PDF): its parts, texts, comparison, watermark, metadata, languages."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from fidelity_app.exchange.evidence import legacy_entry_id
from fidelity_app.exchange.format import ReviewFile
from fidelity_app.reports import build_report, write_report
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.services.report_data import report_data

# Agreed scores of a complete review: total 92 ("fair"; 74-99).
SCORES = {
    "staffing-1": 4, "staffing-2": 4, "staffing-3": 4,
    "organization-1": 4, "organization-2": 4, "organization-3": 3, "organization-4": 4,
    "organization-5": 4, "organization-6": 4, "organization-7": 3, "organization-8": 2,
    "services-1": 3, "services-2": 4, "services-3": 3, "services-4": 4, "services-5": 4,
    "services-6": 3, "services-7": 4, "services-8": 4, "services-9": 4, "services-10": 5,
    "services-11": 4, "services-12": 3, "services-13": 3, "services-14": 4,
}
EARLIER = {**SCORES, "staffing-2": 3, "organization-8": 3, "services-10": 4, "services-1": 1}


def make_review(
    app: App,
    scores: dict[str, int],
    *,
    service: str = "Arbetsstöd Norr",
    start: date = date(2026, 10, 13),
    final: bool = False,
    language: str = "sv",
    notes: bool = True,
    tag: str = "",
    texts: dict[str, str] | None = None,
    reviewers: tuple[str, ...] = ("Anna Andersson", "Bertil Berg"),
) -> str:
    """Store a review (one transaction, as an import) with a distinct note in every field.

    Reviews with the same ``service`` name belong to the same service. ``texts`` overrides
    the notes of every item (keys: evidence, strengths, development, rationale).
    """
    items = []
    for item_id, score in scores.items():
        fields = {f: note(f, item_id, tag) for f in ("evidence", "strengths", "development")}
        chosen = dict(texts or (fields if notes else {}))
        evidence = chosen.pop("evidence", "")
        # the default notes' evidence is an interview; a text given is one untagged entry
        source, role = ("untagged", "") if texts else ("interview", "arbetsspecialist")
        entries = [{"id": legacy_entry_id(evidence), "source": source, "role": role,
                    "text": evidence}] if evidence else []
        items.append({"id": item_id, "score": score, "evidence": entries, **chosen})
    model = ReviewFile.model_validate({
        "format": "fidelity-app/review", "version": 1, "scale": "ips-25", "language": language,
        "service": {"name": service, "organisation": "Exempelkommun",
                    "location": "Exempelstad"},
        "review": {"kind": "external", "date": start.isoformat(), "end_date": start.isoformat(),
                   "status": "final" if final else "draft",
                   "reviewers": [{"name": n} for n in reviewers],
                   "summary": {"strengths": f"Övergripande styrka {tag}",
                               "recommendations": f"Övergripande rekommendation {tag}"}},
        "items": items,
    }, strict=False)
    return app.exchange.import_model(model).review_uuid


def note(field: str, item_id: str, tag: str = "") -> str:
    """The note written in ``field`` of ``item_id``."""
    return f"{field.capitalize()}-anteckning för {item_id}{tag}: åäö ÅÄÖ."


def squash(text: str) -> str:
    """``text`` without any whitespace (line wrapping does not matter)."""
    return re.sub(r"\s+", "", text)


def pages_of(pdf: bytes | Path) -> list[str]:
    """The extracted text of each page."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def big_text(page: pypdf.PageObject) -> str:
    """The text drawn in a very large font on a page (only the watermark is that big)."""
    big: list[str] = []

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        if size > 35:
            big.append(text)

    page.extract_text(visitor_text=visit)
    return "".join(big).strip()


def watermarks(pdf: bytes) -> list[str]:
    """The watermark of each page ('' for none)."""
    return [big_text(page) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def whole(pages: list[str]) -> str:
    return squash("".join(pages))


def build(app: App, review: str, lang: str | None = None) -> bytes:
    return build_report(report_data(app, review, lang), invariant=True)


def chapter(pages: list[str], start: str, end: str | None) -> str:
    """The squashed text between two headings."""
    text = whole(pages)
    begin = text.index(squash(start))
    return text[begin: text.index(squash(end), begin + 1) if end else None]


# -- content -----------------------------------------------------------------------------


def test_report_has_every_part_and_every_note(app: App) -> None:
    make_review(app, EARLIER, start=date(2025, 10, 14), final=True, tag="-then")
    review = make_review(app, SCORES)
    pages = pages_of(build(app, review))
    text = whole(pages)
    scale = app.scales.get("ips-25", "sv")

    assert len(pages) >= 6
    assert pages[1].count("Sammanfattning") >= 1
    for heading in ("Sammanfattning", "Styrkor", "Utvecklingsområden", "Kriterium för kriterium",
                    "Jämförelse med föregående bedömning"):
        assert squash(heading) in text
    assert squash("Arbetsstöd Norr") in squash(pages[0])
    assert squash("92 / 125") in squash(pages[1])
    assert squash("Måttlig programtrohet") in squash(pages[1])
    assert squash(scale.band_for(92).description) in text
    for item in scale.items:
        assert squash(item.title) in text, item.id
        for field in ("evidence", "strengths", "development"):
            assert squash(note(field, item.id)) in text, (item.id, field)
    assert squash("Övergripande styrka") in text
    assert squash("Övergripande rekommendation") in text
    assert squash("Anna Andersson, Bertil Berg") in squash(pages[0])
    # section subtotals (Personal 12 of 15, Organisation 28 of 40, Tjänster 52 of 70)
    summary = squash(pages[1])
    for row in ("Personal3/312154,0", "Organisation8/828403,5", "Tjänster14/1452703,7"):
        assert row in summary


def test_every_body_page_has_running_header_and_page_x_of_y(app: App) -> None:
    review = make_review(app, SCORES, final=True)
    pages = pages_of(build(app, review))
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Sida {number} av {total}" in page
        assert squash("Arbetsstöd Norr") in squash(page)
        assert squash("13 oktober 2026") in squash(page)
    assert "Sida 1 av" not in pages[0]


def test_strengths_five_then_four_and_development_lowest_first(app: App) -> None:
    review = make_review(app, SCORES, final=True)
    pages = pages_of(build(app, review))
    scale = app.scales.get("ips-25", "sv")
    strengths = chapter(pages, "Styrkor Kriterierna med högst poäng", "Utvecklingsområden")
    development = chapter(pages, "Utvecklingsområden Kriterierna med 3", "Kriterium för kriterium")

    def order(text: str, ids: list[str]) -> list[str]:
        found = [(text.find(squash(scale.item(i).title)), i) for i in ids]
        assert all(pos >= 0 for pos, _ in found)
        return [i for _, i in sorted(found)]

    high = [i for i, s in SCORES.items() if s >= 4]
    got = order(strengths, high)
    assert got[0] == "services-10"  # the only 5 comes first
    assert [SCORES[i] for i in got] == sorted((SCORES[i] for i in got), reverse=True)
    low = [i for i, s in SCORES.items() if s <= 3]
    got = order(development, low)
    assert got[0] == "organization-8"  # the only 2 comes first
    assert [SCORES[i] for i in got] == sorted(SCORES[i] for i in got)
    assert all(squash(scale.item(i).title) not in development for i in high)
    # what a higher score requires: the criterion of the next score up
    for item_id in low:
        item = scale.item(item_id)
        assert squash(f"För {SCORES[item_id] + 1} poäng krävs".upper()) in development
        assert squash(item.criterion(SCORES[item_id] + 1)) in development
    # the strengths part shows what the reviewers saw, not the development notes
    assert squash(note("strengths", "services-10")) in strengths
    assert squash(note("development", "services-10")) not in strengths


def test_draft_has_watermark_on_every_page_and_final_has_none(app: App) -> None:
    draft = make_review(app, SCORES)
    final = make_review(app, SCORES, final=True)
    pdf = build(app, draft)
    assert watermarks(pdf) == ["Utkast"] * len(pages_of(pdf))
    assert watermarks(build(app, draft, "en")) == ["Draft"] * len(pages_of(pdf))
    final_pdf = build(app, final)
    assert set(watermarks(final_pdf)) == {""}
    assert not any("Utkast" in page for page in pages_of(final_pdf))
    assert set(watermarks(build(app, final, "en"))) == {""}


def test_comparison_only_with_an_earlier_final_review(app: App) -> None:
    heading = squash("Jämförelse med föregående bedömning")
    first = make_review(app, EARLIER, start=date(2025, 10, 14), final=True, notes=False)
    # the earliest review has nothing before it
    assert heading not in whole(pages_of(build(app, first)))
    # a later draft of the same service gets the comparison
    second = make_review(app, SCORES, notes=False)
    assert heading in whole(pages_of(build(app, second)))
    # an earlier *draft* is no basis for comparison
    make_review(app, EARLIER, service="Annan verksamhet", start=date(2025, 1, 1), notes=False)
    later = make_review(app, SCORES, service="Annan verksamhet", start=date(2026, 1, 1),
                        notes=False)
    assert heading not in whole(pages_of(build(app, later)))
    # another service's final review is not this service's history
    unrelated = make_review(app, SCORES, service="Tredje verksamheten", start=date(2027, 1, 1),
                            notes=False)
    assert heading not in whole(pages_of(build(app, unrelated)))


def test_comparison_shows_totals_and_items_that_moved(app: App) -> None:
    make_review(app, EARLIER, start=date(2025, 10, 14), final=True)
    review = make_review(app, SCORES)
    pages = pages_of(build(app, review))
    comparison = chapter(pages, "Jämförelse med föregående bedömning", None)
    scale = app.scales.get("ips-25", "sv")
    then_total, now_total = sum(EARLIER.values()), sum(SCORES.values())
    assert squash(f"Poängsumma {then_total} av 125 {now_total} av 125 "
                  f"+{now_total - then_total}") in comparison
    up = comparison[comparison.index(squash("Kriterier med högre poäng")):
                    comparison.index(squash("Kriterier med lägre poäng"))]
    down = comparison[comparison.index(squash("Kriterier med lägre poäng")):]
    for item_id in ("staffing-2", "services-10", "services-1"):
        assert squash(scale.item(item_id).title) in up
    assert squash(scale.item("services-1").title + "Tjänster 1 1 3 +2") in up
    assert squash(scale.item("organization-8").title + "Organisation 8 3 2 −1") in down
    assert squash(scale.item("staffing-1").title) not in comparison  # unchanged
    assert squash("21 kriterier har samma poäng som förra gången.") in comparison


def test_partial_review_says_so_and_shows_no_band(app: App) -> None:
    partial = {k: v for k, v in SCORES.items() if not k.startswith("services-1")}
    review = make_review(app, partial)
    pages = pages_of(build(app, review))
    text = whole(pages)
    scale = app.scales.get("ips-25", "sv")
    assert squash("PRELIMINÄR POÄNGSUMMA") in squash(pages[0])
    assert squash("Ingen nivå ännu") in squash(pages[0])
    assert squash("Poängsumma (preliminär)") in squash(pages[1])
    assert squash(f"{len(partial)} av 25 kriterier har poäng") in text
    assert squash("Ingen nivå av programtrohet anges") in text
    for band in scale.bands:
        assert squash(band.label) not in text, band.id
    assert squash("Inte bedömd") in text
    assert squash(f"{sum(partial.values())} / 125") in squash(pages[1])


def test_english_report_uses_english_scale_and_headings(app: App) -> None:
    review = make_review(app, SCORES, final=True)
    pages = pages_of(build(app, review, "en"))
    text = whole(pages)
    scale = app.scales.get("ips-25", "en")
    for heading in ("Summary", "Strengths", "Areas for development", "Item by item",
                    "Fair fidelity", "Total score", f"Page 2 of {len(pages)}", "13 October 2026"):
        assert squash(heading) in text, heading
    for item in scale.items:
        assert squash(item.title) in text
    assert squash("Sammanfattning") not in text
    assert squash("Kriterium för kriterium") not in text


def test_metadata_and_embedded_fonts(app: App) -> None:
    review = make_review(app, SCORES)
    reader = pypdf.PdfReader(io.BytesIO(build(app, review)))
    meta = reader.metadata
    assert meta.title == "Återkopplingsrapport: Arbetsstöd Norr"
    assert meta.author == "Anna Andersson, Bertil Berg"
    assert "Programtrohetsskala för IPS" in meta.subject and "13 oktober 2026" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name
        assert "/FontFile2" in font["/FontDescriptor"], name  # embedded
    en = pypdf.PdfReader(io.BytesIO(build(app, review, "en")))
    assert en.metadata.title == "Feedback report: Arbetsstöd Norr"
    assert en.trailer["/Root"]["/Lang"] == "en"


def test_identical_data_gives_identical_bytes_with_invariant(app: App) -> None:
    review = make_review(app, SCORES, final=True)
    data = report_data(app, review, generated_on=date(2026, 11, 1))
    assert build_report(data, invariant=True) == build_report(data, invariant=True)


# -- the data service and writing ---------------------------------------------------------


def test_report_data_picks_the_latest_earlier_final_review_of_the_same_scale(app: App) -> None:
    oldest = make_review(app, EARLIER, start=date(2024, 5, 1), final=True, notes=False)
    previous = make_review(app, EARLIER, start=date(2025, 5, 1), final=True, notes=False)
    current = make_review(app, SCORES, start=date(2026, 5, 1), notes=False)
    same_day = make_review(app, SCORES, start=date(2026, 5, 1), final=True, notes=False)
    later = make_review(app, SCORES, start=date(2027, 5, 1), final=True, notes=False)
    data = report_data(app, current)
    assert data.previous is not None and data.previous.detail.uuid == previous
    assert data.previous.score.total == sum(EARLIER.values())
    assert data.score.total == sum(SCORES.values()) and data.is_draft
    assert data.language == "sv" and data.scale.language == "sv"
    assert report_data(app, oldest).previous is None
    # a review on the same day is not earlier; for the 2027 review the latest earlier *final*
    # one counts (the 2026 draft does not)
    later_data = report_data(app, later)
    assert later_data.previous is not None and later_data.previous.detail.uuid == same_day
    english = report_data(app, current, "en")
    assert english.scale.language == "en"
    assert english.score.sections[0].title == app.scales.get("ips-25", "en").sections[0].title


def test_report_data_rejects_unknown_review_and_language(app: App) -> None:
    review = make_review(app, SCORES, notes=False)
    with pytest.raises(NotFoundError):
        report_data(app, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(InvalidInputError, match="not available in 'de'"):
        report_data(app, review, "de")


def test_write_report_writes_atomically_and_replaces(app: App, tmp_path: Path) -> None:
    review = make_review(app, SCORES, final=True)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    path = write_report(app, review, target, lang="en")
    assert path == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]
    assert "Feedback report" in pypdf.PdfReader(target).metadata.title
