"""The evidence of the current item: its entries, each with its source, and a field to add
or change one.

Keys: type an entry, pick its source with Up/Down (or Tab to the source list), Enter adds it;
in the list Enter (or F2) opens an entry for a change and Delete removes it, after a question.
Esc goes back to the criteria from anywhere here (the editor's action).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.dto import EvidenceEntry, ItemNotes
from fidelity_app.ui import prompts as window_prompts
from fidelity_app.ui.scoring.evidence_presenter import (
    SOURCE_CHOICES,
    EvidencePresenter,
    coverage_view,
    entry_line,
    source_label,
)
from fidelity_app.ui.scoring.style import Role, em, make_quiet
from fidelity_app.ui.scoring.texts import field_label
from fidelity_app.ui.scoring.widgets import WARNING_ACCENT

ENTRY_ID = Qt.ItemDataRole.UserRole


class EvidencePanel(QWidget):
    """Entry list and entry field; ``focusLeft()`` when the keyboard leaves the panel (its
    text is then written at once), ``problem(Problem)`` when a removal was refused."""

    focusLeft = Signal()
    problem = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.coverage = make_quiet(QLabel(self))
        self.coverage.setWordWrap(True)
        self.entries = QListWidget(self)
        self.entries.setWordWrap(True)
        self.entries.setSpacing(max(1, em(self, 0.15)))
        self.entries.setAlternatingRowColors(True)
        self.entries.setMinimumHeight(em(self, 3))
        self.input = QLineEdit(self)
        self.source = QComboBox(self)
        self.role = QLineEdit(self)
        for source in SOURCE_CHOICES:
            self.source.addItem("", source)
        self.label.setBuddy(self.input)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.label)
        heading.addWidget(self.coverage, 1)
        choice = QHBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.source)
        choice.addWidget(self.role, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.25))
        layout.addLayout(heading)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.input)
        layout.addLayout(choice)
        for widget in (self.input, self.source, self.role, self.entries):
            widget.installEventFilter(self)
        self.input.textEdited.connect(lambda _text: self._edited())
        self.role.textEdited.connect(lambda _text: self._edited())
        self.source.activated.connect(lambda _index: self._on_source_chosen())
        for field in (self.input, self.role):
            field.returnPressed.connect(self.commit)
        self.entries.itemActivated.connect(self._open)
        self.presenter: EvidencePresenter | None = None
        self.item_id = ""
        self._notes = ItemNotes("")
        self._read_only = False
        self._enable_role()

    def retranslateUi(self) -> None:
        """Labels, placeholders and accessible names."""
        self.label.setText(field_label("evidence"))
        for index in range(self.source.count()):
            self.source.setItemText(index, source_label(self.source.itemData(index)))
        self.input.setPlaceholderText(
            self.tr("What you saw, heard or read; Enter adds it"))
        self.input.setAccessibleName(self.tr("New evidence entry"))
        self.input.setAccessibleDescription(self.tr(
            "Up and Down choose the source; Enter adds the entry."))
        self.source.setAccessibleName(self.tr("Source of the entry"))
        self.role.setPlaceholderText(self.tr("Who was interviewed (role, e.g. enhetschef)"))
        self.role.setAccessibleName(self.tr("Role of who was interviewed"))
        self.entries.setAccessibleName(self.tr("Evidence entries"))
        self.entries.setAccessibleDescription(self.tr(
            "Enter or F2 changes the chosen entry, Delete removes it."))
        self._show_coverage()

    def bind(self, presenter: EvidencePresenter) -> None:
        """Write through ``presenter``; follow the item's stored entries."""
        self.presenter = presenter
        presenter.state.itemChanged.connect(self._on_item_changed)

    # -- showing ----------------------------------------------------------------------------

    def show_item(self, notes: ItemNotes, pending: str | None) -> None:
        """Show an item's entries; ``pending``: a text typed for it and not saved, kept in the
        field; else the field is empty (what was typed is written, and in the list)."""
        changed = notes.item_id != self.item_id
        self.item_id, self._notes = notes.item_id, notes
        self._show_entries()
        if self.presenter is not None and (changed or pending is None):
            self.presenter.finish_all()
        if pending is not None:
            self.input.setText(pending)
        else:
            self.input.clear()

    def _on_item_changed(self, item_id: str) -> None:
        if item_id == self.item_id and self.presenter is not None:
            self._notes = self.presenter.state.notes(item_id)
            self._show_entries()

    def _show_entries(self) -> None:
        current = self.entries.currentItem()
        chosen = current.data(ENTRY_ID) if current is not None else None
        self.entries.clear()
        for entry in self._notes.evidence:
            row = QListWidgetItem(entry_line(entry), self.entries)
            row.setData(ENTRY_ID, entry.id)
            row.setToolTip(entry.text)
            if entry.id == chosen:
                self.entries.setCurrentItem(row)
        self._show_coverage()

    def _show_coverage(self) -> None:
        view = coverage_view(self._notes)
        self.coverage.setText(view.text)
        # the warning in a dark orange; otherwise the quiet colour of secondary text
        self.coverage.setForegroundRole(Role.WindowText if view.single_source
                                        else Role.PlaceholderText)
        self.coverage.setStyleSheet(
            f"color: {WARNING_ACCENT.darker(160).name()};" if view.single_source else "")

    def set_read_only(self, read_only: bool) -> None:
        """Entries stay readable; nothing can be added, changed or removed."""
        self._read_only = read_only
        self.input.setReadOnly(read_only)
        self.source.setEnabled(not read_only)
        self._enable_role()

    # -- writing ----------------------------------------------------------------------------

    def chosen_source(self) -> str:
        """The source picked for the entry in the field."""
        return str(self.source.currentData())

    def _enable_role(self) -> None:
        """The role is asked for an interview only."""
        self.role.setEnabled(self.chosen_source() == "interview" and not self._read_only)

    def _on_source_chosen(self) -> None:
        """The user chose a source: the entry being typed takes it."""
        self._enable_role()
        if self.chosen_source() != "interview":
            self.role.clear()
        if self.input.text().strip():
            self._edited()

    def _edited(self) -> None:
        if self.presenter is not None and not self._read_only and self.item_id:
            self.presenter.edit(self.item_id, self.input.text(), self.chosen_source(),
                                self.role.text())

    def commit(self) -> None:
        """Enter: write the entry now and free the field for the next one (same source)."""
        if self.presenter is None or self._read_only:
            return
        if not self.input.text().strip():
            self.statusMessage.emit(self.tr("Type the entry first, then press Enter."))
            return
        self.presenter.autosaver.flush()
        if self.presenter.finish(self.item_id):
            self.input.clear()
            self.statusMessage.emit(self.tr("Saved: the entry is added to the evidence."))

    def _open(self, row: QListWidgetItem | None = None) -> None:
        """Put the chosen entry in the field for a change."""
        row = row or self.entries.currentItem()
        entry = self._entry(row)
        if entry is None or self.presenter is None or self._read_only:
            return
        self.focusLeft.emit()  # an entry being typed is written first
        self.presenter.start(self.item_id, entry, entry.source, entry.role)
        self.input.setText(entry.text)
        self.source.setCurrentIndex(max(0, self.source.findData(entry.source)))
        self._enable_role()
        self.role.setText(entry.role)
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        entry = self._entry(self.entries.currentItem())
        if entry is None or self.presenter is None or self._read_only:
            return
        if not window_prompts.confirm(
                self, self.tr("Remove evidence entry"),
                self.tr("Remove this entry from the evidence?\n\n%1").replace(
                    "%1", entry_line(entry)),
                self.tr("Remove"), destructive=True):
            return
        refused = self.presenter.remove(self.item_id, entry.id)
        if refused is not None:
            self.problem.emit(refused)
        else:
            self.statusMessage.emit(self.tr("Removed the entry from the evidence."))

    def _entry(self, row: QListWidgetItem | None) -> EvidenceEntry | None:
        wanted = row.data(ENTRY_ID) if row is not None else None
        return next((e for e in self._notes.evidence if e.id == wanted), None)

    # -- keys and focus -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the field choose the source; F2 and Delete in the list; leaving the
        panel writes the entry being typed and frees the field."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.input and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) \
                    and self.source.isEnabled():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.source.setCurrentIndex((self.source.currentIndex() + step)
                                            % self.source.count())
                self._on_source_chosen()
                return True
            if watched is self.entries and key == Qt.Key.Key_F2:
                self._open()
                return True
            if watched is self.entries and key == Qt.Key.Key_Delete:
                self._remove()
                return True
        if event.type() == QEvent.Type.FocusOut and self._left(event):
            self.focusLeft.emit()
            if self.presenter is not None and self.presenter.finish(self.item_id):
                self.input.clear()
        return super().eventFilter(watched, event)

    def _left(self, event: QEvent) -> bool:
        """Whether the keyboard went somewhere outside this panel (not to a popup list)."""
        reason = getattr(event, "reason", lambda: None)()
        if reason == Qt.FocusReason.PopupFocusReason:
            return False
        now = QApplication.focusWidget()
        return now is None or not self.isAncestorOf(now)
