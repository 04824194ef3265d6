"""The evidence entries in the scoring view, driven by keys: type, choose the source, Enter
adds; F2 changes an entry, Delete removes it after a question; the item list shows each item's
sources and marks an item whose evidence rests on one kind of source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui import prompts as window_prompts
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.scoring.criteria import CriteriaPanel
from fidelity_app.ui.scoring.navigator import SINGLE_SOURCE, SOURCES

ITEM = "staffing-1"


@pytest.fixture
def review_uuid(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Öst", organisation="Exempelkommun")
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 3, 10),
                                     language="sv", reviewers=["Anna Andersson"]).uuid


@pytest.fixture
def editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    widget = ReviewEditor(app, review_uuid)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def stored(db_path: Path, catalogue: ScaleCatalogue, review_uuid: str, item: str = ITEM):
    fresh = open_app(db_path, scales=catalogue)
    try:
        notes = fresh.reviews.get_review(review_uuid).notes(item)
    finally:
        fresh.close()
    return [(e.source, e.role, e.text) for e in notes.evidence]


def test_entries_are_added_with_their_source_by_keys_and_the_list_shows_coverage(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    panel = editor.scoring.notes.evidence
    row = editor.scoring.navigator.row(ITEM)
    assert row.data(1, SOURCES) == "" and panel.coverage.text() == "No evidence yet"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.input
    qtbot.keyClicks(focused(), "Saw the team meeting")
    press(qtbot, Qt.Key.Key_Down)  # interview -> observation
    assert panel.source.currentData() == "observation" and not panel.role.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is panel.input and panel.input.text() == ""
    assert stored(db_path, catalogue, review_uuid) == [
        ("observation", "", "Saw the team meeting")]
    assert row.data(1, SOURCES) == "O" and row.data(1, SINGLE_SOURCE) is True
    assert panel.coverage.text() == (
        "1 entry, from one kind of source only (observation): look for another")
    assert "one kind of source" in row.data(0, Qt.ItemDataRole.AccessibleTextRole)

    qtbot.keyClicks(focused(), "Three specialists")
    press(qtbot, Qt.Key.Key_Up)  # back to interview: the role can be given
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.source
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.role
    qtbot.keyClicks(focused(), "enhetschef")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(db_path, catalogue, review_uuid) == [
        ("observation", "", "Saw the team meeting"),
        ("interview", "enhetschef", "Three specialists")]
    assert row.data(1, SOURCES) == "IO" and row.data(1, SINGLE_SOURCE) is False
    assert panel.coverage.text() == "2 entries from: interview, observation"
    assert [panel.entries.item(i).text() for i in range(panel.entries.count())] == [
        "Observation: Saw the team meeting", "Interview (enhetschef): Three specialists"]
    press(qtbot, Qt.Key.Key_Escape)
    assert isinstance(focused(), CriteriaPanel)


def test_f2_changes_an_entry_and_delete_removes_one_after_asking(
    qtbot, editor: ReviewEditor, app: App, db_path: Path, catalogue, review_uuid: str,
    monkeypatch
):
    state = editor.state
    state.add_evidence(ITEM, "Loggar", "records", "")
    state.add_evidence(ITEM, "Samtal", "interview", "arbetsspecialist")
    panel = editor.scoring.notes.evidence
    assert panel.entries.count() == 2
    panel.entries.setFocus(Qt.FocusReason.TabFocusReason)
    panel.entries.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is panel.input and panel.input.text() == "Loggar"
    assert panel.source.currentData() == "records"
    qtbot.keyClicks(focused(), " for ten participants")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(db_path, catalogue, review_uuid) == [
        ("records", "", "Loggar for ten participants"),
        ("interview", "arbetsspecialist", "Samtal")]

    asked: list[str] = []
    answer = {"yes": False}

    def confirm(parent, title, text, action, details="", destructive=False) -> bool:
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr(window_prompts, "confirm", confirm)
    panel.entries.setFocus(Qt.FocusReason.TabFocusReason)
    panel.entries.setCurrentRow(1)
    press(qtbot, Qt.Key.Key_Delete)  # answered No: kept
    assert "Interview (arbetsspecialist): Samtal" in asked[-1]
    assert len(stored(db_path, catalogue, review_uuid)) == 2
    answer["yes"] = True
    press(qtbot, Qt.Key.Key_Delete)
    assert stored(db_path, catalogue, review_uuid) == [
        ("records", "", "Loggar for ten participants")]
    assert panel.entries.count() == 1


def test_a_final_review_shows_its_entries_and_takes_none(
    qtbot, app: App, review_uuid: str, db_path: Path, catalogue
):
    app.evidence.add_evidence(review_uuid, ITEM, "Loggar", "records")
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review_uuid, item.id, 3)
    app.reviews.finalise(review_uuid)
    editor = ReviewEditor(app, review_uuid)
    qtbot.addWidget(editor)
    editor.show()
    editor.go_to(ITEM)
    panel = editor.scoring.notes.evidence
    assert panel.entries.count() == 1 and panel.entries.item(0).text() == (
        "Record review: Loggar")
    assert panel.input.isReadOnly() and not panel.source.isEnabled()
    panel.input.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(panel.input, "More")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    assert panel.input.text() == ""
    assert stored(db_path, catalogue, review_uuid) == [("records", "", "Loggar")]


def test_at_1366_by_768_the_criteria_and_the_evidence_field_are_in_view(
    editor: ReviewEditor
):
    panel = editor.scoring.notes.evidence
    for widget in (panel.input, panel.source, panel.entries,
                   editor.scoring.item_view.criteria.cards[0]):
        assert widget.isVisible() and widget.visibleRegion().boundingRect().height() >= (
            min(widget.height(), 20)), widget
    assert panel.entries.height() >= 3 * panel.fontMetrics().height()
