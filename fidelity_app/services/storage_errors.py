"""Turning storage failures into service errors with a message for the user.

``translate_storage_errors(engine)`` installs a SQLAlchemy ``handle_error`` hook, so every
service (and any added later) reports a full disk, a read-only file, a busy or damaged database
the same way, instead of a raw ``OperationalError``. The transaction is rolled back as usual, so
nothing of the change is stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from fidelity_app.messages import message
from fidelity_app.services.errors import (
    DatabaseOpenError,
    NewerDatabaseError,
    StorageError,
    UpgradeFailedError,
)
from fidelity_app.storage.errors import DatabaseError, server_failure, sqlite_failure
from fidelity_app.storage.migrate import DatabaseTooNewError, MigrationError

REASONS = ("full", "read-only", "busy", "io", "cannot-open", "damaged", "permission",
           "connection")


def storage_error(reason: str) -> StorageError:
    """The user-facing error for a storage failure (one of ``REASONS``)."""
    return StorageError(f"storage_{reason.replace('-', '_')}", reason=reason)


def translate_storage_errors(engine: Engine) -> None:
    """Make ``engine`` raise ``StorageError`` for full disk, read-only, busy and damage, and
    on a server for a refusal of the account (``permission``) and a lost connection."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        original = context.original_exception
        reason = sqlite_failure(original) or server_failure(original)
        if reason is not None:
            raise storage_error(reason) from context.sqlalchemy_exception


def open_error(exc: DatabaseError) -> DatabaseOpenError:
    """The service error for a database that cannot be opened, with its path and backup."""
    kind = (NewerDatabaseError if isinstance(exc, DatabaseTooNewError)
            else UpgradeFailedError if isinstance(exc, MigrationError) else DatabaseOpenError)
    return kind(exc.message, path=exc.path, backup=exc.backup)


@contextmanager
def translating_open_errors(path: Path) -> Iterator[None]:
    """Raise ``DatabaseOpenError`` (or a subclass) for whatever stops ``path`` being opened."""
    try:
        yield
    except DatabaseError as exc:
        raise open_error(exc) from exc
    except (sqlite3.Error, DBAPIError) as exc:
        original = exc.orig if isinstance(exc, DBAPIError) else exc
        failure = sqlite_failure(original) if isinstance(original, BaseException) else None
        why = message(f"failure_{failure.replace('-', '_')}") if failure else str(original)
        raise DatabaseOpenError(message("db_cannot_open", path=path, why=why),
                                path=path) from exc
