"""The main window's commands for following services over time: the service page, the
overview of all services and the export for analysis (CSV).

Handlers of the action table (``history_actions.<method>``), working on ``WindowContext``.
The service page is opened also by a double-click on a service name in the review list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.file_actions import safe_file_name
from fidelity_app.ui.operations import run_op
from fidelity_app.ui.outcome import attempt

if TYPE_CHECKING:
    from fidelity_app.ui.history.service_page import ServicePage
    from fidelity_app.ui.window_context import WindowContext

RunDialog = Callable[[QDialog], bool]



def bring_forward(widget: QWidget) -> None:
    """Raise and activate a window (platforms without stacking, such as offscreen, only
    activate it)."""
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        widget.raise_()
    widget.activateWindow()


class HistoryActions(QObject):
    """The history commands of one main window, and the service page it opened."""

    def __init__(self, window: WindowContext, run: RunDialog = run_dialog) -> None:
        super().__init__(window.widget())
        self.window = window
        self.run = run  # shows a dialog modally (tests answer it instead)
        self.page: ServicePage | None = None

    def current_service(self) -> tuple[str, str] | None:
        """(uuid, name) of the service of the open or selected review, else of the filter."""
        window = self.window
        reviews = window.app.reviews
        uuid = window.current_review_uuid()
        chosen = window.filter_service_uuid()

        def find() -> tuple[str, str] | None:
            if uuid:
                summary = reviews.get_review(uuid).summary
                return summary.service_uuid, summary.service_name
            if chosen:
                return chosen, reviews.get_service(chosen).name
            return None

        return attempt(find).value

    def show_service_history(self, service_uuid: str | None = None) -> ServicePage | None:
        """Open (or bring forward) the page of a service: the one in view by default."""
        # imported on first use: the page is not needed to start the window
        from fidelity_app.ui.history.service_page import ServicePage

        window = self.window
        if service_uuid is None:
            current = self.current_service()
            if current is None:
                listed = run_op(window.widget(), window.app.reviews.list_services,
                                title=self.tr("Service history"), flush=False)
                if listed.value is None:
                    return None
                if not listed.value:
                    window.show_status(self.tr("There are no services yet."))
                    return None
                current = (listed.value[0].uuid, listed.value[0].name)
            service_uuid = current[0]
        if self.page is not None and self.page.app is not window.app:
            self.page.close()
            self.page = None
        if self.page is None:
            page = ServicePage(window.app, service_uuid, language=window.language,
                               run=self.run, app_source=lambda: self.window.app,
                               parent=window.widget())
            page.openReviewRequested.connect(self._open_review)
            page.destroyed.connect(lambda _o=None: self._forget_page(page))
            self.page = page
        else:
            self.page.set_service(service_uuid)
        self.page.show()
        bring_forward(self.page)
        return self.page

    def _forget_page(self, page: ServicePage) -> None:
        if self.page is page:
            self.page = None

    def _open_review(self, review_uuid: str) -> None:
        if self.window.open_review(review_uuid):
            bring_forward(self.window.widget())

    def refresh_page(self) -> None:
        """Show the service page anew (after its data changed)."""
        if self.page is not None:
            self.page.refresh()

    def set_language(self, language: str) -> None:
        """Band names on the service page in the interface language."""
        if self.page is not None:
            self.page.set_language(language)

    def show_overview(self) -> None:
        """The overview of all services (aggregates, no names of people)."""
        from fidelity_app.ui.history.overview import OverviewDialog  # on first use

        window = self.window
        self.run(OverviewDialog(window.app, language=window.language, parent=window.widget()))

    def export_csv(self) -> Path | None:
        """Ask what to export and where, then write the CSV file."""
        from fidelity_app.ui.history.csv_dialog import CsvExportDialog  # on first use

        window = self.window
        current = self.current_service()
        dialog = CsvExportDialog(current, window.language, window.widget())
        if not self.run(dialog):
            return None
        service_uuids, delimiter = dialog.service_uuids(), dialog.delimiter()
        name = current[1] if service_uuids and current else self.tr("all services")
        suggestion = str(Path(window.start_dir()) / (
            safe_file_name(self.tr("scores %1").replace("%1", name), "export") + ".csv"))
        path = prompts.ask_save_path(
            window.widget(), self.tr("Export for analysis"), suggestion,
            prompts.file_filter(self.tr("CSV files"), "*.csv"))
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        window.settings.set_last_directory(path)
        written = run_op(
            window.widget(), lambda: window.app.analysis.export_csv(path, service_uuids,
                                                                    delimiter),
            title=self.tr("Export failed"), failed=self.tr("The CSV file was not written."),
            done=lambda result: self.tr("Exported %1 review(s), %2 rows, to %3.")
            .replace("%1", str(result.reviews)).replace("%2", str(result.rows))
            .replace("%3", str(result.path)))
        return written.value.path if written.value is not None else None
