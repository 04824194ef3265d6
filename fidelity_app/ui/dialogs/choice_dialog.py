"""The dialog that asks a :class:`~fidelity_app.ui.dialogs.choice_presenter.Question`.

The things the question is about are listed one per line; each answer is a button, the
default one takes Enter, Escape gives the question's ``cancel`` answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.ui.dialogs.choice_presenter import Question

MAX_LINES_SHOWN = 8  # more scroll


class ChoiceDialog(QDialog):
    """Shows ``question``; ``choice`` is the key of the answer given."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceDialog")
        self.question = question
        self.choice = question.cancel
        self.setWindowTitle(question.title)
        self.setAccessibleName(question.title)
        text = QLabel(question.text, wordWrap=True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.lines = QListWidget()
        self.lines.setObjectName("choiceLines")
        self.lines.addItems(list(question.lines))
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setAccessibleName(question.text)
        row = self.lines.sizeHintForRow(0) if question.lines else 0
        shown = min(len(question.lines), MAX_LINES_SHOWN)
        self.lines.setFixedHeight(row * shown + 2 * self.lines.frameWidth() + row // 2)
        if len(question.lines) <= MAX_LINES_SHOWN:
            self.lines.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.setVisible(bool(question.lines))
        details = QLabel(question.details, wordWrap=True)
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setVisible(bool(question.details))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for option in question.options:
            button = QPushButton(option.label)
            button.setObjectName(f"choice-{option.key}")
            button.setAccessibleName(option.label.replace("&", ""))
            button.setAutoDefault(option.key == question.default)
            button.setDefault(option.key == question.default)
            button.clicked.connect(lambda _checked=False, key=option.key: self._choose(key))
            buttons.addWidget(button)
            self.buttons[option.key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.lines)
        layout.addWidget(details)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.buttons[question.default].setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def reject(self) -> None:
        """Escape or closing the dialog: the question's cancel answer."""
        self.choice = self.question.cancel
        super().reject()


def ask(parent: QWidget | None, question: Question) -> str:
    """Show ``question`` and return the key of the answer the user gave."""
    dialog = ChoiceDialog(question, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.choice
