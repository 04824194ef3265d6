"""Errors about the database file itself (opening, checking, upgrading, restoring)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fidelity_app.messages import Message, MessageError


class DatabaseError(MessageError, RuntimeError):
    """The database cannot be used; the message (a catalogue key and its arguments) says why.
    The file is left as it was.

    ``path`` is the database concerned; ``backup`` is the newest good backup of it, when the
    problem is damage that a restore can repair (the window offers it, the CLI names it).
    """

    def __init__(
        self, key: str | Message, /, *, path: Path | None = None, backup: Path | None = None,
        **args: object,
    ) -> None:
        named = {"path": path} if path is not None else {}
        super().__init__(key, **named, **args)
        self.path = path
        self.backup = backup


class ForeignDatabaseError(DatabaseError):
    """The file is an SQLite database of some other program; it is left untouched."""


# SQLite's primary result codes (https://sqlite.org/rescode.html) and what they mean here.
_BY_CODE = {
    5: "busy",  # SQLITE_BUSY
    6: "busy",  # SQLITE_LOCKED
    8: "read-only",  # SQLITE_READONLY
    10: "io",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "cannot-open",  # SQLITE_CANTOPEN
    26: "damaged",  # SQLITE_NOTADB
}
_BY_TEXT = (
    ("disk is full", "full"),
    ("readonly", "read-only"),
    ("read-only", "read-only"),
    ("database is locked", "busy"),
    ("disk i/o error", "io"),
    ("unable to open database file", "cannot-open"),
    ("malformed", "damaged"),
    ("file is not a database", "damaged"),
)

def sqlite_failure(exc: BaseException) -> str | None:
    """Which storage failure an ``sqlite3`` error is (a key of ``FAILURES``), else ``None``."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(exc).lower()
    return next((reason for needle, reason in _BY_TEXT if needle in text), None)
