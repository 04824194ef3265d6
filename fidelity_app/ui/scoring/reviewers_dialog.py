"""Changing the reviewers of an open review, and confirming when someone's scores would go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.reviewers_editor import ReviewersEditor
from fidelity_app.ui.scoring.style import em, make_quiet


class ReviewersDialog(QDialog):
    """The reviewers of one review, in order: add, remove, reorder."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reviewers"))
        self.intro = make_quiet(QLabel(self))
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr("Each reviewer scores the items on their own, then you agree on one score "
                    "per item in the comparison.")
        )
        self.editor = ReviewersEditor(self)
        self.editor.set_names(names)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(em(self, 0.5))
        layout.addWidget(self.intro)
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(em(self, 24))

    def _accept(self) -> None:
        if self.editor.name_edit.text().strip():
            self.editor.add_from_edit()  # a typed name counts, as in the new-review dialog
        self.accept()

    def names(self) -> list[str]:
        """The reviewers as edited."""
        return self.editor.names()


def ask_reviewers(parent: QWidget, names: list[str]) -> list[str] | None:
    """The new list of reviewers, or ``None`` when the user cancels."""
    dialog = ReviewersDialog(names, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.names()
    finally:
        dialog.deleteLater()


def confirm_removal(parent: QWidget, losses: list[tuple[str, int]]) -> bool:
    """Ask before removing reviewers who have scored items (their ratings are deleted)."""
    lines = "\n".join(
        QCoreApplication.translate("ReviewersDialog", "%1: scores or notes on %2 items")
        .replace("%1", name).replace("%2", str(count))
        for name, count in losses
    )
    return prompts.confirm(
        parent,
        QCoreApplication.translate("ReviewersDialog", "Remove reviewers"),
        QCoreApplication.translate(
            "ReviewersDialog",
            "Removing a reviewer deletes their own scores and notes in this review.",
        ),
        QCoreApplication.translate("ReviewersDialog", "Remove and delete their scores"),
        lines,
        destructive=True,
    )
