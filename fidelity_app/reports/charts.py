"""The score profile: one bar per item, grouped by section, on a 0-5 axis."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth

from fidelity_app.reports.fonts import BOLD, REGULAR
from fidelity_app.reports.styles import ACCENT, INK, MUTED, PALE, RULE, TRACK, section_colour
from fidelity_app.scale.model import SCORES, Band, Scale

AXIS_WIDTH = 16.0
GROUP_GAP = 12.0
TOP_PAD = 12.0
NUMBER_BAND = 12.0
TITLE_BAND = 16.0


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def profile_chart(
    scale: Scale, scores: Mapping[str, int], width: float, height: float = 150.0
) -> Drawing:
    """A bar chart of the item scores; a pale full-height track shows the maximum (5)."""
    top = SCORES[-1]
    drawing = Drawing(width, height, initialFontName=REGULAR)
    plot_bottom = NUMBER_BAND + TITLE_BAND
    plot_height = height - plot_bottom - TOP_PAD
    plot_left = AXIS_WIDTH
    groups = [(s, scale.items_in(s.id)) for s in scale.sections]
    groups = [(s, items) for s, items in groups if items]
    n_items = sum(len(items) for _, items in groups)
    slot = (width - plot_left - GROUP_GAP * (len(groups) - 1)) / max(n_items, 1)
    bar = slot * 0.64

    def y_of(value: float) -> float:
        return plot_bottom + plot_height * value / top

    for value in range(0, top + 1):
        y = y_of(value)
        drawing.add(Line(plot_left - 3, y, width, y, strokeColor=RULE,
                         strokeWidth=0.6 if value in (0, top) else 0.35))
        drawing.add(String(plot_left - 6, y - 2.6, str(value), fontName=REGULAR, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))

    x = plot_left
    for index, (section, items) in enumerate(groups):
        colour = section_colour(index)
        group_start = x
        for item in items:
            bx = x + (slot - bar) / 2
            drawing.add(Rect(bx, y_of(0), bar, y_of(top) - y_of(0), fillColor=TRACK,
                             strokeColor=None))
            score = scores.get(item.id)
            if score is None:
                drawing.add(Rect(bx, y_of(0), bar, y_of(top) - y_of(0), fillColor=None,
                                 strokeColor=MUTED, strokeWidth=0.5, strokeDashArray=[2, 2]))
                drawing.add(String(bx + bar / 2, y_of(0) + 3, "–", fontName=REGULAR,
                                   fontSize=7, fillColor=MUTED, textAnchor="middle"))
            else:
                drawing.add(Rect(bx, y_of(0), bar, y_of(score) - y_of(0), fillColor=colour,
                                 strokeColor=None))
                drawing.add(String(bx + bar / 2, y_of(score) + 2.2, str(score), fontName=BOLD,
                                   fontSize=6.8, fillColor=colour, textAnchor="middle"))
            drawing.add(String(bx + bar / 2, plot_bottom - 9, str(item.number),
                               fontName=REGULAR, fontSize=6.8, fillColor=MUTED,
                               textAnchor="middle"))
            x += slot
        group_end = x
        drawing.add(Line(group_start + 2, TITLE_BAND - 1, group_end - 2, TITLE_BAND - 1,
                         strokeColor=colour, strokeWidth=1.4))
        title = fit(section.title, BOLD, 7.6, group_end - group_start)
        drawing.add(String((group_start + group_end) / 2, TITLE_BAND - 11, title,
                           fontName=BOLD, fontSize=7.6, fillColor=colour,
                           textAnchor="middle"))
        x += GROUP_GAP
    return drawing


def band_strip(
    bands: Sequence[Band], total: int, width: float, points_label: Callable[[Band], str]
) -> Drawing:
    """The bands side by side, lowest first, the review's one dark, a marker at the total."""
    ordered = sorted(bands, key=lambda b: b.min)
    height = 44.0
    strip_y, strip_h = 12.0, 16.0
    segment = width / len(ordered)
    drawing = Drawing(width, height, initialFontName=REGULAR)
    for i, band in enumerate(ordered):
        x = i * segment
        mine = band.min <= total <= band.max
        drawing.add(Rect(x + 0.75, strip_y, segment - 1.5, strip_h,
                         fillColor=ACCENT if mine else PALE, strokeColor=None))
        label = fit(band.label, BOLD, 7.2, segment - 8)
        drawing.add(String(x + segment / 2, strip_y + 5.4, label, fontName=BOLD, fontSize=7.2,
                           fillColor=white if mine else MUTED, textAnchor="middle"))
        drawing.add(String(x + segment / 2, strip_y - 9, points_label(band), fontName=REGULAR,
                           fontSize=6.8, fillColor=INK if mine else MUTED,
                           textAnchor="middle"))
        if mine:
            span = max(band.max - band.min, 1)
            mx = x + 4 + (segment - 8) * (total - band.min) / span
            top = strip_y + strip_h
            drawing.add(Polygon([mx - 4, top + 7, mx + 4, top + 7, mx, top + 1.5],
                                fillColor=ACCENT, strokeColor=None))
            drawing.add(String(mx, top + 9, str(total), fontName=BOLD, fontSize=7.5,
                               fillColor=ACCENT, textAnchor="middle"))
    return drawing
