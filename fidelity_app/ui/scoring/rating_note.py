"""A reviewer's own note on the current item, shown instead of the agreed notes in their mode."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from fidelity_app.ui.scoring.style import em, make_quiet, scaled_font


class RatingNotePanel(QWidget):
    """One text field: what this reviewer saw and why they gave their score.

    ``textEdited(text)`` for user edits only (never when a note is shown), ``focusLeft()``
    when the field loses focus so the text is written at once.
    """

    textEdited = Signal(str)
    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.heading, 1.0, bold=True))
        self.heading.setWordWrap(True)
        self.hint = make_quiet(QLabel(self))
        self.hint.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(em(self, 6))
        self.edit.installEventFilter(self)
        self.heading.setBuddy(self.edit)
        self.agreed_hint = make_quiet(QLabel(self))
        self.agreed_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        margin = em(self, 0.9)
        layout.setContentsMargins(em(self, 0.5), em(self, 0.6), margin, margin)
        layout.setSpacing(em(self, 0.25))
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addSpacing(em(self, 0.2))
        layout.addWidget(self.edit, 1)
        layout.addSpacing(em(self, 0.4))
        layout.addWidget(self.agreed_hint)
        self.edit.textChanged.connect(self._on_changed)
        self._reviewer = ""
        self._showing = False

    def retranslateUi(self) -> None:
        """Texts in the current language."""
        self.hint.setText(
            self.tr("What you saw and heard, and why you gave your score. The other reviewers "
                    "see it beside their own in the comparison.")
        )
        self.edit.setPlaceholderText(self.tr("Your own notes on this item"))
        self.agreed_hint.setText(
            self.tr("The evidence, strengths and areas for development that go into the report "
                    "are written with the agreed score (Scoring as: Agreed score).")
        )
        self._show_heading()

    def _show_heading(self) -> None:
        title = self.tr("%1's note").replace("%1", self._reviewer) if self._reviewer else ""
        self.heading.setText(title)
        self.edit.setAccessibleName(title or self.tr("Reviewer's note"))

    def show_note(self, reviewer: str, text: str) -> None:
        """Show ``reviewer``'s note (without reporting it as an edit)."""
        self._reviewer = reviewer
        self._show_heading()
        if self.edit.toPlainText() != text:
            self._showing = True
            try:
                self.edit.setPlainText(text)
            finally:
                self._showing = False

    def set_read_only(self, read_only: bool) -> None:
        """The note stays readable but cannot be changed (a final review)."""
        self.edit.setReadOnly(read_only)

    def _on_changed(self) -> None:
        if not self._showing:
            self.textEdited.emit(self.edit.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when the field loses focus."""
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.focusLeft.emit()
        return super().eventFilter(watched, event)
