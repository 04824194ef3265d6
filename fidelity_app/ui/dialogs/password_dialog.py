"""Dialog: the password of a login on a shared database server, asked when the server wants
one that was neither found (``.pgpass``, the service file) nor remembered in the keychain
(shown by ``ui.password_prompt``). The password goes to the connection only; the dialog
keeps it no longer than it is open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.passwords import PasswordAnswer, PasswordRequest
from fidelity_app.ui.dialogs.common import ErrorLine


class PasswordDialog(QDialog):
    """Asks for the password of ``request.login``; ``answer`` once accepted."""

    def __init__(self, request: PasswordRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.request = request
        self.answer: PasswordAnswer | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.login = QLabel(request.login)
        self.login.setObjectName("passwordLogin")
        self.login_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("passwordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberPassword")
        self.refused = ErrorLine(self)
        form = QFormLayout()
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self._update()

    def retranslateUi(self) -> None:
        """Set every text in the current interface language."""
        self.setWindowTitle(self.tr("Password for the shared database"))
        self.intro.setText(self.tr("The server %1 asks for your password.")
                           .replace("%1", self.request.server))
        self.login_label.setText(self.tr("Login:"))
        self.password_label.setText(self.tr("&Password:"))
        self.remember.setText(self.tr("&Remember in the system keychain"))
        self.remember.setToolTip(self.tr(
            "Keep the password in the keychain of your computer's user account (not in the "
            "program's files), so you are not asked next time."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.refused.show_message(self.tr(
            "The server did not accept the password. Try again.") if self.request.refused
            else "")

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.password.text()))

    def accept(self) -> None:
        """Keep what was typed as ``answer`` and close (the field is emptied)."""
        if not self.password.text():
            return
        self.answer = PasswordAnswer(self.password.text(), self.remember.isChecked())
        self.password.clear()
        super().accept()
