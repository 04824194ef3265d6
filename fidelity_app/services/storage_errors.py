"""Turning SQLite's low-level failures into ``StorageError`` with a message for the user.

``translate_storage_errors(engine)`` installs a SQLAlchemy ``handle_error`` hook, so every
service (and any added later) reports a full disk, a read-only file, a busy or damaged database
the same way, instead of a raw ``OperationalError``. The transaction is rolled back as usual, so
nothing of the change is stored.
"""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from fidelity_app.services.errors import StorageError
from fidelity_app.storage.errors import sqlite_failure

NOT_SAVED = "Your change is not saved."

MESSAGES = {
    "full": "The database cannot be written: the disk is full. " + NOT_SAVED
    + " Free some disk space and try again.",
    "read-only": "The database cannot be written: the file is read-only. " + NOT_SAVED
    + " Check the file's permissions, or open a copy of it.",
    "busy": "The database is busy: another program window is saving right now. " + NOT_SAVED
    + " Try again in a moment.",
    "io": "The disk reported an error while the database was being written. " + NOT_SAVED
    + " Check the disk (or network drive) and try again.",
    "cannot-open": "The database file cannot be opened: it may have been moved, or its folder "
    "is missing. " + NOT_SAVED,
    "damaged": "The database file is damaged. " + NOT_SAVED
    + " Close the program; at the next start it offers the newest good backup.",
}


def storage_error(reason: str) -> StorageError:
    """The user-facing error for a storage failure (a key of ``MESSAGES``)."""
    return StorageError(MESSAGES[reason], reason=reason)


def translate_storage_errors(engine: Engine) -> None:
    """Make ``engine`` raise ``StorageError`` for full disk, read-only, busy and damage."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        reason = sqlite_failure(context.original_exception)
        if reason is not None:
            raise storage_error(reason) from context.sqlalchemy_exception
