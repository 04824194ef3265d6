"""Colours from the palette and sizes from the font, so light, dark and high-DPI all work."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

Role = QPalette.ColorRole


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0-1) of the way towards ``b``."""
    amount = max(0.0, min(1.0, amount))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


def tint(palette: QPalette, amount: float, base: Role = Role.Base) -> QColor:
    """A colour between ``base`` and the highlight colour."""
    return mix(palette.color(base), palette.color(Role.Highlight), amount)


def quiet(palette: QPalette) -> QColor:
    """Secondary text: between the text and the background."""
    return mix(palette.color(Role.WindowText), palette.color(Role.Window), 0.4)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme."""
    return palette.color(Role.Window).lightnessF() < 0.5


def em(widget: QWidget, factor: float = 1.0) -> int:
    """``factor`` times the height of the widget's font, in pixels (a DPI-safe unit)."""
    return max(1, round(widget.fontMetrics().height() * factor))


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font, ``factor`` times larger, optionally bold."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def make_quiet(label: QLabel) -> QLabel:
    """Show a label as secondary text (the palette's placeholder colour, follows the theme)."""
    label.setForegroundRole(Role.PlaceholderText)
    return label


def heading(text: str, parent: QWidget | None = None, factor: float = 1.0) -> QLabel:
    """A bold label used as a heading."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label
