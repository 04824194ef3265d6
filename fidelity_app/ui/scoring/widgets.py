"""Small shared widgets: a collapsible section and a message banner."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.ui.scoring.style import Role, em, mix

# A warm accent for warnings; mixed with the palette's base so it suits light and dark themes.
WARNING_ACCENT = QColor(214, 140, 0)


class Collapsible(QWidget):
    """A header button that shows or hides its content (keyboard: Space/Enter on the header)."""

    toggled = Signal(bool)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton(self)
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.RightArrow)
        self.header.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.body = QWidget(self)
        self.body.setVisible(False)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(em(self, 1.2), 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.25))
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.header.toggled.connect(self._on_toggled)
        self.set_title(title)

    def set_title(self, title: str) -> None:
        """Change the header's text (and its accessible name)."""
        self.header.setText(title)
        self.header.setAccessibleName(title)

    def is_expanded(self) -> bool:
        """Whether the content is shown."""
        return self.header.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the content."""
        self.header.setChecked(expanded)

    def _on_toggled(self, expanded: bool) -> None:
        self.header.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.body.setVisible(expanded)
        self.toggled.emit(expanded)


class Banner(QFrame):
    """A calm, tinted strip with a message and an optional button (info or warning)."""

    def __init__(self, parent: QWidget | None = None, *, warning: bool = False) -> None:
        super().__init__(parent)
        self.warning = warning
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setVisible(False)
        layout = QHBoxLayout(self)
        pad = em(self, 0.5)
        layout.setContentsMargins(em(self, 0.9), pad, pad, pad)
        layout.setSpacing(em(self, 0.6))
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_message(self, title: str, text: str, button: str = "") -> None:
        """Show the banner with a bold title, a message and (if given) a button text."""
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        if button:
            self.button.setAccessibleName(button)
        self.setAccessibleName(f"{title} {text}")
        self.setVisible(True)

    def accent(self) -> QColor:
        """The colour of the strip's left edge."""
        if self.warning:
            return WARNING_ACCENT
        return self.palette().color(Role.Highlight)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded, tinted background with a solid accent edge."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em(self, 0.3)
        base = self.palette().color(Role.Base)
        painter.setPen(mix(base, self.accent(), 0.45))
        painter.setBrush(mix(base, self.accent(), 0.14))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent())
        edge = QRectF(rect.left(), rect.top(), max(3.0, em(self, 0.2)), rect.height())
        painter.drawRoundedRect(edge, radius / 2, radius / 2)
        painter.end()
