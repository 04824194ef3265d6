"""The scoring view's commands (digits, navigation, Esc, the comparison's keys), declared in
the same :class:`~fidelity_app.ui.actions.ActionSpec` form as the main window's, and
:data:`ALL_ACTIONS`: every action of the program, which a test keeps free of key clashes."""

from __future__ import annotations

from fidelity_app.ui.actions import WINDOW_ACTIONS, ActionSpec, Key, Scope
from fidelity_app.ui.translatable import QT_TRANSLATE_NOOP

# -- the scoring view --
# The commands of an open review (``ReviewEditor``), live only while focus is in it. Scores
# go to the current item from the navigator and the item view, and to the selected item from
# the comparison's table and panel; a note or a find field with focus gets the digits first.
# Commands without keys are found by id on the editor (``editor.actions[id]``), so the main
# window can put them in a menu.
_ITEM_AREAS = ("navigator", "item")
# Esc leaves a note or field for the criteria (the navigator's find field has its own Esc);
# Ctrl+PageDown/Ctrl+PageUp change the item from anywhere in the scoring view, a note too.
_FIELD_AREAS = ("reviewer-bar", "item", "notes")
_PAGE_AREAS = ("scoring-page",)
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
    ActionSpec("scoring.next-anywhere", "step", QT_TRANSLATE_NOOP("Actions", "Next item"),
               keys=("Ctrl+PgDown",), scope=Scope.SCORING, args=(1,), areas=_PAGE_AREAS),
    ActionSpec("scoring.previous-anywhere", "step",
               QT_TRANSLATE_NOOP("Actions", "Previous item"),
               keys=("Ctrl+PgUp",), scope=Scope.SCORING, args=(-1,), areas=_PAGE_AREAS),
    ActionSpec("scoring.back-to-criteria", "focus_scoring",
               QT_TRANSLATE_NOOP("Actions", "Back to the criteria"),
               keys=("Esc",), scope=Scope.SCORING, areas=_FIELD_AREAS),
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

ALL_ACTIONS: tuple[ActionSpec, ...] = WINDOW_ACTIONS + SCORING_ACTIONS
