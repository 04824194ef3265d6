"""Where SQLite and PostgreSQL differ, in one place.

A database is either an SQLite file (a path) or a PostgreSQL database on a server, named by a
libpq connection URI (``postgresql://user@host:5432/name``, ``postgresql:///name?host=/run/pg``,
``postgresql:///?service=team``). The URI goes to libpq as it is, so everything libpq reads
for itself applies: ``PGHOST``/``PGUSER``/``PGDATABASE``…, the service file and ``.pgpass``.

What differs and how each engine does it:

- write lock: SQLite ``BEGIN IMMEDIATE``; PostgreSQL a transaction-level advisory lock taken
  first thing in every write transaction (writers queue one after the other, readers never
  wait), see ``storage.engine``;
- case-folding search: ``folded(expr)`` (SQLite: the Python ``casefold`` function registered on
  every connection; PostgreSQL: ``lower``, which folds every letter in a UTF-8 database);
- joined text: ``joined_text(expr, separator)`` (``group_concat`` / ``string_agg``);
- lists of ids in ``IN (...)``: ``in_chunks(ids)`` (SQLite limits the values bound to one
  statement);
- foreign-key check after a migration (SQLite only: PostgreSQL never lets a key break);
- file checks (integrity check, write-ahead log, backups, output paths against the database
  file) exist only for a file; on a server they are the server's own business.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import suppress
from typing import Any

from sqlalchemy import Connection, Engine, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

SERVER_SCHEMES = ("postgresql://", "postgres://")

#: The advisory-lock key every write transaction on a server takes (any fixed number).
WRITE_LOCK_KEY = 0x46494445  # "FIDE"


def is_server(db: str | os.PathLike[str] | None) -> bool:
    """Whether ``db`` (as given to ``--db``) names a database on a PostgreSQL server."""
    return isinstance(db, str) and db.strip().lower().startswith(SERVER_SCHEMES)


def conninfo(uri: str) -> dict[str, str]:
    """The connection parameters ``uri`` gives (libpq's names: ``user``, ``host``, ...)."""
    from psycopg.conninfo import conninfo_to_dict

    return {k: str(v) for k, v in conninfo_to_dict(uri).items() if v is not None}


def redacted(uri: str) -> str:
    """The URI as it may be shown or remembered: a password in it is replaced by ``***``."""
    from psycopg.conninfo import make_conninfo

    scheme, _, rest = uri.partition("://")
    at = rest.find("@")
    slash = rest.find("/")
    if at != -1 and (slash == -1 or at < slash):
        user = rest[:at]
        if ":" in user:
            rest = user.split(":", 1)[0] + ":***" + rest[at:]
    if "password=" in rest:  # a password given as a parameter
        params = conninfo(uri)
        params["password"] = "***"
        return make_conninfo("", **params)
    return f"{scheme}://{rest}"


class folded(FunctionElement[str]):  # noqa: N801 - reads as a SQL function
    """``expr`` with every letter in lower case, on either engine (for searches)."""

    type = String()
    inherit_cache = True


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"casefold({compiler.process(element.clauses, **kw)})"


@compiles(folded, "postgresql")
def _folded_postgresql(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


class ascii_folded(FunctionElement[str]):  # noqa: N801 - reads as a SQL function
    """``expr`` ready for a ``LIKE`` with an all-ASCII lower-case pattern: as it is on SQLite
    (whose ``LIKE`` ignores the case of ASCII letters), lower-cased on PostgreSQL."""

    type = String()
    inherit_cache = True


@compiles(ascii_folded, "sqlite")
def _ascii_folded_sqlite(element: ascii_folded, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(ascii_folded, "postgresql")
def _ascii_folded_postgresql(element: ascii_folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


class joined_text(FunctionElement[str]):  # noqa: N801 - reads as a SQL function
    """The aggregate of ``expr`` as one text, the values separated by ``separator``."""

    type = String()
    inherit_cache = True


@compiles(joined_text, "sqlite")
def _joined_sqlite(element: joined_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)})"


@compiles(joined_text, "postgresql")
def _joined_postgresql(element: joined_text, compiler: SQLCompiler, **kw: Any) -> str:
    expr, separator = list(element.clauses)
    return (f"string_agg(CAST({compiler.process(expr, **kw)} AS TEXT), "
            f"{compiler.process(separator, **kw)})")


class iso_date(FunctionElement[str]):  # noqa: N801 - reads as a SQL function
    """A date column as ISO text (``YYYY-MM-DD``), which sorts and compares as the date:
    SQLite stores it so; PostgreSQL formats it."""

    type = String()
    inherit_cache = True


@compiles(iso_date, "sqlite")
def _iso_date_sqlite(element: iso_date, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(iso_date, "postgresql")
def _iso_date_postgresql(element: iso_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


def overwrite_cleared_text(conn: Connection) -> None:
    """Make the current write transaction overwrite on disk the text it clears (SQLite's
    ``secure_delete``). On PostgreSQL old row versions go when the server vacuums the table."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")


def checkpoint(engine: Engine) -> None:
    """Move SQLite's write-ahead log into the database file (best effort: another program
    reading the database may hold it back). Nothing to do on PostgreSQL."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn, suppress(sqlite3.Error):
        # on the driver's connection: outside any transaction, which a checkpoint needs
        conn.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)")


IN_LIST_SIZE = 500
"""Ids per ``IN (...)`` list: well below SQLite's limit on values bound to one statement."""


def in_chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """``ids`` in pieces of at most ``IN_LIST_SIZE``, one ``IN (...)`` list each."""
    for start in range(0, len(ids), IN_LIST_SIZE):
        yield ids[start:start + IN_LIST_SIZE]
