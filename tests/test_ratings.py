"""Each reviewer's own ratings: blind rule, comparison, consensus, agreement, finalising."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.errors import (
    InvalidInputError,
    NotFoundError,
    ReviewLockedError,
)
from fidelity_app.services.ratings import EQUAL, INCOMPLETE, ONE_APART, TWO_OR_MORE
from tests.test_agreement import TYPICAL_A, TYPICAL_B, TYPICAL_KAPPA

A, B = "A. Andersson", "B. Berg"


def new_review(app: App, reviewers: tuple[str, ...] = (A, B), day: int = 14) -> str:
    service = app.reviews.create_service("Arbetsstöd Norr", "Exempelkommun",
                                         allow_duplicate=True)
    review = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 10, day), reviewers=reviewers
    )
    return review.uuid


def item_ids(app: App) -> list[str]:
    return [it.id for it in app.scales.get("ips-25", "sv").items]


def test_set_change_and_clear_a_rating(app: App) -> None:
    review = new_review(app)
    info = app.ratings.set_rating(review, A, "staffing-1", 4, "23 deltagare per heltid")
    assert (info.reviewer, info.item_id, info.score, info.note) == (
        A, "staffing-1", 4, "23 deltagare per heltid")
    app.ratings.set_rating(review, A, "staffing-1", 3)  # note=None keeps the note
    stored = app.reviews.get_review(review).ratings
    assert [(r.reviewer, r.item_id, r.score, r.note) for r in stored] == [
        (A, "staffing-1", 3, "23 deltagare per heltid")]
    app.ratings.set_rating(review, A, "staffing-1", None)  # score cleared, note kept
    assert app.reviews.get_review(review).ratings[0].score is None
    app.ratings.clear_rating(review, A, "staffing-1")
    assert app.reviews.get_review(review).ratings == ()
    # the agreed score is untouched by reviewer ratings
    assert app.reviews.get_review(review).scores() == {}
    progress = app.ratings.reviewers(review)
    assert [(p.name, p.scored, p.items) for p in progress] == [(A, 0, 25), (B, 0, 25)]


@pytest.mark.parametrize(
    ("reviewer", "item", "score", "error", "words"),
    [
        (A, "staffing-1", 6, InvalidInputError, "1 to 5"),
        (A, "staffing-1", 0, InvalidInputError, "1 to 5"),
        (A, "staffing-1", True, InvalidInputError, "1 to 5"),
        (A, "staffing-9", 3, NotFoundError, "no item 'staffing-9'"),
        ("C. Carlsson", "staffing-1", 3, NotFoundError, "not a reviewer"),
    ],
)
def test_bad_ratings_are_refused(
    app: App, reviewer: str, item: str, score: object, error: type, words: str
) -> None:
    review = new_review(app)
    with pytest.raises(error, match=words):
        app.ratings.set_rating(review, reviewer, item, score)  # type: ignore[arg-type]
    assert app.reviews.get_review(review).ratings == ()


def test_blind_rule_hides_others_until_the_viewer_has_scored(app: App) -> None:
    review = new_review(app)
    app.ratings.set_rating(review, A, "staffing-1", 4)
    app.ratings.set_rating(review, A, "staffing-2", 3, "A:s anteckning")
    app.ratings.set_rating(review, A, "staffing-3", None, "bara en anteckning")
    app.ratings.set_rating(review, A, "organization-2", 2, "dold anteckning")
    app.ratings.set_rating(review, B, "staffing-2", 5, "B:s anteckning")
    app.ratings.set_rating(review, B, "staffing-3", 2, "B ser mer")
    app.ratings.set_rating(review, B, "organization-1", 1)

    seen_by_a = app.ratings.ratings_for(review, A)
    assert seen_by_a.viewer == A and not seen_by_a.revealed
    assert seen_by_a.own_score("staffing-1") == 4
    assert seen_by_a.own_note("staffing-3") == "bara en anteckning"
    # staffing-2: A has scored it, so B's score and note are visible
    (b2,) = seen_by_a.others_for("staffing-2")
    assert (b2.reviewer, b2.score, b2.note, b2.hidden) == (B, 5, "B:s anteckning", False)
    # staffing-3: A wrote a note but no score yet, organization-1: nothing: both hidden
    for item in ("staffing-3", "organization-1"):
        (hidden,) = seen_by_a.others_for(item)
        assert hidden.hidden and hidden.score is None and hidden.note == ""
        assert seen_by_a.is_hidden(item)
    assert seen_by_a.hidden_count == 2
    assert seen_by_a.others_for("staffing-1") == ()  # B has not rated it

    seen_by_b = app.ratings.ratings_for(review, B)
    assert seen_by_b.others_for("staffing-2")[0].score == 3  # B scored staffing-2
    assert seen_by_b.others_for("staffing-1")[0].hidden     # B has not scored staffing-1
    assert seen_by_b.others_for("staffing-3")[0].note == "bara en anteckning"  # B scored it
    hidden_note = seen_by_b.others_for("organization-2")[0]
    assert hidden_note.hidden and hidden_note.note == "" and hidden_note.score is None

    revealed = app.ratings.ratings_for(review, A, reveal=True)
    assert revealed.revealed and revealed.hidden_count == 0
    assert revealed.others_for("staffing-3")[0].score == 2
    assert revealed.others_for("organization-1")[0].score == 1

    nobody = app.ratings.ratings_for(review, None)
    assert nobody.own == {} and nobody.viewer is None and nobody.hidden_count == 5
    with pytest.raises(NotFoundError, match="not a reviewer"):
        app.ratings.ratings_for(review, "C. Carlsson")


def test_comparison_marks_differences_and_proposes_without_setting(app: App) -> None:
    review = new_review(app)
    app.ratings.set_rating(review, A, "staffing-1", 4, "A: 23 per heltid")
    app.ratings.set_rating(review, B, "staffing-1", 4, "B: 22 per heltid")
    app.ratings.set_rating(review, A, "staffing-2", 3)
    app.ratings.set_rating(review, B, "staffing-2", 4)
    app.ratings.set_rating(review, A, "staffing-3", 1)
    app.ratings.set_rating(review, B, "staffing-3", 5)
    app.ratings.set_rating(review, A, "organization-1", 2)

    comparison = app.ratings.compare(review)
    assert comparison.reviewers == (A, B)
    assert [r.item_id for r in comparison.rows] == item_ids(app)
    rows = {r.item_id: r for r in comparison.rows}
    assert (rows["staffing-1"].difference, rows["staffing-1"].spread) == (EQUAL, 0)
    assert rows["staffing-1"].proposed == 4 and rows["staffing-1"].agreed is None
    assert rows["staffing-1"].rating(B).note == "B: 22 per heltid"
    assert (rows["staffing-2"].difference, rows["staffing-2"].proposed) == (ONE_APART, None)
    assert (rows["staffing-3"].difference, rows["staffing-3"].spread) == (TWO_OR_MORE, 4)
    assert rows["organization-1"].difference == INCOMPLETE
    assert rows["organization-1"].rating(B).score is None
    assert comparison.counts == {EQUAL: 1, ONE_APART: 1, TWO_OR_MORE: 1, INCOMPLETE: 22}
    # proposed, not set: nothing agreed yet
    assert app.reviews.get_review(review).scores() == {}
    assert len(comparison.missing_consensus) == 25 and not comparison.can_finalise

    ordered = [r.item_id for r in comparison.by_disagreement()]
    assert ordered[:3] == ["staffing-3", "staffing-2", "organization-1"]
    assert ordered[-1] == "staffing-1"
    assert [r.item_id for r in comparison.only(TWO_OR_MORE, ONE_APART)] == [
        "staffing-2", "staffing-3"]
    with pytest.raises(ValueError, match="unknown"):
        comparison.only("far")


def test_consensus_then_finalise(app: App) -> None:
    review = new_review(app)
    ids = item_ids(app)
    for item, a, b in zip(ids, TYPICAL_A, TYPICAL_B, strict=True):
        app.ratings.set_rating(review, A, item, a)
        app.ratings.set_rating(review, B, item, b)
    comparison = app.ratings.compare(review)
    assert comparison.counts[EQUAL] == 17 and comparison.counts[TWO_OR_MORE] == 1

    # Agree all but the last item: equal ones take the proposal, others the higher score.
    for row in comparison.rows[:-1]:
        score = row.proposed or max(r.score for r in row.ratings if r.score is not None)
        notes = app.ratings.set_consensus(review, row.item_id, score, f"enades om {score}")
        assert notes.score == score and notes.rationale == f"enades om {score}"
    with pytest.raises(InvalidInputError, match="1 item"):
        app.reviews.finalise(review)
    assert not app.ratings.compare(review).can_finalise

    app.ratings.set_consensus(review, ids[-1], 3, "Båda såg 3")
    app.ratings.set_consensus(review, ids[-1], 3)  # rationale=None keeps it
    detail = app.reviews.get_review(review)
    assert detail.notes(ids[-1]).rationale == "Båda såg 3"
    assert detail.notes(ids[0]).score == 4
    assert app.ratings.compare(review).can_finalise
    final = app.reviews.finalise(review)
    assert final.is_final and final.score.complete

    with pytest.raises(ReviewLockedError):
        app.ratings.set_rating(review, A, ids[0], 5)
    with pytest.raises(ReviewLockedError):
        app.ratings.set_consensus(review, ids[0], 5, "nej")
    with pytest.raises(ReviewLockedError):
        app.ratings.clear_ratings(review, B)
    assert not app.ratings.compare(review).can_finalise  # already final


def test_consensus_is_validated(app: App) -> None:
    review = new_review(app)
    with pytest.raises(InvalidInputError, match="1 to 5"):
        app.ratings.set_consensus(review, "staffing-1", 7, "x")
    with pytest.raises(NotFoundError, match="no item"):
        app.ratings.set_consensus(review, "nope-1", 3, "x")
    with pytest.raises(InvalidInputError, match="text"):
        app.ratings.set_consensus(review, "staffing-1", 3, 5)  # type: ignore[arg-type]
    assert app.reviews.get_review(review).items == {}


def test_agreement_of_a_review(app: App) -> None:
    review = new_review(app)
    for item, a, b in zip(item_ids(app), TYPICAL_A, TYPICAL_B, strict=True):
        app.ratings.set_rating(review, A, item, a)
        app.ratings.set_rating(review, B, item, b)
    result = app.ratings.agreement(review)
    assert result.reviewers == (A, B) and result.items == 25
    assert (result.exact_count, result.within_one_count) == (17, 24)
    assert result.kappa_quadratic == pytest.approx(float(TYPICAL_KAPPA), abs=1e-12)
    assert app.ratings.compare(review).agreement == result

    lonely = new_review(app, reviewers=(A,), day=15)
    app.ratings.set_rating(lonely, A, "staffing-1", 3)
    with pytest.raises(InvalidInputError, match="at least two reviewers"):
        app.ratings.agreement(lonely)
    alone = app.ratings.compare(lonely)
    assert alone.agreement.items == 0 and alone.agreement.exact is None
    assert alone.counts[INCOMPLETE] == 25 and alone.rows[0].proposed is None
    with pytest.raises(NotFoundError, match="not a reviewer"):
        app.ratings.agreement(review, [A, "C. Carlsson"])


def test_pair_agreement_pooled_across_reviews(app: App) -> None:
    # Same pooled case as in test_agreement: (2,2) (3,3) (4,5) | (4,3) (4,4): kappa 16/21.
    first = new_review(app, reviewers=(A, B, "C. Carlsson"), day=1)
    second = new_review(app, reviewers=(B, A), day=2)
    other = new_review(app, reviewers=(A, "D. Dahl"), day=3)
    for item, a, b in (("staffing-1", 2, 2), ("staffing-2", 3, 3), ("staffing-3", 4, 5)):
        app.ratings.set_rating(first, A, item, a)
        app.ratings.set_rating(first, B, item, b)
    app.ratings.set_rating(first, "C. Carlsson", "staffing-1", 1)
    for item, a, b in (("staffing-1", 4, 3), ("staffing-2", 4, 4)):
        app.ratings.set_rating(second, A, item, a)
        app.ratings.set_rating(second, B, item, b)
    app.ratings.set_rating(second, A, "services-1", 1)
    app.ratings.set_rating(other, A, "staffing-1", 5)
    app.ratings.set_rating(other, "D. Dahl", "staffing-1", 1)

    pooled = app.ratings.pair_agreement(A, B)
    assert (pooled.items, pooled.reviews, pooled.not_compared) == (5, 2, 1)
    assert pooled.exact == pytest.approx(0.6) and pooled.within_one == 1.0
    assert pooled.kappa_quadratic == pytest.approx(16 / 21)
    assert app.ratings.pair_agreement(B, A).kappa_quadratic == pytest.approx(16 / 21)
    only_first = app.ratings.pair_agreement(A, B, review_uuids=[first])
    assert (only_first.items, only_first.reviews) == (3, 1)
    assert app.ratings.reviewer_names() == [A, B, "C. Carlsson", "D. Dahl"]
    with pytest.raises(NotFoundError, match="no reviewer called 'E. Ek'"):
        app.ratings.pair_agreement(A, "E. Ek")
    with pytest.raises(InvalidInputError, match="two different"):
        app.ratings.pair_agreement(A, A)
