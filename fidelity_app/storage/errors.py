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


# PostgreSQL's SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_BY_SQLSTATE = {
    "42501": "permission",  # insufficient_privilege, also a row-level security refusal
    "25006": "read-only",  # read_only_sql_transaction
    "53100": "full",  # disk_full
    "40001": "busy",  # serialization_failure
    "40P01": "busy",  # deadlock_detected
    "55P03": "busy",  # lock_not_available
    "57014": "busy",  # query_canceled (statement timeout)
    "XX001": "damaged",  # data_corrupted
    "XX002": "damaged",  # index_corrupted
}


def server_failure(exc: BaseException) -> str | None:
    """Which storage failure a PostgreSQL (psycopg) error is, else ``None``: the keys of
    ``sqlite_failure`` and also ``permission`` (the account may not do it) and ``connection``
    (the server cannot be reached or the connection was lost)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    state = exc.sqlstate or ""
    if state in _BY_SQLSTATE:
        return _BY_SQLSTATE[state]
    if state.startswith("08") or state.startswith("57P") or (
            not state and isinstance(exc, psycopg.OperationalError)):
        return "connection"
    return None


def connect_failure(exc: BaseException) -> str:
    """Why a connection to a server could not be made, as a short key: ``password`` (the
    server asks for a password and none was given), ``login`` (the login or password was
    refused), ``no-database``, ``permission`` (no right to connect) or ``unreachable``."""
    text = str(exc).lower()
    if "no password supplied" in text:
        return "password"
    if "password authentication failed" in text or (
            "role" in text and "does not exist" in text):
        return "login"
    if "database" in text and "does not exist" in text:
        return "no-database"
    if "permission denied" in text:
        return "permission"
    return "unreachable"
