"""Every message box and file chooser the main window uses, in one place (tests replace them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user that something could not be done, and why."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    if details:
        box.setInformativeText(details)
    box.setAccessibleName(title)
    box.exec()
    box.deleteLater()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something that went well but deserves a note."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.exec()
    box.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, action: str,
            details: str = "", destructive: bool = False) -> bool:
    """Ask before doing ``action`` (the label of the button that goes ahead)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmBox")
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    role = (QMessageBox.ButtonRole.DestructiveRole if destructive
            else QMessageBox.ButtonRole.AcceptRole)
    go = box.addButton(action, role)
    go.setObjectName("confirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if destructive else go)
    box.setEscapeButton(cancel)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is go


def ask_yes_no(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    """A question answered Yes or No (No is the default)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("questionBox")
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Which of ``options`` (button labels, the first the default) the user chose; ``None``
    when they cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("choiceBox")
    box.setAccessibleName(title)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(cancel)
    box.exec()
    box.deleteLater()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def ask_open_path(parent: QWidget | None, caption: str, directory: str, filters: str) -> str:
    """A file to read, or ``""`` when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, directory, filters)
    return path


def ask_save_path(parent: QWidget | None, caption: str, suggestion: str, filters: str,
                  confirm_overwrite: bool = True) -> str:
    """A file to write, or ``""`` when the user cancels."""
    options = QFileDialog.Option(0)
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, filters, "", options)
    return path


def ask_folder(parent: QWidget | None, caption: str, directory: str) -> str:
    """A folder to write files into, or ``""`` when the user cancels."""
    return QFileDialog.getExistingDirectory(parent, caption, directory)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text (``text`` filled in), or ``None`` when the user cancels."""
    answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return answer if ok else None


def file_filter(description: str, patterns: str) -> str:
    """A file-chooser filter such as ``Review files (*.json)`` plus ``All files (*)``."""
    all_files = QCoreApplication.translate("Prompts", "All files")
    return f"{description} ({patterns});;{all_files} (*)"
