"""What the main window offers the handlers of its actions.

The handlers (``review_actions``, ``file_actions``, ``backup_actions``,
``history.history_actions``) work on this small interface only, never on the window's private
members; a test can hand them any object that has these members.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.ui.operations import Changes
from fidelity_app.ui.settings import Settings


class WindowContext(Protocol):
    """The main window as its action handlers see it (it is also the ``OperationHost``)."""

    @property
    def app(self) -> App:
        """The services of the open database."""

    @property
    def settings(self) -> Settings:
        """The program's settings (recent databases, last directory, ...)."""

    @property
    def language(self) -> str:
        """The interface language (``"en"``, ``"sv"``)."""

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs and messages."""

    def current_review_uuid(self) -> str | None:
        """The open review, or the one selected in the list."""

    def selected_review(self) -> ReviewSummary | None:
        """The review selected in the list, while the list is shown."""

    def filter_service_uuid(self) -> str | None:
        """The service the review list is filtered to, if any."""

    def open_review(self, review_uuid: str, first_unscored: bool = False) -> bool:
        """Show a review in the scoring view; ``False`` if the open one cannot be saved."""

    def show_list(self) -> bool:
        """Close the open review (after saving) and show the list."""

    def select_review(self, review_uuid: str | None, clear_filters: bool = False) -> None:
        """Read the list again and select a review in it (showing every review first)."""

    def close_review(self) -> bool:
        """Save and close the open review (before another database is opened)."""

    def switch_app(self, app: App) -> None:
        """Show another database's services (the old ones are closed)."""

    def start_dir(self) -> str:
        """Where file choosers start: the last folder used, else the documents folder."""

    def flush_pending_edits(self) -> bool:
        """Write edits typed but not yet saved; ``False`` (after telling the user) if not."""

    def show_status(self, text: str, timeout: int = ...) -> None:
        """Say briefly in the status bar what was done."""

    def operation_done(self, changes: Changes) -> None:
        """Refresh every view that shows what ``changes`` names."""

