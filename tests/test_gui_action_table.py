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


# -- the program's table ----------------------------------------------------------------------


def test_no_two_actions_of_the_program_answer_the_same_key(qapp) -> None:
    from fidelity_app.ui.scoring_actions import ALL_ACTIONS

    assert key_clashes(ALL_ACTIONS) == []
    assert len({spec.id for spec in ALL_ACTIONS}) == len(ALL_ACTIONS)


def test_undo_and_redo_keys_belong_to_the_edit_menu_only(qapp) -> None:
    from fidelity_app.ui.actions import key_strings
    from fidelity_app.ui.scoring_actions import ALL_ACTIONS

    owners = {key: spec.id for spec in ALL_ACTIONS for key in key_strings(spec)}
    assert owners["Ctrl+Z"] == "edit.undo"
    assert owners["Ctrl+Shift+Z"] == "edit.redo"


def test_every_place_names_a_menu_or_the_toolbar(qapp) -> None:
    from fidelity_app.ui.actions import CONTEXT_MENU, MENUS, TOOLBAR, WINDOW_ACTIONS, parse_place

    known = {m.id for m in MENUS} | {TOOLBAR, CONTEXT_MENU}
    assert {parse_place(p)[0] for s in WINDOW_ACTIONS for p in s.places} <= known


def test_menus_and_toolbar_are_built_from_the_places(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    from fidelity_app.ui.actions import build_menus, build_toolbar

    window = QMainWindow()
    qtbot.addWidget(window)
    specs = [
        ActionSpec("a", "go", "A", places=("file/1", "toolbar/0")),
        ActionSpec("b", "go", "B", places=("file/0",)),
        ActionSpec("c", "go", "C", places=("file/1", "toolbar/1")),
    ]

    class Target:
        def go(self) -> None:
            pass

    actions = build_actions(window, Target(), specs)
    menus = build_menus(window.menuBar(), actions, specs)
    entries = [a.objectName() or "|" for a in menus["file"].actions()]
    assert entries == ["b", "|", "a", "c"]  # by group, then table order; groups set apart
    toolbar = build_toolbar(window, actions, specs)
    assert [a.objectName() or "|" for a in toolbar.actions()] == ["a", "|", "c"]
    assert menus["help"].actions() == []
