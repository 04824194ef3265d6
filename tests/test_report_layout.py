"""The report as printed: headings stay with what follows, short notes stay whole, no empty
pages or repeated empty-note lines, checklist elements named, chart labels apart."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from fidelity_app.reports.charts import band_strip, trend_chart
from fidelity_app.reports.fonts import register_fonts
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.history import BandRange, Trend, TrendPoint, TrendSeries
from tests.test_report import SCORES, build, make_review, pages_of, squash

# the PDF's layout, whichever engine the data came from
pytestmark = pytest.mark.sqlite_only

HEADER_AND_FOOTER_LINES = 4


def body_lines(page: str) -> list[str]:
    return [line for line in page.splitlines() if line.strip()]


def test_section_headings_open_the_page_of_their_first_item(app: App) -> None:
    review = make_review(app, SCORES, texts={"evidence": "Underlag " * 60,
                                             "strengths": "Styrka " * 40})
    pages = pages_of(build(app, review))
    scale = app.scales.get("ips-25", "sv")
    for section in scale.sections:
        first = scale.items_in(section.id)[0]
        heading = [p for p in pages if squash(f"{section.title} · ") in squash(p)
                   and squash(first.title) in squash(p)]
        assert heading, section.title
        lines = [squash(line) for line in body_lines(heading[-1])]
        at = next(i for i, line in enumerate(lines) if line.startswith(squash(section.title)))
        assert squash(first.title)[:20] in "".join(lines[at:at + 4])


def test_no_page_is_empty_or_only_a_heading(app: App) -> None:
    review = make_review(app, SCORES)
    for page in pages_of(build(app, review)):
        assert len(body_lines(page)) > HEADER_AND_FOOTER_LINES + 2, page


def test_items_without_notes_have_no_empty_note_lines(app: App) -> None:
    review = make_review(app, SCORES, notes=False)
    text = "".join(pages_of(build(app, review)))
    assert "Inga anteckningar" not in text and "No notes" not in text
    english = "".join(pages_of(build(app, review, "en")))
    assert "No notes" not in english
    assert text.count("Uppfyllt kriterium".upper()) >= 25  # every item is still there


def test_a_short_recommendation_is_never_split_across_pages(app: App) -> None:
    recommendation = "Boka ett fast möte med arbetsförmedlarna varje månad. " * 8
    for filler in range(0, 600, 120):  # move the text to every place on its page
        review = make_review(app, SCORES, service=f"Tjänst {filler}", texts={
            "evidence": "Underlag " * (20 + filler // 10), "development": recommendation})
        for page in pages_of(build(app, review)):
            words = squash(page).count(squash("Boka ett fast möte"))
            ends = squash(page).count(squash("arbetsförmedlarna varje månad."))
            assert words == ends  # every one that starts on a page ends on it


def test_checklist_items_name_the_elements_in_place(app: App) -> None:
    review = make_review(app, SCORES)
    item = app.scales.get("ips-25", "sv").item("organization-2")
    assert len(item.checklist) == 5
    app.reviews.set_checklist(review, "organization-2", [4, 1, 2, 5])
    assert app.reviews.get_review(review).items["organization-2"].checklist_met == (1, 2, 4, 5)
    text = squash("".join(pages_of(build(app, review))))
    assert squash("MOMENT PÅ PLATS: 4 AV 5") in text
    for number in (1, 2, 4, 5):
        assert squash(item.checklist[number - 1]) in text
    assert squash(item.checklist[2]) not in text

    english = app.scales.get("ips-25", "en").item("organization-2")
    text = squash("".join(pages_of(build(app, review, "en"))))
    assert squash("ELEMENTS IN PLACE: 4 OF 5") in text and squash(english.checklist[0]) in text


def test_checklist_elements_are_checked_and_travel_in_review_files(app: App, tmp_path) -> None:
    review = make_review(app, SCORES)
    with pytest.raises(InvalidInputError, match="numbers from 1 to 5"):
        app.reviews.set_checklist(review, "organization-2", [6])
    with pytest.raises(InvalidInputError, match="not scored with a list"):
        app.reviews.set_checklist(review, "staffing-1", [1])
    app.reviews.set_checklist(review, "organization-2", [3, 1])
    out = app.exchange.export_review(review, tmp_path / "r.json")
    assert '"checklist_met": [\n        1,\n        3\n      ]' in out.read_text("utf-8")
    other = tmp_path / "other.db"
    from fidelity_app.services.app import open_app

    fresh = open_app(other, scales=app.scales)
    try:
        copied = fresh.exchange.import_file(out).review_uuid
        assert fresh.reviews.get_review(copied).items["organization-2"].checklist_met == (1, 3)
        text = out.read_text("utf-8").replace('"checklist_met": [\n        1,', 
                                              '"checklist_met": [\n        9,')
        (tmp_path / "bad.json").write_text(text, "utf-8")
        with pytest.raises(InvalidInputError, match="has 5 elements"):
            fresh.exchange.read(tmp_path / "bad.json")
    finally:
        fresh.close()


# -- charts -----------------------------------------------------------------------------------


def label_boxes(drawing: Drawing) -> list[tuple[str, float, float, float, float]]:
    boxes = []
    for shape in drawing.contents:
        if isinstance(shape, String):
            width = stringWidth(shape.text, shape.fontName, shape.fontSize)
            left = shape.x - {"middle": width / 2, "end": width}.get(shape.textAnchor, 0)
            boxes.append((shape.text, left, shape.y - shape.fontSize * 0.22, left + width,
                          shape.y + shape.fontSize * 0.78))
    return boxes


def assert_apart_and_inside(drawing: Drawing) -> None:
    boxes = label_boxes(drawing)
    for i, a in enumerate(boxes):
        assert a[1] >= -0.5 and a[3] <= drawing.width + 0.5, a
        assert a[2] >= -0.5 and a[4] <= drawing.height + 0.5, a
        for b in boxes[i + 1:]:
            assert not (a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]), (a, b)


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("width", [300.0, 480.0])
def test_chart_labels_never_overlap_or_leave_the_chart(
    catalogue: ScaleCatalogue, language: str, width: float
) -> None:
    register_fonts()
    scale = catalogue.get("ips-25", language)
    bands = tuple(BandRange(b.id, b.label, b.min, b.max) for b in scale.bands)
    for total in (25, 73, 74, 99, 100, 114, 115, 125):
        assert_apart_and_inside(band_strip(scale.bands, total, width,
                                           lambda b: f"{b.min}–{b.max} poäng"))
    for values in ([80, 92], [125, 124], [99, 101, 125], [25, 26, 27, 28, 29, 30, 31, 32],
                   [114, 115], [125]):
        days = [date(2018 + i, 3, 1) for i in range(len(values))]
        total = TrendSeries("total", "Total", 25, 125, tuple(
            TrendPoint(str(i), d, v, i % 2 == 1)
            for i, (d, v) in enumerate(zip(days, values, strict=True))))
        sections = tuple(TrendSeries(s.id, s.title, 3, 15, tuple(
            TrendPoint(str(i), d, 15 if i % 2 else 3, False) for i, d in enumerate(days)))
            for s in scale.sections)
        chart = trend_chart(Trend("ips-25", total, sections, bands), width,
                            lambda day: day.isoformat())
        assert_apart_and_inside(chart)
