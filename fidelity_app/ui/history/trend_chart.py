"""The trend of a service: its total over the reviews with the bands behind it, and one small
chart per section underneath. Painted with QPainter in the palette's colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fidelity_app.services.history import Trend, TrendSeries
from fidelity_app.ui.scoring.style import Role, em, is_dark, mix, scaled_font

# Hue offsets (degrees) from the highlight colour for the sections' lines.
SECTION_HUES = (150, 60, 250, 320)


@dataclass(frozen=True)
class SeriesView:
    """What the chart shows of one series (also used by tests)."""

    key: str
    label: str
    values: tuple[int, ...]
    partial: tuple[bool, ...]


def series_colour(palette: QPalette, index: int) -> QColor:
    """The line colour of series ``index`` (0: the total, then the sections)."""
    base = palette.color(Role.Highlight)
    if index == 0:
        return base
    hue = (max(base.hsvHue(), 0) + SECTION_HUES[(index - 1) % len(SECTION_HUES)]) % 360
    value = 0.88 if is_dark(palette) else 0.62
    return QColor.fromHsvF(hue / 360, 0.62, value)


class TrendChart(QWidget):
    """Total and sections of a service over its reviews (oldest left), partial points hollow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self._trend: Trend | None = None
        self._texts = {"partial": "", "empty": ""}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(em(self, 24), em(self, 18))
        self.retranslateUi()

    # -- content --------------------------------------------------------------------------

    def set_trend(self, trend: Trend | None) -> None:
        """Show ``trend`` (``None``: nothing to show)."""
        self._trend = trend
        self._describe()
        self.update()

    def trend(self) -> Trend | None:
        """The trend shown."""
        return self._trend

    def series(self) -> list[SeriesView]:
        """The series drawn: the total first, then each section."""
        if self._trend is None:
            return []
        return [
            SeriesView(s.key, s.label, tuple(p.value for p in s.points),
                       tuple(p.partial for p in s.points))
            for s in (self._trend.total, *self._trend.sections)
        ]

    def retranslateUi(self) -> None:
        """Texts in the interface language."""
        self._texts = {
            "partial": self.tr("hollow point: not every item scored"),
            "empty": self.tr("No reviews to show yet."),
        }
        self.setAccessibleName(self.tr("Trend of the total and the sections"))
        self._describe()
        self.update()

    def _describe(self) -> None:
        parts = []
        for s in self.series():
            values = ", ".join(
                f"{v}{'*' if p else ''}" for v, p in zip(s.values, s.partial, strict=True))
            parts.append(f"{s.label}: {values}")
        if parts:
            parts.append(self.tr("* partial"))
        self.setAccessibleDescription(". ".join(parts))

    def sizeHint(self) -> QSize:
        """About 36 by 24 em."""
        return QSize(em(self, 36), em(self, 24))

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Legend, the total with its bands, then a small chart per section."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        unit = self.fontMetrics().height()
        trend = self._trend
        if trend is None or not trend.total.points:
            painter.setPen(palette.color(Role.PlaceholderText))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self._texts["empty"])
            painter.end()
            return
        area = QRectF(self.rect()).adjusted(unit * 0.3, unit * 0.2, -unit * 0.3, -unit * 0.2)
        legend_height = self._paint_legend(painter, area, trend)
        body = area.adjusted(0, legend_height + unit * 0.4, 0, 0)
        total_height = body.height() * 0.58
        total_rect = QRectF(body.left(), body.top(), body.width(), total_height)
        self._paint_total(painter, total_rect, trend)
        sections = trend.sections
        if sections:
            top = total_rect.bottom() + unit * 0.6
            gap = unit * 0.8
            width = (body.width() - gap * (len(sections) - 1)) / len(sections)
            for index, series in enumerate(sections):
                rect = QRectF(body.left() + index * (width + gap), top, width,
                              body.bottom() - top)
                self._paint_section(painter, rect, series, index + 1)
        painter.end()

    def _quiet(self) -> QColor:
        palette = self.palette()
        return mix(palette.color(Role.WindowText), palette.color(Role.Window), 0.45)

    def _paint_legend(self, painter: QPainter, area: QRectF, trend: Trend) -> float:
        """Swatches for every series and the partial marker; returns the height used."""
        palette = self.palette()
        metrics = self.fontMetrics()
        unit = metrics.height()
        entries = [(s.label, series_colour(palette, i))
                   for i, s in enumerate((trend.total, *trend.sections))]
        x, y = area.left(), area.top()
        swatch = unit * 1.2
        for label, colour in [*entries, (self._texts["partial"], None)]:
            width = swatch + unit * 0.3 + metrics.horizontalAdvance(label) + unit * 0.9
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + unit * 1.2
            middle = y + unit / 2
            if colour is None:
                painter.setPen(QPen(self._quiet(), 1.4))
                painter.setBrush(palette.color(Role.Base))
                painter.drawEllipse(QPointF(x + swatch / 2, middle), unit * 0.24, unit * 0.24)
            else:
                painter.setPen(QPen(colour, 2.2))
                painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x + swatch / 2, middle), unit * 0.2, unit * 0.2)
            painter.setPen(palette.color(Role.WindowText) if colour else self._quiet())
            painter.drawText(QRectF(x + swatch + unit * 0.3, y, width, unit),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += width
        return y + unit - area.top()

    @staticmethod
    def _xs(plot: QRectF, count: int, pad: float, right: float = 0.0) -> list[float]:
        """Where the points go: ``pad`` in from both sides, at least ``right`` from the right."""
        right = max(pad, right)
        if count == 1:
            return [plot.left() + pad + (plot.width() - pad - right) / 2]
        step = (plot.width() - pad - right) / (count - 1)
        return [plot.left() + pad + i * step for i in range(count)]

    def _paint_total(self, painter: QPainter, rect: QRectF, trend: Trend) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        unit = metrics.height()
        series = trend.total
        low, high = series.min, series.max
        axis = metrics.horizontalAdvance(str(high)) + unit * 0.5
        plot = QRectF(rect.left() + axis, rect.top() + unit * 0.3, rect.width() - axis,
                      rect.height() - unit * 1.7)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / max(high - low, 1)

        # bands: tinted more the higher they are, labelled at the right
        highlight = palette.color(Role.Highlight)
        base = palette.color(Role.Base)
        bands = sorted(trend.bands, key=lambda b: b.min)
        small = scaled_font(self, 0.85)
        small_metrics = QFontMetrics(small)
        label_width = 0.0  # the widest band label: the points stay left of the labels
        for index, band in enumerate(bands):
            top = y_of(min(band.max + 1, high)) if band.max < high else plot.top()
            bottom = y_of(band.min) if band.min > low else plot.bottom()
            strip = QRectF(plot.left(), top, plot.width(), bottom - top)
            painter.fillRect(strip, mix(base, highlight, 0.03 + 0.06 * index))
            painter.setFont(small)
            painter.setPen(self._quiet())
            label = small_metrics.elidedText(band.label, Qt.TextElideMode.ElideRight,
                                             int(plot.width() * 0.45))
            if strip.height() >= small_metrics.height():
                label_width = max(label_width, small_metrics.horizontalAdvance(label))
                painter.drawText(strip.adjusted(0, 1, -unit * 0.3, 0),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
        painter.setFont(self.font())
        # boundaries and axis labels
        for value in sorted({low, *trend.boundaries, high}):
            y = y_of(value)
            edge = value in (low, high)
            pen = QPen(self._quiet() if edge else mix(self._quiet(), base, 0.3), 1.0,
                       Qt.PenStyle.SolidLine if edge else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._quiet())
            painter.drawText(QRectF(rect.left(), y - unit / 2, axis - unit * 0.3, unit),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        # dates under the plot (thinned out when they would overlap)
        labels = [p.date.isoformat() for p in series.points]
        widest = max(metrics.horizontalAdvance(t) for t in labels) + unit * 0.5
        xs = self._xs(plot, len(series.points), max(unit * 1.6, widest / 2),
                      right=label_width + unit * 1.2)
        spacing = (xs[1] - xs[0]) if len(xs) > 1 else widest
        every = max(1, int(widest // max(spacing, 1)) + (1 if widest % max(spacing, 1) else 0))
        painter.setPen(self._quiet())
        for index, (x, label) in enumerate(zip(xs, labels, strict=True)):
            if index % every and index != len(xs) - 1:
                continue
            painter.drawText(QRectF(x - widest / 2, plot.bottom() + unit * 0.25, widest, unit),
                             Qt.AlignmentFlag.AlignCenter, label)
        self._paint_line(painter, series, xs, y_of, series_colour(palette, 0), unit, labels=True)

    def _paint_section(self, painter: QPainter, rect: QRectF, series: TrendSeries,
                       index: int) -> None:
        palette = self.palette()
        unit = self.fontMetrics().height()
        colour = series_colour(palette, index)
        small = scaled_font(self, 0.85)
        metrics = QFontMetrics(small)
        painter.setFont(scaled_font(self, 0.95, bold=True))
        painter.setPen(colour)
        title = QFontMetrics(painter.font()).elidedText(
            series.label, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), unit),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        axis = metrics.horizontalAdvance(str(series.max)) + unit * 0.4
        plot = QRectF(rect.left() + axis, rect.top() + unit * 1.4, rect.width() - axis,
                      rect.height() - unit * 1.9)
        low, high = series.min, series.max

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / max(high - low, 1)

        base = palette.color(Role.Base)
        painter.fillRect(plot, mix(palette.color(Role.Window), base, 0.6))
        for value in (low, high):
            y = y_of(value)
            painter.setPen(QPen(mix(self._quiet(), base, 0.4), 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._quiet())
            painter.drawText(QRectF(rect.left(), y - unit / 2, axis - unit * 0.25, unit),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        xs = self._xs(plot, len(series.points), unit * 0.9)
        spacing = (xs[1] - xs[0]) if len(xs) > 1 else plot.width()
        show_values = spacing >= metrics.horizontalAdvance(str(series.max)) + unit * 0.2
        self._paint_line(painter, series, xs, y_of, colour, unit * 0.85, labels=show_values)
        painter.setFont(self.font())

    def _paint_line(self, painter: QPainter, series: TrendSeries, xs: list[float], y_of,  # noqa: ANN001
                    colour: QColor, unit: float, *, labels: bool) -> None:
        """The series' line (dashed into a partial point), its points and values."""
        palette = self.palette()
        points = [QPointF(x, y_of(p.value)) for x, p in zip(xs, series.points, strict=True)]
        for (a, b), point in zip(zip(points, points[1:], strict=False), series.points[1:],
                                 strict=False):
            style = Qt.PenStyle.DashLine if point.partial else Qt.PenStyle.SolidLine
            painter.setPen(QPen(colour, 2.2, style, Qt.PenCapStyle.RoundCap))
            path = QPainterPath(a)
            path.lineTo(b)
            painter.drawPath(path)
        radius = unit * 0.24
        for spot, data in zip(points, series.points, strict=True):
            painter.setPen(QPen(colour, 1.8))
            painter.setBrush(palette.color(Role.Base) if data.partial else colour)
            painter.drawEllipse(spot, radius, radius)
            if labels:
                text = f"{data.value}{'*' if data.partial else ''}"
                width = painter.fontMetrics().horizontalAdvance(text) + unit * 0.4
                box = QRectF(spot.x() - width / 2, spot.y() - unit * 1.4, width, unit)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(Role.Base))
                painter.drawRoundedRect(box, unit * 0.2, unit * 0.2)
                painter.setPen(palette.color(Role.WindowText))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
