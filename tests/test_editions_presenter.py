"""The scale-text screens' decisions without widgets: the list, import and export, the
default, and the editor's draft kept as typed, checked and saved as a new edition."""

from __future__ import annotations

import json
from pathlib import Path

from fidelity_app.services.app import App
from fidelity_app.ui.dialogs.editions_presenter import (
    EditionEditorPresenter,
    EditionsPresenter,
)

BUILTIN = "ips-25.sv.builtin"
CRITERION = ("items", 0, "criteria", 0, "text")


def test_list_export_import_and_default(app: App, tmp_path: Path):
    presenter = EditionsPresenter(app, "ips-25", "sv")
    assert ("ips-25", "en") in presenter.choices()
    [line] = presenter.lines()
    assert line.id == BUILTIN and line.default and line.kind == "Built-in"
    assert len(line.sha) == 12
    path = tmp_path / "text.json"
    assert presenter.export(BUILTIN, str(path))
    document = json.loads(path.read_text(encoding="utf-8"))
    document["edition"]["name"] = "Kommunens text"
    document["items"][0]["title"] = "Antal deltagare per arbetsspecialist"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = presenter.import_file(str(path))
    assert result is not None and result.created
    assert "Kommunens text" in presenter.done_text(result)
    lines = presenter.lines()
    assert [(line.name, line.kind) for line in lines][1] == ("Kommunens text", "Imported")
    assert presenter.set_default(lines[1].id)
    assert [line.default for line in presenter.lines()] == [False, True]


def test_a_refused_import_is_kept_as_the_error(app: App, tmp_path: Path):
    presenter = EditionsPresenter(app, "ips-25", "sv")
    path = tmp_path / "broken.json"
    path.write_text("{ not json", encoding="utf-8")
    assert presenter.import_file(str(path)) is None
    assert presenter.error
    assert len(presenter.lines()) == 1


def test_the_editor_keeps_its_draft_checks_and_saves(app: App):
    editor = EditionEditorPresenter(app, BUILTIN)
    assert not editor.resumed
    assert editor.pages[1].fields[0].path == ("items", 0, "title")
    assert editor.pages[1].title.startswith("Personal 1 · ")
    ours = [f for f in editor.pages[1].fields if f.path == CRITERION][0].ours
    assert editor.text(CRITERION) == ours  # starts from the text it is made from
    editor.edit(CRITERION, "")
    assert "cannot be empty" in editor.problem and not editor.can_save
    editor.edit(CRITERION, "Vår egen formulering av nivå 1")
    assert editor.can_save

    again = EditionEditorPresenter(app, BUILTIN)  # closed half-way and opened again
    assert again.resumed and again.draft_uuid == editor.draft_uuid
    assert again.text(CRITERION) == "Vår egen formulering av nivå 1"
    result = again.save()
    assert result is not None and result.created
    assert app.editions.list_drafts() == []
    stored = app.editions.edition_scale(result.edition.id)
    assert stored.items[0].criteria[0].text == "Vår egen formulering av nivå 1"
    assert result.edition.name.endswith("(edited)")


def test_discarding_a_draft(app: App):
    editor = EditionEditorPresenter(app, BUILTIN)
    assert editor.discard()
    assert app.editions.list_drafts() == []
