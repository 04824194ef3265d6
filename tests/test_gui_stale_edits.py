"""Two windows on one database: a stale screen never overwrites the other window's edit.

Window A and window B are two ``ReviewEditor``s, each with its own ``open_app`` on the same
file, as two program instances would be. Every check of what is stored reads the file through
a third, fresh ``open_app``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.dto import ReviewDetail
from fidelity_app.services.errors import EditConflictError
from fidelity_app.ui import prompts
from fidelity_app.ui.i18n import LanguageManager
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.review_editor import COMPARISON_TAB, ReviewEditor
from fidelity_app.ui.settings import Settings
from tests.test_gui_consensus import select_row
from tests.test_gui_edit_conflicts import CANCEL, KEEP, STORED, Answers

ITEM = "staffing-1"
ANNA, BERTIL = "Anna Andersson", "Bertil Berg"
KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(6)}


@pytest.fixture
def review_uuid(app: App) -> str:
    """A Swedish external review with two reviewers."""
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 10), language="sv",
                                       reviewers=[ANNA, BERTIL])
    return review.uuid


@pytest.fixture
def other_app(db_path: Path, catalogue: ScaleCatalogue) -> Iterator[App]:
    """A second program instance on the same database file."""
    second = open_app(db_path, scales=catalogue)
    yield second
    second.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Message boxes and questions the windows show (questions answered "Cancel")."""
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(prompts, "show_error",
                        lambda parent, title, text, details="": shown.append((title, text)))

    def confirm(parent, title, text, action, details="", destructive=False) -> bool:
        shown.append((title, text, action))
        return False

    monkeypatch.setattr(prompts, "confirm", confirm)
    return shown


def open_editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    widget = ReviewEditor(app, review_uuid)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def stored(db_path: Path, catalogue: ScaleCatalogue, review_uuid: str) -> ReviewDetail:
    fresh = open_app(db_path, scales=catalogue)
    try:
        return fresh.reviews.get_review(review_uuid)
    finally:
        fresh.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Click into ``widget`` and type ASCII ``text`` as a user would."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_a_stale_score_does_not_overwrite_the_other_windows_score(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    window_b = open_editor(qtbot, other_app, review_uuid)
    window_b.score_item(ITEM, 4)
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).score == 4

    messages: list[str] = []
    window_a.statusMessage.connect(messages.append)
    assert window_a.state.notes(ITEM).score is None  # A still shows the old state
    window_a.score_item(ITEM, 2)
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).score == 4
    assert "changed in another window" in messages[-1]
    assert "NOT saved" in messages[-1]
    assert window_a.error_banner.isVisible()
    assert window_a.undo_stack.count() == 0  # no step for a change that did not happen
    # A now shows the stored score, and a new change made on it is saved.
    assert window_a.state.notes(ITEM).score == 4
    assert window_a.scoring.item_view.criteria.cards[3].isChecked()
    window_a.score_item(ITEM, 2)
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).score == 2


def test_undo_after_another_window_changed_the_score_does_not_revert_it(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    window_a.score_item(ITEM, 3)
    assert window_a.undo_stack.count() == 1
    window_b = open_editor(qtbot, other_app, review_uuid)
    window_b.score_item(ITEM, 5)

    messages: list[str] = []
    window_a.statusMessage.connect(messages.append)
    window_a.undo_stack.undo()
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).score == 5
    assert "changed in another window" in messages[-1]
    assert window_a.state.notes(ITEM).score == 5
    # The refused step is gone: the stack does not offer to redo or undo it again.
    assert not window_a.undo_stack.canRedo()
    assert not window_a.undo_stack.canUndo()


def entry_texts(detail: ReviewDetail) -> list[str]:
    return [e.text for e in detail.notes(ITEM).evidence]


def test_entries_added_in_two_windows_are_both_kept(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    window_b = open_editor(qtbot, other_app, review_uuid)
    type_into(qtbot, window_b.scoring.notes.evidence.input, "B: seen at the team meeting")
    qtbot.keyClick(window_b.scoring.notes.evidence.input, Qt.Key.Key_Return)
    type_into(qtbot, window_a.scoring.notes.evidence.input, "A: my own notes")
    qtbot.keyClick(window_a.scoring.notes.evidence.input, Qt.Key.Key_Return)
    assert window_a.save_state.text() == "All changes saved"
    assert entry_texts(stored(db_path, catalogue, review_uuid)) == [
        "B: seen at the team meeting", "A: my own notes"]


def stale_entry(qtbot, app: App, other_app: App, review_uuid: str):
    """Window A changes an evidence entry that window B changed after A showed it."""
    first = app.evidence.add_evidence(review_uuid, ITEM, "Seen at the team meeting",
                                      "observation").evidence[0]
    window_a = open_editor(qtbot, app, review_uuid)
    other_app.evidence.update_evidence(review_uuid, ITEM, first.id, "B: seen at two meetings",
                                       "interview", "enhetschef")
    panel = window_a.scoring.notes.evidence
    panel.entries.setFocus(Qt.FocusReason.MouseFocusReason)
    panel.entries.setCurrentRow(0)
    qtbot.keyClick(panel.entries, Qt.Key.Key_F2)  # A still shows the old text and changes it
    assert focused() is panel.input and panel.input.text() == "Seen at the team meeting"
    type_into(qtbot, panel.input, " (A)")
    return window_a, panel


BOTH_ENTRIES = [("Interview (enhetschef): B: seen at two meetings",
                 "Observation: Seen at the team meeting (A)")]


def test_a_stale_evidence_entry_is_refused_and_kept_for_the_user(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    messages: list[str] = []
    window_a, panel = stale_entry(qtbot, app, other_app, review_uuid)
    window_a.statusMessage.connect(messages.append)
    answers = Answers(CANCEL)  # both versions side by side; the user cancels
    assert window_a.flush()  # refused, not failed: nothing is left to retry
    assert answers.shown == BOTH_ENTRIES
    assert entry_texts(stored(db_path, catalogue, review_uuid)) == ["B: seen at two meetings"]
    assert "changed in another window" in messages[-1] and "Reload" in messages[-1]
    assert window_a.error_banner.isVisible()
    assert window_a.save_state.text() == "Not saved"
    assert panel.input.text() == "Seen at the team meeting (A)"  # kept on screen
    assert clipboard() == "Seen at the team meeting (A)"
    # the list shows the stored entry, read again
    assert panel.entries.item(0).text() == "Interview (enhetschef): B: seen at two meetings"
    # typing on is refused without asking again about the same stored entry
    from fidelity_app.ui.dialogs import conflict_dialog
    asked: list[object] = []
    monkeypatch_ask = pytest.MonkeyPatch()
    monkeypatch_ask.setattr(conflict_dialog, "ask", lambda parent, c: asked.append(c))
    try:
        type_into(qtbot, panel.input, "!")
        assert window_a.flush()
    finally:
        monkeypatch_ask.undo()
    assert asked == [] and window_a.error_banner.isVisible()
    assert entry_texts(stored(db_path, catalogue, review_uuid)) == ["B: seen at two meetings"]
    assert panel.input.text() == "Seen at the team meeting (A)!"

    # Moving away and back keeps the unsaved text until the user reloads.
    window_a.step(1)
    window_a.step(-1)
    assert panel.input.text() == "Seen at the team meeting (A)!"
    qtbot.mouseClick(window_a.error_banner.button, Qt.MouseButton.LeftButton)
    assert panel.input.text() == "" and not window_a.error_banner.isVisible()
    assert entry_texts(stored(db_path, catalogue, review_uuid)) == ["B: seen at two meetings"]


def test_keeping_my_evidence_entry_over_another_windows_saves_mine(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a, panel = stale_entry(qtbot, app, other_app, review_uuid)
    answers = Answers(KEEP)
    assert window_a.flush()
    assert answers.shown == BOTH_ENTRIES
    detail = stored(db_path, catalogue, review_uuid)
    assert [(e.text, e.source, e.role) for e in detail.notes(ITEM).evidence] == [
        ("Seen at the team meeting (A)", "observation", "")]
    assert not window_a.error_banner.isVisible()
    assert window_a.save_state.text() == "All changes saved"
    assert panel.entries.item(0).text() == "Observation: Seen at the team meeting (A)"
    assert panel.input.text() == ""  # written: the field is free for the next entry
    # the entry just written is what a new change replaces: saved without asking
    panel.entries.setFocus(Qt.FocusReason.MouseFocusReason)
    panel.entries.setCurrentRow(0)
    qtbot.keyClick(panel.entries, Qt.Key.Key_F2)
    type_into(qtbot, panel.input, " again")
    assert window_a.flush()
    assert entry_texts(stored(db_path, catalogue, review_uuid)) == [
        "Seen at the team meeting (A) again"]


def test_taking_the_stored_evidence_entry_shows_it_and_copies_mine(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a, panel = stale_entry(qtbot, app, other_app, review_uuid)
    QGuiApplication.clipboard().clear()
    answers = Answers(STORED)
    assert window_a.flush()
    assert answers.shown == BOTH_ENTRIES
    assert entry_texts(stored(db_path, catalogue, review_uuid)) == ["B: seen at two meetings"]
    assert panel.entries.item(0).text() == "Interview (enhetschef): B: seen at two meetings"
    assert clipboard() == "Seen at the team meeting (A)"  # mine, as typed, to paste back
    assert panel.input.text() == "" and not window_a.error_banner.isVisible()
    assert window_a.save_state.text() == "All changes saved"


def test_an_entry_removed_elsewhere_is_not_written_back(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue, told
):
    first = app.evidence.add_evidence(review_uuid, ITEM, "Loggar", "records").evidence[0]
    window_a = open_editor(qtbot, app, review_uuid)
    other_app.evidence.remove_evidence(review_uuid, ITEM, first.id)
    panel = window_a.scoring.notes.evidence
    panel.entries.setFocus(Qt.FocusReason.MouseFocusReason)
    panel.entries.setCurrentRow(0)
    qtbot.keyClick(panel.entries, Qt.Key.Key_F2)
    type_into(qtbot, panel.input, " for five participants")
    assert window_a.flush()
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).evidence == ()
    assert "changed in another window" in window_a.error_banner.text.text()
    assert clipboard() == "Loggar for five participants"


def test_a_score_written_elsewhere_does_not_make_the_stale_text_current(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue, monkeypatch
):
    """A's own score write reads B's new strengths into A's cache; A's screen still shows
    the old strengths, so A's edit of them must still be refused."""
    window_a = open_editor(qtbot, app, review_uuid)
    other_app.reviews.set_item_text(review_uuid, ITEM, "strengths", "B's strengths")
    window_a.score_item(ITEM, 3)
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).score == 3
    edit_a = window_a.scoring.notes.edits["strengths"]
    assert edit_a.toPlainText() == ""
    type_into(qtbot, edit_a, "A's strengths")
    answers = Answers(CANCEL)
    assert window_a.flush()
    assert answers.shown == [("B's strengths", "A's strengths")]
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).strengths == "B's strengths"
    assert edit_a.toPlainText() == "A's strengths"
    # The user was asked once about this stored text: typing on is refused without asking.
    from fidelity_app.ui.dialogs import conflict_dialog
    asked: list[object] = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda parent, conflict: asked.append(conflict))
    type_into(qtbot, edit_a, " and more")
    assert window_a.flush()
    assert asked == [] and window_a.error_banner.isVisible()
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).strengths == "B's strengths"


def test_keeping_my_item_text_over_another_windows_saves_mine(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    other_app.reviews.set_item_text(review_uuid, ITEM, "strengths", "B's strengths")
    edit_a = window_a.scoring.notes.edits["strengths"]
    type_into(qtbot, edit_a, "A's strengths")
    answers = Answers(KEEP)
    assert window_a.flush()
    assert answers.shown == [("B's strengths", "A's strengths")]
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).strengths == "A's strengths"
    assert not window_a.error_banner.isVisible()
    # what is on screen now is what the next edit replaces: it saves without asking
    type_into(qtbot, edit_a, " and more")
    assert window_a.flush()
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).strengths == (
        "A's strengths and more")
    assert window_a.save_state.text() == "All changes saved"


def test_taking_the_stored_reviewer_note_shows_it_and_copies_mine(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    window_a.reviewer_scoring.set_mode(ANNA)
    other_app.ratings.set_rating_note(review_uuid, ANNA, ITEM, "B's note")
    note = window_a.scoring.rating_note.edit
    type_into(qtbot, note, "mine")
    answers = Answers(STORED)
    assert window_a.flush()
    assert answers.shown == [("B's note", "mine")]
    assert note.toPlainText() == "B's note"
    assert clipboard() == "mine"
    assert not window_a.error_banner.isVisible()
    type_into(qtbot, note, " + A")
    assert window_a.flush()
    assert other_app.ratings.ratings_for(review_uuid, ANNA).own_note(ITEM) == "B's note + A"


def test_a_stale_rationale_in_the_comparison_offers_the_stored_one(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    for item in catalogue.scales[("ips-25", "sv")].items:  # both have scored: compare
        app.ratings.set_rating(review_uuid, ANNA, item.id, 3)
        app.ratings.set_rating(review_uuid, BERTIL, item.id, 4)
    window_a = open_editor(qtbot, app, review_uuid)
    window_a.tabs.setCurrentIndex(COMPARISON_TAB)
    select_row(qtbot, window_a, ITEM)
    panel = window_a.comparison.panel
    assert panel.item_id() == ITEM and panel.rationale.toPlainText() == ""
    other_app.reviews.set_item_text(review_uuid, ITEM, "rationale", "B's rationale")
    type_into(qtbot, panel.rationale, "A's rationale")
    answers = Answers(STORED)
    assert window_a.flush()
    assert answers.shown == [("B's rationale", "A's rationale")]
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).rationale == "B's rationale"
    assert panel.rationale.toPlainText() == "B's rationale"
    assert clipboard() == "A's rationale"


def test_a_stale_rationale_is_refused(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    window_a.state.set_text(ITEM, "rationale", "first")
    other_app.reviews.set_item_text(review_uuid, ITEM, "rationale", "B's rationale")
    with pytest.raises(EditConflictError):
        window_a.state.set_text(ITEM, "rationale", "A's rationale")
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).rationale == "B's rationale"


def test_a_reviewer_note_does_not_revert_the_score_or_note_from_another_window(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    window_a = open_editor(qtbot, app, review_uuid)
    window_a.reviewer_scoring.set_mode(ANNA)
    window_a.reviewer_scoring.score(ITEM, 2)
    assert app.ratings.ratings_for(review_uuid, ANNA).own_score(ITEM) == 2
    # Another window changes Anna's score while A types her note.
    other_app.ratings.set_rating(review_uuid, ANNA, ITEM, 5)
    note = window_a.scoring.rating_note.edit
    type_into(qtbot, note, "observed")
    assert window_a.flush()
    own = other_app.ratings.ratings_for(review_uuid, ANNA)
    assert own.own_score(ITEM) == 5  # not reverted to 2
    assert own.own_note(ITEM) == "observed"
    assert window_a.scoring.item_view.criteria.cards[4].isChecked()  # A shows the stored 5

    # A stale score from A is refused too.
    other_app.ratings.set_rating(review_uuid, ANNA, ITEM, 1)
    window_a.reviewer_scoring.score(ITEM, 3)  # A thinks the score is 5
    assert other_app.ratings.ratings_for(review_uuid, ANNA).own_score(ITEM) == 1
    assert window_a.scoring.item_view.criteria.cards[0].isChecked()  # now shows the stored 1
    assert "changed in another window" in window_a.error_banner.text.text()

    # And the note changed elsewhere is not overwritten by A's stale note.
    other_app.ratings.set_rating_note(review_uuid, ANNA, ITEM, "B's note")
    type_into(qtbot, note, " more")
    answers = Answers(CANCEL)
    assert window_a.flush()
    assert answers.shown == [("B's note", "observed more")]
    assert other_app.ratings.ratings_for(review_uuid, ANNA).own_note(ITEM) == "B's note"
    assert note.toPlainText() == "observed more"
    assert clipboard() == "observed more"


def test_finalised_elsewhere_lets_the_window_close_and_keeps_the_text(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue, told
):
    window_a = open_editor(qtbot, app, review_uuid)
    for item in app.scales.get("ips-25", "sv").items:
        other_app.reviews.set_score(review_uuid, item.id, 4)
    other_app.reviews.finalise(review_uuid)

    edit_a = window_a.scoring.notes.evidence.input
    type_into(qtbot, edit_a, "unsaved words")
    assert window_a.autosaver.has_pending()
    assert window_a.close()  # not refused, no endless retry
    assert not window_a.isVisible()
    assert clipboard() == "unsaved words"
    assert told and "finalised in another window" in told[-1][1]
    assert "clipboard" in told[-1][1]
    assert not any(len(entry) == 3 for entry in told)  # no "close anyway?" question
    assert not window_a.autosaver.has_pending()
    assert window_a.state.is_final
    detail = stored(db_path, catalogue, review_uuid)
    assert detail.summary.status == "final"
    assert detail.notes(ITEM).evidence == ()


def test_deleted_elsewhere_lets_the_window_close(
    qtbot, app: App, other_app: App, review_uuid: str, told
):
    window_a = open_editor(qtbot, app, review_uuid)
    other_app.reviews.delete_review(review_uuid)
    type_into(qtbot, window_a.scoring.notes.edits["development"], "lost review")
    assert window_a.flush()
    assert window_a.state.gone and window_a.state.is_final
    assert clipboard() == "lost review"
    assert "deleted in another window" in window_a.error_banner.text.text()
    assert window_a.close()


def test_a_retryable_failure_asks_before_closing(
    qtbot, app: App, review_uuid: str, db_path: Path, catalogue, told, monkeypatch
):
    from fidelity_app.services.errors import StorageError

    window_a = open_editor(qtbot, app, review_uuid)

    def full(*args, **kwargs):
        raise StorageError("The disk is full.", reason="full")

    monkeypatch.setattr(app.evidence, "add_evidence", full)
    type_into(qtbot, window_a.scoring.notes.evidence.input, "kept words")
    assert not window_a.close()  # the question is answered "Cancel"
    assert window_a.isVisible()
    assert told[-1][2] == "Close anyway"
    assert window_a.autosaver.has_pending()

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    assert window_a.close()
    assert clipboard() == "kept words"
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).evidence == ()


def make_window(qtbot, app: App, languages: LanguageManager) -> MainWindow:
    window = MainWindow(app, Settings(), languages)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_main_window_closes_when_the_review_was_finalised_elsewhere(
    qtbot, app: App, other_app: App, review_uuid: str, languages, told
):
    window = make_window(qtbot, app, languages)
    assert window.open_review(review_uuid)
    for item in app.scales.get("ips-25", "sv").items:
        other_app.reviews.set_score(review_uuid, item.id, 3)
    other_app.reviews.finalise(review_uuid)
    type_into(qtbot, window.editor.scoring.notes.edits["strengths"], "late words")
    assert window.show_list()  # Back is not refused forever
    assert window.editor is None
    assert clipboard() == "late words"
    assert window.close()


def test_import_writes_the_pending_text_first(
    qtbot, app: App, review_uuid: str, db_path: Path, catalogue, languages, tmp_path, told,
    monkeypatch
):
    window = make_window(qtbot, app, languages)
    assert window.open_review(review_uuid)
    written: list[str] = []
    real = app.exchange.import_file

    def import_file(path, service="ask"):
        written.append(entry_texts(stored(db_path, catalogue, review_uuid)))
        return real(path, service=service)

    monkeypatch.setattr(app.exchange, "import_file", import_file)
    window.editor.go_to(ITEM, focus=False)
    type_into(qtbot, window.editor.scoring.notes.evidence.input, "typed before import")
    assert window.editor.autosaver.has_pending()
    window.import_path(str(tmp_path / "missing.json"))
    assert written == [["typed before import"]]


def test_import_is_not_started_when_pending_text_cannot_be_saved(
    qtbot, app: App, review_uuid: str, languages, tmp_path, told, monkeypatch
):
    from fidelity_app.services.errors import StorageError

    window = make_window(qtbot, app, languages)
    assert window.open_review(review_uuid)

    def full(*args, **kwargs):
        raise StorageError("The disk is full.", reason="full")

    monkeypatch.setattr(app.evidence, "add_evidence", full)
    calls: list[str] = []
    monkeypatch.setattr(app.exchange, "import_file", lambda path: calls.append(path))
    type_into(qtbot, window.editor.scoring.notes.evidence.input, "unsaved")
    assert window.import_path(str(tmp_path / "file.json")) is False
    assert calls == []
    assert told and told[-1][0] == "Not saved"
    window.editor.autosaver.discard()


def test_comparison_rationale_shown_is_what_an_edit_replaces(
    qtbot, app: App, other_app: App, review_uuid: str, db_path: Path, catalogue
):
    """The comparison page reads the rationale itself: what it shows is the base of an edit."""
    window_a = open_editor(qtbot, app, review_uuid)
    other_app.reviews.set_item_text(review_uuid, ITEM, "rationale", "B's rationale")
    window_a.tabs.setCurrentIndex(COMPARISON_TAB)  # shows B's rationale (read just now)
    window_a.state.set_text(ITEM, "rationale", "B's rationale, checked by A")
    assert stored(db_path, catalogue, review_uuid).notes(ITEM).rationale == (
        "B's rationale, checked by A")
