"""The scoring view's commands in the action table: no clashes, keys only where they belong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from fidelity_app.services.app import App
from fidelity_app.ui.actions import ActionSpec, Scope, build_actions, key_clashes, key_strings
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.scoring_actions import ALL_ACTIONS, SCORING_ACTIONS


def test_the_scoring_commands_clash_with_nothing(qapp) -> None:
    assert key_clashes(SCORING_ACTIONS) == []
    assert key_clashes(ALL_ACTIONS) == []
    assert len({spec.id for spec in ALL_ACTIONS}) == len(ALL_ACTIONS)
    keys = {spec.id: key_strings(spec) for spec in SCORING_ACTIONS}
    assert keys["scoring.score-3"] == ["3"] and keys["scoring.clear"] == ["0", "Del"]
    assert keys["scoring.next"] == ["PgDown"] and keys["scoring.previous"] == ["PgUp"]
    assert "Ctrl+F" in keys["scoring.find"]
    assert not any("Ctrl+Z" in k or "Ctrl+Shift+Z" in k for k in keys.values())  # the window's


def test_keys_in_disjoint_areas_do_not_clash_but_shared_areas_do(qapp) -> None:
    def digit(name: str, *areas: str) -> ActionSpec:
        return ActionSpec(name, "go", "Go", keys=("3",), scope=Scope.SCORING, areas=areas)

    assert key_clashes([digit("a", "list"), digit("b", "table")]) == []
    assert key_clashes([digit("a", "list", "item"), digit("b", "item")]) == [("3", "a", "b")]
    assert key_clashes([digit("a", "list"), digit("b")]) == [("3", "a", "b")]


def test_an_action_with_areas_answers_only_there_and_passes_its_arguments(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    inside, note = QLineEdit(owner), QLineEdit(owner)
    seen: list[int | None] = []

    class Target:
        def score(self, value: int | None) -> None:
            seen.append(value)

    spec = ActionSpec("x.score", "score", "Score 4", keys=("4",), scope=Scope.SCORING,
                      args=(4,), areas=("inside",))
    actions = build_actions(owner, Target(), [spec], areas={"inside": inside})
    action = actions["x.score"]
    assert action in inside.actions() and action not in owner.actions()
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert not action.autoRepeat()
    action.trigger()
    assert seen == [4]
    assert note.actions() == []


def test_the_editor_builds_every_scoring_command(qtbot, app: App) -> None:
    service = app.reviews.create_service("Arbetsstöd Syd")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 10), language="sv")
    editor = ReviewEditor(app, review.uuid)
    qtbot.addWidget(editor)
    built = {action.objectName() for action in editor.findChildren(QAction)}
    assert {spec.id for spec in SCORING_ACTIONS} <= built
    assert editor.commands["scoring.finalise"].isEnabled()
    assert not editor.commands["scoring.reopen"].isEnabled()
    assert editor.commands["scoring.summary"].text() == "S&ummary"
    editor.commands["scoring.summary"].trigger()
    assert editor.tabs.currentWidget() is editor.summary
