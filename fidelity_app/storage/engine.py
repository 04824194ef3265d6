"""The SQLite engine: durable pragmas on every connection, write lock taken up front."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine for the SQLite file at ``path`` (WAL, FULL sync, FKs, BEGIN IMMEDIATE)."""
    # URL.create, not an f-string: a '?', '#' or '%' in a folder name must stay in the path
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin hook own transactions
        for pragma in (
            f"foreign_keys={'ON' if foreign_keys else 'OFF'}",
            "journal_mode=WAL",
            "synchronous=FULL",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """The one session factory of the program: short sessions, objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
