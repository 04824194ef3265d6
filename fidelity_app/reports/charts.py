"""The charts of the report: the score profile (one bar per item, grouped by section, on a
0-5 axis), the band strip and the trend over a service's reviews."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from fidelity_app.reports.fonts import BOLD, REGULAR
from fidelity_app.reports.styles import (
    ACCENT,
    INK,
    MUTED,
    PALE,
    PALER,
    RULE,
    TRACK,
    section_colour,
)
from fidelity_app.scale.model import SCORES, Band, Scale
from fidelity_app.services.history import Trend

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
            half = stringWidth(str(total), BOLD, 7.5) / 2  # the number stays on the strip
            drawing.add(String(min(max(mx, half), width - half), top + 9, str(total),
                               fontName=BOLD, fontSize=7.5, fillColor=ACCENT,
                               textAnchor="middle"))
    return drawing


def _trend_line(drawing: Drawing, xs: Sequence[float], ys: Sequence[float],
                partial: Sequence[bool], colour: Color, *, values: Sequence[int] | None,
                size: float, ceiling: float, floor: float) -> None:
    """A line through the points (dashed into a partial one), dots, and value labels.

    A value sits above its point, or below it where it would reach ``ceiling`` (the top of
    the plot, under a title or the text above the chart), or where the value before it
    stands too close (unless that would take it under ``floor``, the bottom of the plot); so
    values never cover each other or a label.
    """
    for i in range(1, len(xs)):
        drawing.add(Line(xs[i - 1], ys[i - 1], xs[i], ys[i], strokeColor=colour,
                         strokeWidth=1.6, strokeDashArray=[3, 2] if partial[i] else None))
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        drawing.add(Circle(x, y, 2.6, fillColor=white if partial[i] else colour,
                           strokeColor=colour, strokeWidth=1.2))
    if values is None:
        return
    texts = [f"{v}{'*' if p else ''}" for v, p in zip(values, partial, strict=True)]
    widths = [stringWidth(t, BOLD, size) + 3 for t in texts]
    below_before = False
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        crowded = i > 0 and not below_before and (
            xs[i] - xs[i - 1] < (widths[i] + widths[i - 1]) / 2
            and abs(ys[i] - ys[i - 1]) < size + 2
        )
        below = (y + 5.4 + size > ceiling or crowded) and y - 6.6 - size >= floor
        base = y - 5.4 - size * 0.8 if below else y + 5.4
        drawing.add(Rect(x - widths[i] / 2, base - 1.2, widths[i], size + 1.5,
                         fillColor=white, strokeColor=None))
        drawing.add(String(x, base, texts[i], fontName=BOLD, fontSize=size, fillColor=colour,
                           textAnchor="middle"))
        below_before = below


def _xs(left: float, width: float, count: int, pad: float) -> list[float]:
    if count == 1:
        return [left + width / 2]
    step = (width - 2 * pad) / (count - 1)
    return [left + pad + i * step for i in range(count)]


def trend_chart(trend: Trend, width: float, date_label: Callable[[date], str],
                height: float = 250.0) -> Drawing:
    """The total over the reviews with the bands behind it, then one small chart per section.

    Points are evenly spaced, oldest left; a partial review (unscored items) is a hollow
    point with a star after its value.
    """
    drawing = Drawing(width, height, initialFontName=REGULAR)
    total = trend.total
    count = len(total.points)
    section_height = 78.0 if trend.sections else 0.0
    axis = 22.0
    # -- the total ------------------------------------------------------------------------
    top_pad, date_band = 6.0, 14.0
    plot_bottom = section_height + date_band + (12.0 if trend.sections else 0.0)
    plot_top = height - top_pad
    bands = sorted(trend.bands, key=lambda b: b.min)
    label_room = min(max(stringWidth(b.label, REGULAR, 6.6) for b in bands) + 8, width * 0.28)
    plot_left, plot_width = axis, width - axis - label_room
    plot_right = plot_left + plot_width
    low, high = total.min, total.max

    def y_of(value: float) -> float:
        return plot_bottom + (plot_top - plot_bottom) * (value - low) / max(high - low, 1)

    for index, band in enumerate(bands):
        top = y_of(band.max + 1) if band.max < high else plot_top
        bottom = y_of(band.min) if band.min > low else plot_bottom
        shade = (PALER, PALE, TRACK, TRACK)[min(index, 3)]
        drawing.add(Rect(plot_left, bottom, plot_width, top - bottom, fillColor=shade,
                         strokeColor=None))
        if top - bottom >= 7:  # the band's name beside it, at the right of the plot
            label = fit(band.label, REGULAR, 6.6, label_room - 6)
            drawing.add(String(plot_right + 5, (top + bottom) / 2 - 2.3, label,
                               fontName=REGULAR, fontSize=6.6, fillColor=MUTED))
    for value in sorted({low, *trend.boundaries, high}):
        y = y_of(value)
        edge = value in (low, high)
        drawing.add(Line(plot_left, y, plot_right, y, strokeColor=RULE if not edge else MUTED,
                         strokeWidth=0.6 if edge else 0.5,
                         strokeDashArray=None if edge else [2, 2]))
        drawing.add(String(plot_left - 4, y - 2.5, str(value), fontName=REGULAR, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))
    labels = [date_label(p.date) for p in total.points]
    widest = max(stringWidth(t, REGULAR, 7) for t in labels) + 6
    xs = _xs(plot_left, plot_width, count, max(14.0, widest / 2))
    # every date when they fit side by side, else every second, third, ... and the newest
    every = 1 if count < 2 else max(1, math.ceil(widest / (xs[1] - xs[0])))
    shown = {i for i in range(count) if (count - 1 - i) % every == 0}
    for i, (x, label) in enumerate(zip(xs, labels, strict=True)):
        if i in shown:
            drawing.add(String(x, plot_bottom - 10, label, fontName=REGULAR, fontSize=7,
                               fillColor=MUTED, textAnchor="middle"))
    _trend_line(drawing, xs, [y_of(p.value) for p in total.points],
                [p.partial for p in total.points], ACCENT,
                values=[p.value for p in total.points], size=7.6, ceiling=height,
                floor=plot_bottom)
    # -- the sections ---------------------------------------------------------------------
    if not trend.sections:
        return drawing
    gap = 14.0
    panel = (width - gap * (len(trend.sections) - 1)) / len(trend.sections)
    for index, series in enumerate(trend.sections):
        left = index * (panel + gap)
        colour = section_colour(index)
        title_y = section_height - 9
        drawing.add(String(left, title_y, fit(series.label, BOLD, 7.6, panel), fontName=BOLD,
                           fontSize=7.6, fillColor=colour))
        p_left, p_bottom, p_top = left + 16, 4.0, title_y - 8
        p_width = panel - 16
        s_low, s_high = series.min, series.max

        def sy(value: float, s_low: int = s_low, s_high: int = s_high,
               p_bottom: float = p_bottom, p_top: float = p_top) -> float:
            return p_bottom + (p_top - p_bottom) * (value - s_low) / max(s_high - s_low, 1)

        drawing.add(Rect(p_left, p_bottom, p_width, p_top - p_bottom, fillColor=PALER,
                         strokeColor=None))
        for value in (s_low, s_high):
            drawing.add(Line(p_left, sy(value), left + panel, sy(value), strokeColor=RULE,
                             strokeWidth=0.5))
            drawing.add(String(p_left - 3, sy(value) - 2.3, str(value), fontName=REGULAR,
                               fontSize=6.4, fillColor=MUTED, textAnchor="end"))
        sxs = _xs(p_left, p_width, count, 10.0)
        spacing = (sxs[1] - sxs[0]) if count > 1 else p_width
        _trend_line(drawing, sxs, [sy(p.value) for p in series.points],
                    [p.partial for p in series.points], colour,
                    values=[p.value for p in series.points] if spacing >= 14 else None,
                    size=6.6, ceiling=title_y - 1, floor=p_bottom)
    return drawing
