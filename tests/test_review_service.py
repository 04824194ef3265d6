"""The review service: the rules every caller (window, command line, import) relies on."""

from __future__ import annotations

from datetime import date

import pytest

from fidelity_app.services.app import App
from fidelity_app.services.errors import InvalidInputError, NotFoundError, ReviewLockedError
from fidelity_app.services.reviews import MAX_TEXT, ReviewFilter


@pytest.fixture
def review(app: App) -> str:
    service = app.reviews.create_service("Jobbhuset", "Kommun A", "Umeå")
    return app.reviews.create_review(
        service.uuid, kind="self-assessment", start_date=date(2026, 2, 3), language="sv",
        reviewers=["Eva Ek"]).uuid


def score_all(app: App, review: str, score: int = 4) -> None:
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review, item.id, score)


def test_names_dates_kinds_and_scores_are_checked(app: App, review: str) -> None:
    service = app.reviews.list_services()[0]
    with pytest.raises(InvalidInputError, match="must not be empty"):
        app.reviews.create_service("   ")
    with pytest.raises(InvalidInputError, match="cannot end before it starts"):
        app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 5, 2),
                                  end_date=date(2026, 5, 1))
    with pytest.raises(InvalidInputError, match="Unknown kind"):
        app.reviews.create_review(service.uuid, kind="audit", start_date=date(2026, 5, 2))
    with pytest.raises(InvalidInputError, match="listed twice"):
        app.reviews.update_review(review, reviewers=["A", "A"])
    with pytest.raises(InvalidInputError, match="1 to 5"):
        app.reviews.set_score(review, "staffing-1", 6)
    with pytest.raises(NotFoundError, match="no item 'staffing-7'"):
        app.reviews.set_score(review, "staffing-7", 3)
    with pytest.raises(InvalidInputError, match="at most 200,000 characters"):
        app.reviews.set_summary(review, strengths="x" * (MAX_TEXT + 1))
    with pytest.raises(InvalidInputError, match="must be text"):
        app.reviews.set_needs_info(review, "staffing-1", True, reason=5)  # type: ignore[arg-type]
    assert app.reviews.get_review(review).items == {}


def test_finalise_needs_every_item_and_locks_the_review(app: App, review: str) -> None:
    app.reviews.set_score(review, "staffing-1", 5)
    with pytest.raises(InvalidInputError, match="24 item"):
        app.reviews.finalise(review)
    score_all(app, review)
    final = app.reviews.finalise(review)
    assert final.is_final and final.score.total == 100 and final.score.band.id == "good"
    for change in (
        lambda: app.reviews.set_score(review, "staffing-1", 3),
        lambda: app.reviews.set_item_text(review, "staffing-1", "strengths", "x"),
        lambda: app.reviews.set_summary(review, strengths="x"),
        lambda: app.reviews.delete_review(review),
    ):
        with pytest.raises(ReviewLockedError):
            change()
    with pytest.raises(InvalidInputError, match="reason"):
        app.reviews.reopen(review, "  ")
    app.reviews.reopen(review, "Wrong score on staffing-1")
    detail = app.reviews.get_review(review)
    assert detail.summary.status == "draft"
    assert [(e.kind, e.reason) for e in detail.events][-2:] == [
        ("finalised", ""), ("reopened", "Wrong score on staffing-1")]


def test_duplicate_is_a_new_draft_with_the_same_content(app: App, review: str) -> None:
    score_all(app, review, 3)
    app.reviews.set_item_text(review, "services-1", "strengths", "Budgetrådgivare finns")
    app.reviews.finalise(review)
    copy = app.reviews.duplicate_review(review, start_date=date(2027, 2, 1))
    detail = app.reviews.get_review(copy.uuid)
    assert copy.uuid != review and copy.status == "draft"
    assert detail.scores() == app.reviews.get_review(review).scores()
    assert detail.notes("services-1").strengths == "Budgetrådgivare finns"
    assert detail.summary.reviewers == ("Eva Ek",)


def test_only_drafts_are_deleted_and_services_with_reviews_stay(app: App, review: str) -> None:
    service = app.reviews.list_services()[0]
    with pytest.raises(InvalidInputError, match="with reviews"):
        app.reviews.delete_service(service.uuid)
    app.reviews.delete_review(review)
    assert app.reviews.list_reviews() == []
    app.reviews.delete_service(service.uuid)
    assert app.reviews.list_services() == []


def test_filters_and_id_prefixes(app: App, review: str) -> None:
    other = app.reviews.create_service("Arbetslinjen", "Region B")
    later = app.reviews.create_review(other.uuid, kind="external", start_date=date(2025, 9, 1),
                                      reviewers=["Olle Ås"])
    uuids = lambda flt: [r.uuid for r in app.reviews.list_reviews(flt)]  # noqa: E731
    assert uuids(ReviewFilter()) == [review, later.uuid]
    assert uuids(ReviewFilter(text="jobbhus")) == [review]
    assert uuids(ReviewFilter(text="olle")) == [later.uuid]
    assert uuids(ReviewFilter(kind="external")) == [later.uuid]
    assert uuids(ReviewFilter(year=2025)) == [later.uuid]
    assert uuids(ReviewFilter(service_uuid=other.uuid, status="draft")) == [later.uuid]
    assert uuids(ReviewFilter(status="final")) == []
    assert app.reviews.resolve_review_id(review[:8]) == review
    with pytest.raises(InvalidInputError, match="at least the first 4"):
        app.reviews.resolve_review_id("ab")


@pytest.mark.sqlite_only  # edits the file with sqlite3
def test_a_stored_item_the_scale_no_longer_has_does_not_break_anything(
    app: App, review: str
) -> None:
    import sqlite3

    app.reviews.set_score(review, "staffing-1", 4)
    conn = sqlite3.connect(app.db_path)
    with conn:
        conn.execute(
            "INSERT INTO item_assessments (review_id, item_id, score, rationale, "
            "strengths, development, needs_info, needs_info_reason, updated_at, version) "
            "SELECT review_id, 'old-item', 5, '', '', '', 0, '', updated_at, 1 "
            "FROM item_assessments WHERE item_id = 'staffing-1'")
    conn.close()
    listed = app.reviews.list_reviews()
    assert listed[0].score.total == 4 and listed[0].score.scored == 1
    assert app.reviews.get_review(review).summary.score.total == 4
