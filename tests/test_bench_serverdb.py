"""The benchmark's PostgreSQL generator (bench/serverdb.py) at a tiny size: the program reads
there what it reads in the SQLite generator's file of the same size, and new rows still get ids
of their own (no timing here: the figures are taken by ``python -m bench --only server``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench.largedb import generate as generate_sqlite
from bench.largedb import row_batches
from bench.serverdb import generate
from fidelity_app.services.app import App, open_app
from tests.conftest import PgCluster
from tests.test_stored_totals import stored_totals


@pytest.fixture
def empty(pg_cluster: PgCluster) -> Iterator[str]:
    """The URI of an empty database (no schema), as its owner."""
    name = pg_cluster.new_database(empty=True)
    yield pg_cluster.uri(name)
    pg_cluster.drop_database(name)


def _read(app: App) -> tuple[object, ...]:
    """What the benchmark's figures read: list, service pages, standing and evidence."""
    reviews = app.reviews.list_reviews()
    services = app.reviews.list_services()
    evidence = sum(len(notes.evidence) for review in reviews
                   for notes in app.reviews.get_review(review.uuid).items.values())
    return (reviews, services, [app.history.history(s.uuid).trend for s in services],
            [app.comparisons.standing(s.uuid) for s in services], evidence)


def test_generated_server_database_matches_the_sqlite_one_and_takes_new_rows(
    empty: str, tmp_path: Path,
) -> None:
    generate(empty, 3, 4)
    generate_sqlite(tmp_path / "same.db", 3, 4)
    local = open_app(tmp_path / "same.db")
    app = open_app(empty)
    try:
        read = _read(app)
        assert read == _read(local)
        reviews, services, _, _, evidence = read
        assert len(reviews) == 12
        stored_totals(app)  # the totals and score counts the triggers keep, made at the end
        assert sorted(s.name for s in services) == ["IPS Luleå 1", "IPS Malmö 3", "IPS Örebro 2"]
        assert evidence == sum(len(rows.evidence_entries) for rows in row_batches(3, 4)) > 0
        # the sequences were moved past the generated ids: the program adds rows as usual
        service = app.reviews.create_service("IPS Kiruna")
        review = app.reviews.create_review(service.uuid, kind="external",
                                           start_date=date(2026, 11, 9), reviewers=["Ida Ek"])
        app.reviews.set_score(review.uuid, "staffing-1", 4)
        assert app.reviews.count_reviews() == 13
        stored_totals(app)  # the triggers count again
    finally:
        app.close()
        local.close()
