"""The main window: the review list, the open review, menus, toolbar and status bar."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QThreadPool, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.loader import ScaleError
from fidelity_app.services.app import App, open_app
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.errors import ServiceError
from fidelity_app.services.exchange import ImportConflictError
from fidelity_app.ui import import_messages, prompts
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.history.window_menus import install_history
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.labels import kind_label
from fidelity_app.ui.report_export import ReportJob, find_report_writer
from fidelity_app.ui.review_list import ReviewListPage
from fidelity_app.ui.settings import Settings
from fidelity_app.ui.window_actions import (
    create_actions,
    create_menus,
    create_toolbar,
    make_undo_actions,
    retranslate_actions,
)

# What opening a database file can raise; each carries a message for the user.
OPEN_ERRORS: tuple[type[Exception], ...] = (ScaleError, ServiceError, OSError)

EditorFactory = Callable[[App, str, QWidget], Any]

DB_PATTERNS = "*.db *.sqlite *.sqlite3"
REVIEW_FILE_PATTERNS = "*.json"
STATUS_TIMEOUT_MS = 6000


def default_editor_factory(app: App, review_uuid: str, parent: QWidget) -> Any:
    """The scoring view of one review (``fidelity_app.ui.review_editor.ReviewEditor``)."""
    from fidelity_app.ui.review_editor import ReviewEditor

    return ReviewEditor(app, review_uuid, parent)


def safe_file_name(text: str) -> str:
    """``text`` without characters that file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split()).strip(" .") or "review"


class MainWindow(QMainWindow):
    """Services and their reviews in one window; a review opens in place of the list."""

    # Made by window_actions.create_actions / create_menus / create_toolbar.
    new_review_action: QAction
    new_service_action: QAction
    open_review_action: QAction
    duplicate_action: QAction
    delete_action: QAction
    import_action: QAction
    export_action: QAction
    export_report_action: QAction
    new_db_action: QAction
    open_db_action: QAction
    quit_action: QAction
    settings_action: QAction
    back_action: QAction
    refresh_action: QAction
    fullscreen_action: QAction
    about_action: QAction
    about_qt_action: QAction
    toolbar_toggle: QAction
    undo_anchor: QAction
    toolbar_anchor: QAction
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    review_menu: QMenu
    help_menu: QMenu
    recent_menu: QMenu
    toolbar: QToolBar

    def __init__(self, app: App, settings: Settings, languages: LanguageManager, *,
                 editor_factory: EditorFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.app = app
        self.settings = settings
        self.languages = languages
        self._editor_factory = editor_factory or default_editor_factory
        self.editor: Any = None
        self.editor_uuid: str | None = None
        self._report_jobs: list[ReportJob] = []
        self.undo_group = QUndoGroup(self)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

        self.list_page = ReviewListPage(app)
        self.list_page.set_language(languages.language)
        self.editor_page = QWidget()
        self.editor_page.setObjectName("editorPage")
        self.editor_layout = QVBoxLayout(self.editor_page)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.editor_page)
        self.setCentralWidget(self.pages)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)

        create_actions(self)
        create_menus(self)
        self.toolbar = create_toolbar(self)
        self._install_undo_actions()
        self.history_menus = install_history(self)
        from fidelity_app.ui.backup_actions import install_backups  # File > Back up, Restore

        self.backup_actions = install_backups(self)

        self.list_page.openRequested.connect(self.open_review)
        self.list_page.currentChanged.connect(self._update_actions)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        self.languages.languageChanged.connect(self._language_changed)

        self.retranslateUi()
        self._update_actions()
        self.resize(1100, 700)

    # -- building the window ----------------------------------------------------------------

    def _install_undo_actions(self) -> None:
        """(Re)create Undo and Redo from the undo group, with texts in the current language."""
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                self.edit_menu.removeAction(old)
                self.toolbar.removeAction(old)
                self.removeAction(old)
                old.deleteLater()
        undo, redo = make_undo_actions(self, self.undo_group)
        for action in (undo, redo):
            self.addAction(action)
            self.edit_menu.insertAction(self.undo_anchor, action)
            self.toolbar.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    # -- state ------------------------------------------------------------------------------

    def on_list(self) -> bool:
        """Whether the review list is shown."""
        return self.pages.currentWidget() is self.list_page

    def current_review_uuid(self) -> str | None:
        """The open review, or the one selected in the list."""
        if not self.on_list() and self.editor_uuid:
            return self.editor_uuid
        return self.list_page.current_uuid()

    def _update_actions(self) -> None:
        on_list = self.on_list()
        selected = self.list_page.current_uuid() is not None
        current = self.current_review_uuid() is not None
        self.open_review_action.setEnabled(on_list and selected)
        self.delete_action.setEnabled(on_list and selected)
        self.open_review_action.setVisible(on_list)
        self.delete_action.setVisible(on_list)
        self.duplicate_action.setEnabled(current)
        self.export_action.setEnabled(current)
        self.export_report_action.setEnabled(current and find_report_writer() is not None)
        self.back_action.setEnabled(not on_list)
        self.back_action.setVisible(not on_list)
        self._update_title()

    def _update_title(self) -> None:
        name = self.app.db_path.name
        if not self.on_list() and self.editor_uuid:
            try:
                review = self.app.reviews.get_review(self.editor_uuid).summary
            except ServiceError:
                review = None
            if review is not None:
                self.setWindowTitle(f"{review.service_name} {review.start_date.isoformat()} – "
                                    f"{name}")
                return
        self.setWindowTitle(name)

    def show_status(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        """Show a short message in the status bar."""
        self.statusBar().showMessage(text, timeout)

    # -- opening reviews --------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the review selected in the list."""
        uuid = self.list_page.current_uuid()
        if uuid:
            self.open_review(uuid)

    def open_review(self, review_uuid: str, first_unscored: bool = False) -> bool:
        """Show a review in the scoring view (replacing any review open before)."""
        if not self._close_editor():
            return False
        try:
            editor = self._editor_factory(self.app, review_uuid, self.editor_page)
        except ServiceError as exc:
            prompts.show_error(self, self.tr("Cannot open the review"),
                               self.tr("The review could not be opened."), str(exc))
            self.list_page.refresh()
            return False
        self.editor = editor
        self.editor_uuid = review_uuid
        self.editor_layout.addWidget(editor)
        editor.statusMessage.connect(self.statusBar().showMessage)
        editor.reviewChanged.connect(self._review_changed)
        self.undo_group.addStack(editor.undo_stack)
        self.undo_group.setActiveStack(editor.undo_stack)
        self._release_window_keys(editor)
        self.pages.setCurrentWidget(self.editor_page)
        if first_unscored:
            editor.go_to_first_unscored()
        focused = self.focusWidget()
        if focused is None or not (focused is editor or editor.isAncestorOf(focused)):
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settings.set_last_review(self.app.db_path, review_uuid)
        self._update_actions()
        return True

    def _release_window_keys(self, editor: QWidget) -> None:
        """Undo and Redo in the Edit menu own their keys; an embedded view's own actions for the
        same keys would make every press ambiguous (and do nothing), so they give them up."""
        owned = {key.toString() for action in (self.undo_action, self.redo_action)
                 if action is not None for key in action.shortcuts()}
        for action in editor.findChildren(QAction):
            keys = action.shortcuts()
            kept = [key for key in keys if key.toString() not in owned]
            if len(kept) != len(keys):
                action.setShortcuts(kept)

    def _flush_editor(self, review_uuid: str | None = None, closing: bool = False) -> bool:
        """Write the open review's pending edits; ``False`` (after telling the user) if not.

        When ``closing``, an edit that cannot be saved now lets the user choose to close
        anyway (the editor asks, and copies the unsaved text to the clipboard).
        """
        if self.editor is None or (review_uuid is not None and review_uuid != self.editor_uuid):
            return True
        flush_for_close = getattr(self.editor, "flush_for_close", None)
        if closing and flush_for_close is not None:
            return bool(flush_for_close())
        try:
            saved = self.editor.flush()
        except ServiceError as exc:
            saved, detail = False, str(exc)
        else:
            detail = ""
        if saved is False:
            prompts.show_error(
                self, self.tr("Not saved"),
                self.tr("The last changes to the review could not be saved. The review stays "
                        "open so that nothing is lost."), detail)
            return False
        return True

    def _close_editor(self, remember: bool = False) -> bool:
        """Save what the open review has pending and remove it; ``False`` if it cannot save."""
        if self.editor is None:
            return True
        if not self._flush_editor(closing=True):
            return False
        editor, self.editor = self.editor, None
        self.editor_uuid = None
        self.undo_group.removeStack(editor.undo_stack)
        self.editor_layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        if not remember:
            self.settings.set_last_review(self.app.db_path, None)
        return True

    def show_list(self) -> bool:
        """Close the open review (after saving) and show the review list."""
        uuid = self.editor_uuid
        if not self._close_editor():
            return False
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.refresh(uuid)
        self.list_page.focus_table()
        self._update_actions()
        return True

    def _review_changed(self, review_uuid: str) -> None:
        self.list_page.refresh(review_uuid if self.on_list() else None)
        self._update_actions()

    def refresh(self) -> None:
        """Read the review list again."""
        self.list_page.refresh()
        self._update_actions()

    def restore_session(self, open_review: str | None = None) -> None:
        """Open the review asked for on the command line, else the one open last time."""
        if open_review:
            try:
                uuid = self.app.reviews.resolve_review_id(open_review)
            except ServiceError as exc:
                prompts.show_error(self, self.tr("Cannot open the review"),
                                   self.tr("The review %1 could not be opened.").replace(
                                       "%1", open_review), str(exc))
            else:
                if self.open_review(uuid, first_unscored=True):
                    return
        last = self.settings.last_review(self.app.db_path)
        if last and self.list_page.model.row_of(last) is not None and self.open_review(last):
            return
        self.list_page.focus_table()

    # -- services and reviews ---------------------------------------------------------------

    def new_service(self) -> None:
        """Create a service through the new-service dialog."""
        # imported on first use: the dialogs are not needed to start the window
        from fidelity_app.ui.dialogs.service_dialog import ServiceDialog

        dialog = ServiceDialog(self.app, self)
        if run_dialog(dialog) and dialog.service is not None:
            self.list_page.refresh()
            self.show_status(self.tr("Service “%1” created.").replace("%1", dialog.service.name))

    def new_review(self) -> None:
        """Create a review through the new-review dialog and open it."""
        from fidelity_app.ui.dialogs.review_dialog import ReviewDialog  # on first use

        dialog = ReviewDialog(self.app, self, service_uuid=self.list_page.current_filter()
                              .service_uuid, language=self.languages.language)
        if not run_dialog(dialog) or dialog.review is None:
            return
        self.list_page.refresh(dialog.review.uuid)
        self.show_status(self.tr("Review created."))
        self.open_review(dialog.review.uuid)

    def _summary(self, review_uuid: str) -> ReviewSummary | None:
        try:
            return self.app.reviews.get_review(review_uuid).summary
        except ServiceError as exc:
            prompts.show_error(self, self.tr("Review not found"), str(exc))
            self.list_page.refresh()
            return None

    def _describe(self, review: ReviewSummary) -> str:
        return self.tr("%1, %2, %3").replace("%1", review.service_name).replace(
            "%2", review.start_date.isoformat()).replace("%3", kind_label(review.kind))

    def duplicate_review(self) -> None:
        """Copy the current review as a new draft dated today (for a follow-up review)."""
        uuid = self.current_review_uuid()
        if uuid is None:
            return
        if not self._flush_editor(uuid):
            return
        try:
            copy = self.app.reviews.duplicate_review(uuid)
        except ServiceError as exc:
            prompts.show_error(self, self.tr("Cannot duplicate the review"), str(exc))
            return
        if not self.on_list():
            self.show_list()
        self.list_page.clear_filters()
        self.list_page.refresh(copy.uuid)
        self.show_status(self.tr("A new draft was made from the review; it is selected in "
                                 "the list."))

    def delete_review(self) -> None:
        """Delete the selected draft review after asking; final reviews are refused."""
        review = self.list_page.current_review()
        if review is None or not self.on_list():
            return
        if not review.is_final and not prompts.confirm(
            self, self.tr("Delete review"),
            self.tr("Delete the review %1?").replace("%1", self._describe(review)),
            self.tr("Delete"),
            self.tr("Its scores and notes are deleted too. This cannot be undone."),
            destructive=True,
        ):
            return
        try:
            self.app.reviews.delete_review(review.uuid)
        except ServiceError as exc:
            prompts.show_error(self, self.tr("Cannot delete the review"), str(exc))
            return
        if self.settings.last_review(self.app.db_path) == review.uuid:
            self.settings.set_last_review(self.app.db_path, None)
        self.list_page.refresh()
        self.show_status(self.tr("Review deleted."))

    # -- review files -----------------------------------------------------------------------

    def _start_dir(self) -> str:
        last = self.settings.last_directory()
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def import_review(self) -> None:
        """Import a review file (all or nothing) and select the review."""
        path = prompts.ask_open_path(
            self, self.tr("Import review file"), self._start_dir(),
            prompts.file_filter(self.tr("Review files"), REVIEW_FILE_PATTERNS))
        if not path:
            return
        self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Import the review file at ``path`` (after saving the open review's pending text)."""
        if not self._flush_editor():
            return False
        self.settings.set_last_directory(path)
        try:
            result = self.app.exchange.import_file(path)
        except ImportConflictError as exc:
            prompts.show_error(self, import_messages.conflict_title(),
                               import_messages.conflict_text(exc, Path(path).name),
                               import_messages.conflict_details(exc))
            return False
        except ServiceError as exc:
            prompts.show_error(self, self.tr("Import failed"),
                               self.tr("The file was not imported. Nothing in the database was "
                                       "changed."), str(exc))
            return False
        self.list_page.clear_filters()
        self.list_page.refresh(result.review_uuid)
        self.show_status(import_messages.import_result_text(result, Path(path).name))
        if result.merged and self.editor is not None and self.editor_uuid == result.review_uuid:
            self.editor.reload()  # the open review gained a colleague's ratings
        self._update_actions()
        return True

    def export_review(self) -> None:
        """Write the current review to a review file."""
        uuid = self.current_review_uuid()
        review = self._summary(uuid) if uuid else None
        if review is None:
            return
        suggestion = str(Path(self._start_dir()) / (
            safe_file_name(f"{review.service_name} {review.start_date.isoformat()}") + ".json"))
        path = prompts.ask_save_path(
            self, self.tr("Export review file"), suggestion,
            prompts.file_filter(self.tr("Review files"), REVIEW_FILE_PATTERNS))
        if path:
            self.export_path(review.uuid, path)

    def export_path(self, review_uuid: str, path: str) -> bool:
        """Write a review to ``path`` (saving the open review's pending edits first)."""
        if not self._flush_editor(review_uuid):
            return False
        self.settings.set_last_directory(path)
        try:
            written = self.app.exchange.export_review(review_uuid, path)
        except ServiceError as exc:
            prompts.show_error(self, self.tr("Export failed"),
                               self.tr("The review file was not written."), str(exc))
            return False
        self.show_status(self.tr("Exported to %1.").replace("%1", str(written)))
        return True

    # -- Export report… (fidelity_app.reports) ----------------------------------------------
    # The report writer is found at run time (report_export.find_report_writer); the action is
    # enabled only when fidelity_app.reports provides write_report(app, uuid, path, lang=None).

    def export_report(self) -> None:
        """Ask where to save the PDF report of the current review, then write it."""
        uuid = self.current_review_uuid()
        review = self._summary(uuid) if uuid else None
        if review is None:
            return
        suggestion = str(Path(self._start_dir()) / (safe_file_name(
            f"{review.service_name} {review.start_date.isoformat()}") + ".pdf"))
        path = prompts.ask_save_path(self, self.tr("Export report"), suggestion,
                                     prompts.file_filter(self.tr("PDF documents"), "*.pdf"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.start_report(review.uuid, path)

    def start_report(self, review_uuid: str, path: str) -> ReportJob | None:
        """Write the report on a pool thread; the window stays usable meanwhile."""
        writer = find_report_writer()
        if writer is None:
            prompts.show_error(self, self.tr("Export report"),
                               self.tr("Reports are not available in this version."))
            return None
        if not self._flush_editor(review_uuid):
            return None
        self.settings.set_last_directory(path)
        job = ReportJob(writer, self.app, review_uuid, Path(path), None)
        job.signals.finished.connect(lambda written: self._report_done(job, written))
        job.signals.failed.connect(lambda message: self._report_failed(job, message))
        self._report_jobs.append(job)
        self.show_status(self.tr("Writing the report…"), 0)
        QThreadPool.globalInstance().start(job)
        return job

    def _report_done(self, job: ReportJob, written: str) -> None:
        if job in self._report_jobs:
            self._report_jobs.remove(job)
        self.show_status(self.tr("Report saved: %1").replace("%1", written))
        if prompts.confirm(self, self.tr("Report saved"),
                           self.tr("The report was saved as %1.").replace("%1", written),
                           self.tr("Open report"), self.tr("Open it now?")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(written))

    def _report_failed(self, job: ReportJob, message: str) -> None:
        if job in self._report_jobs:
            self._report_jobs.remove(job)
        self.statusBar().clearMessage()
        prompts.show_error(self, self.tr("Export report"),
                           self.tr("The report could not be written."), message)

    # -- databases --------------------------------------------------------------------------

    def choose_database(self) -> None:
        """Open another database file."""
        path = prompts.ask_open_path(
            self, self.tr("Open database"), str(self.app.db_path.parent),
            prompts.file_filter(self.tr("Databases"), DB_PATTERNS))
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        """Create a new, empty database file and switch to it."""
        path = prompts.ask_save_path(
            self, self.tr("New database"), str(self.app.db_path.parent / "fidelity.db"),
            prompts.file_filter(self.tr("Databases"), DB_PATTERNS))
        if not path:
            return
        if Path(path).exists():
            prompts.show_error(self, self.tr("New database"),
                               self.tr("%1 already exists. Use “Open database” to open it.")
                               .replace("%1", path))
            return
        self.open_database(path)

    def open_database(self, path: str | Path) -> bool:
        """Switch to the database at ``path``; on a problem the current one stays open."""
        target = Path(path).expanduser().resolve()
        if target == self.app.db_path:
            return True
        if not self._close_editor():
            return False
        try:
            new_app = open_app(target, scales=self.app.scales)
        except OPEN_ERRORS as exc:
            prompts.show_error(self, self.tr("Cannot open the database"),
                               self.tr("%1 could not be opened. The current database stays "
                                       "open.").replace("%1", str(target)), str(exc))
            self.pages.setCurrentWidget(self.list_page)
            return False
        old, self.app = self.app, new_app
        old.close()
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.set_app(new_app)
        self.settings.add_recent_database(new_app.db_path)
        self.retranslateUi()
        self._update_actions()
        self.show_status(self.tr("Opened %1.").replace("%1", str(new_app.db_path)))
        return True

    def fill_recent_menu(self) -> None:
        """List the recent databases (other than the open one) in File > Recent."""
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent_databases() if Path(p) != self.app.db_path]
        for number, path in enumerate(recent, start=1):
            p = Path(path)
            action = self.recent_menu.addAction(f"&{number} {p.name} ({p.parent})")
            action.setData(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, path=path: self.open_recent(path))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No other databases yet"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.triggered.connect(lambda _c=False: self._clear_recent())

    def _clear_recent(self) -> None:
        self.settings.clear_recent_databases()
        self.settings.add_recent_database(self.app.db_path)

    def open_recent(self, path: str) -> bool:
        """Open a database from the recent list (forgetting it when the file is gone)."""
        if not Path(path).exists():
            self.settings.remove_recent_database(path)
            prompts.show_error(self, self.tr("Cannot open the database"),
                               self.tr("%1 no longer exists.").replace("%1", path))
            return False
        return self.open_database(path)

    # -- settings, help, view ---------------------------------------------------------------

    def edit_settings(self) -> None:
        """Show the settings dialog and apply the language chosen."""
        from fidelity_app.ui.dialogs.settings_dialog import SettingsDialog  # on first use

        dialog = SettingsDialog(self.settings.language, self)
        if run_dialog(dialog):
            self.set_language(dialog.language_setting())

    def set_language(self, setting: str) -> None:
        """Use and remember an interface language (``""``: the system's)."""
        self.settings.language = setting
        self.languages.apply(setting)

    def show_about(self) -> None:
        """The About box."""
        from fidelity_app.ui.dialogs.about_dialog import AboutDialog  # on first use

        run_dialog(AboutDialog(self.app.scales, self.languages.language, str(self.app.db_path),
                               self))

    def about_qt(self) -> None:
        """Qt's own About box."""
        QApplication.aboutQt()

    def toggle_full_screen(self) -> None:
        """Switch between full screen and a normal window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    # -- window state -----------------------------------------------------------------------

    def restore_window(self) -> None:
        """Size and layout as the user left them."""
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_window(self) -> None:
        """Remember size and layout."""
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending edits and the window layout; stay open if an edit cannot be saved."""
        if not self._close_editor(remember=True):
            event.ignore()
            return
        self.save_window()
        QThreadPool.globalInstance().waitForDone()
        event.accept()

    # -- language ---------------------------------------------------------------------------

    def _language_changed(self, language: str) -> None:
        self.list_page.set_language(language)
        self._install_undo_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("&Recent databases"))
        retranslate_actions(self)
        QApplication.setApplicationDisplayName(self.tr("IPS Fidelity Review"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.toolbar_toggle.setText(self.tr("&Toolbar"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.app.db_path.name))
        self.db_label.setToolTip(str(self.app.db_path))
        self.db_label.setAccessibleName(self.tr("Database file"))
        self.toolbar.setAccessibleName(self.tr("Toolbar"))
        self._update_title()
