"""A small editor for the list of reviewers: type a name, add it; select one, remove it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from fidelity_app.ui.icons import icon

MAX_NAME = 200


class ReviewersEditor(QWidget):
    """Reviewer names in order; Enter in the name box adds, Delete in the list removes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewersEditor")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("reviewerName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.setObjectName("addReviewer")
        self.add_button.setAutoDefault(False)
        self.list = QListWidget()
        self.list.setObjectName("reviewerList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.remove_button = QPushButton(icon("remove"), "")
        self.remove_button.setObjectName("removeReviewer")
        self.remove_button.setAutoDefault(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.add_button.clicked.connect(self.add_from_edit)
        self.remove_button.clicked.connect(self.remove_selected)
        self.name_edit.textChanged.connect(self._update_buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.name_edit.installEventFilter(self)
        self.list.installEventFilter(self)
        self.retranslateUi()
        self._update_buttons()

    def names(self) -> list[str]:
        """The reviewers, in order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_names(self, names: list[str]) -> None:
        """Replace the reviewers."""
        self.list.clear()
        self.list.addItems(names)
        self._update_buttons()
        self.changed.emit()

    def add(self, name: str) -> bool:
        """Add a reviewer (not an empty name, nor one already listed)."""
        name = " ".join(name.split())
        if not name or name.casefold() in (n.casefold() for n in self.names()):
            return False
        self.list.addItem(name)
        self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()
        self.changed.emit()
        return True

    def add_from_edit(self) -> None:
        """Add the name typed in the box and empty the box."""
        if self.add(self.name_edit.text()):
            self.name_edit.clear()
        self.name_edit.setFocus()

    def remove_selected(self) -> None:
        """Remove the selected reviewer."""
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        name = " ".join(self.name_edit.text().split())
        known = name.casefold() in (n.casefold() for n in self.names())
        self.add_button.setEnabled(bool(name) and not known)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name box adds the name instead of closing the dialog."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if (watched is self.name_edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and self.name_edit.text().strip()):
                self.add_from_edit()
                return True
            if watched is self.list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.name_edit.setPlaceholderText(self.tr("Reviewer's name, then Enter"))
        self.name_edit.setAccessibleName(self.tr("New reviewer's name"))
        self.add_button.setText(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add reviewer"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected reviewer"))
        self.list.setAccessibleName(self.tr("Reviewers"))
        self.list.setToolTip(self.tr("Drag to change the order; Delete removes a name."))
