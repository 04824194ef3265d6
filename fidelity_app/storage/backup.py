"""Backups with SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUP_PREFIX = "fidelity-"
BACKUP_SUFFIX = ".db"


def backup_database(source: Path, folder: Path, *, label: str = "auto", keep: int = 10) -> Path:
    """Copy the database at ``source`` into ``folder`` consistently; keep the newest ``keep``.

    The copy is written under a temporary name, synced and renamed, so a half-written backup
    never looks like a good one.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{BACKUP_PREFIX}{stamp}-{label}{BACKUP_SUFFIX}"
    partial = final.with_suffix(".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, final)
    prune_backups(folder, keep)
    return final


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}")
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune_backups(folder: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups."""
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
