"""Line icons drawn at paint time in the palette's text colour.

Drawn, not loaded: they are sharp at every scale factor and follow a dark theme, because the
colour is read from the application palette each time an icon is painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

Draw = Callable[[QPainter], None]
GRID = 24.0


def _path(*points: tuple[float, float], close: bool = False) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    if close:
        path.closeSubpath()
    return path


def _lines(p: QPainter, *segments: tuple[float, float, float, float]) -> None:
    for x1, y1, x2, y2 in segments:
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def _dot(p: QPainter, x: float, y: float, r: float = 1.1) -> None:
    brush = p.brush()
    p.setBrush(p.pen().color())
    p.drawEllipse(QPointF(x, y), r, r)
    p.setBrush(brush)


def _document(p: QPainter) -> None:
    p.drawPath(_path((6, 3), (14, 3), (18, 7), (18, 21), (6, 21), close=True))
    p.drawPath(_path((14, 3), (14, 7), (18, 7)))


def _new_review(p: QPainter) -> None:
    _document(p)
    _lines(p, (9, 14, 15, 14), (12, 11, 12, 17))


def _report(p: QPainter) -> None:
    _document(p)
    _lines(p, (9, 11, 15, 11), (9, 14, 15, 14), (9, 17, 13, 17))


def _new_service(p: QPainter) -> None:
    p.drawRect(QRectF(3.5, 5, 10, 16))
    for x in (6.5, 10.5):
        for y in (8.5, 12, 15.5):
            _dot(p, x, y, 0.9)
    _lines(p, (18.5, 10, 18.5, 18), (14.5, 14, 22.5, 14))


def _open_review(p: QPainter) -> None:
    p.drawPath(_path((4, 20), (4.5, 16), (15, 5.5), (18.5, 9), (8, 19.5), close=True))
    _lines(p, (13, 7.5, 16.5, 11), (12, 20.5, 20, 20.5))


def _duplicate(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(8.5, 8.5, 11.5, 11.5), 1.5, 1.5)
    p.drawPath(_path((15.5, 5.5), (15.5, 4), (4, 4), (4, 15.5), (5.5, 15.5)))


def _delete(p: QPainter) -> None:
    _lines(p, (4.5, 6.5, 19.5, 6.5))
    p.drawPath(_path((9.5, 6.5), (9.5, 4), (14.5, 4), (14.5, 6.5)))
    p.drawPath(_path((6.5, 6.5), (7.5, 20.5), (16.5, 20.5), (17.5, 6.5)))
    _lines(p, (10, 10, 10, 17), (14, 10, 14, 17))


def _tray(p: QPainter) -> None:
    p.drawPath(_path((4, 14), (4, 20), (20, 20), (20, 14)))


def _import(p: QPainter) -> None:
    _tray(p)
    _lines(p, (12, 3, 12, 15))
    p.drawPath(_path((7.5, 10.5), (12, 15), (16.5, 10.5)))


def _export(p: QPainter) -> None:
    _tray(p)
    _lines(p, (12, 15, 12, 3))
    p.drawPath(_path((7.5, 7.5), (12, 3), (16.5, 7.5)))


def _back(p: QPainter) -> None:
    _lines(p, (19.5, 12, 5, 12))
    p.drawPath(_path((11, 6), (5, 12), (11, 18)))


def _database(p: QPainter) -> None:
    p.drawEllipse(QRectF(5, 3, 14, 5.5))
    _lines(p, (5, 5.75, 5, 18.25), (19, 5.75, 19, 18.25))
    for top in (9.75, 15.5):
        p.drawArc(QRectF(5, top, 14, 5.5), 180 * 16, 180 * 16)


def _refresh(p: QPainter) -> None:
    p.drawArc(QRectF(5, 5, 14, 14), 60 * 16, 280 * 16)
    p.drawPath(_path((16.5, 2.5), (15.5, 6.5), (19.5, 7.5)))


def _about(p: QPainter) -> None:
    p.drawEllipse(QRectF(3, 3, 18, 18))
    _lines(p, (12, 11, 12, 16.5))
    _dot(p, 12, 7.7)


def _quit(p: QPainter) -> None:
    p.drawArc(QRectF(4, 4.5, 16, 16), 125 * 16, -250 * 16)
    _lines(p, (12, 2.5, 12, 11))


def _undo(p: QPainter) -> None:
    p.drawPath(_path((8.5, 4), (4, 8.5), (8.5, 13)))
    path = QPainterPath(QPointF(4, 8.5))
    path.lineTo(14, 8.5)
    path.cubicTo(QPointF(21, 8.5), QPointF(21, 19.5), QPointF(14, 19.5))
    path.lineTo(9, 19.5)
    p.drawPath(path)


def _redo(p: QPainter) -> None:
    p.translate(GRID, 0)
    p.scale(-1, 1)
    _undo(p)


def _settings(p: QPainter) -> None:
    r = 2.6
    for y, x in ((7, 9), (17, 15)):
        _lines(p, (3.5, y, x - r, y), (x + r, y, 20.5, y))
        p.drawEllipse(QPointF(x, y), r, r)


def _search(p: QPainter) -> None:
    p.drawEllipse(QRectF(4, 4, 12, 12))
    _lines(p, (14.5, 14.5, 20, 20))


def _add(p: QPainter) -> None:
    _lines(p, (12, 5, 12, 19), (5, 12, 19, 12))


def _remove(p: QPainter) -> None:
    _lines(p, (5, 12, 19, 12))


def _warning(p: QPainter) -> None:
    p.drawPath(_path((12, 3), (21.5, 20), (2.5, 20), close=True))
    _lines(p, (12, 9.5, 12, 14))
    _dot(p, 12, 17)


GLYPHS: dict[str, Draw] = {
    "new-review": _new_review,
    "new-service": _new_service,
    "open-review": _open_review,
    "duplicate": _duplicate,
    "delete": _delete,
    "import": _import,
    "export": _export,
    "report": _report,
    "back": _back,
    "database": _database,
    "refresh": _refresh,
    "about": _about,
    "quit": _quit,
    "undo": _undo,
    "redo": _redo,
    "settings": _settings,
    "search": _search,
    "add": _add,
    "remove": _remove,
    "warning": _warning,
}
ICONS = GLYPHS


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class GlyphEngine(QIconEngine):
    """Paints one glyph, scaled to the requested size, in the palette's colour."""

    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        if side <= 0:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.x() + (rect.width() - side) / 2,
                          rect.y() + (rect.height() - side) / 2)
        painter.scale(side / GRID, side / GRID)
        pen = QPen(_colour(mode), 1.7 if side >= 20 else 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._draw(painter)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)),
                             mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._draw)


def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of :data:`GLYPHS`)."""
    return QIcon(GlyphEngine(GLYPHS[name]))
