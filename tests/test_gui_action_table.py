"""The action table: keys that could answer at once are found, actions call their target."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fidelity_app.ui.actions import ActionSpec, Scope, build_actions, key_clashes


def test_clashes_are_found_across_overlapping_scopes(qapp) -> None:
    specs = [
        ActionSpec("undo", "undo", "Undo", keys=("Ctrl+Z",)),
        ActionSpec("score.undo", "undo", "Undo score", keys=("Ctrl+Z",), scope=Scope.SCORING),
        ActionSpec("redo", "redo", "Redo", keys=("Ctrl+Shift+Z",)),
    ]
    assert key_clashes(specs) == [("Ctrl+Z", "undo", "score.undo")]
    assert key_clashes(specs[1:]) == []


def test_built_actions_call_the_target(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    calls: list[str] = []

    class Target:
        def go(self) -> None:
            calls.append("go")

    actions = build_actions(owner, Target(), [ActionSpec("x.go", "go", "&Go", keys=("Ctrl+G",))])
    actions["x.go"].trigger()
    assert calls == ["go"]
    assert actions["x.go"].objectName() == "x.go"
    assert [k.toString() for k in actions["x.go"].shortcuts()] == ["Ctrl+G"]
