"""Every menu entry, toolbar button and shortcut of the program, declared once.

An :class:`ActionSpec` says what the user sees (text, toolbar text, tip, icon), which keys
trigger it, where it appears (a *place*: ``"menu/group"`` such as ``"file/1"``, the toolbar or
the list's context menu; by group, then table order) and in which *scope* its keys are live
(window, review list, scoring view). ``run`` names what it calls on its *target*: a window
method (``"show_list"``) or a handler's (``"file_actions.import_review"``), looked up when
triggered (a handler's module is imported on first use; no private members). A test keeps
:data:`~fidelity_app.ui.scoring_actions.ALL_ACTIONS` free of :func:`key_clashes`. The
scoring view's own table is in :mod:`fidelity_app.ui.scoring_actions`. Texts are
``QT_TRANSLATE_NOOP("Actions")``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from fidelity_app.ui.icons import icon
from fidelity_app.ui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Actions"
Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str
Role = QAction.MenuRole


class Scope(enum.Enum):
    """Where an action's keys are live."""
    WINDOW = "window"  # anywhere in the main window
    LIST = "list"  # only while focus is in the review list
    SCORING = "scoring"  # only while focus is in the scoring view of an open review


# Scopes live at the same time: a window key answers inside either view too; the review list
# and the scoring view are never shown together.
OVERLAPPING: dict[Scope, frozenset[Scope]] = {
    Scope.WINDOW: frozenset({Scope.WINDOW, Scope.LIST, Scope.SCORING}),
    Scope.LIST: frozenset({Scope.WINDOW, Scope.LIST}),
    Scope.SCORING: frozenset({Scope.WINDOW, Scope.SCORING}),
}

TOOLBAR = "toolbar"
CONTEXT_MENU = "context"  # the review list's context menu


@dataclass(frozen=True)
class ActionSpec:
    """One command: what it shows, which keys run it, where it appears, what it calls."""

    id: str  # stable id, also the QAction's object name (tests find actions by it)
    run: str  # what the target does: a method name, or "handler.method" (no arguments)
    text: str  # menu text with its mnemonic, QT_TRANSLATE_NOOP("Actions", ...)
    icon_text: str = ""  # short text for a toolbar button
    tip: str = ""  # tooltip and status tip
    keys: tuple[Shortcut, ...] = ()
    scope: Scope = Scope.WINDOW
    places: tuple[str, ...] = ()  # "menu/group" and/or "toolbar/group", "context/group"
    icon: str | None = None
    role: QAction.MenuRole = Role.TextHeuristicRole
    checkable: bool = False
    submenu: bool = False  # a submenu filled when shown: ``run`` is called with the QMenu
    args: tuple[int | None, ...] = ()  # passed to the target's method (a score to set)
    # Names of the parts of the owner the keys live in (``build_actions(areas=...)``); keys of
    # an action with areas answer only while focus is in one of them, so a digit typed in a
    # note goes to the note. Empty: the whole owner (or its scope's host).
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class MenuSpec:
    """One menu of the menu bar."""
    id: str
    text: str


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    MenuSpec("review", QT_TRANSLATE_NOOP("Actions", "&Review")),
    MenuSpec("services", QT_TRANSLATE_NOOP("Actions", "&Services")),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)
TOOLBAR_TITLE = QT_TRANSLATE_NOOP("Actions", "Toolbar")

# -- the main window ----------------------------------------------------------------------------
# Handlers on the window (fidelity_app.ui.window_context): ``review_actions``, ``file_actions``,
# ``backup_actions``, ``sync_actions`` (shared database), ``history_actions`` (service pages,
# overview, CSV) and ``scale_text_actions`` (scale texts, About the scale).

WINDOW_ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("file.new_review", "review_actions.new_review",
               QT_TRANSLATE_NOOP("Actions", "&New review…"),
               QT_TRANSLATE_NOOP("Actions", "New review"),
               QT_TRANSLATE_NOOP("Actions", "Start a new review of a service"),
               keys=(Key.New,), places=("file/0", "toolbar/1"), icon="new-review"),
    ActionSpec("file.new_service", "review_actions.new_service",
               QT_TRANSLATE_NOOP("Actions", "New &service…"),
               QT_TRANSLATE_NOOP("Actions", "New service"),
               QT_TRANSLATE_NOOP("Actions", "Add a service to review"),
               places=("file/0",), icon="new-service"),
    ActionSpec("file.import", "file_actions.import_review",
               QT_TRANSLATE_NOOP("Actions", "&Import review file…"),
               QT_TRANSLATE_NOOP("Actions", "Import"),
               QT_TRANSLATE_NOOP("Actions", "Add a review from a review file"),
               keys=("Ctrl+I",), places=("file/1", "toolbar/2"), icon="import"),
    ActionSpec("file.export", "file_actions.export_review",
               QT_TRANSLATE_NOOP("Actions", "&Export review file…"),
               QT_TRANSLATE_NOOP("Actions", "Export"),
               QT_TRANSLATE_NOOP("Actions", "Save the review as a review file to share or keep"),
               keys=("Ctrl+E",), places=("file/1", "toolbar/2"), icon="export"),
    ActionSpec("file.report", "file_actions.export_report",
               QT_TRANSLATE_NOOP("Actions", "Export &report…"),
               QT_TRANSLATE_NOOP("Actions", "Report"),
               QT_TRANSLATE_NOOP("Actions", "Save the feedback report of the review as PDF"),
               keys=("Ctrl+P",), places=("file/1", "review/1", "toolbar/2"), icon="report"),
    ActionSpec("file.export_csv", "history_actions.export_csv",
               QT_TRANSLATE_NOOP("Actions", "Export for &analysis (CSV)…"),
               QT_TRANSLATE_NOOP("Actions", "Export for analysis"),
               QT_TRANSLATE_NOOP("Actions", "Save the scores as a CSV file for a spreadsheet"),
               places=("file/1",)),
    ActionSpec("file.push", "sync_actions.push", places=("file/2",),
               text=QT_TRANSLATE_NOOP("Actions", "Sen&d to shared database…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Send reviews to a shared database")),
    ActionSpec("file.pull", "sync_actions.pull", places=("file/2",),
               text=QT_TRANSLATE_NOOP("Actions", "Fetc&h from shared database…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Fetch reviews from a shared database")),
    ActionSpec("file.new_database", "file_actions.new_database",
               QT_TRANSLATE_NOOP("Actions", "New data&base…"),
               QT_TRANSLATE_NOOP("Actions", "New database"),
               QT_TRANSLATE_NOOP("Actions", "Create an empty database file"),
               places=("file/3",)),
    ActionSpec("file.open_database", "file_actions.choose_database",
               QT_TRANSLATE_NOOP("Actions", "O&pen database…"),
               QT_TRANSLATE_NOOP("Actions", "Open database"),
               QT_TRANSLATE_NOOP("Actions", "Open another database file"),
               keys=(Key.Open,), places=("file/3",), icon="database"),
    ActionSpec("file.recent", "file_actions.fill_recent_menu",
               QT_TRANSLATE_NOOP("Actions", "&Recent databases"),
               places=("file/3",), submenu=True),
    ActionSpec("file.backup", "backup_actions.back_up_now",
               QT_TRANSLATE_NOOP("Actions", "Back &up now"),
               QT_TRANSLATE_NOOP("Actions", "Back up now"),
               QT_TRANSLATE_NOOP("Actions", "Make a backup of the database now"),
               places=("file/4",)),
    ActionSpec("file.restore", "backup_actions.restore_from_backup",
               QT_TRANSLATE_NOOP("Actions", "Restore from bac&kup…"),
               QT_TRANSLATE_NOOP("Actions", "Restore from backup"),
               QT_TRANSLATE_NOOP("Actions", "Put an earlier backup in place of the database "
                                            "(the current one is kept as a backup)"),
               places=("file/4",)),
    ActionSpec("file.quit", "close",
               QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QT_TRANSLATE_NOOP("Actions", "Quit"),
               QT_TRANSLATE_NOOP("Actions", "Close the program; everything is already saved"),
               keys=(Key.Quit, "Ctrl+Q"), places=("file/5",), icon="quit", role=Role.QuitRole),
    # Edit: the only Undo and Redo; they act on the open review's undo stack
    ActionSpec("edit.undo", "undo",
               QT_TRANSLATE_NOOP("Actions", "&Undo"),
               QT_TRANSLATE_NOOP("Actions", "Undo"),
               QT_TRANSLATE_NOOP("Actions", "Undo the last change to the review"),
               keys=(Key.Undo,), places=("edit/0", "toolbar/3"), icon="undo"),
    ActionSpec("edit.redo", "redo",
               QT_TRANSLATE_NOOP("Actions", "&Redo"),
               QT_TRANSLATE_NOOP("Actions", "Redo"),
               QT_TRANSLATE_NOOP("Actions", "Make the change undone last again"),
               keys=("Ctrl+Shift+Z", Key.Redo), places=("edit/0", "toolbar/3"), icon="redo"),
    ActionSpec("edit.settings", "edit_settings",
               QT_TRANSLATE_NOOP("Actions", "&Settings…"),
               QT_TRANSLATE_NOOP("Actions", "Settings"),
               QT_TRANSLATE_NOOP("Actions", "Interface language"),
               keys=(Key.Preferences,), places=("edit/1",), icon="settings",
               role=Role.PreferencesRole),
    ActionSpec("edit.scale_texts", "scale_text_actions.edit_scale_texts",
               QT_TRANSLATE_NOOP("Actions", "Scale &texts…"),
               QT_TRANSLATE_NOOP("Actions", "Scale texts"),
               QT_TRANSLATE_NOOP("Actions", "The texts of the scale: import, export, edit the "
                                            "wording, choose the text for new reviews"),
               places=("edit/1",)),
    # View
    ActionSpec("view.back", "show_list",
               QT_TRANSLATE_NOOP("Actions", "Review &list"),
               QT_TRANSLATE_NOOP("Actions", "All reviews"),
               QT_TRANSLATE_NOOP("Actions", "Back to the list of reviews"),
               keys=(Key.Back,), places=("view/0", "toolbar/0"), icon="back"),
    ActionSpec("view.refresh", "refresh",
               QT_TRANSLATE_NOOP("Actions", "&Refresh"),
               QT_TRANSLATE_NOOP("Actions", "Refresh"),
               QT_TRANSLATE_NOOP("Actions", "Read the review list again"),
               keys=(Key.Refresh,), places=("view/0",), icon="refresh"),
    ActionSpec("view.toolbar", "toggle_toolbar",
               QT_TRANSLATE_NOOP("Actions", "&Toolbar"),
               QT_TRANSLATE_NOOP("Actions", "Toolbar"),
               QT_TRANSLATE_NOOP("Actions", "Show or hide the toolbar"),
               places=("view/1",), checkable=True),
    ActionSpec("view.full_screen", "toggle_full_screen",
               QT_TRANSLATE_NOOP("Actions", "&Full screen"),
               QT_TRANSLATE_NOOP("Actions", "Full screen"),
               QT_TRANSLATE_NOOP("Actions", "Use the whole screen"),
               keys=(Key.FullScreen,), places=("view/2",), checkable=True),
    # Review
    ActionSpec("review.open", "open_selected",
               QT_TRANSLATE_NOOP("Actions", "&Open review"),
               QT_TRANSLATE_NOOP("Actions", "Open"),
               QT_TRANSLATE_NOOP("Actions", "Open the selected review for scoring (Enter)"),
               places=("review/0", "toolbar/1", "context/0"), icon="open-review"),
    ActionSpec("review.duplicate", "review_actions.duplicate_review",
               QT_TRANSLATE_NOOP("Actions", "D&uplicate as new draft"),
               QT_TRANSLATE_NOOP("Actions", "Duplicate"),
               QT_TRANSLATE_NOOP("Actions", "Copy the review as a new draft dated today, for "
                                            "a follow-up review"),
               keys=("Ctrl+D",), places=("review/0", "toolbar/1"), icon="duplicate"),
    ActionSpec("review.delete", "review_actions.delete_review",
               QT_TRANSLATE_NOOP("Actions", "&Delete review…"),
               QT_TRANSLATE_NOOP("Actions", "Delete"),
               QT_TRANSLATE_NOOP("Actions", "Delete the selected draft review"),
               keys=(Key.Delete,), scope=Scope.LIST, places=("review/0", "toolbar/1"),
               icon="delete"),
    ActionSpec("review.factual_check", "factual_check_actions.send",
               QT_TRANSLATE_NOOP("Actions", "Send for &factual check…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Write the draft report and a spreadsheet "
                                                "for the service's comments on the facts"),
               places=("review/1",)),
    ActionSpec("review.factual_import", "factual_check_actions.import_comments",
               QT_TRANSLATE_NOOP("Actions", "Import factual check &comments…"), tip=(
                   QT_TRANSLATE_NOOP("Actions", "Read the service's comments back from the "
                                                "filled spreadsheet")), places=("review/1",)),
    ActionSpec("review.edition", "scale_text_actions.choose_review_text",
               QT_TRANSLATE_NOOP("Actions", "Te&xt of the scale…"),
               QT_TRANSLATE_NOOP("Actions", "Text of the scale"),
               QT_TRANSLATE_NOOP("Actions", "Choose the wording of the scale this draft "
                                            "review is scored with"),
               places=("review/0",)),
    ActionSpec("review.visit_plan", "review_actions.show_visit_plan",
               QT_TRANSLATE_NOOP("Actions", "&Visit plan…"), keys=("Ctrl+Shift+B",),
               tip=QT_TRANSLATE_NOOP("Actions", "Schedule of the visit and documents to ask for"),
               places=("review/0", "context/0")),
    ActionSpec("review.find", "focus_search",
               QT_TRANSLATE_NOOP("Actions", "&Find review"),
               QT_TRANSLATE_NOOP("Actions", "Find"),
               QT_TRANSLATE_NOOP("Actions", "Search by service, organisation, place or reviewer"),
               keys=(Key.Find,), scope=Scope.LIST, icon="search"),
    # Services
    ActionSpec("services.history", "history_actions.show_service_history",
               QT_TRANSLATE_NOOP("Actions", "Service &history…"),
               QT_TRANSLATE_NOOP("Actions", "Service history"),
               QT_TRANSLATE_NOOP("Actions", "The service's reviews over time, its trend, items "
                                            "and action plan"),
               keys=("Ctrl+Shift+H",), places=("services/0", "context/0")),
    ActionSpec("services.overview", "history_actions.show_overview",
               QT_TRANSLATE_NOOP("Actions", "&Overview of all services…"),
               QT_TRANSLATE_NOOP("Actions", "Overview"),
               QT_TRANSLATE_NOOP("Actions", "Counts, bands and item means across all services "
                                            "for a period"),
               places=("services/0",)),
    # Help
    ActionSpec("help.about", "show_about",
               QT_TRANSLATE_NOOP("Actions", "&About IPS Fidelity Review"),
               QT_TRANSLATE_NOOP("Actions", "About"),
               QT_TRANSLATE_NOOP("Actions", "About the program and the sources of the scale"),
               places=("help/0",), icon="about", role=Role.AboutRole),
    ActionSpec("help.about_scale", "scale_text_actions.about_scale",
               QT_TRANSLATE_NOOP("Actions", "About the &scale…"),
               QT_TRANSLATE_NOOP("Actions", "About the scale"),
               QT_TRANSLATE_NOOP("Actions", "Where the scale's texts come from and how "
                                            "figures are scored"),
               places=("help/0",)),
    ActionSpec("help.about_qt", "about_qt",
               QT_TRANSLATE_NOOP("Actions", "About &Qt"),
               QT_TRANSLATE_NOOP("Actions", "About Qt"),
               QT_TRANSLATE_NOOP("Actions", "About the Qt toolkit"),
               places=("help/0",), role=Role.AboutQtRole),
)


# -- building -----------------------------------------------------------------------------------


def key_strings(spec: ActionSpec) -> list[str]:
    """The portable form of every key of ``spec`` (standard keys expanded for this platform)."""
    found: list[str] = []
    for key in spec.keys:
        sequences = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                     else [QKeySequence(key)])
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in found:
                found.append(text)
    return found


def key_clashes(specs: Iterable[ActionSpec]) -> list[tuple[str, str, str]]:
    """Pairs of actions that could answer the same key at once: ``(key, id, id)``."""
    seen: dict[str, list[ActionSpec]] = {}
    clashes: list[tuple[str, str, str]] = []
    for spec in specs:
        for key in key_strings(spec):
            for other in seen.get(key, []):
                apart = spec.areas and other.areas and not set(spec.areas) & set(other.areas)
                if other.scope in OVERLAPPING[spec.scope] and not apart:
                    clashes.append((key, other.id, spec.id))
            seen.setdefault(key, []).append(spec)
    return clashes


def resolve(target: object, run: str) -> Callable[..., object]:
    """What ``run`` names on ``target``: ``"method"`` or ``"handler.method"``."""
    found: object = target
    for name in run.split("."):
        found = getattr(found, name)
    if not callable(found):
        raise TypeError(f"{run} is not callable on {type(target).__name__}")
    return found


def build_actions(
    owner: QWidget, target: object, specs: Sequence[ActionSpec], *,
    hosts: Mapping[Scope, QWidget] | None = None,
    areas: Mapping[str, QWidget] | None = None,
) -> dict[str, QAction]:
    """Make a ``QAction`` on ``owner`` for each spec, calling ``target``'s ``run`` (with the
    spec's ``args``) when triggered.

    Actions of a view's scope (:attr:`Scope.LIST`, :attr:`Scope.SCORING`) are live only while
    focus is inside that view: ``hosts[scope]``, or ``owner`` itself when not given, or inside
    one of the widgets ``areas`` names for the spec's :attr:`ActionSpec.areas`. A submenu
    spec gives its menu's action; the menu is filled by ``run(menu)`` each time it is shown.
    """
    actions: dict[str, QAction] = {}
    for spec in specs:
        if spec.submenu:
            menu = QMenu(owner)
            menu.setObjectName(spec.id)
            menu.aboutToShow.connect(
                lambda menu=menu, run=spec.run: resolve(target, run)(menu))
            menu.menuAction().setObjectName(spec.id)
            actions[spec.id] = menu.menuAction()
            continue
        action = QAction(owner)
        action.setObjectName(spec.id)
        action.setMenuRole(spec.role)
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.setShortcuts([QKeySequence(k) for k in key_strings(spec)])
        host = owner
        if spec.scope is not Scope.WINDOW:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            host = (hosts or {}).get(spec.scope, owner)
        if spec.args:
            action.setAutoRepeat(False)  # a held digit scores once
        action.triggered.connect(
            lambda _checked=False, run=spec.run, args=spec.args: resolve(target, run)(*args))
        places = [areas[name] for name in spec.areas] if areas and spec.areas else [host]
        for widget in places:
            widget.addAction(action)
        actions[spec.id] = action
    return actions


def parse_place(place: str) -> tuple[str, int]:
    """``"file/1"`` as ``("file", 1)``; a place without a group is group 0."""
    name, _, group = place.partition("/")
    return name, int(group or 0)


def in_place(specs: Sequence[ActionSpec], place: str) -> list[ActionSpec]:
    """The actions that appear in ``place`` (a menu id, ``"toolbar"`` or ``"context"``), in
    the order shown."""
    return [spec for group in groups_in(specs, place) for spec in group]


def groups_in(specs: Sequence[ActionSpec], place: str) -> list[list[ActionSpec]]:
    """The actions shown in ``place`` as groups in order, each in table order."""
    groups: dict[int, list[ActionSpec]] = {}
    for spec in specs:
        for where in spec.places:
            name, group = parse_place(where)
            if name == place:
                groups.setdefault(group, []).append(spec)
    return [groups[g] for g in sorted(groups)]


def fill(container: QMenu | QToolBar | QWidget, actions: Mapping[str, QAction],
         specs: Sequence[ActionSpec], place: str) -> None:
    """Add the actions of ``place`` to a menu, toolbar or widget, groups set apart."""
    for number, group in enumerate(groups_in(specs, place)):
        if number and isinstance(container, QMenu | QToolBar):
            container.addSeparator()
        for spec in group:
            container.addAction(actions[spec.id])


def build_menus(bar: QMenuBar, actions: Mapping[str, QAction],
                specs: Sequence[ActionSpec]) -> dict[str, QMenu]:
    """The menus of :data:`MENUS` on ``bar``, filled from the places of ``specs``."""
    menus: dict[str, QMenu] = {}
    for menu_spec in MENUS:
        menu = bar.addMenu("")
        menu.setObjectName(f"{menu_spec.id}Menu")
        fill(menu, actions, specs, menu_spec.id)
        menus[menu_spec.id] = menu
    return menus


def build_toolbar(window: QWidget, actions: Mapping[str, QAction],
                  specs: Sequence[ActionSpec]) -> QToolBar:
    """The main toolbar, filled from the places of ``specs``."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    fill(toolbar, actions, specs, TOOLBAR)
    return toolbar


def retranslate(actions: Mapping[str, QAction], specs: Sequence[ActionSpec],
                menus: Mapping[str, QMenu] | None = None) -> None:
    """Set every action's (and menu's) texts in the interface language, the keys shown in the
    tooltip."""
    for spec in specs:
        action = actions.get(spec.id)
        if action is None:
            continue
        action.setText(tr(spec.text))
        action.setIconText(tr(spec.icon_text or spec.text).replace("&", ""))
        tip = tr(spec.tip) if spec.tip else ""
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if tip and keys else tip or keys)
        action.setStatusTip(tip)
    for menu_spec in MENUS:
        if menus is not None and menu_spec.id in menus:
            menus[menu_spec.id].setTitle(tr(menu_spec.text))


def tr(text: str) -> str:
    """``text`` in the interface language (the ``Actions`` context)."""
    return QCoreApplication.translate(CONTEXT, text)
