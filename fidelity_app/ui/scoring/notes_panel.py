"""The notes of the current item: evidence entries, strengths, areas for development, a flag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.dto import ItemNotes
from fidelity_app.ui.scoring.evidence_panel import EvidencePanel
from fidelity_app.ui.scoring.presenter import NOTE_FIELDS
from fidelity_app.ui.scoring.style import em
from fidelity_app.ui.scoring.texts import field_label


class NotesPanel(QWidget):
    """The item's evidence entries (``evidence``, which writes them itself) and text fields
    for its other notes; reports user edits, never programmatic ones.

    ``textEdited(field, text)`` for the two notes and ``needs_info_reason``;
    ``needsInfoToggled(bool)`` for the flag; ``focusLeft()`` when a text field loses focus.
    """

    textEdited = Signal(str, str)
    needsInfoToggled = Signal(bool)
    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._layout = QVBoxLayout(self)
        margin = em(self, 0.9)
        layout.setContentsMargins(em(self, 0.5), em(self, 0.6), margin, margin)
        layout.setSpacing(em(self, 0.25))
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QPlainTextEdit] = {}
        self.evidence = EvidencePanel(self)
        self.evidence.focusLeft.connect(self.focusLeft)
        layout.addWidget(self.evidence, 2)
        for field in NOTE_FIELDS:
            label = QLabel(self)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(em(self, 4))
            edit.installEventFilter(self)
            edit.textChanged.connect(
                lambda f=field, e=edit: self.textEdited.emit(f, e.toPlainText())
            )
            label.setBuddy(edit)
            self.labels[field] = label
            self.edits[field] = edit
            layout.addSpacing(em(self, 0.35))
            layout.addWidget(label)
            layout.addWidget(edit, 1)
        layout.addSpacing(em(self, 0.5))
        self.needs_info = QCheckBox(self)
        self.reason = QLineEdit(self)
        self.reason.installEventFilter(self)
        self.reason.setEnabled(False)
        layout.addWidget(self.needs_info, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reason)
        self.needs_info.toggled.connect(self._on_flag)
        self.reason.textChanged.connect(
            lambda text: self.textEdited.emit("needs_info_reason", text)
        )
        self._read_only = False

    def retranslateUi(self) -> None:
        """Labels, placeholders and accessible names."""
        self.evidence.retranslateUi()
        hints = {
            "strengths": self.tr("What the service does well on this item"),
            "development": self.tr("What the service could do to reach a higher score"),
        }
        for field in NOTE_FIELDS:
            name = field_label(field)
            self.labels[field].setText(name)
            self.edits[field].setPlaceholderText(hints[field])
            self.edits[field].setAccessibleName(name)
            self.edits[field].setAccessibleDescription(hints[field])
        self.needs_info.setText(self.tr("Needs more information"))
        self.needs_info.setAccessibleName(self.tr("Needs more information"))
        self.reason.setPlaceholderText(self.tr("What is missing, and where could it be found?"))
        self.reason.setAccessibleName(self.tr("Information still missing"))

    def show_notes(self, notes: ItemNotes, pending: dict[str, str]) -> None:
        """Show an item's notes; ``pending`` holds unsaved texts that win over stored ones."""
        self.evidence.show_item(notes, pending.get("evidence"))
        self.blockSignals(True)
        try:
            for field in NOTE_FIELDS:
                text = pending.get(field, getattr(notes, field))
                edit = self.edits[field]
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            self.needs_info.setChecked(notes.needs_info)
            reason = pending.get("needs_info_reason", notes.needs_info_reason)
            if self.reason.text() != reason:
                self.reason.setText(reason)
            self.reason.setEnabled(notes.needs_info and not self._read_only)
        finally:
            self.blockSignals(False)

    def set_needs_info(self, flagged: bool) -> None:
        """Show the flag as stored (without reporting it as an edit)."""
        self.blockSignals(True)
        self.needs_info.setChecked(flagged)
        self.reason.setEnabled(flagged and not self._read_only)
        self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Texts stay readable and selectable but cannot be changed."""
        self._read_only = read_only
        self.evidence.set_read_only(read_only)
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.needs_info.setEnabled(not read_only)
        self.reason.setReadOnly(read_only)
        self.reason.setEnabled(self.needs_info.isChecked() and not read_only)

    def add_below(self, field: str, widget: QWidget) -> None:
        """Put ``widget`` (e.g. a button) right under the text field of ``field``, aligned
        left, and next to it in the tab order."""
        edit = self.edits[field]
        layout = self._layout
        layout.insertWidget(layout.indexOf(edit) + 1, widget, 0, Qt.AlignmentFlag.AlignLeft)
        later = NOTE_FIELDS[NOTE_FIELDS.index(field) + 1:]
        QWidget.setTabOrder(edit, widget)
        QWidget.setTabOrder(widget, self.edits[later[0]] if later else self.needs_info)

    def first_field(self) -> QWidget:
        """Where Tab from the scoring area goes: the field of a new evidence entry."""
        return self.evidence.input

    def _on_flag(self, flagged: bool) -> None:
        self.reason.setEnabled(flagged and not self._read_only)
        if self.signalsBlocked():
            return
        self.needsInfoToggled.emit(flagged)
        if flagged:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when a text field loses focus, so its text is written at once."""
        if event.type() == QEvent.Type.FocusOut:
            self.focusLeft.emit()
        return super().eventFilter(watched, event)
