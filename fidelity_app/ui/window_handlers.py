"""The main window's action handlers, each made (and its module imported) when an action
first needs it; a handler sees the window only through ``WindowContext``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from fidelity_app.ui.backup_actions import BackupActions
    from fidelity_app.ui.factual_check_actions import FactualCheckActions
    from fidelity_app.ui.file_actions import FileActions
    from fidelity_app.ui.history.history_actions import HistoryActions
    from fidelity_app.ui.review_actions import ReviewActions
    from fidelity_app.ui.scale_text_actions import ScaleTextActions
    from fidelity_app.ui.sync_actions import SyncActions
    from fidelity_app.ui.window_context import WindowContext

H = TypeVar("H")


class WindowHandlers:
    """The handlers of the main window (a base of ``MainWindow``), by the names the action
    table's ``run`` uses (``"file_actions.import_review"``)."""

    _handlers: dict[str, object]

    @property
    def context(self) -> WindowContext:
        """The window as its handlers see it."""
        return cast("WindowContext", self)

    def _handler(self, name: str, make: Callable[[], H]) -> H:
        if name not in self._handlers:
            self._handlers[name] = make()
        return self._handlers[name]  # type: ignore[return-value]  # made by ``make``

    @property
    def review_actions(self) -> ReviewActions:
        """New service, new review, duplicate, delete."""
        from fidelity_app.ui.review_actions import ReviewActions

        return self._handler("review_actions", lambda: ReviewActions(self.context))

    @property
    def file_actions(self) -> FileActions:
        """Review files, reports and database files."""
        from fidelity_app.ui.file_actions import FileActions

        return self._handler("file_actions", lambda: FileActions(self.context))

    @property
    def factual_check_actions(self) -> FactualCheckActions:
        """Send for factual check, import the service's comments."""
        from fidelity_app.ui.factual_check_actions import FactualCheckActions

        return self._handler("factual_check_actions", lambda: FactualCheckActions(self.context))

    @property
    def sync_actions(self) -> SyncActions:
        """Send to and fetch from a shared database."""
        from fidelity_app.ui.sync_actions import SyncActions

        return self._handler("sync_actions", lambda: SyncActions(self.context))

    @property
    def backup_actions(self) -> BackupActions:
        """Back up now, restore from a backup."""
        from fidelity_app.ui.backup_actions import BackupActions

        return self._handler("backup_actions", lambda: BackupActions(self.context))

    @property
    def history_actions(self) -> HistoryActions:
        """Service pages, the overview and the CSV export."""
        from fidelity_app.ui.history.history_actions import HistoryActions

        return self._handler("history_actions", lambda: HistoryActions(self.context))

    @property
    def scale_text_actions(self) -> ScaleTextActions:
        """Scale texts (editions) and About the scale."""
        from fidelity_app.ui.scale_text_actions import ScaleTextActions

        return self._handler("scale_text_actions", lambda: ScaleTextActions(self.context))

