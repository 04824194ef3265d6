"""At start, a damaged or unreadable database is never overwritten, and the newest good
backup is named (and can be restored)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from fidelity_app import cli
from fidelity_app.demo import create_demo
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.backups import BackupService
from fidelity_app.services.errors import DatabaseOpenError

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in the database's folder (and its backups) with its content hash."""
    return {
        str(p.relative_to(folder)): digest(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, catalogue: ScaleCatalogue) -> bytes:
    """The bytes of a database with the demo's reviews, closed cleanly (made once)."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    app = open_app(db, catalogue)
    create_demo(app)
    app.close()
    return db.read_bytes()


@pytest.fixture
def real_database(db_path: Path, demo_db: bytes) -> Callable[..., list[Path]]:
    """Put the demo database at ``db_path`` and make ``backups`` good backups of it."""

    def make(backups: int = 1) -> list[Path]:
        db_path.write_bytes(demo_db)
        service = BackupService(db_path)
        return [service.backup_now().path for _ in range(backups)]

    return make


def corrupt_middle(db: Path, pages: int = 3) -> None:
    """Overwrite whole pages in the middle of the file with a byte pattern."""
    data = bytearray(db.read_bytes())
    middle = len(data) // 2 // PAGE * PAGE
    data[middle:middle + pages * PAGE] = b"\xa5\x5a" * (pages * PAGE // 2)
    db.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_untouched_and_the_newest_good_backup_named(
    db_path: Path, catalogue: ScaleCatalogue,
    real_database: Callable[..., list[Path]],
) -> None:
    older, newer = real_database(backups=2)
    corrupt_middle(db_path)
    state = folder_state(db_path.parent)

    with pytest.raises(DatabaseOpenError) as caught:
        open_app(db_path, catalogue)

    error = caught.value
    assert error.backup == newer and error.path == db_path
    message = str(error)
    assert "damaged" in message and str(db_path) in message and str(newer) in message
    assert "not changed" in message and "restore" in message
    assert folder_state(db_path.parent) == state  # byte-identical, and no backup of it made


def test_the_newest_backup_is_skipped_when_it_is_damaged_too(
    db_path: Path, catalogue: ScaleCatalogue,
    real_database: Callable[..., list[Path]],
) -> None:
    older, newer = real_database(backups=2)
    corrupt_middle(newer)
    corrupt_middle(db_path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_app(db_path, catalogue)
    assert caught.value.backup == older


@pytest.mark.parametrize(
    "content",
    [b"These are my notes, not a database.\n" * 300, b"\x00" * 8192, b"SQLite format 3\x00" + b"x"],
    ids=["text", "zeros", "truncated-header"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(
    db_path: Path, catalogue: ScaleCatalogue, content: bytes
) -> None:
    db_path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as caught:
        open_app(db_path, catalogue)
    assert db_path.read_bytes() == content
    assert caught.value.backup is None
    assert "not a readable database" in str(caught.value) or "damaged" in str(caught.value)
    assert "no good backup" in str(caught.value)
    assert not (db_path.parent / "backups").exists()


def test_another_programs_database_is_refused_untouched(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Åsa')")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseOpenError, match="not a fidelity_app database"):
        open_app(db_path, catalogue)
    assert digest(db_path) == before


def test_the_offered_backup_restores_the_reviews(
    db_path: Path, catalogue: ScaleCatalogue,
    real_database: Callable[..., list[Path]],
) -> None:
    real_database()
    app = open_app(db_path, catalogue)
    expected = [(r.uuid, r.score.total) for r in app.reviews.list_reviews()]
    app.close()
    corrupt_middle(db_path)
    damaged = digest(db_path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_app(db_path, catalogue)
    assert caught.value.backup is not None

    # What the window's "Restore the newest good backup" does:
    result = BackupService(db_path).restore(caught.value.backup)

    assert result.set_aside is not None and digest(result.set_aside) == damaged
    app = open_app(db_path, catalogue)
    assert [(r.uuid, r.score.total) for r in app.reviews.list_reviews()] == expected
    app.close()


def test_the_command_line_reports_damage_without_a_traceback(
    db_path: Path,
    real_database: Callable[..., list[Path]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (backup,) = real_database()
    corrupt_middle(db_path)
    before = digest(db_path)
    assert cli.main(["--db", str(db_path), "reviews"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err
    assert str(backup) in err and "fidelity-app" in err and "restore" in err
    assert digest(db_path) == before


def test_the_full_check_can_run_after_the_window_is_shown(
    db_path: Path,
    catalogue: ScaleCatalogue,
    real_database: Callable[..., list[Path]],
) -> None:
    (backup,) = real_database()
    healthy = open_app(db_path, catalogue, integrity_check=False)
    healthy.backups.verify()  # passes quietly
    healthy.close()
    corrupt_table_page(db_path, "review_events")  # a page opening the file does not read
    before = digest(db_path)
    app = open_app(db_path, catalogue, integrity_check=False, daily_backup=False)
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            app.backups.verify()
    finally:
        app.close()
    assert caught.value.backup == backup and "damaged" in str(caught.value)
    assert digest(db_path) == before


def corrupt_table_page(db: Path, table: str) -> None:
    """Overwrite the root page of ``table`` (the whole table for a small one)."""
    conn = sqlite3.connect(db)
    try:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               (table,)).fetchone()
    finally:
        conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * PAGE
    data[start:start + PAGE] = b"\x0d\xff" * (PAGE // 2)
    db.write_bytes(bytes(data))
