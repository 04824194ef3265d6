"""The questions the editor asks the user, in one place so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from fidelity_app.ui import prompts as window_prompts


def confirm_finalise(parent: QWidget, total: str, band: str) -> bool:
    """Ask whether to finalise a complete review."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ScoringPrompts", "Finalise review"))
    box.setText(QCoreApplication.translate("ScoringPrompts", "Finalise this review?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "ScoringPrompts",
            "Total %1, %2. The review becomes read-only; it can be reopened later with a reason.",
        )
        .replace("%1", total)
        .replace("%2", band)
    )
    finalise = box.addButton(
        QCoreApplication.translate("ScoringPrompts", "Finalise"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is finalise


def ask_reopen_reason(parent: QWidget) -> str | None:
    """Ask why a final review is reopened; ``None`` when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ScoringPrompts", "Reopen review"),
        QCoreApplication.translate(
            "ScoringPrompts",
            "Why is the review reopened? The reason is recorded with today's date.",
        ),
        QLineEdit.EchoMode.Normal,
        "",
    )
    if not ok:
        return None
    return text.strip()


def show_problem(parent: QWidget, title: str, text: str) -> None:
    """Tell the user something could not be done."""
    QMessageBox.warning(parent, title, text)


def confirm_close_unsaved(parent: QWidget) -> bool:
    """Ask whether to close although the last text could not be saved."""
    return window_prompts.confirm(
        parent, QCoreApplication.translate("ReviewEditor", "Not saved"),
        QCoreApplication.translate(
            "ReviewEditor", "The last text could not be saved. Close anyway and lose the unsaved "
            "text?"),
        QCoreApplication.translate("ReviewEditor", "Close anyway"),
        QCoreApplication.translate(
            "ReviewEditor", "The unsaved text is copied to the clipboard first, so you can paste "
            "it elsewhere. Cancel keeps the review open; saving is tried again."),
        destructive=True,
    )


def copy_to_clipboard(texts: list[str]) -> bool:
    """Put the non-empty ``texts`` on the clipboard (text that could not be saved, so the user
    can paste it elsewhere); ``True`` if there was any."""
    texts = [t for t in texts if t.strip()]
    if not texts:
        return False
    QGuiApplication.clipboard().setText("\n\n".join(texts))
    return True
