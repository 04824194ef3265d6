"""A stale screen never replaces another window's summary, reviewer list, action or agreed
score, and a reviewer's ratings are never removed without the caller saying the user agreed.

Two program instances (two ``open_app`` on one database) play the two windows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import EditConflictError, RemovalNotConfirmedError

ANNA, BERTIL, CECILIA = "Anna Andersson", "Bertil Berg", "Cecilia Ceder"


@pytest.fixture
def other(db: str, catalogue: ScaleCatalogue, app: App) -> Iterator[App]:
    second = open_app(db, scales=catalogue)
    yield second
    second.close()


@pytest.fixture
def review(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Mitt", "Exempelkommun")
    return app.reviews.create_review(service.uuid, kind="external",
                                     start_date=date(2026, 11, 3), reviewers=[ANNA]).uuid


def test_a_stale_summary_text_is_refused(app: App, other: App, review: str) -> None:
    shown = app.reviews.get_review(review).summary_strengths  # window A shows ""
    other.reviews.set_summary(review, strengths="B: tydlig arbetsgivarkontakt",
                              expected={"strengths": shown})

    with pytest.raises(EditConflictError) as caught:
        app.reviews.set_summary(review, strengths="A: egen text", expected={"strengths": shown})

    assert caught.value.field == "summary_strengths"
    assert caught.value.stored == "B: tydlig arbetsgivarkontakt"
    assert caught.value.expected == ""
    assert other.reviews.get_review(review).summary_strengths == "B: tydlig arbetsgivarkontakt"
    # the other field, not changed elsewhere, is written as usual
    app.reviews.set_summary(review, recommendations="Fler besök",
                            expected={"recommendations": ""})
    assert other.reviews.get_review(review).summary_recommendations == "Fler besök"


def test_a_stale_reviewer_list_does_not_remove_the_new_reviewer(
    app: App, other: App, review: str
) -> None:
    shown = app.reviews.get_review(review).summary.reviewers  # window A: (Anna,)
    other.reviews.update_review(review, reviewers=[ANNA, BERTIL], expected_reviewers=shown)
    items = [i.id for i in other.reviews.scale_for("ips-25", "sv").items]
    for item in items:
        other.ratings.set_rating(review, BERTIL, item, 3, "Bertils anteckning")

    with pytest.raises(EditConflictError) as caught:
        app.reviews.update_review(review, reviewers=[ANNA, CECILIA], expected_reviewers=shown)

    assert caught.value.field == "reviewers"
    assert caught.value.stored == (ANNA, BERTIL) and caught.value.expected == (ANNA,)
    assert other.reviews.get_review(review).summary.reviewers == (ANNA, BERTIL)
    assert [p.scored for p in other.ratings.reviewers(review)] == [0, len(items)]


def test_removing_a_reviewer_with_ratings_needs_the_users_confirmation(
    app: App, review: str
) -> None:
    app.reviews.update_review(review, reviewers=[ANNA, BERTIL])
    app.ratings.set_rating(review, BERTIL, "staffing-1", 4)
    app.ratings.set_rating(review, BERTIL, "staffing-2", None, "bara en anteckning")

    with pytest.raises(RemovalNotConfirmedError) as caught:
        app.reviews.update_review(review, reviewers=[ANNA])
    assert caught.value.losses == ((BERTIL, 2),)
    with pytest.raises(RemovalNotConfirmedError):  # agreeing to remove someone else is no use
        app.reviews.update_review(review, reviewers=[ANNA], confirm_removal=[CECILIA])
    assert app.reviews.get_review(review).summary.reviewers == (ANNA, BERTIL)

    app.reviews.update_review(review, reviewers=[ANNA], confirm_removal=[BERTIL])
    assert app.reviews.get_review(review).summary.reviewers == (ANNA,)
    app.reviews.update_review(review, reviewers=[ANNA, CECILIA])  # nobody rated: no question
    app.reviews.update_review(review, reviewers=[ANNA])
    assert app.reviews.get_review(review).summary.reviewers == (ANNA,)


def test_a_reviewer_spelt_anew_is_kept_with_their_ratings(app: App, review: str) -> None:
    app.reviews.update_review(review, reviewers=[ANNA, BERTIL])
    app.ratings.set_rating(review, BERTIL, "staffing-1", 4)

    app.reviews.update_review(review, reviewers=[ANNA, "  bertil   BERG "])  # no question

    detail = app.reviews.get_review(review)
    assert detail.summary.reviewers == (ANNA, "bertil BERG")
    assert app.ratings.ratings_for(review, "bertil BERG").own_score("staffing-1") == 4


def test_a_stale_action_edit_is_refused(app: App, other: App, review: str) -> None:
    action = app.actions.create_action(review, "staffing-1", "Anställ en IPS-handledare",
                                       "Enhetschef", date(2027, 1, 31))
    other.actions.update_action(action.uuid, what="Anställ två IPS-handledare",
                                expected=action)

    with pytest.raises(EditConflictError) as caught:
        app.actions.update_action(action.uuid, what="Anställ en handledare till",
                                  outcome="klart", expected=action)

    assert caught.value.field == "what"
    assert caught.value.stored == "Anställ två IPS-handledare"
    stored = other.actions.get_action(action.uuid)
    assert stored.what == "Anställ två IPS-handledare" and stored.outcome == ""
    # a field nobody else changed is saved from the same stale screen
    app.actions.update_action(action.uuid, outcome="Rekrytering pågår", expected=action)
    assert other.actions.get_action(action.uuid).outcome == "Rekrytering pågår"


def test_a_stale_agreed_score_or_rationale_is_refused(app: App, other: App, review: str) -> None:
    other.ratings.set_consensus(review, "staffing-1", 4, "B: enligt intervjuerna",
                                expected_score=None, expected_rationale="")
    with pytest.raises(EditConflictError):
        app.ratings.set_consensus(review, "staffing-1", 2, expected_score=None)
    with pytest.raises(EditConflictError):
        app.ratings.set_consensus(review, "staffing-1", 4, "A: annat", expected_score=4,
                                  expected_rationale="")
    notes = other.reviews.get_review(review).notes("staffing-1")
    assert (notes.score, notes.rationale) == (4, "B: enligt intervjuerna")
