"""Backups (online backup API, rotation, daily at start) and restoring one safely."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from fidelity_app import cli
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.backups import BackupService
from fidelity_app.services.errors import BackupError
from fidelity_app.storage.backup import KEEP, STAMP_FORMAT, list_backups

# backups of the database file (a server's: tests/test_server_engine.py)
pytestmark = pytest.mark.sqlite_only


def rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read through a fresh connection (WAL included)."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(app: App, score: int = 4, text: str = "Anteckning från platsbesöket") -> str:
    service = app.reviews.create_service("Arbetsstöd Norr", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 10, 14),
                                       reviewers=["Anna Andersson"])
    app.reviews.set_score(review.uuid, "staffing-1", score)
    app.reviews.set_item_text(review.uuid, "staffing-1", "strengths", text)
    return review.uuid


def age_backup(path: Path, days: float) -> Path:
    """Rename a backup as if it had been made ``days`` ago."""
    stem, number, _stamp, label = path.stem.split("-", 3)
    old = (datetime.now(UTC) - timedelta(days=days)).strftime(STAMP_FORMAT)
    target = path.with_name(f"{stem}-{number}-{old}-{label}{path.suffix}")
    path.rename(target)
    return target


def test_backup_now_copies_committed_data_still_in_the_wal(app: App) -> None:
    review = fill(app)
    wal = app.db_path.with_name(app.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the edits are not checkpointed yet
    info = app.backups.backup_now()
    assert info.label == "manual" and info.path.parent == app.db_path.parent / "backups"
    assert info.size == info.path.stat().st_size > 0
    assert rows(info.path) == rows(app.db_path)
    # one self-contained file: rollback journal, no -wal beside it
    assert not info.path.with_name(info.path.name + "-wal").exists()
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert app.backups.list_backups()[0] == info
    assert app.reviews.get_review(review).notes("staffing-1").score == 4


def test_backups_rotate_keeping_the_newest_ten(app: App) -> None:
    fill(app)
    made = [app.backups.backup_now().path for _ in range(KEEP + 2)]
    kept = [b.path for b in app.backups.list_backups()]
    assert KEEP == 10 and len(kept) == KEEP
    assert kept == list(reversed(made))[:KEEP]
    assert not made[0].exists() and not made[1].exists()


def test_two_databases_in_one_folder_keep_their_own_backups(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    one = open_app(tmp_path / "one.db", catalogue)
    other = open_app(tmp_path / "other.db", catalogue)
    try:
        fill(one)
        mine = [one.backups.backup_now().path for _ in range(3)]
        for _ in range(KEEP + 1):
            other.backups.backup_now()
        assert [b.path for b in one.backups.list_backups()] == list(reversed(mine))
        assert len(other.backups.list_backups()) == KEEP
    finally:
        one.close()
        other.close()


def test_a_daily_backup_is_made_at_start_when_the_last_is_a_day_old(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, catalogue)
    fill(app)
    assert app.backups.list_backups() == []  # a new database has nothing to keep yet
    app.close()
    app = open_app(db_path, catalogue)
    (first,) = app.backups.list_backups()
    assert first.label == "auto" and rows(first.path) == rows(db_path)
    app.close()
    open_app(db_path, catalogue).close()
    assert len(list_backups(db_path, db_path.parent / "backups")) == 1  # not again today
    age_backup(first.path, days=1.1)
    open_app(db_path, catalogue).close()
    backups = list_backups(db_path, db_path.parent / "backups")
    assert [b.label for b in backups] == ["auto", "auto"]
    assert datetime.now(UTC) - backups[0].created_at < timedelta(minutes=5)


def test_the_daily_backup_can_wait_until_the_window_is_shown(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    first = open_app(db_path, catalogue)
    fill(first)
    first.close()
    app = open_app(db_path, catalogue, daily_backup=False)
    assert app.backups.list_backups() == []
    made = app.backups.backup_if_due()
    assert made is not None and app.backups.backup_if_due() is None
    app.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_database(app: App) -> None:
    review = fill(app, score=4, text="före")
    good = app.backups.backup_now()
    before = rows(app.db_path)
    app.reviews.set_score(review, "staffing-1", 1)
    app.reviews.set_item_text(review, "staffing-1", "strengths", "efter")
    changed = rows(app.db_path)
    backup_digest = digest(good.path)

    result = app.backups.restore(good.path)

    assert rows(app.db_path) == before
    # the same App reads the restored data on its next call
    notes = app.reviews.get_review(review).notes("staffing-1")
    assert (notes.score, notes.strengths) == (4, "före")
    assert result.previous_backup is not None and result.set_aside is None
    assert rows(result.previous_backup) == changed  # nothing is lost by restoring
    assert [b.label for b in app.backups.list_backups()][:2] == ["before-restore", "manual"]
    assert digest(good.path) == backup_digest  # the chosen backup itself is untouched
    assert not list(app.db_path.parent.glob(".*restoring*"))
    # and the program keeps working on it
    app.reviews.set_score(review, "staffing-1", 5)
    assert app.reviews.get_review(review).notes("staffing-1").score == 5


def test_a_restore_is_seen_by_another_open_window(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    first, second = open_app(db_path, catalogue), open_app(db_path, catalogue)
    try:
        review = fill(first, score=2)
        good = first.backups.backup_now()
        first.reviews.set_score(review, "staffing-1", 3)
        assert second.reviews.get_review(review).notes("staffing-1").score == 3
        first.backups.restore(good.path)
        assert second.reviews.get_review(review).notes("staffing-1").score == 2
        second.reviews.set_score(review, "staffing-1", 5, expected=2)
        assert first.reviews.get_review(review).notes("staffing-1").score == 5
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            conn.close()
    finally:
        first.close()
        second.close()


def make_foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('not ours')")
    conn.commit()
    conn.close()
    return path


def make_too_new(app: App, path: Path) -> Path:
    copy = app.backups.backup_now().path.rename(path)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    return copy


def make_damaged(app: App, path: Path) -> Path:
    data = bytearray(app.backups.backup_now().path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 3 * 4096] = b"\xa5" * (3 * 4096)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("text", "not a readable database"),
        ("empty-sqlite", "empty database"),
        ("foreign", "not a fidelity_app database"),
        ("too-new", "newer version"),
        ("damaged", "damaged"),
        ("missing", "not a file"),
        ("itself", "the database itself"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_good_backup(
    app: App, tmp_path: Path, kind: str, message: str
) -> None:
    fill(app)
    candidate = tmp_path / f"{kind}.db"
    if kind == "text":
        candidate.write_text("just some notes\n" * 500)
    elif kind == "empty-sqlite":
        conn = sqlite3.connect(candidate)
        conn.execute("PRAGMA user_version = 1")  # a valid SQLite file without tables
        conn.close()
    elif kind == "foreign":
        make_foreign(candidate)
    elif kind == "too-new":
        make_too_new(app, candidate)
    elif kind == "damaged":
        make_damaged(app, candidate)
    elif kind == "itself":
        candidate = app.db_path
    before, backups = rows(app.db_path), app.backups.list_backups()
    # (the live database itself is checked by its rows: closing it checkpoints the WAL)
    candidate_digest = digest(candidate) if kind not in ("missing", "itself") else None
    with pytest.raises(BackupError, match=message):
        app.backups.restore(candidate)
    assert rows(app.db_path) == before
    assert app.backups.list_backups() == backups  # nothing rotated away either
    if candidate_digest is not None:
        assert digest(candidate) == candidate_digest


def test_restoring_over_a_damaged_database_moves_it_aside_untouched(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, catalogue)
    review = fill(app)
    good = app.backups.backup_now()
    app.close()
    make_damaged_in_place(db_path)
    damaged = digest(db_path)

    result = BackupService(db_path).restore(good.path)

    assert result.previous_backup is None and result.set_aside is not None
    assert digest(result.set_aside) == damaged
    assert result.set_aside.parent == db_path.parent / "backups"
    assert good.path in [b.path for b in BackupService(db_path).list_backups()]
    assert result.set_aside not in [b.path for b in BackupService(db_path).list_backups()]
    app = open_app(db_path, catalogue)
    assert app.reviews.get_review(review).notes("staffing-1").score == 4
    app.close()


def make_damaged_in_place(db: Path) -> None:
    for suffix in ("-wal", "-shm"):
        assert not db.with_name(db.name + suffix).exists()  # closed cleanly: all in the file
    data = bytearray(db.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 2 * 4096] = os.urandom(2 * 4096)
    db.write_bytes(bytes(data))


def test_restore_into_a_path_with_no_database_yet(
    tmp_path: Path, app: App, catalogue: ScaleCatalogue
) -> None:
    review = fill(app)
    good = app.backups.backup_now()
    fresh = tmp_path / "elsewhere" / "fidelity.db"
    fresh.parent.mkdir()
    result = BackupService(fresh).restore(good.path)
    assert result.previous_backup is None and result.set_aside is None
    other = open_app(fresh, catalogue)
    assert other.reviews.get_review(review).notes("staffing-1").score == 4
    other.close()


def test_backup_now_without_a_database(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        BackupService(tmp_path / "none.db").backup_now()


def test_cli_backup_and_restore(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    review = fill(app, score=3)
    app.close()
    db = str(app.db_path)
    assert cli.main(["--db", db, "backup"]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.is_file() and backup.parent == app.db_path.parent / "backups"

    changed = open_app(db)
    changed.reviews.set_score(review, "staffing-1", 5)
    changed.close()
    assert cli.main(["--db", db, "backup", "--list"]) == 0
    listed = capsys.readouterr().out
    assert str(backup) in listed and "manual" in listed

    assert cli.main(["--db", db, "restore", str(backup)]) == 0
    captured = capsys.readouterr()
    kept = Path(captured.out.strip())
    assert "restored" in captured.err and kept.is_file() and "before-restore" in kept.name
    restored = open_app(db)
    assert restored.reviews.get_review(review).notes("staffing-1").score == 3
    restored.close()

    assert cli.main(["--db", db, "restore", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_a_folder_name_with_url_characters_is_used_as_it_is(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    folder = tmp_path / "Mina filer #1 ?100% åäö"
    folder.mkdir()
    db = folder / "data base.db"
    app = open_app(db, catalogue)
    review = fill(app)
    app.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # nothing elsewhere
    app = open_app(db, catalogue)
    try:
        assert db.is_file() and app.reviews.get_review(review).notes("staffing-1").score == 4
        (daily,) = app.backups.list_backups()
        app.reviews.set_score(review, "staffing-1", 1)
        app.backups.restore(daily.path)
        assert app.reviews.get_review(review).notes("staffing-1").score == 4
    finally:
        app.close()


def test_restoring_the_oldest_backup_does_not_rotate_it_away(app: App) -> None:
    review = fill(app, score=2)
    oldest = app.backups.backup_now().path
    app.reviews.set_score(review, "staffing-1", 5)
    for _ in range(KEEP - 1):
        app.backups.backup_now()
    assert app.backups.list_backups()[-1].path == oldest  # the set is full

    app.backups.restore(oldest)

    assert oldest.is_file()
    labels = [b.label for b in app.backups.list_backups()]
    assert labels[0] == "before-restore" and len(labels) == KEEP + 1
    assert app.reviews.get_review(review).notes("staffing-1").score == 2
    app.backups.backup_now()  # the next backup rotates as usual
    assert len(app.backups.list_backups()) == KEEP
