"""An export, a report or a CSV file is never written over the database, its working files or
its backups: from the command line (a real process) and through the services the window uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fidelity_app import cli
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.errors import InvalidInputError

DIGESTS = """
import hashlib, json, sys
from pathlib import Path
folder = Path(sys.argv[1])
print(json.dumps({str(p.relative_to(folder)): "" if p.name.endswith("-shm")
                  else hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}))
"""


def state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the digest of its content (the shared-memory index
    only by name: SQLite itself updates it when another program opens the database).

    Read by another process: closing a file of the database in this one would drop the
    locks of this process's open connection (POSIX locks belong to the process)."""
    out = subprocess.run([sys.executable, "-c", DIGESTS, str(folder)], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


@pytest.fixture
def stored(tmp_path: Path, catalogue: ScaleCatalogue) -> tuple[Path, str]:
    """A database in use (with its WAL and shared memory) with one review and a backup."""
    db = tmp_path / "data" / "fidelity.db"
    app = open_app(db, catalogue)
    service = app.reviews.create_service("Arbetsstöd Öst", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 2)).uuid
    app.reviews.set_score(review, "staffing-1", 4)
    app.backups.backup_now()
    app.close()
    return db, review


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fidelity_app.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def targets(db: Path) -> list[Path]:
    """Paths that name the database or what belongs to it, directly or through a link."""
    (db.parent / "backups" / "mine").mkdir()
    link = db.parent.parent / "link-to-db.db"
    link.symlink_to(db)
    linked_folder = db.parent.parent / "linked-data"
    linked_folder.symlink_to(db.parent, target_is_directory=True)
    backup = next((db.parent / "backups").glob("fidelity-*.db"))
    return [
        db, db.with_name("fidelity.db-wal"), db.with_name("fidelity.db-shm"), link,
        linked_folder / "fidelity.db", backup, db.parent / "backups" / "new.pdf",
        db.parent / "backups" / "mine" / "export.json", db.parent / "data" / ".." / "fidelity.db",
    ]


@pytest.mark.parametrize("command", [["export", "{review}"], ["report", "{review}"],
                                     ["export", "{review}", "--redact"],
                                     ["report", "{review}", "--redact"], ["export-csv"]])
def test_the_command_line_refuses_to_write_over_the_database(
    stored: tuple[Path, str], command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, review = stored
    args = [a.format(review=review) for a in command]
    app = open_app(db, daily_backup=False)  # in use by a window: its WAL and -shm exist
    try:
        assert app.reviews.get_review(review).notes("staffing-1").score == 4  # connected
        paths = targets(db)
        before = state(db.parent)
        result = run_cli(db, *args, "--out", str(db))  # a program of its own
        assert result.returncode == 1 and result.stderr.startswith("error: ")
        assert "Nothing was written" in result.stderr and "Traceback" not in result.stderr
        for out in paths:
            assert cli.main(["--db", str(db), *args, "--out", str(out)]) == 1, out
            assert "Nothing was written" in capsys.readouterr().err
        assert state(db.parent) == before
        assert app.reviews.get_review(review).notes("staffing-1").score == 4
    finally:
        app.close()
    assert cli.main(["--db", str(db), *args, "--out", str(db.parent / "out.file")]) == 0


def test_the_services_the_window_saves_through_refuse_it_too(stored: tuple[Path, str]) -> None:
    from fidelity_app.reports import write_report

    db, review = stored
    app = open_app(db, daily_backup=False)
    try:
        paths = targets(db)
        before = state(db.parent)
        for out in paths:
            with pytest.raises(InvalidInputError, match="Nothing was written"):
                app.exchange.export_review(review, out)
            with pytest.raises(InvalidInputError, match="Nothing was written"):
                app.analysis.export_csv(out)
            with pytest.raises(InvalidInputError, match="Nothing was written"):
                write_report(app, review, out)
        assert state(db.parent) == before
        assert app.reviews.get_review(review).notes("staffing-1").score == 4
    finally:
        app.close()


def test_a_hard_link_to_the_database_is_refused(stored: tuple[Path, str]) -> None:
    from fidelity_app.services.output_paths import check_output_path

    db, _ = stored
    hard = db.parent.parent / "hard.db"
    os.link(db, hard)
    with pytest.raises(InvalidInputError):
        check_output_path(db, hard)
    assert check_output_path(db, db.parent / "report.pdf") == db.parent / "report.pdf"
