"""Pieces shared by the dialogs: an error line that works in light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget

from fidelity_app.ui.icons import icon


class ErrorLine(QWidget):
    """A warning icon and a message, hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLine")
        self.icon = QLabel()
        size = self.fontMetrics().height()
        self.icon.setPixmap(icon("warning").pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setObjectName("errorText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (and tell assistive technology about it)."""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        """The message shown, or ``""``."""
        return "" if self.isHidden() else self.label.text()


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; ``True`` if accepted. The dialog is disposed of afterwards, so
    no hidden window lingers (its Python attributes, such as results, stay readable)."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
