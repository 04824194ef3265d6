"""The scoring view's decisions, without widgets: navigation, scores, saving, refusals, finalising.

Each test runs the presenter on a real database file; a second ``open_app`` on the same file
plays "another window". What is stored is read back through a fresh ``open_app``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import EditConflictError
from fidelity_app.services.storage_errors import storage_error
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.presenter import ScoringPresenter, field_name
from fidelity_app.ui.scoring.state import ReviewState

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"


@pytest.fixture
def review_uuid(app: App) -> str:
    """A Swedish external review with two reviewers, nothing scored."""
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    return app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 3, 10), language="sv",
        reviewers=[ANNA, BERTIL],
    ).uuid


@pytest.fixture
def presenter(qapp, app: App, review_uuid: str) -> ScoringPresenter:
    """The scoring view's presenter on the review (Qt's event loop exists, no widget)."""
    return ScoringPresenter(ReviewState(app, review_uuid), Autosaver())


@pytest.fixture
def other(db_path: Path, catalogue: ScaleCatalogue, app: App) -> Iterator[App]:
    """Another program window on the same database file."""
    second = open_app(db_path, scales=catalogue)
    yield second
    second.close()


def stored_notes(db_path: Path, catalogue: ScaleCatalogue, review_uuid: str, item_id: str):
    fresh = open_app(db_path, scales=catalogue)
    try:
        return fresh.reviews.get_review(review_uuid).notes(item_id)
    finally:
        fresh.close()


def item_ids(presenter: ScoringPresenter) -> list[str]:
    return presenter.item_ids()


# -- navigation ---------------------------------------------------------------------------------


def test_opening_goes_to_the_first_item_without_a_score(
    presenter: ScoringPresenter, app, review_uuid
):
    ids = item_ids(presenter)
    assert presenter.first_unscored() == ids[0]
    for item_id in ids[:3]:
        app.reviews.set_score(review_uuid, item_id, 4)
    presenter.state.reload()
    assert presenter.first_unscored() == ids[3]
    for item_id in ids:
        app.reviews.set_score(review_uuid, item_id, 3)
    presenter.state.reload()
    assert presenter.first_unscored() == ids[0]  # all scored: the first item


def test_next_and_previous_stop_at_the_ends(presenter: ScoringPresenter):
    ids = item_ids(presenter)
    presenter.current = ids[0]
    assert presenter.neighbour(-1) is None
    assert presenter.edge_text(-1) == "This is the first item."
    assert presenter.neighbour(1) == ids[1]
    presenter.current = ids[-1]
    assert presenter.neighbour(1) is None
    assert presenter.edge_text(1) == "This is the last item."
    assert presenter.neighbour(-1) == ids[-2]


# -- scores -------------------------------------------------------------------------------------


def test_a_score_step_is_named_and_skipped_when_nothing_changes(
    presenter: ScoringPresenter, db_path, catalogue, review_uuid
):
    step = presenter.score_step("staffing-1", 4)
    assert step is not None
    assert (step.old, step.new, step.text) == (None, 4, "score 4 for Personal 1")
    assert presenter.write_score("staffing-1", 4, None) is None
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-1").score == 4
    assert presenter.saved_score_text("staffing-1", 4) == "Saved: Personal 1 scored 4."
    assert presenter.score_step("staffing-1", 4) is None
    clear = presenter.score_step("staffing-1", None)
    assert clear is not None and clear.text == "clear the score of Personal 1"
    assert presenter.saved_score_text("staffing-1", None) == "Saved: Personal 1 has no score."


def test_a_score_changed_in_another_window_is_not_overwritten(
    presenter: ScoringPresenter, other: App, db_path, catalogue, review_uuid
):
    other.reviews.set_score(review_uuid, "staffing-1", 2)
    problem = presenter.write_score("staffing-1", 5, None)  # this window showed no score
    assert problem is not None and not problem.reload
    assert problem.message == (
        "This item was changed in another window: Personal 1 now has the score 2 (this "
        "window showed no score). Your change is NOT saved; the stored score is shown now. "
        "Make your change again if it still applies.")
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-1").score == 2
    assert presenter.state.notes("staffing-1").score == 2  # read again: shown now


def test_a_failed_score_write_says_why_and_changes_nothing(
    presenter: ScoringPresenter, app: App, monkeypatch, db_path, catalogue, review_uuid
):
    def full(*args, **kwargs):
        raise storage_error("full")

    monkeypatch.setattr(app.reviews, "set_score", full)
    problem = presenter.write_score("staffing-1", 3, None)
    assert problem is not None
    assert problem.message.startswith("NOT saved: The database cannot be written: the disk is full")
    assert problem.message.endswith("The score was not changed.")
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-1").score is None


def test_proposals_that_change_nothing_are_left_out(presenter: ScoringPresenter):
    presenter.write_score("staffing-1", 4, None)
    assert presenter.proposals_to_accept([("staffing-1", 4), ("staffing-2", 3)]) == [
        ("staffing-2", 3)]
    assert presenter.accept_text(1) == "accept 1 proposed scores"


def test_needs_information_flag_is_written(presenter: ScoringPresenter, db_path, catalogue,
                                           review_uuid):
    assert presenter.write_needs_info("staffing-2", True) is None
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-2").needs_info


# -- saving text --------------------------------------------------------------------------------


def test_the_save_line_follows_the_pending_writes(
    presenter: ScoringPresenter, app: App, monkeypatch, db_path, catalogue, review_uuid
):
    assert presenter.save_state_text() == "All changes saved"
    presenter.edit_note("staffing-1", "development", "Tre arbetsspecialister")
    assert presenter.save_state_text() == "Saving…"
    assert presenter.pending_texts("staffing-1", ("development", "strengths")) == {
        "development": "Tre arbetsspecialister"}
    real = app.reviews.set_item_text
    monkeypatch.setattr(app.reviews, "set_item_text",
                        lambda *a, **k: (_ for _ in ()).throw(storage_error("read-only")))
    assert not presenter.autosaver.flush()
    assert presenter.save_state_text() == "Not saved"
    assert not presenter.may_clear_problem()
    monkeypatch.setattr(app.reviews, "set_item_text", real)
    assert presenter.autosaver.flush()
    assert presenter.saved()
    assert presenter.save_state_text() == "All changes saved"
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-1").development == (
        "Tre arbetsspecialister")


def test_a_failed_text_write_is_retried_and_says_so(presenter: ScoringPresenter):
    problem = presenter.failed("the disk is full")
    assert problem.message == ("NOT saved: the disk is full. Your text is kept on screen and "
                               "saving is tried again in a few seconds.")


def test_text_changed_elsewhere_is_refused_and_kept_until_reload(
    presenter: ScoringPresenter, other: App, db_path, catalogue, review_uuid
):
    refusals = []
    presenter.autosaver.refused.connect(refusals.extend)
    other.reviews.set_item_text(review_uuid, "staffing-1", "development", "Från det andra fönstret",
                                expected="")
    presenter.edit_note("staffing-1", "development", "Min text")
    presenter.autosaver.flush()
    assert [(key, text, type(error)) for key, text, error in refusals] == [
        (("staffing-1", "development"), "Min text", EditConflictError)]
    problem = presenter.refused_writes(refusals, copied=True)
    assert problem.title == "Changed elsewhere" and problem.reload and not problem.read_only
    assert problem.message == (
        "This item was changed in another window: the areas for development text of Personal 1 "
        "is not what this window showed. Your text is NOT saved; it is kept on screen until you "
        "reload. Your unsaved text is copied to the clipboard. Reload to see the stored text, then "
        "make your change again if it still applies.")
    assert presenter.save_state_text() == "Not saved"
    assert presenter.pending_texts("staffing-1", ("development",)) == {"development": "Min text"}
    assert stored_notes(db_path, catalogue, review_uuid, "staffing-1").development == (
        "Från det andra fönstret")
    presenter.forget_refused()
    assert presenter.pending_texts("staffing-1", ("development",)) == {}
    assert presenter.save_state_text() == "All changes saved"


def test_text_refused_because_the_review_was_finalised_elsewhere(
    presenter: ScoringPresenter, other: App, review_uuid
):
    for item_id in item_ids(presenter):
        other.reviews.set_score(review_uuid, item_id, 4)
    other.reviews.finalise(review_uuid)
    refusals = []
    presenter.autosaver.refused.connect(refusals.extend)
    presenter.edit_summary("strengths", "Bra samverkan")
    presenter.autosaver.flush()
    problem = presenter.refused_writes(refusals, copied=False)
    assert (problem.title, problem.read_only, problem.reload) == ("Review final", True, False)
    assert problem.message == ("This review was finalised in another window or program, so "
                               "your last text could not be saved. It is read-only now.")
    assert presenter.state.is_final
    assert not presenter.autosaver.has_pending()  # nothing is tried again


def test_text_refused_because_the_review_was_deleted_elsewhere(
    presenter: ScoringPresenter, other: App, review_uuid
):
    other.reviews.delete_review(review_uuid)
    refusals = []
    presenter.autosaver.refused.connect(refusals.extend)
    presenter.edit_note("staffing-1", "strengths", "Små grupper")
    presenter.autosaver.flush()
    problem = presenter.refused_writes(refusals, copied=True)
    assert problem.title == "Review deleted" and problem.read_only
    assert problem.message.endswith("Your unsaved text is copied to the clipboard.")
    assert presenter.state.gone and presenter.state.is_final


def test_a_final_review_takes_no_text(presenter: ScoringPresenter, app: App, review_uuid):
    for item_id in item_ids(presenter):
        app.reviews.set_score(review_uuid, item_id, 4)
    presenter.state.finalise()
    presenter.edit_note("staffing-1", "development", "För sent")
    presenter.edit_summary("strengths", "För sent")
    assert not presenter.autosaver.has_pending()
    assert presenter.final_text() == "The review is final. Reopen it to make changes."


def test_field_names_read_as_words():
    assert field_name("development") == "areas for development"
    assert field_name("rating-note") == "own note"
    assert field_name("something-else") == "something-else"


# -- finalising and the comparison --------------------------------------------------------------


def test_ready_to_finalise_needs_every_item_and_a_review_not_yet_final(
    presenter: ScoringPresenter, app: App, review_uuid
):
    ids = item_ids(presenter)
    for item_id in ids[:-1]:
        presenter.write_score(item_id, 3, None)
    assert not presenter.ready_to_finalise()
    presenter.write_score(ids[-1], 5, None)
    assert presenter.ready_to_finalise()
    presenter.state.finalise()
    assert not presenter.ready_to_finalise()
    assert app.reviews.get_review(review_uuid).summary.status == "final"


def test_the_comparison_carries_rationales_typed_but_not_saved(
    presenter: ScoringPresenter, app: App, review_uuid
):
    app.ratings.set_rating(review_uuid, ANNA, "staffing-1", 4)
    app.ratings.set_rating(review_uuid, BERTIL, "staffing-1", 2)
    presenter.edit_note("staffing-1", "rationale", "Vi enades om 3")
    comparison, pending = presenter.comparison()
    assert comparison.reviewers == (ANNA, BERTIL)
    assert pending == {"staffing-1": "Vi enades om 3"}
    assert presenter.autosaver.flush()
    assert app.reviews.get_review(review_uuid).notes("staffing-1").rationale == "Vi enades om 3"
