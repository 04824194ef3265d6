"""Backups when the clock is set back, and when several copies of the program start at once."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from fidelity_app import cli
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.storage import backup as store
from fidelity_app.storage.backup import KEEP, list_backups

# backups of the database file
pytestmark = pytest.mark.sqlite_only


class Clock:
    """The clock the backups are dated by, set by the test."""

    moment = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


class FakeDatetime(datetime):
    """``datetime`` whose ``now`` is the test's clock."""

    @classmethod
    def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
        return Clock.moment


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> type[Clock]:
    monkeypatch.setattr(Clock, "moment", Clock.moment)  # each test starts on the same day
    monkeypatch.setattr(store, "datetime", FakeDatetime)
    return Clock


def score_of(db: Path, review: str) -> int | None:
    app = open_app(db, daily_backup=False)
    try:
        return app.reviews.get_review(review).notes("staffing-1").score
    finally:
        app.close()


def ten_days_of_use(db: Path, catalogue: ScaleCatalogue, clock: type[Clock]) -> str:
    """A review edited on ten days in a row, one automatic backup a day (ten backups)."""
    app = open_app(db, catalogue)
    service = app.reviews.create_service("Arbetsstöd Söder", "Exempelkommun")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 11, 1), reviewers=["Eva Ek"]).uuid
    app.close()
    for day in range(1, 11):
        clock.moment += timedelta(days=1)
        app = open_app(db, catalogue)
        app.reviews.set_score(review, "staffing-1", 1 + day % 5)
        app.close()
    assert [b.label for b in list_backups(db, db.parent / "backups")] == ["auto"] * KEEP
    return review


def test_daily_backups_go_on_after_the_clock_is_set_back(
    db_path: Path, catalogue: ScaleCatalogue, clock: type[Clock], caplog: pytest.LogCaptureFixture
) -> None:
    ten_days_of_use(db_path, catalogue, clock)
    before = list_backups(db_path, db_path.parent / "backups")
    clock.moment -= timedelta(days=30)  # a reset with no network to set it right

    with caplog.at_level(logging.WARNING, logger="fidelity_app.storage"):
        open_app(db_path, catalogue).close()

    after = list_backups(db_path, db_path.parent / "backups")
    assert after[0].created_at == clock.moment and after[0].number == before[0].number + 1
    assert [b.path for b in after[1:]] == [b.path for b in before[:-1]]  # the oldest went
    assert "dated in the future" in caplog.text
    open_app(db_path, catalogue).close()  # the same day again: no second backup
    assert len(list_backups(db_path, db_path.parent / "backups")) == KEEP
    assert list_backups(db_path, db_path.parent / "backups")[0] == after[0]
    clock.moment += timedelta(days=1, minutes=1)  # and the next day's backup is made
    open_app(db_path, catalogue).close()
    assert list_backups(db_path, db_path.parent / "backups")[0].created_at == clock.moment


def test_backup_now_after_the_clock_is_set_back(
    db_path: Path, catalogue: ScaleCatalogue, clock: type[Clock], capsys: pytest.CaptureFixture[str]
) -> None:
    ten_days_of_use(db_path, catalogue, clock)
    clock.moment -= timedelta(days=30)

    assert cli.main(["--db", str(db_path), "backup"]) == 0

    made = Path(capsys.readouterr().out.strip())
    assert made.is_file()
    assert list_backups(db_path, db_path.parent / "backups")[0].path == made


def test_restore_keeps_the_safety_copy_after_the_clock_is_set_back(
    db_path: Path, catalogue: ScaleCatalogue, clock: type[Clock], capsys: pytest.CaptureFixture[str]
) -> None:
    review = ten_days_of_use(db_path, catalogue, clock)
    oldest = list_backups(db_path, db_path.parent / "backups")[-1]
    clock.moment -= timedelta(days=30)
    app = open_app(db_path, catalogue, daily_backup=False)
    app.reviews.set_score(review, "staffing-1", 5)  # work done after the last backup
    app.close()

    assert cli.main(["--db", str(db_path), "restore", str(oldest.path)]) == 0

    kept = Path(capsys.readouterr().out.strip())
    assert "before-restore" in kept.name and kept.is_file()
    assert score_of(kept, review) == 5  # the work since the last backup is kept
    assert oldest.path.is_file()


WORKER = """
import sys
from pathlib import Path
from fidelity_app.services.app import open_app
from fidelity_app.services.backups import BackupService

db, go, manual = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3] == "manual"
import time
time.sleep(max(0.0, go - time.time()))
if manual:
    print(BackupService(db).backup_now().path)
else:
    open_app(db).close()
"""


def test_programs_starting_at_once_keep_each_others_backups(
    db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, catalogue)
    service = app.reviews.create_service("Arbetsstöd Väst", "Exempelkommun")
    app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 11, 1))
    app.close()
    count = 12
    go = time.time() + 4.0  # every program starts at this moment
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db_path), str(go),
             "manual" if i % 2 else "start"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for i in range(count)
    ]
    results = [p.communicate(timeout=120) for p in procs]

    assert [p.returncode for p in procs] == [0] * count, [err for _, err in results]
    assert all("backup" not in err for _, err in results), [err for _, err in results]
    backups = list_backups(db_path, db_path.parent / "backups")
    manual = {Path(out.strip()) for out, _ in results if out.strip()}
    assert len(manual) == count // 2  # each manual backup is a file of its own
    assert manual <= {b.path for b in backups}
    # at most one daily backup (none if a manual one was made first), not one each
    assert [b.label for b in backups].count("auto") <= 1
    numbers = [b.number for b in backups]
    assert numbers == sorted(set(numbers), reverse=True)
    for b in backups:
        conn = sqlite3.connect(b.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
    assert not list((db_path.parent / "backups").glob(".*.partial"))


def test_a_backup_of_the_former_naming_still_counts(app: App) -> None:
    folder = app.db_path.parent / "backups"
    former = store.backup_database(app.db_path, folder, label="manual")
    old_name = folder / f"{app.db_path.stem}-20261001T080000000000Z-manual.db"
    former.rename(old_name)
    made = app.backups.backup_now()
    assert [b.path for b in app.backups.list_backups()] == [made.path, old_name]
