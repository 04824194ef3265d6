"""The page frame: cover and body templates, running header, "page X of Y", draft watermark."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fidelity_app import __version__
from fidelity_app.reports.charts import fit
from fidelity_app.reports.fonts import BOLD, REGULAR
from fidelity_app.reports.richtext import visual
from fidelity_app.reports.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    WATERMARK,
)

COVER = "cover"
BODY = "body"


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: str  # with {page} and {pages}
    watermark: str | None = None


def _draw_watermark(canvas: Canvas, text: str) -> None:
    """A large, pale, diagonal word across the page, under the content."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFillAlpha(0.16)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    size = 120.0
    while size > 40 and canvas.stringWidth(text, BOLD, size) > height * 0.8:
        size -= 4
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def _draw_header(canvas: Canvas, frame: PageFrame) -> None:
    width, height = PAGE_SIZE
    y = height - 13 * mm
    canvas.saveState()
    right = fit(frame.header_right, REGULAR, 8, CONTENT_WIDTH * 0.4)
    right_width = canvas.stringWidth(right, REGULAR, 8)
    left = visual(fit(frame.header_left, BOLD, 8, CONTENT_WIDTH - right_width - 12))
    canvas.setFillColor(MUTED)
    canvas.setFont(BOLD, 8)
    canvas.drawString(MARGIN_X, y, left)
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(width - MARGIN_X, y, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y - 3.5 * mm, width - MARGIN_X, y - 3.5 * mm)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, frame: PageFrame, page: int, pages: int) -> None:
    width, _ = PAGE_SIZE
    y = 11 * mm
    label = frame.page_label.format(page=page, pages=pages)
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawRightString(width - MARGIN_X, y, label)
    left_width = CONTENT_WIDTH - canvas.stringWidth(label, REGULAR, 7.5) - 12
    canvas.drawString(MARGIN_X, y, fit(frame.footer_left, REGULAR, 7.5, left_width))
    canvas.restoreState()


def numbered_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas class that holds pages back until the end to write "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                if number > 1:  # the cover carries no page number
                    _draw_footer(self, frame, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    frame: PageFrame,
    *,
    title: str,
    author: str,
    subject: str,
    lang: str,
    invariant: bool = False,
) -> bytes:
    """Lay out ``story`` (starting on the cover template) and return the PDF bytes."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=f"fidelity-app {__version__}",
        lang=lang,
        displayDocTitle=1,
        invariant=1 if invariant else 0,
        initialFontName=REGULAR,
    )
    width, height = PAGE_SIZE

    def on_cover(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if frame.watermark:
            _draw_watermark(canvas, frame.watermark)

    def on_body(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if frame.watermark:
            _draw_watermark(canvas, frame.watermark)
        _draw_header(canvas, frame)

    cover_frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, height - MARGIN_BOTTOM - 22 * mm,
                        id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                        bottomPadding=0)
    body_frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH,
                       height - MARGIN_BOTTOM - MARGIN_TOP, id="body", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id=COVER, frames=[cover_frame], onPage=on_cover),
        PageTemplate(id=BODY, frames=[body_frame], onPage=on_body),
    ])
    doc.build(list(story), canvasmaker=numbered_canvas(frame))
    return buffer.getvalue()
