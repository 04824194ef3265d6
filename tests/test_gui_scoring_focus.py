"""Keyboard focus in the scoring view, driven with keys as a reviewer on a site visit would.

The rules: choosing who scores hands the keys back to the criteria and no navigation or digit
key changes who scores; Esc comes back to the criteria from every note and field, and
Ctrl+PageDown/Ctrl+PageUp change the item from anywhere; Tab from the criteria reaches the
first note first; revealing the others' scores hands the keys back too. Outcomes are read
back from the database through a fresh ``open_app``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui.review_editor import ReviewEditor
from fidelity_app.ui.scoring.criteria import CriteriaPanel
from fidelity_app.ui.scoring.reviewer_bar import REVIEWER_COLOURS

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"
# Opening the "Scoring as" list offscreen: the platform cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(6)}
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def review_uuid(app: App) -> str:
    """A Swedish external review with two reviewers and nothing scored."""
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    review = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 3, 10), language="sv",
        reviewers=[ANNA, BERTIL],
    )
    return review.uuid


def open_editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    widget = ReviewEditor(app, review_uuid)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    return open_editor(qtbot, app, review_uuid)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def own_scores(db_path: Path, catalogue: ScaleCatalogue, uuid: str) -> dict[str, dict]:
    """Each reviewer's own scores as stored: name -> item id -> score."""
    fresh = open_app(db_path, scales=catalogue)
    try:
        return {name: {k: v.score for k, v in fresh.ratings.ratings_for(uuid, name).own.items()}
                for name in (ANNA, BERTIL)}
    finally:
        fresh.close()


def stored_notes(db_path: Path, catalogue: ScaleCatalogue, uuid: str, item_id: str):
    fresh = open_app(db_path, scales=catalogue)
    try:
        return fresh.reviews.get_review(uuid).notes(item_id)
    finally:
        fresh.close()


def pick_with_keys(qtbot, editor: ReviewEditor, name: str) -> None:
    """Open "Scoring as" from the criteria with its mnemonic-free route: Shift+Tab back to the
    picker, Alt+Down to open the list, arrows to the name, Enter."""
    combo = editor.scoring.reviewer_bar.combo
    while focused() is not combo:
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Down, ALT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    target = combo.findData(name)
    while view.currentIndex().row() != target:
        step = Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(view, step)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


# -- who is scoring --------------------------------------------------------------------------


def test_after_choosing_who_scores_the_digits_score_under_that_name(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    pick_with_keys(qtbot, editor, ANNA)
    assert isinstance(focused(), CriteriaPanel)
    press(qtbot, KEYS[3])
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, KEYS[4])
    assert own_scores(db_path, catalogue, review_uuid) == {
        ANNA: {"staffing-1": 3, "staffing-2": 4}, BERTIL: {}}


def test_no_navigation_digit_or_wheel_changes_who_scores(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    pick_with_keys(qtbot, editor, ANNA)
    combo = editor.scoring.reviewer_bar.combo
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down, Qt.Key.Key_Up,
                Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_B, KEYS[2],
                KEYS[5]):
        press(qtbot, key)
        assert editor.reviewer_scoring.reviewer == ANNA, key
        assert combo.currentData() == ANNA
    wheel = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert editor.reviewer_scoring.reviewer == ANNA
    assert own_scores(db_path, catalogue, review_uuid) == {ANNA: {}, BERTIL: {}}
    press(qtbot, Qt.Key.Key_Escape)  # back to the criteria, still Anna
    assert isinstance(focused(), CriteriaPanel)
    press(qtbot, KEYS[2])
    assert own_scores(db_path, catalogue, review_uuid) == {ANNA: {"staffing-1": 2}, BERTIL: {}}


def test_the_banner_names_the_reviewer_in_their_own_colour(qtbot, editor: ReviewEditor):
    bar = editor.scoring.reviewer_bar
    edge = bar.height() // 2
    agreed = bar.grab().toImage().pixelColor(1, edge)
    pick_with_keys(qtbot, editor, ANNA)
    assert "<b>Anna Andersson is scoring now.</b>" in bar.explanation.text()
    assert bar.grab().toImage().pixelColor(1, edge) == REVIEWER_COLOURS[0]
    pick_with_keys(qtbot, editor, BERTIL)
    assert "<b>Bertil Berg is scoring now.</b>" in bar.explanation.text()
    assert bar.grab().toImage().pixelColor(1, edge) == REVIEWER_COLOURS[1]
    pick_with_keys(qtbot, editor, "")
    assert bar.grab().toImage().pixelColor(1, edge) == agreed
    assert "is scoring now" not in bar.explanation.text()


def test_reopening_a_review_says_which_reviewer_is_scoring(
    qtbot, app: App, review_uuid: str
):
    first = open_editor(qtbot, app, review_uuid)
    pick_with_keys(qtbot, first, BERTIL)
    first.close()
    again = open_editor(qtbot, app, review_uuid)
    bar = again.scoring.reviewer_bar
    assert again.reviewer_scoring.reviewer == BERTIL
    assert "Reopened as Bertil Berg" in bar.explanation.text()
    assert bar.grab().toImage().pixelColor(1, bar.height() // 2) == REVIEWER_COLOURS[1]
    pick_with_keys(qtbot, again, ANNA)  # a new choice is no longer "reopened"
    assert "Reopened" not in bar.explanation.text()
    assert "Anna Andersson is scoring now." in bar.explanation.text()


# -- a way back from every note --------------------------------------------------------------


def test_esc_comes_back_to_the_criteria_from_every_note_and_field(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    notes = editor.scoring.notes
    press(qtbot, Qt.Key.Key_Space, CTRL)  # nothing; the criteria keep the focus
    notes.needs_info.setChecked(True)  # the reason field is enabled with the flag
    evidence_parts = [notes.evidence.input, notes.evidence.source, notes.evidence.role,
                      notes.evidence.entries]
    fields: list[QWidget] = [*evidence_parts, *notes.edits.values(), notes.needs_info,
                             notes.reason,
                             editor.scoring.reviewer_bar.combo,
                             editor.scoring.item_view.sources.header]
    for widget in fields:
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        assert focused() is widget
        press(qtbot, Qt.Key.Key_Escape)
        assert isinstance(focused(), CriteriaPanel), widget
    evidence = notes.evidence.input
    evidence.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(evidence, "Intervju med handledare")
    press(qtbot, Qt.Key.Key_Escape)  # the entry typed is written as the keyboard leaves
    assert evidence.text() == ""
    press(qtbot, KEYS[4])  # the keys score again at once
    notes_stored = stored_notes(db_path, catalogue, review_uuid, "staffing-1")
    assert [e.text for e in notes_stored.evidence] == ["Intervju med handledare"]
    assert notes_stored.score == 4


def test_esc_comes_back_from_a_reviewers_own_note(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    pick_with_keys(qtbot, editor, ANNA)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.scoring.rating_note.edit
    press(qtbot, Qt.Key.Key_Escape)
    assert isinstance(focused(), CriteriaPanel)
    press(qtbot, KEYS[5])
    assert own_scores(db_path, catalogue, review_uuid)[ANNA] == {"staffing-1": 5}


def test_ctrl_page_keys_change_the_item_from_a_note(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    evidence = editor.scoring.notes.evidence.input
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is evidence
    qtbot.keyClicks(evidence, "Sett i journalen")
    press(qtbot, Qt.Key.Key_PageDown)  # in a note PageDown still belongs to the text
    assert editor.current_item_id() == "staffing-1"
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert editor.current_item_id() == "staffing-2"
    assert [e.text for e in stored_notes(db_path, catalogue, review_uuid, "staffing-1")
            .evidence] == ["Sett i journalen"]
    press(qtbot, KEYS[3])
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is evidence and evidence.text() == ""
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert editor.current_item_id() == "staffing-1"
    combo = editor.scoring.reviewer_bar.combo
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # from the picker too, without changing it
    assert editor.current_item_id() == "staffing-2"
    assert editor.reviewer_scoring.reviewer is None
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-2").score == 3


def test_the_page_keys_are_declared_once_in_the_action_table(editor: ReviewEditor):
    for action_id, key in (("scoring.next-anywhere", "Ctrl+PgDown"),
                           ("scoring.previous-anywhere", "Ctrl+PgUp"),
                           ("scoring.back-to-criteria", "Esc")):
        assert editor.commands[action_id].shortcut().toString() == key


# -- Tab and the reveal button -----------------------------------------------------------------


def test_tab_from_the_criteria_goes_to_the_evidence_note_first(
    qtbot, editor: ReviewEditor, db_path: Path, catalogue, review_uuid: str
):
    sources = editor.scoring.item_view.sources
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.scoring.notes.evidence.input
    qtbot.keyClicks(focused(), " ")
    assert not sources.is_expanded()
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # backwards: the item list, not a toggle
    assert focused() is editor.scoring.navigator.tree
    # a blank entry is not an entry
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-1").evidence == ()


def test_in_a_reviewers_mode_tab_reaches_their_note_before_the_reveal_button(
    qtbot, app: App, review_uuid: str
):
    app.ratings.set_rating(review_uuid, BERTIL, "staffing-1", 2)
    editor = open_editor(qtbot, app, review_uuid)
    pick_with_keys(qtbot, editor, ANNA)
    assert editor.scoring.item_view.others.reveal_button.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.scoring.rating_note.edit
    qtbot.keyClicks(focused(), " ")
    assert editor.scoring.item_view.others.state() == "hidden"


def test_after_revealing_the_others_scores_the_keys_score_again(
    qtbot, app: App, review_uuid: str, db_path: Path, catalogue
):
    app.ratings.set_rating(review_uuid, BERTIL, "staffing-1", 2)
    editor = open_editor(qtbot, app, review_uuid)
    pick_with_keys(qtbot, editor, ANNA)
    others = editor.scoring.item_view.others
    qtbot.mouseClick(others.reveal_button, Qt.MouseButton.LeftButton)
    assert others.state() == "revealed"
    assert isinstance(focused(), CriteriaPanel)
    press(qtbot, KEYS[4])
    assert own_scores(db_path, catalogue, review_uuid) == {
        ANNA: {"staffing-1": 4}, BERTIL: {"staffing-1": 2}}
