"""Restoring a backup in place of the database, keeping what was there first.

The backup is checked (a healthy SQLite file with a known fidelity_app schema revision), copied
to a staging file with the backup API and upgraded there if it is older than this program, so
the chosen file itself is never changed. Then:

- a healthy current database is backed up (label ``before-restore``) and the staging copy is
  written into it with the backup API, in one transaction of the live file: its WAL and shared
  memory stay consistent, and any other window sees the restored data on its next read;
- a damaged or foreign file at the database path is never overwritten: it is moved aside
  untouched (with its ``-wal``/``-shm``/``-journal``) as ``backups/damaged-<name>-<stamp>``
  and the staging copy renamed into its place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fidelity_app.paths import backups_dir
from fidelity_app.storage.backup import (
    KEEP,
    STAMP_FORMAT,
    backup_database,
    copy_database,
    fsync_dir,
    prune_backups,
    readonly_uri,
)
from fidelity_app.storage.database import check_integrity, read_revision
from fidelity_app.storage.engine import BUSY_TIMEOUT_MS, make_engine
from fidelity_app.storage.errors import DatabaseError
from fidelity_app.storage.migrate import head_revision, needs_upgrade, upgrade

SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did: the file restored and where the previous database went."""

    restored_from: Path
    previous_backup: Path | None = None
    set_aside: Path | None = None


def check_backup_file(candidate: Path) -> str:
    """Check that ``candidate`` is a healthy fidelity_app database; return its revision."""
    if not candidate.is_file():
        raise DatabaseError("db_backup_not_a_file", path=candidate)
    check_integrity(candidate)
    revision = read_revision(candidate)
    if revision is None:
        raise DatabaseError("db_backup_empty", path=candidate)
    return revision


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        _sidecar(path, suffix).unlink(missing_ok=True)


def _is_current_database(path: Path) -> bool:
    """Whether ``path`` holds a healthy fidelity_app database this program can use."""
    try:
        check_integrity(path)
        read_revision(path)
    except DatabaseError:
        return False
    return True


def _has_content(path: Path) -> bool:
    return path.exists() and (path.is_dir() or path.stat().st_size > 0)


def _upgrade_copy(staging: Path) -> None:
    """Bring the staging copy to this program's schema, then back to one self-contained file."""
    engine = make_engine(staging, foreign_keys=False)
    try:
        if needs_upgrade(engine):
            upgrade(engine)
    finally:
        engine.dispose()
    conn = sqlite3.connect(staging)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def _match_page_size(staging: Path, live: Path) -> None:
    """The backup API cannot write into a WAL database of another page size; rebuild if so."""
    wanted = _page_size(live)
    if _page_size(staging) == wanted:
        return
    conn = sqlite3.connect(staging, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size={wanted}")
        conn.execute("VACUUM")
    finally:
        conn.close()


def _write_into(staging: Path, live: Path) -> None:
    """Replace the content of the live database with the staging copy, in one transaction."""
    src = sqlite3.connect(staging)
    try:
        dst = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            src.backup(dst)
            with contextlib.suppress(sqlite3.Error):
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def _set_aside(live: Path, folder: Path, stamp: str) -> Path:
    """Move a file that must not be overwritten (and its sidecars) into the backups folder."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"damaged-{live.stem}-{stamp}{live.suffix}"
    for suffix in SIDECARS:
        if _sidecar(live, suffix).exists():
            os.replace(_sidecar(live, suffix), _sidecar(target, suffix))
    if live.exists():
        os.replace(live, target)
    fsync_dir(folder)
    return target


def restore_database(candidate: Path, live: Path, *, keep: int = KEEP) -> RestoreOutcome:
    """Put the database backed up in ``candidate`` at ``live`` (see the module docstring).

    No connection of this process may be open on ``live`` (dispose the engine first); other
    programs may be, they wait for the write and then see the restored data.
    """
    candidate, live = Path(candidate).resolve(), Path(live).resolve()
    if candidate == live:
        raise DatabaseError("db_backup_is_live", file=candidate)
    check_backup_file(candidate)
    folder = backups_dir(live)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    staging = live.parent / f".{live.name}.restoring"
    _remove_with_sidecars(staging)
    try:
        copy_database(candidate, staging)
        _upgrade_copy(staging)
        previous = aside = None
        if _has_content(live) and _is_current_database(live):
            _match_page_size(staging, live)
            previous = backup_database(live, folder, label="before-restore", keep=None)
            _write_into(staging, live)
        else:
            if _has_content(live) or any(_sidecar(live, s).exists() for s in SIDECARS):
                aside = _set_aside(live, folder, stamp)
            os.replace(staging, live)
            fsync_dir(live.parent)
    except OSError as exc:
        raise DatabaseError("db_restore_failed", path=live, reason=exc) from None
    except sqlite3.Error as exc:
        raise DatabaseError("db_restore_failed", path=live, reason=exc) from None
    finally:
        _remove_with_sidecars(staging)
    check_integrity(live)
    if read_revision(live) != head_revision():
        raise DatabaseError("db_restored_old_schema", path=live)
    # neither the restored backup nor the safety copy this restore just made is rotated away
    kept = {candidate} if previous is None else {candidate, previous}
    prune_backups(live, folder, keep, protect=frozenset(kept))
    return RestoreOutcome(candidate, previous, aside)
