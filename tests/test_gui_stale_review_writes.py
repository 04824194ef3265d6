"""The window's part in "never lose a review": the summary typed in a stale window does not
replace the summary another window saved, and removing a reviewer whose ratings would go
always asks first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.ui.review_editor import SUMMARY_TAB, ReviewEditor


def open_editor(qtbot, app: App, review_uuid: str) -> ReviewEditor:
    widget = ReviewEditor(app, review_uuid)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.tabs.setCurrentIndex(SUMMARY_TAB)
    return widget


def type_into(qtbot, editor: ReviewEditor, field: str, text: str) -> None:
    """Click into the summary field and type ASCII ``text`` as a user would."""
    if not editor.isActiveWindow():
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
    edit = editor.summary.summary_edits[field]
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_a_stale_summary_is_not_saved_over_the_other_windows(
    qtbot, app: App, db_path: Path, catalogue: ScaleCatalogue, monkeypatch
) -> None:
    from fidelity_app.ui.dialogs import conflict_dialog
    from fidelity_app.ui.dialogs.conflict_presenter import Choice

    monkeypatch.setattr(conflict_dialog, "ask", lambda parent, conflict: Choice.CANCEL)
    service = app.reviews.create_service("Arbetsstöd Nord", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 4)).uuid
    other = open_app(db_path, scales=catalogue)
    try:
        window_a = open_editor(qtbot, app, review)
        window_b = open_editor(qtbot, other, review)
        type_into(qtbot, window_b, "strengths", "B: good contacts with employers")
        assert window_b.flush()

        messages: list[str] = []
        window_a.statusMessage.connect(messages.append)
        type_into(qtbot, window_a, "strengths", "A: my own summary")
        window_a.flush()

        assert other.reviews.get_review(review).summary_strengths == (
            "B: good contacts with employers")
        assert window_a.save_state.text() != "All changes saved"
        assert any("changed in another window" in m for m in messages)

        # typing on in the stale text still does not replace the other window's summary
        type_into(qtbot, window_a, "strengths", " and more")
        window_a.flush()
        assert other.reviews.get_review(review).summary_strengths == (
            "B: good contacts with employers")

        # after a reload the window shows the stored text, and an edit of it is saved
        window_a.reload_stored()
        assert window_a.summary.summary_edits["strengths"].toPlainText() == (
            "B: good contacts with employers")
        type_into(qtbot, window_a, "strengths", "; A agrees")
        assert window_a.flush()
        assert other.reviews.get_review(review).summary_strengths == (
            "B: good contacts with employers; A agrees")
    finally:
        other.close()


def test_removing_a_reviewer_with_only_notes_asks_first(
    qtbot, app: App, monkeypatch
) -> None:
    from fidelity_app.ui.scoring import reviewers_dialog

    service = app.reviews.create_service("Arbetsstöd Nord", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 4),
                                       reviewers=["Anna", "Bertil"]).uuid
    app.ratings.set_rating_note(review, "Bertil", "staffing-1", "Bertils anteckning")
    editor = open_editor(qtbot, app, review)
    asked: list[list[tuple[str, int]]] = []
    monkeypatch.setattr(reviewers_dialog, "ask_reviewers", lambda parent, names: ["Anna"])
    monkeypatch.setattr(reviewers_dialog, "confirm_removal",
                        lambda parent, losses: asked.append(losses) or False)
    editor.reviewer_scoring.edit_reviewers()
    assert asked == [[("Bertil", 1)]]  # he scored nothing, but his note would go
    assert app.reviews.get_review(review).summary.reviewers == ("Anna", "Bertil")

    monkeypatch.setattr(reviewers_dialog, "confirm_removal", lambda parent, losses: True)
    editor.reviewer_scoring.edit_reviewers()
    assert app.reviews.get_review(review).summary.reviewers == ("Anna",)
