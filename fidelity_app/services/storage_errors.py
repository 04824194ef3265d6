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

REASONS = ("full", "read-only", "busy", "io", "cannot-open", "damaged")


def storage_error(reason: str) -> StorageError:
    """The user-facing error for a storage failure (one of ``REASONS``)."""
    return StorageError(f"storage_{reason.replace('-', '_')}", reason=reason)


def translate_storage_errors(engine: Engine) -> None:
    """Make ``engine`` raise ``StorageError`` for full disk, read-only, busy and damage."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        reason = sqlite_failure(context.original_exception)
        if reason is not None:
            raise storage_error(reason) from context.sqlalchemy_exception
