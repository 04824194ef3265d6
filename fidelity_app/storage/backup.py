"""Backups with SQLite's online backup API (never a file copy of a live database).

A backup of ``<folder>/fidelity.db`` is ``<backups>/fidelity-<UTC stamp>-<label>.db``: one
self-contained file (rollback journal, no ``-wal``), checked after writing, kept in a rotating
set of the newest ``KEEP``. The name carries the database's own name, so two databases in one
folder never prune each other's backups.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP = 10
DAILY = timedelta(days=1)
BACKUP_SUFFIX = ".db"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
LABELS = ("auto", "manual", "before-upgrade", "before-restore")

log = logging.getLogger("fidelity_app.storage")


class BackupFailedError(OSError):
    """A backup could not be written or did not read back as a healthy database."""


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: where, when (UTC) and why it was made."""

    path: Path
    created_at: datetime
    label: str


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
        re.escape(source.stem) + r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<label>[a-z][a-z-]*)"
        + re.escape(BACKUP_SUFFIX)
    )


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
    (``None``: delete none now; the caller prunes later).

    The copy is written under a hidden temporary name, checked, synced and renamed, so a
    half-written backup never looks like a good one.
    """
    if label not in LABELS:
        raise ValueError(f"unknown backup label {label!r}")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    final = folder / f"{source.stem}-{stamp}-{label}{BACKUP_SUFFIX}"
    partial = folder / f".{final.name}.partial"
    copy_database(source, partial)
    os.replace(partial, final)
    fsync_dir(folder)
    if keep is not None:
        prune_backups(source, folder, keep)
    return final


def list_backups(source: Path, folder: Path) -> list[BackupFile]:
    """The backups of the database ``source`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(source)
    found: list[BackupFile] = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(BackupFile(path, created, match["label"]))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def prune_backups(
    source: Path, folder: Path, keep: int = KEEP, *, protect: frozenset[Path] = frozenset()
) -> None:
    """Delete all but the newest ``keep`` backups of ``source`` (and stale partial copies);
    the files in ``protect`` (e.g. the backup just restored) are never deleted."""
    for old in list_backups(source, folder)[keep:]:
        if old.path.resolve() not in protect:
            old.path.unlink(missing_ok=True)
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

    A failure is logged and does not stop the program: the database itself is unharmed.
    """
    backups = list_backups(source, folder)
    if backups and datetime.now(UTC) - backups[0].created_at < max_age:
        return None
    try:
        return backup_database(source, folder, label="auto", keep=keep)
    except OSError as exc:
        log.warning("automatic backup of %s failed: %s", source, exc)
        return None
