"""Every menu entry, toolbar button and shortcut of the program, declared once.

An :class:`ActionSpec` says what the user sees (text, toolbar text, tip, icon), which keys
trigger it, where it appears (menus, toolbar) and in which *scope* it is active: the whole main
window, or only the scoring view (keys scoped to a view are live only while focus is inside
it). ``run`` names the method called on the *target*, the small interface the window or view
offers its actions; no action reaches into a window's private members.

:func:`key_clashes` finds two actions that could answer the same key at the same time; a test
keeps the table free of them, so a clash such as Ctrl+Z bound twice cannot be built.
Texts are marked with ``QT_TRANSLATE_NOOP`` in the ``Actions`` context and translated when
shown (:func:`retranslate`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from fidelity_app.ui.icons import icon

CONTEXT = "Actions"
Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Mark ``text`` for the ``context`` catalogue; it is translated when shown."""
    return text


class Scope(enum.Enum):
    """Where an action's keys are live."""

    WINDOW = "window"  # anywhere in the main window
    SCORING = "scoring"  # only while focus is in the scoring view of an open review


# Scopes live at the same time: a window key answers inside the scoring view too.
OVERLAPPING: dict[Scope, frozenset[Scope]] = {
    Scope.WINDOW: frozenset({Scope.WINDOW, Scope.SCORING}),
    Scope.SCORING: frozenset({Scope.WINDOW, Scope.SCORING}),
}


@dataclass(frozen=True)
class ActionSpec:
    """One command: what it shows, which keys run it, where it appears, what it calls."""

    id: str  # stable id, also the QAction's object name (tests find actions by it)
    run: str  # the method called on the target (no arguments)
    text: str  # menu text with its mnemonic, QT_TRANSLATE_NOOP("Actions", ...)
    icon_text: str = ""  # short text for a toolbar button
    tip: str = ""  # tooltip and status tip
    keys: tuple[Shortcut, ...] = ()
    scope: Scope = Scope.WINDOW
    places: tuple[str, ...] = ()  # menu ids ("file", "review", ...) and/or "toolbar"
    icon: str | None = None
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole
    checkable: bool = False
    args: tuple[int | None, ...] = ()  # passed to the target's method (a score to set)
    # Names of the parts of the owner the keys live in (``build_actions(areas=...)``); keys of
    # an action with areas answer only while focus is in one of them, so a digit typed in a
    # note goes to the note. Empty: the whole owner.
    areas: tuple[str, ...] = ()


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


def build_actions(
    owner: QWidget,
    target: object,
    specs: Sequence[ActionSpec],
    areas: Mapping[str, QWidget] | None = None,
) -> dict[str, QAction]:
    """Make a ``QAction`` on ``owner`` for each spec, calling ``target.<run>(*args)`` when
    triggered.

    Actions of :attr:`Scope.SCORING` are live only while focus is inside ``owner``, or inside
    one of the widgets ``areas`` names for the spec's :attr:`ActionSpec.areas`.
    """
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(owner)
        action.setObjectName(spec.id)
        action.setMenuRole(spec.role)
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.setShortcuts([QKeySequence(k) for k in key_strings(spec)])
        if spec.scope is Scope.SCORING:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.args:
            action.setAutoRepeat(False)  # a held digit scores once
        method = getattr(target, spec.run)
        action.triggered.connect(
            lambda _checked=False, method=method, args=spec.args: method(*args))
        places = [areas[name] for name in spec.areas] if areas and spec.areas else [owner]
        for widget in places:
            widget.addAction(action)
        actions[spec.id] = action
    return actions


def retranslate(actions: dict[str, QAction], specs: Sequence[ActionSpec]) -> None:
    """Set every action's texts in the interface language, the keys shown in the tooltip."""
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


def in_place(specs: Sequence[ActionSpec], place: str) -> list[ActionSpec]:
    """The actions that appear in ``place`` (a menu id or ``"toolbar"``), in table order."""
    return [spec for spec in specs if place in spec.places]


def tr(text: str) -> str:
    """``text`` in the interface language (the ``Actions`` context)."""
    return QCoreApplication.translate(CONTEXT, text)


WINDOW_ACTIONS: tuple[ActionSpec, ...] = ()

# -- the scoring view --
# The commands of an open review (``ReviewEditor``), live only while focus is in it. Scores
# go to the current item from the navigator and the item view, and to the selected item from
# the comparison's table and panel; a note or a find field with focus gets the digits first.
# Commands without keys are found by id on the editor (``editor.actions[id]``), so the main
# window can put them in a menu.
_ITEM_AREAS = ("navigator", "item")
_COMPARISON_AREAS = ("comparison-table", "comparison-panel")
_SCORE_TEXTS = (
    QT_TRANSLATE_NOOP("Actions", "Score 1"),
    QT_TRANSLATE_NOOP("Actions", "Score 2"),
    QT_TRANSLATE_NOOP("Actions", "Score 3"),
    QT_TRANSLATE_NOOP("Actions", "Score 4"),
    QT_TRANSLATE_NOOP("Actions", "Score 5"),
)


def _score_keys(prefix: str, run: str, areas: tuple[str, ...]) -> tuple[ActionSpec, ...]:
    """Digits 1-5 set a score, 0 and Delete clear it, in ``areas`` only."""
    digits = tuple(
        ActionSpec(f"{prefix}.score-{n}", run, text, keys=(str(n),), scope=Scope.SCORING,
                   args=(n,), areas=areas)
        for n, text in enumerate(_SCORE_TEXTS, start=1)
    )
    clear = ActionSpec(f"{prefix}.clear", run, QT_TRANSLATE_NOOP("Actions", "Clear the score"),
                       keys=("0", "Del"), scope=Scope.SCORING, args=(None,), areas=areas)
    return (*digits, clear)


# Run on the editor (``ReviewEditor``).
EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("scoring.find", "find_item", QT_TRANSLATE_NOOP("Actions", "Find item…"),
               keys=(Key.Find,), scope=Scope.SCORING),
    ActionSpec("scoring.next", "step", QT_TRANSLATE_NOOP("Actions", "Next item"),
               keys=("PgDown",), scope=Scope.SCORING, args=(1,), areas=_ITEM_AREAS),
    ActionSpec("scoring.previous", "step", QT_TRANSLATE_NOOP("Actions", "Previous item"),
               keys=("PgUp",), scope=Scope.SCORING, args=(-1,), areas=_ITEM_AREAS),
    *_score_keys("scoring", "score_current", _ITEM_AREAS),
    ActionSpec("scoring.summary", "show_summary", QT_TRANSLATE_NOOP("Actions", "S&ummary"),
               scope=Scope.SCORING),
    ActionSpec("scoring.comparison", "show_comparison",
               QT_TRANSLATE_NOOP("Actions", "&Comparison"), scope=Scope.SCORING),
    ActionSpec("scoring.finalise", "finalise",
               QT_TRANSLATE_NOOP("Actions", "&Finalise review…"), scope=Scope.SCORING),
    ActionSpec("scoring.reopen", "reopen", QT_TRANSLATE_NOOP("Actions", "Re&open review…"),
               scope=Scope.SCORING),
    ActionSpec("scoring.export-own", "export_own_ratings",
               QT_TRANSLATE_NOOP("Actions", "Export &my ratings…"), scope=Scope.SCORING),
)
# Run on the comparison tab (``ComparisonPage``): the selected item's agreed score.
COMPARISON_ACTIONS: tuple[ActionSpec, ...] = (
    *_score_keys("comparison", "score_selected", _COMPARISON_AREAS),
    ActionSpec("comparison.accept", "accept_selected",
               QT_TRANSLATE_NOOP("Actions", "Accept the proposed score"),
               keys=("Return", "Enter"), scope=Scope.SCORING, areas=("comparison-table",)),
)
SCORING_ACTIONS: tuple[ActionSpec, ...] = EDITOR_ACTIONS + COMPARISON_ACTIONS

ALL_ACTIONS = WINDOW_ACTIONS + SCORING_ACTIONS
