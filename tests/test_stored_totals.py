"""Each review's stored total (``reviews.scored_total`` and ``scored_items``, kept by the
database) is always what its agreed scores add up to, after every kind of write, on both
engines; and what reads it (sorting by total and band, the summary, standing) gives what the
scores themselves give."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.analysis import Period
from fidelity_app.services.app import App, open_app
from fidelity_app.services.reviews import ReviewFilter
from tests.sync_sample import add_review, edited_edition
from tests.test_migrations import RELEASED
from tests.test_report import SCORES, make_review

COUNTED = text(
    "SELECT r.uuid, coalesce(sum(a.score), 0), count(a.score) FROM reviews r"
    " LEFT JOIN item_assessments a ON a.review_id = r.id GROUP BY r.uuid")
STORED = text("SELECT uuid, scored_total, scored_items FROM reviews")


def stored_totals(app: App) -> dict[str, tuple[int, int]]:
    """Every review's stored (total, scored items), checked against its scores."""
    with app.engine.connect() as conn:
        stored = {uuid: (total, items) for uuid, total, items in conn.execute(STORED)}
        counted = {uuid: (int(total), int(items)) for uuid, total, items in conn.execute(COUNTED)}
    assert stored == counted
    return stored


def item_ids(app: App) -> list[str]:
    return [item.id for item in app.scales.get("ips-25", "sv").items]


@pytest.fixture
def other(tmp_path: Path, catalogue: ScaleCatalogue) -> App:
    """A second database (a laptop's file) to import from, push from and pull into."""
    application = open_app(tmp_path / "laptop.db", scales=catalogue)
    yield application
    application.close()


def test_every_write_to_scores_keeps_the_stored_total(app: App, tmp_path: Path) -> None:
    items = item_ids(app)
    service = app.reviews.create_service("Arbetsstöd Norr", "Örebro kommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 3, 2),
                                       reviewers=["Anna Berg", "Omar Said"]).uuid
    assert stored_totals(app)[review] == (0, 0)  # no scores yet
    for n, item in enumerate(items):
        app.reviews.set_score(review, item, 1 + n % 5)
    assert stored_totals(app)[review] == (sum(1 + n % 5 for n in range(len(items))), 25)
    app.reviews.set_score(review, items[0], None)  # cleared
    app.reviews.set_score(review, items[1], 5)  # changed
    app.reviews.set_item_text(review, items[2], "rationale", "Loggen visar det.")  # no score
    assert stored_totals(app)[review][1] == 24
    app.ratings.set_rating(review, "Anna Berg", items[0], 2, "Sett")
    app.ratings.set_consensus(review, items[0], 3, "Enade")  # the agreed score, by consensus
    app.ratings.set_consensus(review, items[3], None)
    assert stored_totals(app)[review][1] == 24
    app.reviews.set_score(review, items[3], 4)
    app.reviews.finalise(review)
    app.reviews.reopen(review, "Fel poäng på kriterium 2")
    app.reviews.set_score(review, items[1], 1)
    app.reviews.set_edition(review, edited_edition(app, tmp_path))
    app.reviews.set_score(review, items[4], 2)
    app.reviews.finalise(review)
    before = stored_totals(app)[review]
    app.privacy.remove_personal_notes(review)  # scores stay
    assert stored_totals(app)[review] == before
    imported = make_review(app, SCORES, service="Arbetsstöd Söder", final=True)  # an import
    partial = make_review(app, dict(list(SCORES.items())[:7]), service="Arbetsstöd Söder")
    totals = stored_totals(app)
    assert totals[imported] == (sum(SCORES.values()), len(SCORES))
    assert totals[partial][1] == 7
    app.reviews.delete_review(partial)
    assert partial not in stored_totals(app)


def test_a_merged_review_file_push_and_pull_keep_the_stored_totals(
        app: App, db: str, other: App, tmp_path: Path) -> None:
    local = add_review(other, scored=5)
    assert stored_totals(other)[local][1] == 5
    other.sync.push(db)  # new on the shared database
    assert stored_totals(app)[local] == stored_totals(other)[local]
    items = item_ids(other)
    for n, item in enumerate(items[5:12]):  # scores added here are merged there
        other.reviews.set_score(local, item, 1 + n % 5)
    other.sync.push(db)
    assert stored_totals(app)[local] == stored_totals(other)[local] == (
        stored_totals(other)[local][0], 12)
    there = add_review(app, "Jobbstöd Väst", every_item=True)
    other.sync.pull(db)
    assert stored_totals(other)[there] == stored_totals(app)[there]
    assert stored_totals(other)[there][1] == 25
    # a review file merged into the stored review adds its new scores
    app.reviews.set_score(there, items[0], None)
    path = app.exchange.export_review(there, tmp_path / "review.json")
    third = open_app(tmp_path / "third.db", scales=app.scales)
    try:
        third.exchange.import_file(path)
        assert stored_totals(third)[there][1] == 24
    finally:
        third.close()


def test_sorting_by_total_and_band_gives_the_totals_of_the_scores(app: App) -> None:
    items = item_ids(app)
    complete = make_review(app, SCORES, service="Arbetsstöd Norr", final=True)
    partial = make_review(app, dict(list(SCORES.items())[:10]), service="Arbetsstöd Norr",
                          start=date(2026, 11, 1))
    service = app.reviews.list_services()[0].uuid
    empty = app.reviews.create_review(service, kind="peer-review",
                                      start_date=date(2024, 6, 1)).uuid
    unscored = app.reviews.create_review(service, kind="external",
                                         start_date=date(2024, 7, 1)).uuid
    app.reviews.set_item_text(unscored, items[0], "rationale", "Ingen poäng ännu.")
    records = {r.uuid: r for r in app.reviews.list_reviews()}
    totals = dict(app.reviews.sort_values(ReviewFilter(), "total"))
    bands = dict(app.reviews.sort_values(ReviewFilter(), "band"))
    for uuid in (complete, partial, empty, unscored):
        score = records[uuid].score
        assert totals[uuid] == score.total
        assert bands[uuid] == (score.total if score.scored == len(items) else -1)
    assert totals[empty] == totals[unscored] == 0
    assert list(dict(app.reviews.sort_values(ReviewFilter(kind="external"), "total"))) == [
        r.uuid for r in app.reviews.list_reviews(ReviewFilter(kind="external"))]


def test_summary_and_standing_count_what_the_scores_give(app: App) -> None:
    low = dict.fromkeys(SCORES, 2)
    first = make_review(app, SCORES, service="Norr", final=True, start=date(2025, 3, 1))
    # the newest final review of Norr is partial: its band comes from the complete one before
    make_review(app, dict(list(low.items())[:5]), service="Norr", final=True,
                start=date(2026, 3, 1))
    second = make_review(app, low, service="Söder", final=True, start=date(2026, 2, 1))
    make_review(app, low, service="Söder", start=date(2026, 5, 1))  # a draft: left out
    make_review(app, dict.fromkeys(SCORES, 5), service="Väst", final=True,
                start=date(2024, 1, 1))
    scale = app.scales.get("ips-25", "en")
    summary = app.analysis.summary()
    (sc,) = summary.scales
    expected = Counter(scale.band_for(t).id for t in (sum(SCORES.values()), 50, 125))
    assert {b.band: b.services for b in sc.bands if b.services} == dict(expected)
    assert summary.services_without_complete_review == 0
    assert summary.services_reviewed == 3 and summary.drafts_left_out == 1
    only_2026 = app.analysis.summary(Period(start=date(2026, 1, 1)))
    assert only_2026.services_without_complete_review == 2  # Norr's 2026 review is partial
    with_drafts = app.analysis.summary(include_drafts=True)
    assert with_drafts.reviews == 5 and with_drafts.drafts_left_out == 0
    # the item statistics read from the index less the drafts are those read review by review
    since = Period(start=date(2000, 1, 1))
    assert app.analysis.summary(since).scales[0].items == sc.items
    assert sc.items[0].scored == 4 and sc.items[0].mean == (SCORES["staffing-1"] + 2 + 2 + 5) / 4
    assert (app.analysis.summary(since, include_drafts=True).scales[0].items
            == with_drafts.scales[0].items)
    assert with_drafts.scales[0].items[0].scored == 5
    norr = app.reviews.get_review(first).service.uuid
    standing = app.comparisons.standing(norr, kinds=("external",))
    assert standing.total is None  # the latest is partial
    soder = app.comparisons.standing(app.reviews.get_review(second).service.uuid)
    assert soder.total == 50 and soder.services_compared == 2  # Söder and Väst complete
    assert (soder.totals_lower, soder.totals_higher) == (0, 1)
    first_item = soder.items[0]
    # staffing-1: 2 in Norr's partial review and in Söder's, 5 in Väst's
    assert first_item.counts == (0, 2, 0, 0, 1) and first_item.services == 3


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.stem for p in RELEASED])
def test_an_upgraded_database_counts_its_reviews_and_keeps_counting(
        fixture: Path, tmp_path: Path, catalogue: ScaleCatalogue) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(fixture, db)
    app = open_app(db, catalogue)
    try:
        totals = stored_totals(app)
        assert any(items for _, items in totals.values())
        draft = next(r.uuid for r in app.reviews.list_reviews() if r.status == "draft")
        app.reviews.set_score(draft, "staffing-1", 1)
        app.reviews.set_score(draft, "staffing-2", None)
        stored_totals(app)
    finally:
        app.close()
