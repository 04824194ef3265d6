"""A small bar chart of all item scores, grouped by section, in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fidelity_app.scale.model import SCORES, Scale
from fidelity_app.ui.scoring.style import Role, em, mix, scaled_font


class ProfileChart(QWidget):
    """Bars 0-5 for each item; unscored items show an empty dashed slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale: Scale | None = None
        self._scores: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scores(self, scale: Scale, scores: dict[str, int]) -> None:
        """Show ``scores`` (item id to 1-5) for the items of ``scale``."""
        self._scale = scale
        self._scores = dict(scores)
        parts = []
        for section in scale.sections:
            values = [
                f"{it.number}: {self._scores.get(it.id, '–')}" for it in scale.items_in(section.id)
            ]
            parts.append(f"{section.title}: " + ", ".join(values))
        self.setAccessibleDescription(". ".join(parts))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """About 40 em wide, 11 em tall."""
        return QSize(em(self, 40), em(self, 11))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a laptop, tall enough to read."""
        return QSize(em(self, 24), em(self, 11))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Axes, grid, section bands and bars."""
        scale = self._scale
        if scale is None:
            return
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        unit = metrics.height()
        axis_width = metrics.horizontalAdvance("5") + unit * 0.8
        plot = QRectF(axis_width, unit * 0.9, self.width() - axis_width - unit * 0.3,
                      self.height() - unit * 3.2)
        top_score = SCORES[-1]

        def y_for(value: float) -> float:
            return plot.bottom() - plot.height() * value / top_score

        text_colour = palette.color(Role.WindowText)
        quiet = mix(text_colour, palette.color(Role.Window), 0.45)
        grid = mix(palette.color(Role.Mid), palette.color(Role.Window), 0.45)

        sections = [(s, scale.items_in(s.id)) for s in scale.sections]
        gap = unit * 0.8
        count = sum(len(items) for _, items in sections)
        slot = (plot.width() - gap * (len(sections) - 1)) / max(1, count)
        bar_width = max(2.0, slot * 0.62)

        # section backgrounds and titles
        x = plot.left()
        spans = []
        for index, (section, items) in enumerate(sections):
            width = slot * len(items)
            span = QRectF(x, plot.top() - unit * 0.4, width, plot.height() + unit * 0.4)
            spans.append((section, items, x))
            if index % 2 == 0:
                painter.fillRect(span, mix(palette.color(Role.Window),
                                           palette.color(Role.AlternateBase), 0.9))
            painter.setPen(quiet)
            title_rect = QRectF(x, plot.bottom() + unit * 1.35, width, unit * 1.2)
            title = metrics.elidedText(section.title, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, title)
            x += width + gap

        # grid lines and axis labels
        for value in range(0, top_score + 1):
            y = y_for(value)
            painter.setPen(QPen(grid if value else quiet, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(quiet)
            painter.drawText(QRectF(0, y - unit / 2, axis_width - unit * 0.4, unit),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))

        # bars
        highlight = palette.color(Role.Highlight)
        small = scaled_font(self, 0.85)
        for _section, items, start in spans:
            for i, item in enumerate(items):
                centre = start + slot * (i + 0.5)
                score = self._scores.get(item.id)
                bar = QRectF(centre - bar_width / 2, 0, bar_width, 0)
                painter.setFont(small)
                if score:
                    bar.setTop(y_for(score))
                    bar.setBottom(plot.bottom())
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(highlight)
                    painter.drawRoundedRect(bar, bar_width * 0.18, bar_width * 0.18)
                    painter.setPen(text_colour)
                    painter.drawText(QRectF(centre - slot / 2, bar.top() - unit, slot, unit),
                                     Qt.AlignmentFlag.AlignCenter, str(score))
                else:
                    pen = QPen(quiet, 1.0, Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    bar.setTop(y_for(0.6))
                    bar.setBottom(plot.bottom())
                    painter.drawRect(bar)
                painter.setPen(quiet)
                painter.drawText(QRectF(centre - slot / 2, plot.bottom() + unit * 0.2, slot, unit),
                                 Qt.AlignmentFlag.AlignCenter, str(item.number))
        painter.end()
