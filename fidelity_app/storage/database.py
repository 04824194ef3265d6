"""Opening the database at start: integrity check, backup before upgrade, migrations.

Nothing here writes to a file that fails a check: a damaged, foreign or too-new database is
only ever opened read-only, and the error names the newest good backup when there is one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from fidelity_app.messages import Message, message
from fidelity_app.paths import backups_dir
from fidelity_app.storage.backup import (
    backup_database,
    backup_if_due,
    full_check,
    newest_good_backup,
    readonly_uri,
)
from fidelity_app.storage.engine import make_engine
from fidelity_app.storage.errors import (
    DatabaseError,
    ForeignDatabaseError,
    sqlite_failure,
)
from fidelity_app.storage.migrate import (
    current_head,
    known_revisions,
    needs_upgrade,
    too_new_error,
    upgrade,
)

__all__ = [
    "DatabaseError",
    "check_integrity",
    "has_pending_wal",
    "is_read_only",
    "open_database",
    "read_revision",
    "refuse_empty_with_backups",
    "verify_database",
]


def check_integrity(path: Path) -> None:
    """Raise ``DatabaseError`` when the file at ``path`` is not a healthy SQLite database.

    This is SQLite's full integrity check (tables and the indexes the program relies on),
    read-only. When it fails and a write-ahead log lies beside the file while the file alone
    is healthy, the log is what does not fit (left from another database, or damaged) and the
    message says so; the file and its log are left as they are.
    """
    try:
        problems = _problems(path)
    except sqlite3.Error as exc:
        if sqlite_failure(exc) == "damaged" and "not a database" not in str(exc):
            raise DatabaseError("db_damaged", path=path, detail=exc,
                                wal=_wal_note(path)) from None
        raise DatabaseError("db_not_readable", path=path, detail=exc) from None
    if problems:
        raise DatabaseError("db_damaged_list", path=path, problems="; ".join(problems[:3]),
                            wal=_wal_note(path))


def _problems(path: Path, *, without_wal: bool = False) -> list[str]:
    """The problems SQLite's full check finds in the database at ``path`` (read-only);
    ``without_wal`` reads the file alone, as if no write-ahead log lay beside it."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1" if without_wal else readonly_uri(path)
    conn = sqlite3.connect(uri, uri=True)
    try:
        return full_check(conn)
    finally:
        conn.close()


def _wal_note(path: Path) -> Message | str:
    """A sentence blaming the write-ahead log beside ``path`` when the file alone is healthy
    (SQLite reads an "immutable" file without its log, and changes neither)."""
    wal = path.with_name(path.name + "-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0 or _problems(path, without_wal=True):
            return ""
    except (OSError, sqlite3.Error):
        return ""
    return message("db_wal_not_its_own", wal=wal.name)


def read_revision(path: Path) -> str | None:
    """The schema revision of the fidelity_app database at ``path``, read without writing.

    ``None`` for a file with no tables yet. Raises ``DatabaseError`` for an SQLite database of
    some other program and ``DatabaseTooNewError`` for a revision this program does not know.
    """
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")}
            rows = (
                conn.execute("SELECT version_num FROM alembic_version").fetchall()
                if "alembic_version" in tables
                else []
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError("db_not_readable", path=path, detail=exc) from None
    if "alembic_version" not in tables:
        if tables:
            raise ForeignDatabaseError("db_foreign", path=path)
        return None
    if not rows:
        return None
    revision = str(rows[0][0])
    if revision != current_head() and revision not in known_revisions():
        raise too_new_error(revision)
    return revision


def _with_advice(exc: DatabaseError, path: Path) -> DatabaseError:
    """The same error, adding that the file was not changed and which backup can replace it."""
    good = newest_good_backup(path, backups_dir(path))
    if good is None:
        return DatabaseError("db_no_good_backup", path=path, problem=exc.message)
    when = good.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return DatabaseError("db_good_backup", path=path, backup=good.path, problem=exc.message,
                         when=when, good=good.path)


def verify_database(path: Path) -> None:
    """The integrity check of an existing database, raising ``DatabaseError`` that says the
    file was not changed and names the newest good backup (``.backup``) when it fails."""
    try:
        check_integrity(path)
    except DatabaseError as exc:
        raise _with_advice(exc, path) from None


def has_pending_wal(path: Path) -> bool:
    """Whether a write-ahead log with content lies beside the database at ``path`` (left by
    a program that did not close it, or in use by another one). SQLite reads it into every
    connection and merges it into the file when the last one closes, so such a database is
    checked in full before the program connects to it."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def is_read_only(path: Path) -> bool:
    """Whether the existing database file at ``path`` cannot be written by this user (or its
    folder, where SQLite keeps the file's write-ahead log, cannot)."""
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def open_database(
    path: Path, *, daily_backup: bool = True, integrity_check: bool = True,
    read_only: bool = False,
) -> Engine:
    """Open (creating or upgrading as needed) the database at ``path`` and return its engine.

    An existing file is checked first (integrity, then schema revision) with read-only
    connections. It is backed up before any upgrade (the backup is checked, so a damaged file
    is never upgraded), and once a day when ``daily_backup``. ``integrity_check=False`` skips
    the full check (it reads the whole file) for a caller that runs ``verify_database`` itself
    soon after, e.g. in the background once the window is shown.

    ``read_only=True`` opens an existing, current database for reading only: nothing is
    written (no upgrade, no backup) and every write fails with SQLite's "readonly" error.
    """
    if read_only:
        return _open_read_only(path, integrity_check=integrity_check)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError("db_no_folder", path=path, folder=path.parent,
                            reason=exc.strerror or exc) from None
    existed = path.exists() and (path.is_dir() or path.stat().st_size > 0)
    if path.is_file() and not existed:
        refuse_empty_with_backups(path)
    revision = None
    if existed:
        if integrity_check:
            verify_database(path)
        try:
            revision = read_revision(path)
        except DatabaseError as exc:
            if type(exc) is not DatabaseError:  # too new or foreign: no backup to offer
                raise
            raise _with_advice(exc, path) from None
    if revision is not None and revision == current_head():
        return _opened(path, daily_backup=daily_backup)  # up to date: no migration to run
    migration_engine = make_engine(path, foreign_keys=False)
    try:
        if needs_upgrade(migration_engine):
            if revision is not None:
                try:
                    backup_database(path, backups_dir(path), label="before-upgrade")
                except OSError as exc:
                    raise DatabaseError("db_no_backup_before_upgrade", path=path,
                                        reason=exc) from None
            upgrade(migration_engine)
    except (sqlite3.Error, DBAPIError) as exc:
        original = getattr(exc, "orig", None) or exc
        failure = sqlite_failure(original)
        why = message(f"failure_{failure.replace('-', '_')}") if failure else str(original)
        raise DatabaseError("db_cannot_open", path=path, why=why) from None
    finally:
        migration_engine.dispose()
    return _opened(path, daily_backup=daily_backup and existed)


def refuse_empty_with_backups(path: Path) -> None:
    """An empty file where a database is expected is damage when backups of it exist (the
    contents were lost, e.g. by a crash while copying): say so and name the newest good
    backup instead of starting afresh. With no backups it is a new database."""
    if newest_good_backup(path, backups_dir(path)) is None:
        return
    raise _with_advice(DatabaseError("db_emptied", path=path), path)


def _opened(path: Path, *, daily_backup: bool) -> Engine:
    """The engine of a database ready for use, after the daily backup when asked for."""
    if daily_backup:
        backup_if_due(path, backups_dir(path))
    return make_engine(path)


def _open_read_only(path: Path, *, integrity_check: bool) -> Engine:
    """The engine of ``open_database(read_only=True)``."""
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError("db_none_to_read", path=path)
    if integrity_check:
        verify_database(path)
    try:
        revision = read_revision(path)
    except DatabaseError as exc:
        if type(exc) is not DatabaseError:
            raise
        raise _with_advice(exc, path) from None
    if revision != current_head():
        raise DatabaseError("db_read_only_old", path=path)
    return make_engine(path, read_only=True)
