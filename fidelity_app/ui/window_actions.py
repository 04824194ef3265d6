"""The main window's actions as data (keys, icons, texts), its menus and its toolbar.

One table lists every command once, so shortcuts can be audited in one place. Texts are marked
with ``QT_TRANSLATE_NOOP`` in the ``MainWindow`` context and translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from fidelity_app.ui.icons import icon

if TYPE_CHECKING:
    from fidelity_app.ui.main_window import MainWindow

CONTEXT = "MainWindow"
Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    """One command of the main window."""

    attribute: str  # the window attribute holding the QAction
    slot: str  # the window method it calls
    icon: str | None
    shortcut: Shortcut
    text: str  # menu text, with its mnemonic
    icon_text: str  # short text for the toolbar
    tip: str  # tooltip and status tip
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_review_action", "new_review", "new-review", Key.New,
               QT_TRANSLATE_NOOP("MainWindow", "&New review…"),
               QT_TRANSLATE_NOOP("MainWindow", "New review"),
               QT_TRANSLATE_NOOP("MainWindow", "Start a new review of a service")),
    ActionSpec("new_service_action", "new_service", "new-service", None,
               QT_TRANSLATE_NOOP("MainWindow", "New &service…"),
               QT_TRANSLATE_NOOP("MainWindow", "New service"),
               QT_TRANSLATE_NOOP("MainWindow", "Add a service to review")),
    ActionSpec("open_review_action", "open_selected", "open-review", None,
               QT_TRANSLATE_NOOP("MainWindow", "&Open review"),
               QT_TRANSLATE_NOOP("MainWindow", "Open"),
               QT_TRANSLATE_NOOP("MainWindow", "Open the selected review for scoring (Enter)")),
    ActionSpec("duplicate_action", "duplicate_review", "duplicate", "Ctrl+D",
               QT_TRANSLATE_NOOP("MainWindow", "D&uplicate as new draft"),
               QT_TRANSLATE_NOOP("MainWindow", "Duplicate"),
               QT_TRANSLATE_NOOP("MainWindow", "Copy the review as a new draft dated today, "
                                               "for a follow-up review")),
    ActionSpec("delete_action", "delete_review", "delete", Key.Delete,
               QT_TRANSLATE_NOOP("MainWindow", "&Delete review…"),
               QT_TRANSLATE_NOOP("MainWindow", "Delete"),
               QT_TRANSLATE_NOOP("MainWindow", "Delete the selected draft review")),
    ActionSpec("import_action", "import_review", "import", "Ctrl+I",
               QT_TRANSLATE_NOOP("MainWindow", "&Import review file…"),
               QT_TRANSLATE_NOOP("MainWindow", "Import"),
               QT_TRANSLATE_NOOP("MainWindow", "Add a review from a review file")),
    ActionSpec("export_action", "export_review", "export", "Ctrl+E",
               QT_TRANSLATE_NOOP("MainWindow", "&Export review file…"),
               QT_TRANSLATE_NOOP("MainWindow", "Export"),
               QT_TRANSLATE_NOOP("MainWindow",
                                 "Save the review as a review file to share or keep")),
    ActionSpec("export_report_action", "export_report", "report", "Ctrl+P",
               QT_TRANSLATE_NOOP("MainWindow", "Export &report…"),
               QT_TRANSLATE_NOOP("MainWindow", "Report"),
               QT_TRANSLATE_NOOP("MainWindow", "Save the feedback report of the review as PDF")),
    ActionSpec("new_db_action", "new_database", None, None,
               QT_TRANSLATE_NOOP("MainWindow", "New data&base…"),
               QT_TRANSLATE_NOOP("MainWindow", "New database"),
               QT_TRANSLATE_NOOP("MainWindow", "Create an empty database file")),
    ActionSpec("open_db_action", "choose_database", "database", Key.Open,
               QT_TRANSLATE_NOOP("MainWindow", "O&pen database…"),
               QT_TRANSLATE_NOOP("MainWindow", "Open database"),
               QT_TRANSLATE_NOOP("MainWindow", "Open another database file")),
    ActionSpec("quit_action", "close", "quit", Key.Quit,
               QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
               QT_TRANSLATE_NOOP("MainWindow", "Quit"),
               QT_TRANSLATE_NOOP("MainWindow", "Close the program; everything is already saved"),
               QAction.MenuRole.QuitRole),
    ActionSpec("settings_action", "edit_settings", "settings", Key.Preferences,
               QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
               QT_TRANSLATE_NOOP("MainWindow", "Settings"),
               QT_TRANSLATE_NOOP("MainWindow", "Interface language"),
               QAction.MenuRole.PreferencesRole),
    ActionSpec("back_action", "show_list", "back", Key.Back,
               QT_TRANSLATE_NOOP("MainWindow", "Review &list"),
               QT_TRANSLATE_NOOP("MainWindow", "All reviews"),
               QT_TRANSLATE_NOOP("MainWindow", "Back to the list of reviews")),
    ActionSpec("refresh_action", "refresh", "refresh", Key.Refresh,
               QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
               QT_TRANSLATE_NOOP("MainWindow", "Refresh"),
               QT_TRANSLATE_NOOP("MainWindow", "Read the review list again")),
    ActionSpec("fullscreen_action", "toggle_full_screen", None, Key.FullScreen,
               QT_TRANSLATE_NOOP("MainWindow", "&Full screen"),
               QT_TRANSLATE_NOOP("MainWindow", "Full screen"),
               QT_TRANSLATE_NOOP("MainWindow", "Use the whole screen")),
    ActionSpec("about_action", "show_about", "about", None,
               QT_TRANSLATE_NOOP("MainWindow", "&About IPS Fidelity Review"),
               QT_TRANSLATE_NOOP("MainWindow", "About"),
               QT_TRANSLATE_NOOP("MainWindow", "About the program and the sources of the scale"),
               QAction.MenuRole.AboutRole),
    ActionSpec("about_qt_action", "about_qt", None, None,
               QT_TRANSLATE_NOOP("MainWindow", "About &Qt"),
               QT_TRANSLATE_NOOP("MainWindow", "About Qt"),
               QT_TRANSLATE_NOOP("MainWindow", "About the Qt toolkit"),
               QAction.MenuRole.AboutQtRole),
)

# Keys that must work whatever the platform's standard binding is.
FALLBACK_KEYS = {"quit_action": "Ctrl+Q"}
REDO_KEYS = ("Ctrl+Shift+Z",)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _add(container: QWidget, items: tuple[QAction | None, ...]) -> None:
    """Add actions to a menu or toolbar; ``None`` is a separator."""
    for item in items:
        if item is None:
            container.addSeparator()
        else:
            container.addAction(item)


def create_actions(window: MainWindow) -> None:
    """Make every action of :data:`ACTIONS` and store it on the window."""
    for spec in ACTIONS:
        action = QAction(window)
        action.setObjectName(spec.slot)
        action.setMenuRole(spec.role)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if action.shortcut().isEmpty() and spec.attribute in FALLBACK_KEYS:
            action.setShortcut(QKeySequence(FALLBACK_KEYS[spec.attribute]))
        slot = getattr(window, spec.slot)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        window.addAction(action)
        setattr(window, spec.attribute, action)
    window.fullscreen_action.setCheckable(True)


def create_menus(window: MainWindow) -> None:
    """The menu bar: File, Edit, View, Review, Help."""
    bar = window.menuBar()
    w = window
    w.file_menu = bar.addMenu("")
    w.file_menu.setObjectName("fileMenu")
    _add(w.file_menu, (w.new_review_action, w.new_service_action, None, w.import_action,
                       w.export_action, w.export_report_action, None, w.new_db_action,
                       w.open_db_action))
    w.recent_menu = QMenu(w)
    w.recent_menu.setObjectName("recentMenu")
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    w.file_menu.addMenu(w.recent_menu)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.quit_action)

    w.edit_menu = bar.addMenu("")
    w.edit_menu.setObjectName("editMenu")
    w.undo_anchor = w.edit_menu.addSeparator()
    w.edit_menu.addAction(w.settings_action)

    w.view_menu = bar.addMenu("")
    w.view_menu.setObjectName("viewMenu")
    w.view_menu.addAction(w.back_action)
    w.view_menu.addAction(w.refresh_action)
    w.view_menu.addSeparator()
    w.toolbar_anchor = w.view_menu.addSeparator()
    w.view_menu.addAction(w.fullscreen_action)

    w.review_menu = bar.addMenu("")
    w.review_menu.setObjectName("reviewMenu")
    _add(w.review_menu, (w.open_review_action, w.duplicate_action, w.delete_action, None,
                         w.export_report_action))

    w.help_menu = bar.addMenu("")
    w.help_menu.setObjectName("helpMenu")
    w.help_menu.addAction(w.about_action)
    w.help_menu.addAction(w.about_qt_action)


def create_toolbar(window: MainWindow) -> QToolBar:
    """The main toolbar; its show/hide toggle goes in the View menu."""
    w = window
    toolbar = QToolBar(w)
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    _add(toolbar, (w.back_action, None, w.new_review_action, w.open_review_action,
                   w.duplicate_action, w.delete_action, None, w.import_action, w.export_action,
                   w.export_report_action, None))
    w.toolbar_toggle = toolbar.toggleViewAction()
    w.toolbar_toggle.setObjectName("toggleToolbar")
    w.view_menu.insertAction(w.toolbar_anchor, w.toolbar_toggle)
    return toolbar


def make_undo_actions(window: MainWindow, group: QUndoGroup) -> tuple[QAction, QAction]:
    """Undo and Redo of the active review's stack, texts in the current language."""
    undo = group.createUndoAction(window, _tr("&Undo"))
    undo.setObjectName("undo")
    undo.setShortcuts(Key.Undo)
    undo.setIcon(icon("undo"))
    undo.setIconText(_tr("Undo"))
    redo = group.createRedoAction(window, _tr("&Redo"))
    redo.setObjectName("redo")
    keys = [QKeySequence(k) for k in REDO_KEYS]
    keys += [k for k in QKeySequence.keyBindings(Key.Redo) if k not in keys]
    redo.setShortcuts(keys)
    redo.setIcon(icon("redo"))
    redo.setIconText(_tr("Redo"))
    return undo, redo


def retranslate_actions(window: MainWindow) -> None:
    """Set the texts of every action in the interface language."""
    for spec in ACTIONS:
        action: QAction = getattr(window, spec.attribute)
        action.setText(_tr(spec.text))
        action.setIconText(_tr(spec.icon_text))
        tip = _tr(spec.tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)


# Strings used by make_undo_actions through _tr, listed for lupdate.
_UNDO_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
    QT_TRANSLATE_NOOP("MainWindow", "Undo"),
    QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
    QT_TRANSLATE_NOOP("MainWindow", "Redo"),
)
