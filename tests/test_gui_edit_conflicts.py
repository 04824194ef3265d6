"""A write refused because another window changed the value: the user sees both versions and
chooses (keep mine, use the stored one, cancel); the database holds what they chose and their
text is never lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui.dialogs.conflict_dialog import ConflictDialog
from tests.test_gui_stale_review_writes import open_editor, type_into

KEEP = (Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
STORED = (Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
CANCEL = (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


class Answers:
    """Answers the conflict dialogs as they open, by keys; records what each showed."""

    def __init__(self, *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
        self.keys = list(keys)
        self.shown: list[tuple[str, str]] = []
        QTimer.singleShot(0, self.answer)

    def answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog) or not dialog.isActiveWindow():
            QTimer.singleShot(10, self.answer)
            return
        self.shown.append((dialog.stored_view.toPlainText(), dialog.mine_view.toPlainText()))
        assert dialog.stored_view.isReadOnly() and dialog.mine_view.isReadOnly()
        key, modifier = self.keys.pop(0)
        QTest.keyClick(dialog, key, modifier)
        if self.keys:
            QTimer.singleShot(0, self.answer)


@pytest.fixture()
def two_windows(qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue):
    service = app.reviews.create_service("Arbetsstöd Nord", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 4)).uuid
    other = open_app(db_path, scales=catalogue)
    window_a = open_editor(qtbot, app, review)
    window_b = open_editor(qtbot, other, review)
    yield review, other, window_a, window_b
    other.close()


def stale_summary(qtbot, two_windows) -> tuple[str, App, object]:
    review, other, window_a, window_b = two_windows
    type_into(qtbot, window_b, "strengths", "B: good contacts with employers")
    assert window_b.flush()
    type_into(qtbot, window_a, "strengths", "A: my own summary")
    return review, other, window_a


def test_keep_mine_writes_the_summary_over_the_stored_one(qtbot, two_windows) -> None:
    review, other, window_a = stale_summary(qtbot, two_windows)
    answers = Answers(KEEP)
    assert window_a.flush()
    assert answers.shown == [("B: good contacts with employers", "A: my own summary")]
    assert other.reviews.get_review(review).summary_strengths == "A: my own summary"
    assert window_a.save_state.text() == "All changes saved"
    # the next edit replaces the text just written, without a new question
    type_into(qtbot, window_a, "strengths", "!")
    assert window_a.flush()
    assert other.reviews.get_review(review).summary_strengths == "A: my own summary!"


def test_use_the_stored_summary_copies_mine_to_the_clipboard(qtbot, two_windows) -> None:
    review, other, window_a = stale_summary(qtbot, two_windows)
    QGuiApplication.clipboard().clear()
    answers = Answers(STORED)
    window_a.flush()
    assert len(answers.shown) == 1
    assert other.reviews.get_review(review).summary_strengths == (
        "B: good contacts with employers")
    assert window_a.summary.summary_edits["strengths"].toPlainText() == (
        "B: good contacts with employers")
    assert QGuiApplication.clipboard().text() == "A: my own summary"
    type_into(qtbot, window_a, "strengths", "; A agrees")
    assert window_a.flush()
    assert other.reviews.get_review(review).summary_strengths == (
        "B: good contacts with employers; A agrees")


def test_cancel_writes_nothing_and_keeps_my_summary_on_screen(qtbot, two_windows) -> None:
    review, other, window_a = stale_summary(qtbot, two_windows)
    answers = Answers(CANCEL)
    window_a.flush()
    assert len(answers.shown) == 1
    assert other.reviews.get_review(review).summary_strengths == (
        "B: good contacts with employers")
    assert window_a.summary.summary_edits["strengths"].toPlainText() == "A: my own summary"
    assert window_a.save_state.text() == "Not saved"


def test_a_third_change_while_asking_is_asked_about_again(
    qtbot, two_windows, monkeypatch
) -> None:
    from fidelity_app.ui.dialogs import conflict_dialog
    from fidelity_app.ui.dialogs.conflict_presenter import Choice

    review, other, window_a = stale_summary(qtbot, two_windows)
    shown: list[str] = []

    def ask(parent, conflict):
        shown.append(conflict.stored)
        if len(shown) == 1:  # a third window stores another text while the user reads
            other.reviews.set_summary(review, strengths="C: third")
            return Choice.KEEP_MINE
        return Choice.CANCEL

    monkeypatch.setattr(conflict_dialog, "ask", ask)
    window_a.flush()
    assert shown == ["B: good contacts with employers", "C: third"]
    assert other.reviews.get_review(review).summary_strengths == "C: third"
    assert window_a.summary.summary_edits["strengths"].toPlainText() == "A: my own summary"


# -- an action edited in two windows ------------------------------------------------------------


@pytest.fixture()
def stale_action(qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue):
    """The action dialog shows an action, then another window changes its outcome; the
    dialog's user types their own outcome."""
    from history_sample import make_history

    from fidelity_app.ui.dialogs.action_dialog import ActionDialog

    uuid = make_history(app)["planned"]
    dialog = ActionDialog(app, action=app.actions.get_action(uuid))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    other = open_app(db_path, scales=catalogue)
    other.actions.update_action(uuid, outcome="Other window's outcome",
                                expected=other.actions.get_action(uuid))
    dialog.outcome_edit.setFocus()
    qtbot.keyClicks(dialog.outcome_edit, "My outcome")
    yield uuid, other, dialog
    other.close()


def test_an_action_keep_mine_stores_my_outcome(qtbot, app: App, stale_action) -> None:
    uuid, other, dialog = stale_action
    answers = Answers(KEEP)
    dialog.accept()
    assert answers.shown == [("Other window's outcome", "My outcome")]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert other.actions.get_action(uuid).outcome == "My outcome"


def test_an_action_use_stored_shows_it_and_copies_mine(qtbot, app: App, stale_action) -> None:
    uuid, other, dialog = stale_action
    QGuiApplication.clipboard().clear()
    answers = Answers(STORED)
    dialog.accept()
    assert len(answers.shown) == 1
    assert dialog.isVisible()  # still open, now with the stored action
    assert dialog.outcome_edit.toPlainText() == "Other window's outcome"
    assert QGuiApplication.clipboard().text() == "My outcome"
    assert other.actions.get_action(uuid).outcome == "Other window's outcome"
    dialog.accept()  # saving the stored version again is no conflict
    assert dialog.result() == dialog.DialogCode.Accepted


def test_an_action_cancel_keeps_my_outcome_unsaved(qtbot, app: App, stale_action) -> None:
    uuid, other, dialog = stale_action
    answers = Answers(CANCEL)
    dialog.accept()
    assert len(answers.shown) == 1
    assert dialog.isVisible()
    assert dialog.outcome_edit.toPlainText() == "My outcome"
    assert other.actions.get_action(uuid).outcome == "Other window's outcome"


def stale_reviewers(qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue, monkeypatch):
    """Window A shows Anna and Bertil; another window adds Cecilia, who then scores an item;
    A, still showing the old list, asks for Anna and David."""
    from fidelity_app.ui.scoring import reviewers_dialog

    service = app.reviews.create_service("Arbetsstöd Nord", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 4),
                                       reviewers=["Anna", "Bertil"]).uuid
    window_a = open_editor(qtbot, app, review)
    other = open_app(db_path, scales=catalogue)
    other.reviews.update_review(review, reviewers=["Anna", "Bertil", "Cecilia"],
                                expected_reviewers=("Anna", "Bertil"))
    other.ratings.set_rating(review, "Cecilia", "staffing-1", 4)
    monkeypatch.setattr(reviewers_dialog, "ask_reviewers",
                        lambda parent, names: ["Anna", "David"])
    monkeypatch.setattr(reviewers_dialog, "confirm_removal", lambda parent, losses: True)
    return review, other, window_a


def test_a_stale_reviewer_list_keeps_the_stored_one_on_request(
    qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue, monkeypatch
) -> None:
    review, other, window_a = stale_reviewers(qtbot, app, db_path, catalogue, monkeypatch)
    try:
        answers = Answers(STORED)
        window_a.reviewer_scoring.edit_reviewers()
        assert answers.shown == [("Anna\nBertil\nCecilia", "Anna\nDavid")]
        stored = other.reviews.get_review(review)
        assert stored.summary.reviewers == ("Anna", "Bertil", "Cecilia")
        assert window_a.reviewer_scoring.names() == ("Anna", "Bertil", "Cecilia")
    finally:
        other.close()


def keep_my_reviewer_list(qtbot, app, db_path, catalogue, monkeypatch, *, remove: bool):
    """Window A keeps its own list over the stored one; the removal question is answered."""
    from fidelity_app.ui import prompts
    from fidelity_app.ui.scoring import reviewers_dialog

    review, other, window_a = stale_reviewers(qtbot, app, db_path, catalogue, monkeypatch)
    asked: list[list[tuple[str, int]]] = []
    errors: list[str] = []

    def confirm(parent, losses) -> bool:
        asked.append(list(losses))
        return remove

    monkeypatch.setattr(reviewers_dialog, "confirm_removal", confirm)
    monkeypatch.setattr(prompts, "show_error",
                        lambda parent, title, text, details="": errors.append(text))
    answers = Answers(KEEP)
    window_a.reviewer_scoring.edit_reviewers()
    return review, other, window_a, answers, asked, errors


def test_keeping_my_reviewer_list_asks_before_dropping_a_new_reviewers_ratings(
    qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue, monkeypatch
) -> None:
    review, other, window_a, answers, asked, errors = keep_my_reviewer_list(
        qtbot, app, db_path, catalogue, monkeypatch, remove=True)
    try:
        assert len(answers.shown) == 1 and errors == []
        # Bertil never scored; Cecilia scored in the other window after this one last read
        # the list, so removing her is asked about before anything is written
        assert [name for name, _count in asked[-1]] == ["Cecilia"]
        stored = other.reviews.get_review(review)
        assert stored.summary.reviewers == ("Anna", "David")
        assert window_a.reviewer_scoring.names() == ("Anna", "David")
    finally:
        other.close()


def test_declining_to_drop_a_new_reviewers_ratings_changes_nothing(
    qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue, monkeypatch
) -> None:
    review, other, window_a, answers, asked, errors = keep_my_reviewer_list(
        qtbot, app, db_path, catalogue, monkeypatch, remove=False)
    try:
        assert len(answers.shown) == 1 and errors == []
        assert [name for name, _count in asked[-1]] == ["Cecilia"]
        assert other.reviews.get_review(review).summary.reviewers == ("Anna", "Bertil",
                                                                       "Cecilia")
        row = next(r for r in other.ratings.compare(review).rows if r.item_id == "staffing-1")
        assert [(r.reviewer, r.score) for r in row.ratings if r.reviewer == "Cecilia"] == [
            ("Cecilia", 4)]
    finally:
        other.close()
