"""Colours, paragraph styles and page geometry of the report."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from fidelity_app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5d6875")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c8d0d9")
PALE = colors.HexColor("#eef2f6")
PALER = colors.HexColor("#f6f8fa")
TRACK = colors.HexColor("#e3e8ee")
UP = colors.HexColor("#2e7d4f")
DOWN = colors.HexColor("#a2432f")
WATERMARK = colors.HexColor("#9aa5b1")
SECTION_COLOURS = (
    colors.HexColor("#2f5d8a"),
    colors.HexColor("#3f8374"),
    colors.HexColor("#8a6a3a"),
    colors.HexColor("#6a5a8a"),
)


def section_colour(index: int) -> colors.Color:
    """The colour of the ``index``-th section of the scale."""
    return SECTION_COLOURS[index % len(SECTION_COLOURS)]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles the report uses."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    big_number: ParagraphStyle
    band: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    criterion: ParagraphStyle
    bullet: ParagraphStyle


def make_styles() -> Styles:
    """Build the styles (registers the embedded fonts first)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=9.5, leading=13.6, textColor=INK,
        spaceAfter=5, alignment=TA_LEFT,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.6, spaceAfter=0)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=ACCENT,
                               fontSize=8, leading=10.5)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=12, textColor=MUTED),
        note=ParagraphStyle("note", parent=body, spaceBefore=5, spaceAfter=2),
        label=ParagraphStyle(
            "label", parent=body, fontName=BOLD, fontSize=7.6, leading=10, textColor=MUTED,
            spaceBefore=5, spaceAfter=1.5,
        ),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=19, leading=24, textColor=ACCENT,
            spaceBefore=0, spaceAfter=10, keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
            spaceBefore=10, spaceAfter=5, keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=10.5, leading=14, textColor=INK,
            spaceBefore=0, spaceAfter=0,
        ),
        cover_kicker=ParagraphStyle(
            "cover_kicker", parent=body, fontName=BOLD, fontSize=10, leading=14,
            textColor=ACCENT, spaceAfter=4,
        ),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=BOLD, fontSize=28, leading=34,
            textColor=INK, spaceAfter=6,
        ),
        cover_sub=ParagraphStyle(
            "cover_sub", parent=body, fontSize=13, leading=18, textColor=MUTED, spaceAfter=2,
        ),
        big_number=ParagraphStyle(
            "big_number", parent=body, fontName=BOLD, fontSize=30, leading=32, autoLeading="max",
            textColor=ACCENT, spaceAfter=0,
        ),
        band=ParagraphStyle(
            "band", parent=body, fontName=BOLD, fontSize=13, leading=17, textColor=INK,
            autoLeading="max", spaceAfter=2,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        criterion=ParagraphStyle(
            "criterion", parent=body, fontName=ITALIC, textColor=MUTED, fontSize=9,
            leading=12.8, spaceAfter=3,
        ),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=2.5,
        ),
    )
