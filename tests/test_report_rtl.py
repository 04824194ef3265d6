"""Right-to-left notes and names in the report: drawn in reading order (Unicode bidirectional
algorithm), Arabic letters joined, a wrapped paragraph's lines in order, aligned right."""

from __future__ import annotations

import io

import pypdf
import pytest
from bidi import get_display
from reportlab.lib.enums import TA_RIGHT
from test_report import make_review

from fidelity_app.reports import build_report
from fidelity_app.reports.fonts import REGULAR, register_fonts
from fidelity_app.reports.richtext import paragraphs, visual
from fidelity_app.reports.styles import make_styles
from fidelity_app.services.app import App
from fidelity_app.services.report_data import report_data

# the PDF's layout, whichever engine the data came from
pytestmark = pytest.mark.sqlite_only

HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
SENTENCE = "זוהי הערה על העבודה עם המשתתפים והמעסיקים בעיר. "


def pdf_text(pdf: bytes) -> str:
    """The text as stored in the pages (pypdf's layout mode does not reorder it)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text(extraction_mode="layout") for page in reader.pages)


def test_a_name_and_a_mixed_line_read_right_to_left_inside() -> None:
    assert visual(HEBREW) == HEBREW[::-1]  # drawn from the right: the first letter last
    assert visual(f"Möte med {HEBREW} i Örebro") == f"Möte med {HEBREW[::-1]} i Örebro"
    assert visual("Örebro 2026") == "Örebro 2026"  # left-to-right text is left alone
    joined = visual(ARABIC)
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in joined if c != " ")  # joined forms
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    assert all(ord(c) in glyphs for c in joined + HEBREW if c != " ")  # the font has them


def test_a_long_right_to_left_note_wraps_with_its_lines_in_order() -> None:
    note = SENTENCE * 12
    (para,) = paragraphs(note, make_styles().note, label="<b>UNDERLAG</b>", width=300)[1:]
    rows = para.text.split("<br/>")
    assert len(rows) > 3
    # read back into typing order, the drawn lines give the note from its start
    logical = " ".join(get_display(row, base_dir="R") for row in rows)
    assert " ".join(logical.split()) == " ".join(note.split())
    assert para.style.alignment == TA_RIGHT


def test_the_report_stores_right_to_left_text_in_drawing_order(app: App) -> None:
    review = make_review(app, {"staffing-1": 3},
                         texts={"evidence": f"{HEBREW}\n{ARABIC}",
                                "strengths": f"Anna och {HEBREW} i Malmö"},
                         service=f"Verksamhet {HEBREW}")
    text = "".join(pdf_text(build_report(report_data(app, review))).split())
    for part in (HEBREW, ARABIC, f"Anna och {HEBREW} i Malmö", f"Verksamhet {HEBREW}"):
        assert "".join(visual(part).split()) in text
    assert "".join(HEBREW.split()) not in text  # never in typing order, which reads reversed
