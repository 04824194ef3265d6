"""The gates of a review, at service level (no Qt): ready for consensus, ready to finalise."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewerProgress
from fidelity_app.services.errors import InvalidInputError, OpenQuestionsError
from fidelity_app.services.readiness import consensus_readiness

ANNA, BERTIL = "Anna Andersson", "Bertil Berg"


def new_review(app: App, names: tuple[str, ...] = (ANNA, BERTIL)) -> str:
    # one service, reviewed again each time
    service = (app.reviews.matching_services("Arbetsstöd Norr")
               or [app.reviews.create_service("Arbetsstöd Norr")])[0]
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 10, 1),
                                     reviewers=names).uuid


def item_ids(app: App) -> list[str]:
    return [it.id for it in app.scales.get("ips-25", "sv").items]


def test_consensus_waits_until_every_reviewer_has_scored_every_item(app: App) -> None:
    review = new_review(app)
    items = item_ids(app)
    for item in items:
        app.ratings.set_rating(review, ANNA, item, 3)
    for item in items[:20]:
        app.ratings.set_rating(review, BERTIL, item, 4)
    app.ratings.set_rating(review, BERTIL, items[20], None, "Fråga chefen")  # a note, no score

    readiness = app.ratings.consensus_readiness(review)
    assert readiness.has_reviewers_to_compare and not readiness.ready and readiness.gated
    assert readiness.unfinished == (ReviewerProgress(BERTIL, 20, 25),)
    # the same gate from a comparison the interface already holds
    assert consensus_readiness(app.ratings.compare(review)) == readiness

    for item in items[20:]:
        app.ratings.set_rating(review, BERTIL, item, 4)
    readiness = app.ratings.consensus_readiness(review)
    assert readiness.ready and not readiness.gated and readiness.unfinished == ()
    assert consensus_readiness(app.ratings.compare(review)) == readiness


def test_one_reviewer_has_nothing_to_compare_and_a_final_review_is_not_gated(app: App) -> None:
    alone = app.ratings.consensus_readiness(new_review(app, (ANNA,)))
    assert not alone.has_reviewers_to_compare and not alone.ready and not alone.gated

    review = new_review(app)
    for item in item_ids(app):
        app.reviews.set_score(review, item, 3)
    app.reviews.finalise(review)
    final = app.ratings.consensus_readiness(review)
    assert final.unfinished and not final.gated  # nobody rated, but the review is final


def test_finalising_waits_for_an_agreed_score_on_every_item(app: App) -> None:
    review = new_review(app)
    items = item_ids(app)
    for item in items[:-2]:
        app.reviews.set_score(review, item, 4)
    app.reviews.set_needs_info(review, items[3], True, "Saknar uppgifter om deltid")

    readiness = app.reviews.finalise_readiness(review)
    assert not readiness.ready and not readiness.is_final
    assert readiness.unscored == tuple(items[-2:])
    assert readiness.needs_info == (items[3],)
    with pytest.raises(InvalidInputError, match="2 item"):
        app.reviews.finalise(review)

    for item in items[-2:]:
        app.reviews.set_score(review, item, 2)
    readiness = app.reviews.finalise_readiness(review)
    assert readiness.ready and readiness.unscored == ()
    assert app.ratings.compare(review).can_finalise == readiness.ready
    # every item scored: the flagged one is an open question to answer, or to clear on purpose
    with pytest.raises(OpenQuestionsError):
        app.reviews.finalise(review)
    app.reviews.finalise(review, clear_flags=True)

    final = app.reviews.finalise_readiness(review)
    assert final.is_final and not final.ready
