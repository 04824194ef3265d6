"""The main window: the review list, the open review, menus, toolbar and status bar.

Its menus, toolbar and keys come from the action table (``fidelity_app.ui.actions``); what the
actions do lives in handlers that see the window only through ``WindowContext``
(``window_handlers``), each imported when first used. The window decides nothing itself:
``window_presenter`` says which actions apply and what the title is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.ui import actions as action_table
from fidelity_app.ui import prompts
from fidelity_app.ui.actions import CONTEXT_MENU, WINDOW_ACTIONS, Scope
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.retention_notice import RetentionBar
from fidelity_app.ui.review_list import ReviewListPage
from fidelity_app.ui.settings import Settings
from fidelity_app.ui.window_handlers import WindowHandlers
from fidelity_app.ui.window_presenter import WindowState, default_placement, window_title

EditorFactory = Callable[[App, str, QWidget], Any]

STATUS_TIMEOUT_MS = 6000


def default_editor_factory(app: App, review_uuid: str, parent: QWidget) -> Any:
    """The scoring view of one review (``fidelity_app.ui.review_editor.ReviewEditor``)."""
    from fidelity_app.ui.review_editor import ReviewEditor

    return ReviewEditor(app, review_uuid, parent)


class MainWindow(WindowHandlers, QMainWindow):
    """Services and their reviews in one window; a review opens in place of the list.

    Implements ``OperationHost`` (for ``run_op``) and ``WindowContext`` (for the handlers).
    """

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
        self._handlers: dict[str, object] = {}
        self.undo_group = QUndoGroup(self)

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
        self.retention_bar = RetentionBar(app)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.retention_bar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)

        self._actions = action_table.build_actions(self, self, WINDOW_ACTIONS,
                                                   hosts={Scope.LIST: self.list_page})
        self.menus = action_table.build_menus(self.menuBar(), self._actions, WINDOW_ACTIONS)
        self.toolbar = action_table.build_toolbar(self, self._actions, WINDOW_ACTIONS)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.list_page.set_context_actions(
            [self._actions[s.id] for s in action_table.in_place(WINDOW_ACTIONS, CONTEXT_MENU)])
        self._connect()
        self.retranslateUi()
        self._update_actions()
        self.place_by_default()

    def _connect(self) -> None:
        group = self.undo_group
        undo, redo = self.action("edit.undo"), self.action("edit.redo")
        group.canUndoChanged.connect(undo.setEnabled)
        group.canRedoChanged.connect(redo.setEnabled)
        group.undoTextChanged.connect(lambda _t: self._undo_tips())
        group.redoTextChanged.connect(lambda _t: self._undo_tips())
        undo.setEnabled(False)
        redo.setEnabled(False)
        toggle = self.action("view.toolbar")
        toggle.setChecked(True)
        self.toolbar.visibilityChanged.connect(toggle.setChecked)
        self.list_page.openRequested.connect(self.open_review)
        self.list_page.serviceRequested.connect(
            lambda uuid: self.history_actions.show_service_history(uuid))
        self.list_page.currentChanged.connect(self._update_actions)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        self.languages.languageChanged.connect(self._language_changed)

    # -- the action table's target ----------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        """The window's action with this id (see ``WINDOW_ACTIONS``)."""
        return self._actions[action_id]

    # -- WindowContext / OperationHost ------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface language."""
        return self.languages.language

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs and messages."""
        return self

    def on_list(self) -> bool:
        """Whether the review list is shown."""
        return self.pages.currentWidget() is self.list_page

    def state(self) -> WindowState:
        """What the window shows now, for the presenter's decisions."""
        from fidelity_app.ui.report_export import reports_available

        return WindowState(on_list=self.on_list(), selected=self.list_page.current_uuid(),
                           open_review=self.editor_uuid, reports=reports_available())

    def current_review_uuid(self) -> str | None:
        """The open review, or the one selected in the list."""
        return self.state().current

    def selected_review(self) -> ReviewSummary | None:
        """The review selected in the list, while the list is shown."""
        return self.list_page.current_review() if self.on_list() else None

    def filter_service_uuid(self) -> str | None:
        """The service the review list is filtered to."""
        return self.list_page.current_filter().service_uuid

    def select_review(self, review_uuid: str | None, clear_filters: bool = False) -> None:
        """Read the list again and select a review (after showing every review)."""
        if clear_filters:
            self.list_page.clear_filters()
        self.list_page.refresh(review_uuid)
        self._update_actions()

    def start_dir(self) -> str:
        """Where file choosers start."""
        from fidelity_app.ui.file_actions import start_dir

        return start_dir(self.settings)

    def show_status(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        """Show a short message in the status bar."""
        self.statusBar().showMessage(text, timeout)

    def flush_pending_edits(self) -> bool:
        """Write the open review's pending edits; ``False`` (after telling the user) if not."""
        if self.editor is None:
            return True
        saved = attempt(self.editor.flush)
        if saved.ok and saved.value is not False:
            return True
        prompts.show_error(
            self, self.tr("Not saved"),
            self.tr("The last changes to the review could not be saved. The review stays "
                    "open so that nothing is lost."),
            str(saved.error) if saved.error is not None else "")
        return False

    def operation_done(self, changes: Changes) -> None:
        """Show again what an operation changed."""
        if changes & (Changes.REVIEW_LIST | Changes.DATABASE):
            self.list_page.refresh()
        if changes & (Changes.OPEN_REVIEW | Changes.DATABASE) and self.editor is not None:
            self.editor.reload()
        if changes & (Changes.HISTORY | Changes.DATABASE) and "history_actions" in self._handlers:
            self.history_actions.refresh_page()
        self.retention_bar.refresh_if_started()
        self._update_actions()

    def _update_actions(self) -> None:
        state = self.state()
        for action_id, enabled in state.enabled().items():
            self.action(action_id).setEnabled(enabled)
        for action_id, shown in state.visible().items():
            self.action(action_id).setVisible(shown)
        self._update_title()

    def _update_title(self) -> None:
        review = None
        if not self.on_list() and self.editor_uuid:
            found = attempt(lambda: self.app.reviews.get_review(self.editor_uuid or "").summary)
            review = found.value
        self.setWindowTitle(window_title(self.app.db_path.name, review))

    # -- opening reviews --------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the review selected in the list."""
        uuid = self.list_page.current_uuid()
        if uuid:
            self.open_review(uuid)

    def open_review(self, review_uuid: str, first_unscored: bool = False) -> bool:
        """Show a review in the scoring view (replacing any review open before)."""
        if not self.close_review():
            return False
        made = run_op(self, lambda: self._editor_factory(self.app, review_uuid, self.editor_page),
                      title=self.tr("Cannot open the review"),
                      failed=self.tr("The review could not be opened."), flush=False)
        editor = made.value
        if editor is None:
            self.list_page.refresh()
            return False
        self.editor = editor
        self.editor_uuid = review_uuid
        self.editor_layout.addWidget(editor)
        editor.statusMessage.connect(self.statusBar().showMessage)
        editor.reviewChanged.connect(self._review_changed)
        self.undo_group.addStack(editor.undo_stack)
        self.undo_group.setActiveStack(editor.undo_stack)
        self.pages.setCurrentWidget(self.editor_page)
        if first_unscored:
            editor.go_to_first_unscored()
        focused = self.focusWidget()
        if focused is None or not (focused is editor or editor.isAncestorOf(focused)):
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settings.set_last_review(self._database_key, review_uuid)
        self._update_actions()
        return True

    def close_review(self, remember: bool = False) -> bool:
        """Save what the open review has pending and remove it; ``False`` if it cannot save.

        An edit that cannot be saved now lets the user choose to close anyway (the editor
        asks, and copies the unsaved text to the clipboard).
        """
        if self.editor is None:
            return True
        if not self.editor.flush_for_close():
            return False
        editor, self.editor = self.editor, None
        self.editor_uuid = None
        self.undo_group.removeStack(editor.undo_stack)
        self.editor_layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        if not remember:
            self.settings.set_last_review(self._database_key, None)
        return True

    def show_list(self) -> bool:
        """Close the open review (after saving) and show the review list."""
        uuid = self.editor_uuid
        if not self.close_review():
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

    def focus_search(self) -> None:
        """Put the cursor in the review list's search box."""
        self.list_page.focus_search()

    def restore_session(self, open_review: str | None = None) -> None:
        """Open the review asked for on the command line, else the one open last time."""
        if open_review:
            found = run_op(self, lambda: self.app.reviews.resolve_review_id(open_review),
                           title=self.tr("Cannot open the review"),
                           failed=self.tr("The review %1 could not be opened.").replace(
                               "%1", open_review), flush=False)
            if found.ok and found.value and self.open_review(found.value, first_unscored=True):
                return
        last = self.settings.last_review(self._database_key)
        if last and self.list_page.model.row_of(last) is not None and self.open_review(last):
            return
        self.list_page.focus_table()

    @property
    def _database_key(self) -> str:
        """What names the open database in the settings: its file, or a server's URI (which
        never holds a password)."""
        return self.app.server or str(self.app.db_path)

    def switch_app(self, app: App) -> None:
        """Show another database (the services of the one before are closed)."""
        old, self.app = self.app, app
        old.close()
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.set_app(app)
        self.retention_bar.set_app(app)
        if app.database_file is not None:  # a server's database is named by --db each time
            self.settings.add_recent_database(app.database_file)
        self.retranslateUi()
        self._update_actions()

    def import_path(self, path: str) -> bool:
        """Import the review file at ``path`` (see ``FileActions.import_path``)."""
        return self.file_actions.import_path(path)

    # -- edit and view ------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last change to the open review."""
        self.undo_group.undo()

    def redo(self) -> None:
        """Make the change undone last again."""
        self.undo_group.redo()

    def _undo_tips(self) -> None:
        """Name the change Undo and Redo would act on, in their tooltips."""
        for action_id, text in (("edit.undo", self.undo_group.undoText()),
                                ("edit.redo", self.undo_group.redoText())):
            action = self.action(action_id)
            spec = next(s for s in WINDOW_ACTIONS if s.id == action_id)
            tip = action_table.tr(spec.tip)
            action.setToolTip(f"{tip}: {text}" if text else tip)

    def toggle_toolbar(self) -> None:
        """Show or hide the toolbar."""
        self.toolbar.setVisible(self.action("view.toolbar").isChecked())

    def toggle_full_screen(self) -> None:
        """Switch between full screen and a normal window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.action("view.full_screen").setChecked(self.isFullScreen())

    def edit_settings(self) -> None:
        """Show the settings dialog and apply the language chosen."""
        from fidelity_app.ui.dialogs.settings_dialog import SettingsDialog  # on first use

        dialog = SettingsDialog(self.settings.language, self,
                                retention_days=self.retention_bar.stored_days())
        if run_dialog(dialog):
            self.set_language(dialog.language_setting())
            self.retention_bar.set_days(dialog.retention_days())

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

    def recent_menu(self) -> QMenu:
        """File > Recent databases."""
        menu = self.action("file.recent").menu()
        assert isinstance(menu, QMenu)
        return menu

    # -- window state -----------------------------------------------------------------------

    def place_by_default(self) -> None:
        """Size and place the window for its screen (until the user's own are restored)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        place = default_placement(free.x(), free.y(), free.width(), free.height())
        self.resize(place.width, place.height)
        self.move(place.x, place.y)

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
        if not self.close_review(remember=True):
            event.ignore()
            return
        self.save_window()
        QThreadPool.globalInstance().waitForDone()
        event.accept()

    # -- language ---------------------------------------------------------------------------

    def _language_changed(self, language: str) -> None:
        self.list_page.set_language(language)
        if "history_actions" in self._handlers:
            self.history_actions.set_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        action_table.retranslate(self._actions, WINDOW_ACTIONS, self.menus)
        self._undo_tips()
        QApplication.setApplicationDisplayName(self.tr("IPS Fidelity Review"))
        self.toolbar.setWindowTitle(action_table.tr(action_table.TOOLBAR_TITLE))
        self.toolbar.setAccessibleName(action_table.tr(action_table.TOOLBAR_TITLE))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.app.db_path.name))
        self.db_label.setToolTip(str(self.app.db_path))
        self.db_label.setAccessibleName(self.tr("Database file"))
        self._update_title()


if TYPE_CHECKING:
    from fidelity_app.ui.operations import OperationHost
    from fidelity_app.ui.window_context import WindowContext

    def _offers_what_handlers_use(window: MainWindow) -> tuple[WindowContext, OperationHost]:
        """Checked by mypy: the window is the context and the host of its actions."""
        return window, window
