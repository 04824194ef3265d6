"""The comparison tab's and the reviewer mode's decisions, without widgets, on a real database.

The gate ("everyone has finished scoring"), proposals, what a final review shows; who is
scoring, the blind rule and revealing, rating conflicts and the texts the user reads.
"""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.errors import RemovalNotConfirmedError
from fidelity_app.ui.consensus.presenter import (
    ComparisonPresenter,
    Screen,
    proposal_line,
    unfinished,
)
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.reviewer_presenter import ReviewerPresenter
from fidelity_app.ui.scoring.state import ReviewState

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"


def new_review(app: App, reviewers: list[str]) -> str:
    service = app.reviews.create_service("Arbetsstöd Syd", organisation="Exempelkommun")
    return app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 3, 10), language="sv",
        reviewers=reviewers,
    ).uuid


@pytest.fixture
def review_uuid(app: App) -> str:
    """A review with two reviewers, nothing scored."""
    return new_review(app, [ANNA, BERTIL])


def item_ids(app: App) -> list[str]:
    return [item.id for item in app.scales.get("ips-25", "sv").items]


def comparison_of(app: App, review_uuid: str) -> ComparisonPresenter:
    presenter = ComparisonPresenter()
    presenter.show(app.ratings.compare(review_uuid), app.scales.get("ips-25", "sv"))
    return presenter


# -- the comparison -----------------------------------------------------------------------------


def test_one_reviewer_has_nothing_to_compare(app: App):
    review = new_review(app, [ANNA])
    assert comparison_of(app, review).screen() is Screen.EMPTY
    assert ComparisonPresenter().screen() is Screen.EMPTY


def test_the_comparison_waits_until_everyone_has_scored(app: App, review_uuid: str):
    for item_id in item_ids(app):
        app.ratings.set_rating(review_uuid, ANNA, item_id, 4)
    app.ratings.set_rating(review_uuid, BERTIL, "staffing-1", 2)
    presenter = comparison_of(app, review_uuid)
    assert [(u.name, u.scored) for u in unfinished(presenter.comparison)] == [(BERTIL, 1)]
    assert presenter.screen() is Screen.GATE
    assert "<li>Bertil Berg has scored 1 of 25 items</li>" in presenter.gate_text()
    assert "Anna" not in presenter.gate_text()
    presenter.open()  # asked for: shown for as long as the review is open
    assert presenter.screen() is Screen.TABLE
    presenter.show(app.ratings.compare(review_uuid), presenter.scale)
    assert presenter.screen() is Screen.TABLE


def test_everyone_finished_or_a_final_review_shows_the_table_at_once(app: App, review_uuid):
    for item_id in item_ids(app):
        app.ratings.set_rating(review_uuid, ANNA, item_id, 4)
    for item_id in item_ids(app)[:-1]:
        app.ratings.set_rating(review_uuid, BERTIL, item_id, 4)
        app.reviews.set_score(review_uuid, item_id, 4)
    app.reviews.set_score(review_uuid, item_ids(app)[-1], 3)
    app.reviews.finalise(review_uuid)  # Bertil never scored the last item
    assert comparison_of(app, review_uuid).screen() is Screen.TABLE
    app.reviews.reopen(review_uuid, "Bertil bedömer klart")
    app.ratings.set_rating(review_uuid, BERTIL, item_ids(app)[-1], 3)
    assert comparison_of(app, review_uuid).screen() is Screen.TABLE


def test_proposals_are_the_items_where_everyone_agrees_and_nothing_is_agreed(
    app: App, review_uuid: str
):
    for item_id, (anna, bertil) in {"staffing-1": (4, 4), "staffing-2": (3, 5),
                                     "staffing-3": (2, 2)}.items():
        app.ratings.set_rating(review_uuid, ANNA, item_id, anna)
        app.ratings.set_rating(review_uuid, BERTIL, item_id, bertil)
    app.reviews.set_score(review_uuid, "staffing-3", 2)
    presenter = comparison_of(app, review_uuid)
    assert presenter.open_proposals() == [("staffing-1", 4)]
    assert presenter.accept_all_text() == "Accept all proposals (1)"
    assert presenter.can_accept_all()
    assert presenter.proposal("staffing-1") == 4
    assert presenter.proposal("staffing-2") is None
    assert presenter.score_to_set("staffing-2", 3) == ("staffing-2", 3)
    assert presenter.score_to_set(None, 3) is None
    presenter.read_only = True  # a final review: nothing to accept or set
    assert not presenter.can_accept_all()
    assert presenter.proposal("staffing-1") is None
    assert presenter.score_to_set("staffing-2", 3) is None


def test_a_proposal_is_offered_until_it_is_the_agreed_score(app: App, review_uuid: str):
    for name in (ANNA, BERTIL):
        app.ratings.set_rating(review_uuid, name, "staffing-1", 4)
        app.ratings.set_rating(review_uuid, name, "staffing-2", 3 if name == ANNA else 5)
    app.reviews.set_score(review_uuid, "staffing-1", 2)
    presenter = comparison_of(app, review_uuid)
    line = proposal_line(presenter.row("staffing-1"))
    assert line is not None and line.accept == 4
    assert line.text == ("Proposal: Both reviewers gave 4. It becomes the agreed score only "
                         "when you accept it. (The agreed score is now 2.)")
    assert proposal_line(presenter.row("staffing-2")) is None  # they differ
    app.reviews.set_score(review_uuid, "staffing-1", 4)
    agreed = proposal_line(comparison_of(app, review_uuid).row("staffing-1"))
    assert agreed is not None and agreed.accept is None
    assert agreed.text == "Agreed 4, the score every reviewer gave."


def test_a_rationale_typed_but_not_saved_is_what_the_item_shows(app: App, review_uuid: str):
    app.reviews.set_item_text(review_uuid, "staffing-1", "rationale", "Sparad", expected="")
    presenter = comparison_of(app, review_uuid)
    row = presenter.row("staffing-1")
    assert row is not None and presenter.rationale(row) == "Sparad"
    presenter.edit_rationale("staffing-1", "Skriven")
    assert presenter.rationale(row) == "Skriven"
    assert presenter.first_open(presenter.comparison.rows) == "staffing-1"
    assert presenter.count_text(25, 25) == ""
    assert presenter.count_text(3, 25) == "3 of 25 items shown"


# -- the reviewer mode --------------------------------------------------------------------------


@pytest.fixture
def reviewer(qapp, app: App, review_uuid: str) -> ReviewerPresenter:
    """The reviewer mode of the scoring view, in the agreed mode."""
    return ReviewerPresenter(ReviewState(app, review_uuid), Autosaver())


def test_choosing_who_scores(reviewer: ReviewerPresenter):
    assert reviewer.reviewer is None and reviewer.names() == (ANNA, BERTIL)
    assert reviewer.changes_mode(ANNA)
    assert reviewer.choose(ANNA) == "Scoring as Anna Andersson."
    assert not reviewer.changes_mode(ANNA)
    assert reviewer.changes_mode("Someone unknown")  # unknown: the agreed score
    assert reviewer.choose("Someone unknown") == "Entering the agreed scores."
    assert reviewer.reviewer is None


def test_a_remembered_reviewer_who_left_is_not_chosen(qapp, app: App, review_uuid: str):
    state = ReviewState(app, review_uuid)
    assert ReviewerPresenter(state, Autosaver(), remembered=BERTIL).reviewer == BERTIL
    assert ReviewerPresenter(state, Autosaver(), remembered="Cecilia").reviewer is None


def test_others_scores_stay_hidden_until_scored_or_revealed(
    reviewer: ReviewerPresenter, app: App, review_uuid: str
):
    app.ratings.set_rating(review_uuid, ANNA, "staffing-1", 2, note="Hemlig iakttagelse")
    reviewer.choose(BERTIL)
    reviewer.show_item("staffing-1")
    others = reviewer.others()
    assert others.names == (ANNA,) and not others.own_scored and not others.revealed
    assert all(entry.score is None for entry in others.entries)
    assert reviewer.reveal(True) == "Other reviewers' scores of Personal 1 are shown."
    assert [entry.score for entry in reviewer.others().entries] == [2]
    reviewer.show_item("staffing-2")  # another item hides them again
    assert not reviewer.others().revealed
    reviewer.show_item("staffing-1")
    assert not reviewer.others().revealed
    step = reviewer.score_step("staffing-1", 3)
    assert step is not None and step.text == "Bertil Berg: score 3 for Personal 1"
    assert reviewer.write_rating(BERTIL, "staffing-1", 3, None) is None
    reviewer.after_write(BERTIL, follow=True)
    assert reviewer.others().own_scored
    assert [entry.score for entry in reviewer.others().entries] == [2]
    assert reviewer.saved_rating_text(BERTIL, "staffing-1", 3) == (
        "Saved: Bertil Berg's score for Personal 1 is 3.")


def test_a_rating_changed_elsewhere_is_not_overwritten(
    reviewer: ReviewerPresenter, app: App, review_uuid: str
):
    reviewer.choose(ANNA)
    app.ratings.set_rating(review_uuid, ANNA, "staffing-1", 5)  # another window
    problem = reviewer.write_rating(ANNA, "staffing-1", 2, None)
    assert problem is not None
    assert problem.message.startswith(
        "This item was changed in another window: Anna Andersson's score of Personal 1 is now 5 "
        "(this window showed no score).")
    assert reviewer.own_score("staffing-1") == 5  # read again
    assert app.ratings.ratings_for(review_uuid, ANNA).own_score("staffing-1") == 5


def test_undo_of_another_reviewers_step_switches_to_them(reviewer: ReviewerPresenter):
    reviewer.choose(ANNA)
    assert reviewer.write_rating(ANNA, "staffing-1", 4, None) is None
    reviewer.choose(BERTIL)
    assert reviewer.write_rating(ANNA, "staffing-1", None, 4) is None  # Anna's step undone
    assert not reviewer.after_write(ANNA, follow=False)  # page not on screen: stays
    assert reviewer.reviewer == BERTIL
    assert reviewer.after_write(ANNA, follow=True)
    assert reviewer.reviewer == ANNA


def test_own_notes_and_totals(reviewer: ReviewerPresenter, app: App, review_uuid: str):
    reviewer.choose(ANNA)
    reviewer.show_item("staffing-1")
    written: list[tuple[str, str]] = []
    reviewer.edit_note("3 av 5 deltagare", lambda who, item: written.append((who, item)))
    assert reviewer.note("staffing-1") == "3 av 5 deltagare"  # typed, not saved yet
    assert reviewer.autosaver.flush()
    assert written == [(ANNA, "staffing-1")]
    assert app.ratings.ratings_for(review_uuid, ANNA).own_note("staffing-1") == (
        "3 av 5 deltagare")
    reviewer.write_rating(ANNA, "staffing-1", 4, None)
    reviewer.after_write(ANNA, follow=True)
    assert reviewer.own_scores() == {"staffing-1": 4}
    assert reviewer.own_result().total == 4 and reviewer.own_result().partial
    assert reviewer.totals_caption() == (
        "Own total", "Anna Andersson's own scores, before the agreed score")


def test_removing_reviewers_who_scored_is_named_and_leaves_their_mode(
    reviewer: ReviewerPresenter, app: App, review_uuid: str
):
    reviewer.choose(BERTIL)
    reviewer.write_rating(BERTIL, "staffing-1", 2, None)
    reviewer.load()
    assert reviewer.losses([ANNA, "Cecilia"]) == [(BERTIL, 1)]
    assert reviewer.losses([ANNA, BERTIL, "Cecilia"]) == []
    with pytest.raises(RemovalNotConfirmedError) as caught:  # not confirmed: nothing changes
        reviewer.change_reviewers([ANNA, "Cecilia"], [])
    assert caught.value.losses == ((BERTIL, 1),)
    assert app.reviews.get_review(review_uuid).summary.reviewers == reviewer.names()
    reviewer.change_reviewers([ANNA, "Cecilia"], [BERTIL])
    reviewer.reviewers_changed([ANNA, "Cecilia"])
    reviewer.reload()
    assert reviewer.reviewer is None and reviewer.names() == (ANNA, "Cecilia")


def test_an_export_is_named_after_service_date_and_reviewer(reviewer: ReviewerPresenter):
    reviewer.choose(ANNA)
    assert reviewer.export_name() == "Arbetsstöd Syd 2026-03-10 Anna Andersson.json"
    assert reviewer.exported_text(ANNA, "/tmp/x.json").startswith(
        "Saved Anna Andersson's ratings to /tmp/x.json.")
