"""Damage the quick start-up check cannot see, and an emptied database file with backups beside
it: the program says so, offers the newest good backup and writes nothing into the file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.errors import DatabaseOpenError, StorageError

ITEM = "staffing-1"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fidelity_app.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def database_with_a_foreign_wal(db: Path, catalogue: ScaleCatalogue) -> str:
    """``db`` with a backup, then the write-ahead log of a copy of it laid beside it.

    The copy changed a note of an item (only the table's page) while the database itself
    changed the item's score (the table's page and an index's page): with the copy's log
    read in, the table and the index disagree, which SQLite's quick check does not compare.
    """
    app = open_app(db, catalogue)
    service = app.reviews.create_service("Arbetsstöd Syd", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 5), reviewers=["Anna"]).uuid
    app.reviews.set_score(review, ITEM, 3)
    app.backups.backup_now()
    app.close()
    other = db.with_name("copy.db")
    shutil.copyfile(db, other)
    app = open_app(db, catalogue, daily_backup=False)
    app.reviews.set_score(review, ITEM, 5)
    app.close()
    holder = sqlite3.connect(other)  # keeps the copy's log from being merged and removed
    try:
        holder.execute("SELECT 1").fetchall()
        copy = open_app(other, catalogue, daily_backup=False)
        copy.reviews.set_item_text(review, ITEM, "strengths", "från en annan databas")
        shutil.copyfile(other.with_name("copy.db-wal"), db.with_name(db.name + "-wal"))
        copy.close()
    finally:
        holder.close()
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:  # the damage this is about: the quick check passes, the full check does not
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    finally:
        conn.close()
    return review


def test_the_command_line_refuses_a_database_with_a_foreign_wal(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    review = database_with_a_foreign_wal(db_path, catalogue)
    before = digest(db_path), digest(db_path.with_name(db_path.name + "-wal"))

    result = run_cli(db_path, "reviews")
    score = run_cli(db_path, "export", review, "--out", str(db_path.parent / "x.json"))

    assert result.returncode == 1 and score.returncode == 1
    assert "damaged" in result.stderr and "write-ahead log" in result.stderr
    assert "restore" in result.stderr and "Traceback" not in result.stderr
    assert (digest(db_path), digest(db_path.with_name(db_path.name + "-wal"))) == before


def test_the_window_refuses_a_foreign_wal_before_connecting(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    database_with_a_foreign_wal(db_path, catalogue)
    wal = db_path.with_name(db_path.name + "-wal")
    before = digest(db_path), digest(wal)

    with pytest.raises(DatabaseOpenError, match="write-ahead log") as caught:
        open_app(db_path, catalogue, integrity_check=False, daily_backup=False)  # as the GUI

    assert caught.value.backup is not None
    assert (digest(db_path), digest(wal)) == before  # the log was not merged into the file


def test_the_window_writes_nothing_before_the_full_check_has_passed(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    review = database_with_a_foreign_wal(db_path, catalogue)
    conn = sqlite3.connect(db_path)  # the mixed pages end up in the file itself, no log left
    conn.execute("SELECT count(*) FROM reviews").fetchall()
    conn.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    before = digest(db_path)
    app = open_app(db_path, catalogue, integrity_check=False, daily_backup=False)  # as the GUI
    try:
        with pytest.raises(StorageError) as caught:
            app.reviews.set_score(review, "staffing-2", 4)  # before the background check ran
        assert caught.value.reason == "damaged"
        with pytest.raises(DatabaseOpenError, match="damaged") as found:
            app.backups.verify()  # the background check reports the same damage
        assert found.value.backup is not None
        with pytest.raises(StorageError):
            app.reviews.set_summary(review, strengths="text")
    finally:
        app.close()
    assert digest(db_path) == before


def test_a_healthy_database_opened_as_the_window_does_is_written_after_the_check(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    first = open_app(db_path, catalogue)
    service = first.reviews.create_service("Arbetsstöd Öst", "Exempelkommun")
    review = first.reviews.create_review(service.uuid, kind="external",
                                         start_date=date(2026, 11, 5)).uuid
    first.close()
    app = open_app(db_path, catalogue, integrity_check=False, daily_backup=False)
    try:
        app.reviews.set_score(review, ITEM, 4)  # runs the check first, then writes
        app.backups.verify()
        assert app.reviews.get_review(review).notes(ITEM).score == 4
    finally:
        app.close()


def test_an_empty_database_file_with_backups_is_damage_not_a_new_start(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, catalogue)
    service = app.reviews.create_service("Arbetsstöd Väst", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 6)).uuid
    app.reviews.set_score(review, ITEM, 4)
    good = app.backups.backup_now()
    app.close()
    db_path.write_bytes(b"")  # e.g. a crash while the file was being copied back

    result = run_cli(db_path, "reviews")

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "empty" in result.stderr and str(good.path) in result.stderr
    assert db_path.stat().st_size == 0  # nothing was started afresh in it
    with pytest.raises(DatabaseOpenError, match="empty") as caught:
        open_app(db_path, catalogue)
    assert caught.value.backup == good.path
    assert db_path.stat().st_size == 0

    restored = run_cli(db_path, "restore", str(good.path))
    assert restored.returncode == 0, restored.stderr
    app = open_app(db_path, catalogue)
    try:
        assert app.reviews.get_review(review).notes(ITEM).score == 4
    finally:
        app.close()


def test_an_empty_file_without_backups_starts_a_new_database(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    db_path.write_bytes(b"")
    app = open_app(db_path, catalogue)
    try:
        assert app.reviews.list_reviews() == []
    finally:
        app.close()
