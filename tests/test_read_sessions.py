"""Reads take no write lock: they work on a read-only database file, never wait for another
window's write and never hold one up. Writes still take the lock up front (BEGIN IMMEDIATE)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import DatabaseOpenError, StorageError
from fidelity_app.services.reviews import ReviewFilter
from fidelity_app.storage.backup import backup_database

ITEM = "staffing-1"


def dump(db: Path) -> list[tuple]:
    """Every row of every table, to compare a file before and after."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                             "ORDER BY name")]
        return [(t, *row) for t in tables
                for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]
    finally:
        conn.close()


def new_review(app: App, name: str = "Arbetsstöd Norr") -> tuple[str, str]:
    service = app.reviews.create_service(name, organisation="Region Norr")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 10, 14), reviewers=["Anna"])
    app.reviews.set_score(review.uuid, ITEM, 4)
    app.reviews.set_item_text(review.uuid, ITEM, "strengths", "Tre arbetsspecialister.")
    return service.uuid, review.uuid


@pytest.fixture
def filled(db_path: Path, catalogue: ScaleCatalogue) -> tuple[str, str]:
    """A database file with one service and one review, closed again."""
    app = open_app(db_path, catalogue)
    try:
        return new_review(app)
    finally:
        app.close()


@pytest.fixture
def two(db_path: Path, catalogue: ScaleCatalogue) -> Iterator[tuple[App, App]]:
    first = open_app(db_path, catalogue)
    second = open_app(db_path, catalogue)
    yield first, second
    first.close()
    second.close()


def statements(app: App) -> list[str]:
    """The SQL statements ``app`` runs from now on (collected in the returned list)."""
    seen: list[str] = []

    @event.listens_for(app.engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        seen.append(statement)

    return seen


# -- a read-only database file ---------------------------------------------------------------


def assert_readable(app: App, service_uuid: str, review_uuid: str) -> None:
    """Everything a user looks at can be read."""
    assert [r.uuid for r in app.reviews.list_reviews()] == [review_uuid]
    assert [r.uuid for r in app.reviews.list_reviews(ReviewFilter(text="norr"))] == [review_uuid]
    detail = app.reviews.get_review(review_uuid)
    assert detail.notes(ITEM).score == 4
    assert detail.notes(ITEM).strengths == "Tre arbetsspecialister."
    assert [s.name for s in app.reviews.list_services()] == ["Arbetsstöd Norr"]
    assert [r.uuid for r in app.history.history(service_uuid).reviews] == [review_uuid]
    assert app.analysis.summary(include_drafts=True).reviews == 1
    assert app.ratings.reviewers(review_uuid)[0].name == "Anna"
    assert app.actions.list_actions(service_uuid) == []


def test_a_read_only_database_lists_its_reviews_and_refuses_changes_clearly(
    db_path: Path, catalogue: ScaleCatalogue, filled: tuple[str, str]
) -> None:
    service_uuid, review_uuid = filled
    before = dump(db_path)
    app = open_app(db_path, catalogue, read_only=True)
    try:
        assert app.read_only
        assert_readable(app, service_uuid, review_uuid)
        with pytest.raises(StorageError) as caught:
            app.reviews.set_score(review_uuid, ITEM, 5, expected=4)
        assert caught.value.reason == "read-only"
        assert "read-only" in str(caught.value) and "not saved" in str(caught.value)
        with pytest.raises(StorageError, match="read-only"):
            app.reviews.create_service("Ny verksamhet")
        with pytest.raises(StorageError, match="read-only"):
            app.actions.create_action(review_uuid, ITEM, "Rekrytera en arbetsspecialist till")
        # and reading still works after a refused change
        assert app.reviews.get_review(review_uuid).notes(ITEM).score == 4
    finally:
        app.close()
    assert dump(db_path) == before


def test_a_file_the_user_cannot_write_opens_for_reading(
    db_path: Path, catalogue: ScaleCatalogue, filled: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the program does for a file without write permission (simulated: the tests may run
    as root, for whom permissions do not apply)."""
    service_uuid, review_uuid = filled
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == db_path:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    app = open_app(db_path, catalogue)
    try:
        assert app.read_only
        assert_readable(app, service_uuid, review_uuid)
        with pytest.raises(StorageError, match="read-only"):
            app.reviews.set_item_text(review_uuid, ITEM, "strengths", "Ändrad.")
    finally:
        app.close()
    monkeypatch.undo()
    writable = open_app(db_path, catalogue)
    try:
        assert not writable.read_only
        writable.reviews.set_score(review_uuid, ITEM, 5, expected=4)
    finally:
        writable.close()


def test_a_backup_can_be_looked_at_read_only_without_restoring_it(
    db_path: Path, catalogue: ScaleCatalogue, filled: tuple[str, str], tmp_path: Path
) -> None:
    service_uuid, review_uuid = filled
    backup = backup_database(db_path, tmp_path / "backups", label="manual")
    before = backup.read_bytes()
    app = open_app(backup, catalogue, read_only=True)
    try:
        assert_readable(app, service_uuid, review_uuid)
    finally:
        app.close()
    assert backup.read_bytes() == before
    assert not Path(f"{backup}-wal").exists()


def test_opening_a_missing_file_read_only_says_so(tmp_path: Path,
                                                  catalogue: ScaleCatalogue) -> None:
    with pytest.raises(DatabaseOpenError, match="no database"):
        open_app(tmp_path / "missing.db", catalogue, read_only=True)
    assert not (tmp_path / "missing.db").exists()


# -- two windows -------------------------------------------------------------------------------


@pytest.mark.sqlite_only  # about the file and SQLite's own behaviour
def test_reads_begin_deferred_and_writes_take_the_lock_up_front(app: App) -> None:
    _, review_uuid = new_review(app)
    seen = statements(app)
    app.reviews.get_review(review_uuid)
    app.reviews.list_reviews()
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN", "BEGIN"]
    seen.clear()
    app.reviews.set_score(review_uuid, ITEM, 2)
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]


def test_a_read_does_not_wait_for_another_windows_unfinished_write(two: tuple[App, App]) -> None:
    first, second = two
    _, review_uuid = new_review(first)
    with second.engine.begin() as writing:  # BEGIN IMMEDIATE: holds the write lock
        writing.execute(text("UPDATE item_assessments SET score = 1"))
        # with the lock held, the first window still reads the committed state at once
        assert first.reviews.get_review(review_uuid).notes(ITEM).score == 4
        assert len(first.reviews.list_reviews()) == 1
    assert first.reviews.get_review(review_uuid).notes(ITEM).score == 1


def test_a_long_read_does_not_hold_up_a_write_in_another_window(two: tuple[App, App]) -> None:
    first, second = two
    _, review_uuid = new_review(first)
    new_review(first, "Jobbcentrum Syd")
    written: list[int | None] = []

    # in the middle of the first window's read (its transaction open, rows still to come),
    # the second window saves a score
    @event.listens_for(first.engine, "after_cursor_execute")
    def _write_meanwhile(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and not written:
            written.append(second.reviews.set_score(review_uuid, ITEM, 2, expected=4).score)

    reviews = first.reviews.list_reviews()
    event.remove(first.engine, "after_cursor_execute", _write_meanwhile)
    assert written == [2]
    assert len(reviews) == 2
    assert first.reviews.get_review(review_uuid).notes(ITEM).score == 2
