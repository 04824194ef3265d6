"""Backups of the database and restoring one: what "Back up now" and "Restore from backup…" do.

``BackupService`` works on a database path, so it also serves when the database cannot be
opened (a damaged file at start: restore the backup the ``DatabaseOpenError`` names).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from fidelity_app.paths import backups_dir
from fidelity_app.services.errors import BackupError
from fidelity_app.services.integrity import IntegrityGate
from fidelity_app.services.storage_errors import translating_open_errors
from fidelity_app.storage import backup as store
from fidelity_app.storage.database import verify_database
from fidelity_app.storage.errors import DatabaseError
from fidelity_app.storage.restore import RestoreOutcome, check_backup_file, restore_database


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (UTC), why (``auto``, ``manual``, ``before-upgrade``,
    ``before-restore``) and its size in bytes."""

    path: Path
    created_at: datetime
    label: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which file was restored, and where the replaced database is kept
    (``previous_backup`` for a healthy one, ``set_aside`` for a damaged one moved untouched)."""

    restored_from: Path
    previous_backup: Path | None
    set_aside: Path | None


def _info(backup: store.BackupFile) -> BackupInfo:
    try:
        size = backup.path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(backup.path, backup.created_at, backup.label, size)


class BackupService:
    """Backups of one database file, kept in a rotating set beside it."""

    def __init__(self, db_path: Path, engine: Engine | None = None, keep: int = store.KEEP,
                 gate: IntegrityGate | None = None, on_server: bool = False):
        self.db_path = Path(db_path)
        # a database on a server is the server's to back up (pg_dump) and to check
        self.on_server = on_server
        self.folder = backups_dir(self.db_path)
        self.keep = keep
        self._engine = engine
        self._gate = gate

    def list_backups(self) -> list[BackupInfo]:
        """The backups of this database, newest first (none on a server)."""
        if self.on_server:
            return []
        try:
            return [_info(b) for b in store.list_backups(self.db_path, self.folder)]
        except OSError as exc:
            raise BackupError("backups_not_listed", reason=exc.strerror or exc) from None

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup that opens as a healthy database, if any."""
        if self.on_server:
            return None
        good = store.newest_good_backup(self.db_path, self.folder)
        return None if good is None else _info(good)

    def backup_now(self) -> BackupInfo:
        """Make a backup now (label ``manual``); it is checked before it counts."""
        if self.on_server:
            raise BackupError("backup_on_server")
        if not self.db_path.is_file() or self.db_path.stat().st_size == 0:
            raise BackupError("no_database_to_back_up", path=self.db_path)
        try:
            path = store.backup_database(
                self.db_path, self.folder, label="manual", keep=self.keep
            )
        except (OSError, sqlite3.Error) as exc:
            raise BackupError("backup_failed", reason=exc) from None
        return next(b for b in self.list_backups() if b.path == path)

    def backup_if_due(self) -> Path | None:
        """The daily automatic backup: made only when the newest is older than a day."""
        if self.on_server:
            return None
        return store.backup_if_due(self.db_path, self.folder, keep=self.keep)

    def verify(self) -> None:
        """The full integrity check of the database (it reads the whole file).

        Raises ``DatabaseOpenError`` naming the newest good backup (``.backup``) when the file
        is damaged; the caller then stops editing and offers ``restore(error.backup)``. With
        the program's own services it is the check writes wait for (see ``IntegrityGate``).
        """
        if self.on_server:
            return  # PostgreSQL checks its own pages as it reads them
        with translating_open_errors(self.db_path):
            if self._gate is not None:
                self._gate.check()
            else:
                verify_database(self.db_path)

    def check(self, path: str | Path) -> None:
        """Raise ``BackupError`` unless ``path`` is a healthy database this program can use."""
        try:
            check_backup_file(Path(path))
        except DatabaseError as exc:
            raise BackupError("cannot_restore_file", reason=exc.message) from None

    def restore(self, path: str | Path) -> RestoreResult:
        """Put the backup at ``path`` in place of the database, keeping the current one first.

        The current database is backed up (or, when it is damaged, moved aside untouched);
        the program's own connections are closed and reopen on the restored data. Views
        showing data must reload afterwards.
        """
        if self.on_server:
            raise BackupError("backup_on_server")
        if self._engine is not None:
            self._engine.dispose()
        try:
            outcome: RestoreOutcome = restore_database(Path(path), self.db_path, keep=self.keep)
        except (DatabaseError, OSError) as exc:
            reason = exc.message if isinstance(exc, DatabaseError) else exc.strerror or exc
            raise BackupError("restore_failed", reason=reason) from None
        finally:
            if self._engine is not None:
                self._engine.dispose()
        if self._gate is not None:
            self._gate.checked_by_restore()
        return RestoreResult(outcome.restored_from, outcome.previous_backup, outcome.set_aside)
