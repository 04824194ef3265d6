"""Opening the database at start: integrity check, backup before upgrade, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from fidelity_app.paths import backups_dir
from fidelity_app.storage.backup import backup_database
from fidelity_app.storage.engine import make_engine
from fidelity_app.storage.migrate import current_revision, needs_upgrade, upgrade


class DatabaseError(RuntimeError):
    """The database cannot be opened; the message says why. The file is left as it was."""


def check_integrity(path: Path) -> None:
    """Raise ``DatabaseError`` when the file at ``path`` is not a healthy SQLite database."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a readable database ({exc}).") from None
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise DatabaseError(f"{path} is damaged: {'; '.join(problems[:3])}")


def open_database(path: Path) -> Engine:
    """Open (creating or upgrading as needed) the database at ``path`` and return its engine."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder {path.parent} ({exc.strerror}).") from None
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_integrity(path)
    migration_engine = make_engine(path, foreign_keys=False)
    try:
        if needs_upgrade(migration_engine):
            if existed and current_revision(migration_engine) is not None:
                backup_database(path, backups_dir(path), label="before-upgrade")
            upgrade(migration_engine)
    except (sqlite3.OperationalError, OperationalError) as exc:
        raise DatabaseError(f"cannot open {path} ({exc}).") from None
    finally:
        migration_engine.dispose()
    return make_engine(path)
