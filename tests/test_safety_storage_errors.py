"""A full disk or a read-only database gives a clear message; nothing half-saved; the same
change succeeds once writing is possible again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from fidelity_app.services.app import App
from fidelity_app.services.errors import ServiceError, StorageError
from fidelity_app.storage.errors import sqlite_failure

ITEM = "staffing-1"
# the longest note there can be (200,000 characters, about 200 kB)
BIG_NOTE = ("Anteckningar från två dagars platsbesök. " * 5_000)[:200_000]

# SQLite's failures, simulated on its connections (the server's: tests/test_server_engine.py)
pytestmark = pytest.mark.sqlite_only


def rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def on_every_connection(app: App, pragma: str) -> Callable[[], None]:
    """Apply ``pragma`` to every new connection of the app; return a function that stops it."""

    def apply(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA {pragma}")

    event.listen(app.engine, "connect", apply)
    app.engine.dispose()

    def stop() -> None:
        event.remove(app.engine, "connect", apply)
        app.engine.dispose()

    return stop


def disk_full(app: App) -> Callable[[], None]:
    """The database cannot grow beyond its current size, as on a full disk (SQLITE_FULL)."""
    with app.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    return on_every_connection(app, f"max_page_count={pages}")


def read_only(app: App) -> Callable[[], None]:
    """Writes are refused with SQLITE_READONLY, as for a read-only file."""
    return on_every_connection(app, "query_only=ON")


@pytest.fixture
def review(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Norr")
    uuid = app.reviews.create_review(service.uuid, kind="external",
                                     start_date=date(2026, 10, 14)).uuid
    app.reviews.set_score(uuid, ITEM, 3)
    return uuid


@pytest.mark.parametrize(
    ("block", "reason", "words"),
    [(disk_full, "full", "the disk is full"), (read_only, "read-only", "the file is read-only")],
)
def test_a_note_that_cannot_be_written_says_why_and_is_saved_later(
    app: App, review: str, block: Callable[[App], Callable[[], None]], reason: str, words: str
) -> None:
    before = rows(app.db_path)
    unblock = block(app)
    with pytest.raises(StorageError) as caught:
        app.reviews.set_item_text(review, ITEM, "strengths", BIG_NOTE, expected="")
    error = caught.value
    assert isinstance(error, ServiceError)
    assert error.reason == reason and error.retryable
    assert str(error).startswith("The database cannot be written: " + words)
    assert "Your change is not saved." in str(error)
    assert error.__cause__ is not None  # the original is kept for the log
    unblock()
    assert rows(app.db_path) == before  # nothing of it stored
    # the window keeps the text and saves it once writing works again
    app.reviews.set_item_text(review, ITEM, "strengths", BIG_NOTE, expected="")
    assert app.reviews.get_review(review).notes(ITEM).strengths == BIG_NOTE


def test_a_score_on_a_read_only_database(app: App, review: str) -> None:
    unblock = read_only(app)
    with pytest.raises(StorageError, match="read-only"):
        app.reviews.set_score(review, ITEM, 5)
    unblock()
    assert app.reviews.get_review(review).notes(ITEM).score == 3
    app.reviews.set_score(review, ITEM, 5, expected=3)
    assert app.reviews.get_review(review).notes(ITEM).score == 5


def test_an_import_on_a_full_disk_stores_nothing(
    app: App, review: str, tmp_path: Path
) -> None:
    file = tmp_path / "big.json"
    file.write_text(json.dumps({
        "format": "fidelity-app/review", "version": 1, "scale": "ips-25", "language": "sv",
        "service": {"name": "Jobbcentrum Syd"},
        "review": {"kind": "peer-review", "date": "2026-03-02"},
        "items": [{"id": f"services-{n}", "score": 3, "strengths": BIG_NOTE[:140_000]}
                  for n in range(1, 15)],  # 1,960,000 characters: as much as a review holds
    }), "utf-8")
    before = rows(app.db_path)
    unblock = disk_full(app)
    with pytest.raises(StorageError, match="disk is full"):
        app.exchange.import_file(file)
    unblock()
    assert rows(app.db_path) == before
    assert app.exchange.import_file(file).created


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database is locked"), "busy"),
        (sqlite3.OperationalError("disk I/O error"), "io"),
        (sqlite3.OperationalError("unable to open database file"), "cannot-open"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (sqlite3.OperationalError("no such table: x"), None),
        (sqlite3.IntegrityError("UNIQUE constraint failed"), None),
        (ValueError("disk is full"), None),
    ],
)
def test_which_failures_are_storage_failures(error: Exception, reason: str | None) -> None:
    assert sqlite_failure(error) == reason


def test_a_real_sqlite_full_error_is_recognised_by_its_code(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    conn.close()
    assert caught.value.sqlite_errorcode & 0xFF == 13  # type: ignore[attr-defined]
    assert sqlite_failure(caught.value) == "full"
