"""Backups with SQLite's online backup API (never a file copy of a live database).

A backup of ``<folder>/fidelity.db`` is ``<backups>/fidelity-<number>-<UTC stamp>-<label>.db``:
one self-contained file (rollback journal, no ``-wal``), checked after writing, kept in a
rotating set of the newest ``KEEP``. The name carries the database's own name, so two databases
in one folder never prune each other's backups.

Backups are ordered by their number, which counts up with each backup, never by their time:
a clock set back (a reset laptop with no network) cannot make a new backup look old. Making and
pruning backups holds a lock file in the backups folder, so several copies of the program
starting at once never number two backups alike or delete each other's copy in progress.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP = 10
DAILY = timedelta(days=1)
BACKUP_SUFFIX = ".db"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
LABELS = ("auto", "manual", "before-upgrade", "before-restore")
#: How far ahead of the clock a backup may be dated before it is taken as a sign that the clock
#: was set back (a warning; the backup is still kept and a new one made when due).
CLOCK_SLACK = timedelta(minutes=5)

log = logging.getLogger("fidelity_app.storage")


class BackupFailedError(OSError):
    """A backup could not be written or did not read back as a healthy database."""


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: where, when (UTC, by the clock of the time), why it was made and
    its number (``0`` for a backup named before backups were numbered)."""

    path: Path
    created_at: datetime
    label: str
    number: int = 0


def utc_now() -> datetime:
    """The time backups are dated by (for people: their order is their number)."""
    return datetime.now(UTC)


def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only (safe for any characters in the path).

    A WAL database in a folder that cannot be written (a read-only drive or share) has no
    ``-shm`` file and cannot get one, so SQLite could not read it; it is then opened as
    immutable: nobody can write it through that folder anyway.
    """
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri


def _pattern(source: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(source.stem)
        + r"-(?:(?P<number>\d{6,})-)?(?P<stamp>\d{8}T\d{12}Z)-(?P<label>[a-z][a-z-]*)"
        + re.escape(BACKUP_SUFFIX)
    )


@contextlib.contextmanager
def backup_lock(source: Path, folder: Path) -> Iterator[None]:
    """Hold the lock on the backups of ``source`` in ``folder`` (waiting for another program
    that holds it). Taken once per action: it is not re-entrant."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / f".{source.stem}.lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        _lock_file(fd)
        yield
    finally:
        os.close(fd)  # closing the file releases the lock


def _lock_file(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        while True:  # LK_LOCK gives up after about ten seconds: keep waiting
            with contextlib.suppress(OSError):
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible on every platform)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check of an open database: the problems found (empty when healthy)."""
    return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]


def full_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's full integrity check of an open database: the problems found (empty when
    healthy). Unlike the quick check it also compares every index with its table, so rows
    the indexes do not match (e.g. pages mixed in from another database's WAL) are found."""
    return [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"]


def copy_database(source: Path, target: Path) -> None:
    """Copy a (possibly live) database to a new file ``target`` with the backup API.

    The copy uses a rollback journal, so it is one self-contained file, and is checked with
    ``PRAGMA quick_check``; a copy that fails is removed and ``BackupFailedError`` raised.
    """
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                problems = quick_check(dst)
            finally:
                dst.close()
        finally:
            src.close()
        if problems:
            raise BackupFailedError(f"the copy is damaged: {'; '.join(problems[:3])}")
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            leftover = target.with_name(target.name + suffix)
            leftover.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise BackupFailedError(str(exc)) from exc
        raise


def backup_database(
    source: Path, folder: Path, *, label: str = "auto", keep: int | None = KEEP
) -> Path:
    """Back up the database at ``source`` into ``folder``; keep the newest ``keep`` backups
    (``None``: delete none now; the caller prunes later). The new backup is never pruned.

    The copy is written under a hidden temporary name, checked, synced and renamed, so a
    half-written backup never looks like a good one.
    """
    if label not in LABELS:
        raise ValueError(f"unknown backup label {label!r}")
    with backup_lock(source, folder):
        return _backup_locked(source, folder, label=label, keep=keep)


def _backup_locked(source: Path, folder: Path, *, label: str, keep: int | None) -> Path:
    """``backup_database`` while holding the backup lock."""
    _remove_partials(source, folder)  # left by a program that stopped half-way
    existing = list_backups(source, folder)
    number = existing[0].number + 1 if existing else 1
    stamp = utc_now().strftime(STAMP_FORMAT)
    final = folder / f"{source.stem}-{number:06d}-{stamp}-{label}{BACKUP_SUFFIX}"
    partial = folder / f".{final.name}.partial"
    copy_database(source, partial)
    os.replace(partial, final)
    fsync_dir(folder)
    if keep is not None:
        _prune_locked(source, folder, keep, frozenset({final.resolve()}))
    return final


def list_backups(source: Path, folder: Path) -> list[BackupFile]:
    """The backups of the database ``source`` in ``folder``, newest (highest number) first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(source)
    found: list[BackupFile] = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(BackupFile(path, created, match["label"], int(match["number"] or 0)))
    return sorted(found, key=lambda b: (b.number, b.created_at), reverse=True)


def prune_backups(
    source: Path, folder: Path, keep: int = KEEP, *, protect: frozenset[Path] = frozenset()
) -> None:
    """Delete all but the newest ``keep`` backups of ``source`` (and stale partial copies);
    the files in ``protect`` (e.g. the backup just restored) are never deleted."""
    if not folder.is_dir():
        return
    with backup_lock(source, folder):
        _prune_locked(source, folder, keep, frozenset(p.resolve() for p in protect))


def _prune_locked(source: Path, folder: Path, keep: int, protect: frozenset[Path]) -> None:
    for old in list_backups(source, folder)[keep:]:
        if old.path.resolve() not in protect:
            old.path.unlink(missing_ok=True)
    _remove_partials(source, folder)


def _remove_partials(source: Path, folder: Path) -> None:
    """Delete partial copies left by a backup that stopped half-way (only under the lock:
    then no backup is in progress)."""
    for partial in folder.glob(f".{source.stem}-*.partial"):
        partial.unlink(missing_ok=True)


def is_healthy(path: Path) -> bool:
    """Whether the file at ``path`` opens as an SQLite database and passes the quick check."""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return not quick_check(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def newest_good_backup(source: Path, folder: Path) -> BackupFile | None:
    """The newest backup of ``source`` that is a healthy database, if any."""
    for backup in list_backups(source, folder):
        if is_healthy(backup.path):
            return backup
    return None


def backup_if_due(
    source: Path, folder: Path, *, max_age: timedelta = DAILY, keep: int = KEEP
) -> Path | None:
    """Back up ``source`` when its newest backup is older than ``max_age`` (or missing).

    A newest backup dated in the future means the clock was set back: that is logged as a
    warning and a backup is made now (it gets the next number, so it counts as the newest).
    A failure is logged and does not stop the program: the database itself is unharmed.
    """
    try:
        with backup_lock(source, folder):
            if not _due(source, folder, max_age):
                return None
            return _backup_locked(source, folder, label="auto", keep=keep)
    except OSError as exc:
        log.warning("automatic backup of %s failed: %s", source, exc)
        return None


def _due(source: Path, folder: Path, max_age: timedelta) -> bool:
    """Whether the newest backup of ``source`` is older than ``max_age`` (or missing)."""
    backups = list_backups(source, folder)
    if not backups:
        return True
    age = utc_now() - backups[0].created_at
    if age < -CLOCK_SLACK:
        log.warning(
            "the newest backup of %s (%s) is dated in the future: the computer's clock was "
            "probably set back; a new backup is made now", source, backups[0].path.name,
        )
        return True
    return age >= max_age
