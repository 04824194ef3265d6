"""The main window's entries for following services over time.

``install_history(window)`` adds, without the main window knowing the details:
File > "Export for analysis (CSV)…", a Services menu with "Service history…" and "Overview of
all services…", "Service history…" in the review list's context menu, and a double-click on
a review's service name in the list opens that service's page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from fidelity_app.services.errors import ServiceError
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.review_list import UUID_ROLE, ReviewTableModel
from fidelity_app.ui.scoring.state import SAVE_ERRORS, describe_error

if TYPE_CHECKING:
    from fidelity_app.ui.history.service_page import ServicePage
    from fidelity_app.ui.main_window import MainWindow

RunDialog = Callable[[QDialog], bool]


def safe_file_name(text: str) -> str:
    """``text`` without characters that file systems refuse."""
    cleaned = "".join(" " if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    return " ".join(cleaned.split()).strip(" .") or "export"


def bring_forward(widget: QWidget) -> None:
    """Raise and activate a window (platforms without stacking, such as offscreen, only
    activate it)."""
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        widget.raise_()
    widget.activateWindow()


class HistoryMenus(QObject):
    """Owns the history actions of one main window and the service page it opened."""

    def __init__(self, window: MainWindow, run: RunDialog = run_dialog) -> None:
        super().__init__(window)
        self.window = window
        self._run = run
        self.page: ServicePage | None = None

        self.service_history_action = QAction(window)
        self.service_history_action.setObjectName("serviceHistory")
        self.service_history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.overview_action = QAction(window)
        self.overview_action.setObjectName("servicesOverview")
        self.export_csv_action = QAction(window)
        self.export_csv_action.setObjectName("exportCsv")
        for action, slot in ((self.service_history_action, self.show_service_history),
                             (self.overview_action, self.show_overview),
                             (self.export_csv_action, self.export_csv)):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            window.addAction(action)

        window.file_menu.insertAction(self._after(window.file_menu,
                                                  window.export_report_action),
                                      self.export_csv_action)
        self.menu = QMenu(window)
        self.menu.setObjectName("servicesMenu")
        self.menu.addAction(self.service_history_action)
        self.menu.addAction(self.overview_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)

        table = window.list_page.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(window.open_review_action)
        table.addAction(self.service_history_action)
        table.viewport().installEventFilter(self)
        window.installEventFilter(self)
        self.retranslateUi()

    @staticmethod
    def _after(menu: QMenu, action: QAction) -> QAction | None:
        """The action that follows ``action`` in ``menu`` (to insert before it)."""
        actions = menu.actions()
        if action in actions and actions.index(action) + 1 < len(actions):
            return actions[actions.index(action) + 1]
        return None

    # -- what is in view ---------------------------------------------------------------------

    def current_service(self) -> tuple[str, str] | None:
        """(uuid, name) of the service of the open or selected review, else of the filter."""
        window = self.window
        app = window.app
        uuid = window.current_review_uuid()
        try:
            if uuid:
                summary = app.reviews.get_review(uuid).summary
                return summary.service_uuid, summary.service_name
            chosen = window.list_page.current_filter().service_uuid
            if chosen:
                return chosen, app.reviews.get_service(chosen).name
        except SAVE_ERRORS:
            return None
        return None

    # -- commands ---------------------------------------------------------------------------

    def show_service_history(self, service_uuid: str | None = None) -> ServicePage | None:
        """Open (or bring forward) the page of a service: the one in view by default."""
        # imported on first use: the page is not needed to start the window
        from fidelity_app.ui.history.service_page import ServicePage

        window = self.window
        if service_uuid is None:
            current = self.current_service()
            if current is None:
                try:
                    services = window.app.reviews.list_services()
                except SAVE_ERRORS as exc:
                    prompts.show_error(window, self.tr("Service history"), describe_error(exc))
                    return None
                if not services:
                    window.show_status(self.tr("There are no services yet."))
                    return None
                current = (services[0].uuid, services[0].name)
            service_uuid = current[0]
        if self.page is not None and self.page.app is not window.app:
            self.page.close()
            self.page = None
        try:
            if self.page is None:
                page = ServicePage(window.app, service_uuid,
                                   language=window.languages.language, run=self._run,
                                   app_source=lambda: self.window.app, parent=window)
                page.openReviewRequested.connect(self._open_review)
                page.destroyed.connect(lambda _o=None: self._forget_page(page))
                self.page = page
            else:
                self.page.set_service(service_uuid)
        except ServiceError as exc:
            prompts.show_error(window, self.tr("Service history"), str(exc))
            return None
        self.page.show()
        bring_forward(self.page)
        return self.page

    def _forget_page(self, page: ServicePage) -> None:
        if self.page is page:
            self.page = None

    def _open_review(self, review_uuid: str) -> None:
        window = self.window
        if window.open_review(review_uuid):
            bring_forward(window)

    def show_overview(self) -> None:
        """The overview of all services (aggregates, no names of people)."""
        from fidelity_app.ui.history.overview import OverviewDialog  # on first use

        window = self.window
        try:
            dialog = OverviewDialog(window.app, language=window.languages.language,
                                    parent=window)
        except SAVE_ERRORS as exc:
            prompts.show_error(window, self.tr("Overview of all services"), describe_error(exc))
            return
        self._run(dialog)

    def export_csv(self) -> Path | None:
        """Ask what to export and where, then write the CSV file."""
        from fidelity_app.ui.history.csv_dialog import CsvExportDialog  # on first use

        window = self.window
        current = self.current_service()
        dialog = CsvExportDialog(current, window.languages.language, window)
        if not self._run(dialog):
            return None
        service_uuids, delimiter = dialog.service_uuids(), dialog.delimiter()
        name = current[1] if service_uuids and current else self.tr("all services")
        suggestion = str(Path(self._start_dir()) / (
            safe_file_name(self.tr("scores %1").replace("%1", name)) + ".csv"))
        path = prompts.ask_save_path(
            window, self.tr("Export for analysis"), suggestion,
            prompts.file_filter(self.tr("CSV files"), "*.csv"))
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        window.settings.set_last_directory(path)
        try:
            result = window.app.analysis.export_csv(path, service_uuids, delimiter)
        except SAVE_ERRORS as exc:
            prompts.show_error(window, self.tr("Export failed"),
                               self.tr("The CSV file was not written."), describe_error(exc))
            return None
        window.show_status(
            self.tr("Exported %1 review(s), %2 rows, to %3.")
            .replace("%1", str(result.reviews)).replace("%2", str(result.rows))
            .replace("%3", str(result.path)))
        return result.path

    def _start_dir(self) -> str:
        last = self.window.settings.last_directory()
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    # -- events -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the window; a double-click on a service name opens its page."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif (event.type() == QEvent.Type.MouseButtonDblClick
              and isinstance(event, QMouseEvent)
              and watched is self.window.list_page.table.viewport()):
            table = self.window.list_page.table
            index = table.indexAt(event.position().toPoint())
            if index.isValid() and index.column() == ReviewTableModel.SERVICE:
                review = index.siblingAtColumn(0).data(UUID_ROLE)
                if isinstance(review, str):
                    try:
                        service = self.window.app.reviews.get_review(review).summary
                    except SAVE_ERRORS:
                        return False
                    self.show_service_history(service.service_uuid)
                    return True
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:
        """Texts in the interface language."""
        self.menu.setTitle(self.tr("&Services"))
        self.service_history_action.setText(self.tr("Service &history…"))
        self.service_history_action.setIconText(self.tr("Service history"))
        tip = self.tr("The service's reviews over time, its trend, items and action plan")
        self.service_history_action.setStatusTip(tip)
        self.service_history_action.setToolTip(tip)
        self.overview_action.setText(self.tr("&Overview of all services…"))
        tip = self.tr("Counts, bands and item means across all services for a period")
        self.overview_action.setStatusTip(tip)
        self.overview_action.setToolTip(tip)
        self.export_csv_action.setText(self.tr("Export for &analysis (CSV)…"))
        tip = self.tr("Save the scores as a CSV file for a spreadsheet")
        self.export_csv_action.setStatusTip(tip)
        self.export_csv_action.setToolTip(tip)
        if self.page is not None:
            self.page.set_language(self.window.languages.language)


def install_history(window: MainWindow) -> HistoryMenus:
    """Add the history entries to ``window`` (call once, after its menus exist)."""
    return HistoryMenus(window)
