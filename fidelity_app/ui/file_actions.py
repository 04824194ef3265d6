"""Files from the main window: review files in and out, the PDF report, database files.

Handlers of the action table (``file_actions.<method>``), working on ``WindowContext``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.errors import ServiceError
from fidelity_app.services.exchange import ImportConflictError, ServiceChoice, ServiceMatchError
from fidelity_app.ui import import_messages, prompts
from fidelity_app.ui.dialogs import choice_dialog, choice_presenter
from fidelity_app.ui.dialogs.privacy_presenter import Output
from fidelity_app.ui.opening import open_services
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.privacy_check import clear_for_output
from fidelity_app.ui.report_export import ReportJob, find_report_writer
from fidelity_app.ui.settings import Settings
from fidelity_app.ui.window_context import WindowContext

DB_PATTERNS = "*.db *.sqlite *.sqlite3"
REVIEW_FILE_PATTERNS = "*.json"


def safe_file_name(text: str, fallback: str = "review") -> str:
    """``text`` without characters that file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split()).strip(" .") or fallback


def start_dir(settings: Settings) -> str:
    """Where file choosers start: the last folder used, else the documents folder."""
    last = settings.last_directory()
    if last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class FileActions(QObject):
    """Import, export, report and database files of one main window."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.widget())
        self.window = window
        self.report_jobs: list[ReportJob] = []

    def _current(self) -> ReviewSummary | None:
        """The review the window's actions act on, read anew (``None`` after saying why)."""
        window = self.window
        uuid = window.current_review_uuid()
        if uuid is None:
            return None
        found = run_op(window.widget(), lambda: window.app.reviews.get_review(uuid).summary,
                       title=self.tr("Review not found"), flush=False)
        if not found.ok:
            window.operation_done(Changes.REVIEW_LIST)
        return found.value

    def _suggestion(self, review: ReviewSummary, suffix: str) -> str:
        name = safe_file_name(f"{review.service_name} {review.start_date.isoformat()}")
        return str(Path(self.window.start_dir()) / (name + suffix))

    # -- review files -----------------------------------------------------------------------

    def import_review(self) -> None:
        """Import a review file (all or nothing) and select the review."""
        window = self.window
        path = prompts.ask_open_path(
            window.widget(), self.tr("Import review file"), window.start_dir(),
            prompts.file_filter(self.tr("Review files"), REVIEW_FILE_PATTERNS))
        if path:
            self.import_path(path)

    def import_path(self, path: str, service: ServiceChoice = "ask") -> bool:
        """Import the review file at ``path`` (after saving the open review's pending text).

        When the file's service matches a stored one by name but not by id, the user chooses:
        add the review to the stored service, make a new one, or import nothing.
        """
        window = self.window
        name = Path(path).name
        answer: list[ServiceChoice] = []

        def refused(error: ServiceError) -> bool:
            if isinstance(error, ServiceMatchError):
                chosen = choice_dialog.ask(window.widget(), choice_presenter.service_match(
                    name, error.existing))
                if chosen == choice_presenter.USE_EXISTING:
                    answer.append("existing")
                elif chosen == choice_presenter.CREATE_NEW:
                    answer.append("new")
                return True
            if not isinstance(error, ImportConflictError):
                return False
            prompts.show_error(window.widget(), import_messages.conflict_title(),
                               import_messages.conflict_text(error, name),
                               import_messages.conflict_details(error))
            return True

        window.settings.set_last_directory(path)
        imported = run_op(
            window.widget(), lambda: window.app.exchange.import_file(path, service=service),
            title=self.tr("Import failed"),
            failed=self.tr("The file was not imported. Nothing in the database was changed."),
            changes=Changes.HISTORY, on_failure=refused)
        if answer:
            return self.import_path(path, service=answer[0])
        result = imported.value
        if result is None:
            return False
        window.select_review(result.review_uuid, clear_filters=True)
        if result.merged and window.current_review_uuid() == result.review_uuid:
            window.operation_done(Changes.OPEN_REVIEW)  # it gained a colleague's ratings
        window.show_status(import_messages.import_result_text(result, name))
        return True

    def export_review(self) -> None:
        """Write the current review to a review file."""
        review = self._current()
        if review is None:
            return
        path = prompts.ask_save_path(
            self.window.widget(), self.tr("Export review file"), self._suggestion(review, ".json"),
            prompts.file_filter(self.tr("Review files"), REVIEW_FILE_PATTERNS))
        if path:
            self.export_path(review.uuid, path)

    def export_path(self, review_uuid: str, path: str) -> bool:
        """Write a review to ``path`` (saving the open review's pending edits first)."""
        window = self.window
        window.settings.set_last_directory(path)
        if not window.flush_pending_edits():
            return False
        app = window.app
        redact = clear_for_output(window.widget(), app, Output.FILE,
                                  lambda: app.privacy.check_export(review_uuid))
        if redact is None:
            return False
        exported = run_op(
            window.widget(),
            lambda: window.app.exchange.export_review(review_uuid, path, redact=redact),
            title=self.tr("Export failed"), failed=self.tr("The review file was not written."),
            done=lambda written: self.tr("Exported to %1.").replace("%1", str(written)))
        return exported.ok

    # -- the PDF report ---------------------------------------------------------------------

    def export_report(self) -> None:
        """Ask where to save the PDF report of the current review, then write it."""
        review = self._current()
        if review is None:
            return
        path = prompts.ask_save_path(self.window.widget(), self.tr("Export report"),
                                     self._suggestion(review, ".pdf"),
                                     prompts.file_filter(self.tr("PDF documents"), "*.pdf"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.start_report(review.uuid, path, self._with_service_comments(review.uuid))

    def _with_service_comments(self, review_uuid: str) -> bool:
        """Whether the report ends with the service's comments: asked when it has some."""
        window = self.window
        found = run_op(window.widget(), lambda: window.app.factual_checks.comments(review_uuid),
                       title=self.tr("Export report"), flush=False)
        return bool(found.value) and prompts.ask_yes_no(
            window.widget(), self.tr("Export report"),
            self.tr("The service sent comments from the factual check. Include them at the "
                    "end of the report as an appendix?"))

    def start_report(self, review_uuid: str, path: str,
                     service_comments: bool = False) -> ReportJob | None:
        """Write the report on a pool thread; the window stays usable meanwhile."""
        window = self.window
        writer = find_report_writer()
        if writer is None:
            prompts.show_error(window.widget(), self.tr("Export report"),
                               self.tr("Reports are not available in this version."))
            return None
        if not window.flush_pending_edits():
            return None
        window.settings.set_last_directory(path)
        app = window.app
        redact = clear_for_output(window.widget(), app, Output.REPORT,
                                  lambda: app.privacy.check_report(
                                      review_uuid, service_comments=service_comments))
        if redact is None:
            return None
        job = ReportJob(writer, app, review_uuid, Path(path), None, redact,
                        service_comments=service_comments)
        job.signals.finished.connect(lambda written: self._report_done(job, written))
        job.signals.failed.connect(lambda message: self._report_failed(job, message))
        self.report_jobs.append(job)
        window.show_status(self.tr("Writing the report…"), 0)
        QThreadPool.globalInstance().start(job)
        return job

    def _report_done(self, job: ReportJob, written: str) -> None:
        if job in self.report_jobs:
            self.report_jobs.remove(job)
        window = self.window
        window.show_status(self.tr("Report saved: %1").replace("%1", written))
        if prompts.confirm(window.widget(), self.tr("Report saved"),
                           self.tr("The report was saved as %1.").replace("%1", written),
                           self.tr("Open report"), self.tr("Open it now?")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(written))

    def _report_failed(self, job: ReportJob, message: str) -> None:
        if job in self.report_jobs:
            self.report_jobs.remove(job)
        self.window.show_status("", 1)
        prompts.show_error(self.window.widget(), self.tr("Export report"),
                           self.tr("The report could not be written."), message)

    # -- databases --------------------------------------------------------------------------

    def choose_database(self) -> None:
        """Open another database file."""
        window = self.window
        path = prompts.ask_open_path(
            window.widget(), self.tr("Open database"), str(window.app.db_path.parent),
            prompts.file_filter(self.tr("Databases"), DB_PATTERNS))
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        """Create a new, empty database file and switch to it."""
        window = self.window
        path = prompts.ask_save_path(
            window.widget(), self.tr("New database"),
            str(window.app.db_path.parent / "fidelity.db"),
            prompts.file_filter(self.tr("Databases"), DB_PATTERNS))
        if not path:
            return
        if Path(path).exists():
            prompts.show_error(window.widget(), self.tr("New database"),
                               self.tr("%1 already exists. Use “Open database” to open it.")
                               .replace("%1", path))
            return
        self.open_database(path)

    def open_database(self, path: str | Path) -> bool:
        """Switch to the database at ``path``; on a problem the current one stays open."""
        window = self.window
        target = Path(path).expanduser().resolve()
        if target == window.app.db_path:
            return True
        if not window.close_review():
            return False
        scales = window.app.scales
        opened = run_op(
            window.widget(), lambda: open_services(target, scales=scales),
            title=self.tr("Cannot open the database"),
            failed=self.tr("%1 could not be opened. The current database stays open.").replace(
                "%1", str(target)),
            flush=False)
        if opened.value is None:
            window.show_list()
            return False
        window.switch_app(opened.value)
        window.show_status(self.tr("Opened %1.").replace("%1", str(opened.value.db_path)))
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent databases (other than the open one) in File > Recent."""
        window = self.window
        menu.clear()
        recent = [p for p in window.settings.recent_databases()
                  if Path(p) != window.app.db_path]
        for number, path in enumerate(recent, start=1):
            p = Path(path)
            action = menu.addAction(f"&{number} {p.name} ({p.parent})")
            action.setData(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, path=path: self.open_recent(path))
        if not recent:
            menu.addAction(self.tr("No other databases yet")).setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.triggered.connect(lambda _c=False: self.clear_recent())

    def clear_recent(self) -> None:
        """Forget the recent databases (but the open one)."""
        settings = self.window.settings
        settings.clear_recent_databases()
        settings.add_recent_database(self.window.app.db_path)

    def open_recent(self, path: str) -> bool:
        """Open a database from the recent list (forgetting it when the file is gone)."""
        window = self.window
        if not Path(path).exists():
            window.settings.remove_recent_database(path)
            prompts.show_error(window.widget(), self.tr("Cannot open the database"),
                               self.tr("%1 no longer exists.").replace("%1", path))
            return False
        return self.open_database(path)
