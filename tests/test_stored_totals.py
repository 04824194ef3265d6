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
from sqlalchemy import inspect, text

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


SCORES_BY_MONTH = text(
    "SELECT r.scale_id, r.status, r.start_date, a.item_id, a.score FROM item_assessments a"
    " JOIN reviews r ON r.id = a.review_id WHERE a.score IS NOT NULL")
KEPT_COUNTS = text("SELECT scale_id, status, month, item_id, score, reviews"
                   " FROM item_score_counts")


def stored_totals(app: App) -> dict[str, tuple[int, int]]:
    """Every review's stored (total, scored items), checked against its scores; and the
    counts of each score per month the database keeps (``item_score_counts``), checked too."""
    with app.engine.connect() as conn:
        stored = {uuid: (total, items) for uuid, total, items in conn.execute(STORED)}
        counted = {uuid: (int(total), int(items)) for uuid, total, items in conn.execute(COUNTED)}
        by_month = Counter((scale, status, str(start)[:7], item, score)
                           for scale, status, start, item, score in conn.execute(SCORES_BY_MONTH))
        kept = [(scale, status, str(month), item, score, n)
                for scale, status, month, item, score, n in conn.execute(KEPT_COUNTS)]
    assert stored == counted
    assert all(month.endswith("-01") and n > 0 for _, _, month, _, _, n in kept)
    assert {(scale, status, month[:7], item, score): n
            for scale, status, month, item, score, n in kept} == by_month
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
    app.reviews.update_review(review, start_date=date(2026, 1, 31))  # another month
    app.reviews.update_review(review, start_date=date(2026, 1, 2), kind="peer-review")
    stored_totals(app)
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


def test_the_score_counts_follow_writes_made_directly_in_sql(app: App) -> None:
    """Whatever writes: a review moved to another month, status or scale, a score moved to
    another item or review, a review removed with its scores."""
    first = make_review(app, SCORES, service="Arbetsstöd Norr", start=date(2025, 3, 31))
    second = make_review(app, dict.fromkeys(SCORES, 2), service="Arbetsstöd Söder",
                         start=date(2025, 4, 1), final=True)
    ids = {uuid: app.reviews.get_review(uuid).uuid for uuid in (first, second)}
    statements = (
        "UPDATE reviews SET start_date = '2025-04-01' WHERE uuid = :first",
        "UPDATE reviews SET status = 'final' WHERE uuid = :first",
        "UPDATE reviews SET scale_id = 'ips-other' WHERE uuid = :second",
        "UPDATE reviews SET start_date = '2025-04-30', status = 'draft',"
        " scale_id = 'ips-25' WHERE uuid = :second",
        "UPDATE item_assessments SET item_id = 'moved-item'"
        " WHERE item_id = 'staffing-1' AND review_id = (SELECT id FROM reviews"
        " WHERE uuid = :first)",
        "DELETE FROM item_assessments WHERE item_id = 'staffing-2' AND review_id = (SELECT id"
        " FROM reviews WHERE uuid = :second)",
        "UPDATE item_assessments SET review_id = (SELECT id FROM reviews WHERE uuid = :second)"
        " WHERE item_id = 'staffing-2' AND review_id = (SELECT id FROM reviews"
        " WHERE uuid = :first)",
        "UPDATE item_assessments SET score = NULL WHERE item_id = 'staffing-3'",
        "UPDATE item_assessments SET score = 4 WHERE item_id IN ('staffing-3', 'staffing-4')",
        "UPDATE reviews SET summary_strengths = 'Ny text' WHERE uuid = :first",
        "DELETE FROM reviews WHERE uuid = :first",
    )
    for statement in statements:
        with app.engine.begin() as conn:
            conn.execute(text(statement), {"first": ids[first], "second": ids[second]})
        stored_totals(app)  # the counts checked against the scores after each
    with app.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM item_score_counts")).scalar_one() == 25


def _expected_items(app: App, period: Period, include_drafts: bool) -> dict[str, tuple]:
    """Per item (scored, sum, low) counted from each review's scores, review by review."""
    figures: dict[str, tuple[int, int, int]] = {}
    for record in app.reviews.list_reviews():
        if not include_drafts and record.status != "final":
            continue
        if (period.start and record.start_date < period.start) or (
                period.end and record.start_date > period.end):
            continue
        for item_id, item in app.reviews.get_review(record.uuid).items.items():
            if item.score is not None:
                n, total, low = figures.get(item_id, (0, 0, 0))
                figures[item_id] = (n + 1, total + item.score, low + (item.score <= 3))
    return figures


@pytest.mark.parametrize("include_drafts", [False, True])
def test_the_summary_of_any_period_counts_what_the_scores_give(
        app: App, include_drafts: bool) -> None:
    """Periods that start and end on a month's first or last day, inside a month, in the same
    month, open at either end: the counts kept per month and the scores of the edge months
    add up to what each review's scores give."""
    days = (date(2024, 12, 31), date(2025, 1, 1), date(2025, 1, 15), date(2025, 1, 31),
            date(2025, 2, 1), date(2025, 2, 28), date(2025, 3, 1), date(2025, 3, 17),
            date(2025, 4, 30), date(2028, 2, 29))
    items = item_ids(app)
    for n, day in enumerate(days):
        scores = {item: 1 + (n * 7 + k) % 5 for k, item in enumerate(items) if (n + k) % 6}
        make_review(app, scores, service=f"Tjänst {n % 4}", start=day, final=n % 3 != 1,
                    notes=False)
    periods = [Period(), Period(date(2025, 1, 1)), Period(end=date(2025, 1, 31)),
               Period(date(2025, 1, 2), date(2025, 3, 16)), Period(date(2025, 1, 15),
                                                                    date(2025, 1, 31)),
               Period(date(2025, 1, 16), date(2025, 1, 30)), Period(date(2025, 2, 1),
                                                                    date(2025, 2, 28)),
               Period(date(2024, 12, 31), date(2025, 3, 1)), Period(date(2025, 3, 2)),
               Period(end=date(2025, 2, 27)), Period(date(2028, 2, 1), date(2028, 2, 29)),
               Period(date(2026, 1, 1), date(2027, 12, 31))]
    for period in periods:
        (summary,) = app.analysis.summary(period, include_drafts=include_drafts).scales or (
            None,)
        expected = _expected_items(app, period, include_drafts)
        got = {} if summary is None else {
            i.item_id: (i.scored, round(i.mean * i.scored) if i.mean else 0, i.low)
            for i in summary.items if i.scored}
        assert got == expected, period


def test_the_score_counts_go_with_a_downgrade_and_come_back_counted(app: App) -> None:
    from alembic import command

    from fidelity_app.storage import migrate

    make_review(app, SCORES, service="Arbetsstöd Norr", notes=False)
    before = stored_totals(app)
    with app.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0015")
    with app.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    assert "item_score_counts" not in tables
    migrate.upgrade(app.engine)
    assert stored_totals(app) == before
    app.reviews.set_score(app.reviews.list_reviews()[0].uuid, item_ids(app)[0], 1)
    stored_totals(app)  # the triggers are back


def test_a_score_written_while_its_review_is_made_final_is_counted_as_final(
        pg_database: str, catalogue: ScaleCatalogue) -> None:
    """On a server two connections may write at once (SQL outside the program): a score
    added while another transaction makes its review final waits for it and is counted
    with the final status, not the draft one it would have read."""
    import threading

    import psycopg

    app = open_app(pg_database, scales=catalogue)
    try:
        review = make_review(app, dict(list(SCORES.items())[:3]), notes=False)
        with app.engine.connect() as conn:
            review_id = conn.execute(text("SELECT id FROM reviews WHERE uuid = :u"),
                                     {"u": review}).scalar_one()
        finishing = psycopg.connect(pg_database)  # a transaction left open
        finishing.execute("UPDATE reviews SET status = 'final' WHERE id = %s", (review_id,))
        added = threading.Event()

        def add_score() -> None:
            with psycopg.connect(pg_database, autocommit=True) as scoring:
                scoring.execute(
                    "INSERT INTO item_assessments (review_id, item_id, score, rationale,"
                    " strengths, development, needs_info, needs_info_reason, updated_at,"
                    " version) VALUES (%s, 'services-9', 4, '', '', '', false, '', now(), 1)",
                    (review_id,))
            added.set()

        scoring = threading.Thread(target=add_score)
        scoring.start()
        assert not added.wait(0.5)  # it waits for the status change
        finishing.commit()
        finishing.close()
        scoring.join(10)
        assert added.is_set()
        stored_totals(app)  # every score counted under "final", none under "draft"
        with app.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM item_score_counts"
                                     " WHERE status = 'draft'")).scalar_one() == 0
    finally:
        app.close()
