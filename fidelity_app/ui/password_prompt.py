"""The window's way of asking for a server password (``services.passwords.PasswordPrompt``):
the password dialog over a parent window, loaded only when a password is wanted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fidelity_app.messages import Message, current_language
from fidelity_app.ui import prompts

if TYPE_CHECKING:
    from fidelity_app.services.passwords import PasswordAnswer, PasswordRequest


class WindowPasswordPrompt:
    """Asks for a server password in a dialog over ``parent`` (``None``: at start)."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def ask(self, request: PasswordRequest) -> PasswordAnswer | None:
        """The password typed, ``None`` when the user cancelled."""
        from fidelity_app.ui.dialogs.common import run_dialog
        from fidelity_app.ui.dialogs.password_dialog import PasswordDialog

        dialog = PasswordDialog(request, self.parent)
        return dialog.answer if run_dialog(dialog) else None

    def not_remembered(self, reason: Message) -> None:
        """Say that the keychain could not keep the password (it did work)."""
        prompts.show_info(
            self.parent, QCoreApplication.translate("PasswordDialog",
                                                    "Password for the shared database"),
            reason.text(current_language()))
