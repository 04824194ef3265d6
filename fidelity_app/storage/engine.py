"""The engines: writes take the lock up front, reads never wait for a writer.

SQLite: durable pragmas on every connection (below). PostgreSQL (``make_server_engine``): a
write transaction first takes a transaction-level advisory lock, so writers queue one after
the other as on SQLite; a read transaction is ``READ ONLY``.

A write transaction starts with ``BEGIN IMMEDIATE`` (it waits for the other window's write, then
holds the lock, so a check-then-write cannot be overtaken). A read transaction starts with a
plain deferred ``BEGIN``: under WAL it never waits for a writer and never blocks one, and it
works on a database file that cannot be written. Reads use the sessions of ``read_sessions``,
which run on the engine with the ``READ_ONLY`` execution option.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401 - see below
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    import psycopg

# The dialect is imported with this module, not by the first ``create_engine``: the window
# opens the database after its toolkit is loaded, and PySide6 reads the source of every module
# imported after it (looking for its ``__feature__`` switches), which the large SQLAlchemy
# modules the dialect imports make slow.

BUSY_TIMEOUT_MS = 5000

#: The execution option that makes a transaction begin deferred (a read) instead of IMMEDIATE.
READ_ONLY = "fidelity_read_only"


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine for the SQLite file at ``path`` (WAL, FULL sync, FKs, BEGIN IMMEDIATE).

    ``read_only=True`` opens the file read-only (an SQLite ``mode=ro`` URI and ``query_only``):
    reads work, every write fails with SQLite's "readonly" error.
    """
    if read_only:
        from fidelity_app.storage.backup import readonly_uri  # backup imports this module

        # SQLAlchemy passes a "file:" database with uri=true to sqlite3 as a URI
        url = URL.create("sqlite+pysqlite", database=readonly_uri(path),
                         query={"uri": "true"})
    else:
        # URL.create, not an f-string: a '?', '#' or '%' in a folder name must stay in the path
        url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    pragmas = [f"foreign_keys={'ON' if foreign_keys else 'OFF'}"]
    # a read-only connection cannot change the journal mode (the file keeps its own)
    pragmas += ["query_only=ON"] if read_only else ["journal_mode=WAL"]
    pragmas += ["synchronous=FULL", f"busy_timeout={BUSY_TIMEOUT_MS}"]

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin hook own transactions
        for pragma in pragmas:
            dbapi_conn.execute(f"PRAGMA {pragma}")
        # SQLite's lower() knows only ASCII: searches fold "Örebro" and "ÅSA" with this
        dbapi_conn.create_function("casefold", 1, _casefold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        reading = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def make_server_engine(uri: str, *, password: str | None = None) -> Engine:
    """An engine for the PostgreSQL database named by the libpq URI ``uri`` (psycopg 3).

    The URI goes to libpq unchanged (service names, ``PG*`` variables and ``.pgpass`` apply);
    ``password``, when given, is used for the connection and kept in memory only.
    """
    import psycopg

    from fidelity_app.storage.dialect import WRITE_LOCK_KEY

    extra = {"password": password} if password is not None else {}

    def connect() -> psycopg.Connection[tuple[object, ...]]:
        conn = psycopg.connect(uri, **extra)  # type: ignore[arg-type]
        without_nul_characters(conn)
        return conn

    engine = create_engine("postgresql+psycopg://", creator=connect, pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READ_ONLY, False):
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return engine


def without_nul_characters(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """Make ``conn`` leave NUL characters out of the text it sends: PostgreSQL cannot store
    them in text, SQLite can, and they show as nothing anywhere (a pasted control character)."""
    from psycopg.abc import Buffer
    from psycopg.types.string import StrBinaryDumper, StrDumperUnknown

    class TextDumper(StrDumperUnknown):
        def dump(self, obj: str) -> Buffer | None:
            return super().dump(obj.replace("\x00", ""))

    class BinaryDumper(StrBinaryDumper):
        def dump(self, obj: str) -> Buffer | None:
            return super().dump(obj.replace("\x00", ""))

    conn.adapters.register_dumper(str, TextDumper)
    conn.adapters.register_dumper(str, BinaryDumper)


def _casefold(value: str | float | None) -> str | float | None:
    return value.casefold() if isinstance(value, str) else value


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """The session factory for writes: ``with sessions.begin() as s`` is one short transaction
    that holds the write lock from its start; objects stay usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def read_sessions(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """The session factory for reads on the same engine as ``sessions`` (``make_sessions``):
    ``with reads() as s`` begins a deferred transaction, which neither waits for nor blocks
    another window's write, and works on a read-only file. Never write in such a session."""
    engine = sessions.kw["bind"]
    return sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
