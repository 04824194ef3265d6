"""The dialog that shows a value changed elsewhere next to the user's version, and asks.

:func:`resolve_conflict` is what a screen passes a refused write to (from ``run_op``'s
``on_failure`` or after ``attempt``): it shows both versions, carries out the choice
(:mod:`fidelity_app.ui.dialogs.conflict_presenter`) and asks again when keeping the user's
version meets yet another change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.errors import EditConflictError, ServiceError
from fidelity_app.ui.dialogs.conflict_presenter import (
    Choice,
    Conflict,
    Resolution,
    conflict_of,
    resolve,
    shown_value,
)
from fidelity_app.ui.operations import find_host, show_refusal
from fidelity_app.ui.scoring.prompts import copy_to_clipboard


class ConflictDialog(QDialog):
    """Both versions of one field side by side, read-only; the user picks one or cancels."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.choice = Choice.CANCEL
        self.setWindowTitle(conflict.title())
        self.resize(760, 420)
        intro = QLabel(conflict.intro(), wordWrap=True)
        grid = QGridLayout()
        self.stored_view = self._version(conflict.stored, "storedVersion")
        self.mine_view = self._version(conflict.mine, "myVersion")
        stored_label = QLabel(self.tr("&Stored now (changed elsewhere):"))
        stored_label.setBuddy(self.stored_view)
        mine_label = QLabel(self.tr("&Your version in this window:"))
        mine_label.setBuddy(self.mine_view)
        grid.addWidget(stored_label, 0, 0)
        grid.addWidget(mine_label, 0, 1)
        grid.addWidget(self.stored_view, 1, 0)
        grid.addWidget(self.mine_view, 1, 1)
        self.stored_view.setAccessibleName(stored_label.text().replace("&", ""))
        self.mine_view.setAccessibleName(mine_label.text().replace("&", ""))
        buttons = QDialogButtonBox()
        self.keep_button = self._button(buttons, self.tr("&Keep mine"), "keepMine",
                                        Choice.KEEP_MINE)
        self.stored_button = self._button(buttons, self.tr("&Use the stored one"), "useStored",
                                          Choice.USE_STORED)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setObjectName("cancelConflict")
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr(
            "Keep mine saves your version in place of the stored one. Use the stored one shows "
            "the stored version and copies yours to the clipboard. Cancel saves nothing and "
            "leaves your version on screen."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.stored_view.setFocus(Qt.FocusReason.OtherFocusReason)  # read first, then choose

    @staticmethod
    def _version(text: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text, readOnly=True)
        view.setObjectName(name)
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.setTabChangesFocus(True)
        return view

    def _button(self, box: QDialogButtonBox, text: str, name: str, choice: Choice) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask(parent: QWidget | None, conflict: Conflict) -> Choice:
    """Show ``conflict`` and return what the user chose (Escape or closing: cancel)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.choice


def resolve_conflict(
    parent: QWidget | None,
    error: EditConflictError,
    *,
    what: str,
    mine: object,
    write_mine: Callable[[object], object],
    use_stored: Callable[[object], None],
    title: str,
    on_refusal: Callable[[ServiceError], bool] | None = None,
    shown: Callable[[object], str] = shown_value,
) -> Resolution:
    """Let the user choose between the stored value ``error`` reports and ``mine``.

    ``write_mine(expected)`` writes the user's version in place of ``expected`` (the stored
    value just shown); ``use_stored(stored)`` puts the stored value on screen. When keeping
    the user's version is refused because of yet another change, the user is asked again; any
    other refusal is shown under ``title``, unless ``on_refusal(error)`` takes care of it
    (returns ``True``). ``shown`` puts a value in words for the dialog.
    """
    while True:
        conflict = conflict_of(error, what, mine, shown)
        stored = error.stored
        result = resolve(
            ask(parent, conflict),
            conflict,
            write_mine=partial(write_mine, stored),
            use_stored=partial(use_stored, stored),
            copy=lambda texts: copy_to_clipboard(list(texts)),
        )
        outcome = result.outcome
        if outcome is not None and not outcome.ok:
            assert outcome.error is not None
            if isinstance(outcome.error, EditConflictError):
                error = outcome.error
                continue
            if on_refusal is None or not on_refusal(outcome.error):
                show_refusal(parent, title, "", outcome.error)
        host = find_host(parent)
        if host is not None and result.message:
            host.show_status(result.message)
        return result
