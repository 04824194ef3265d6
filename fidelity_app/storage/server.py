"""Opening a database on a PostgreSQL server: connect, check the schema, migrate if allowed.

The server keeps its own data safe (its checks, its backups by ``pg_dump``); what the program
does to a file (integrity check, backups beside it, write-ahead log) does not apply here. The
schema is created and upgraded by the database owner (``server init``); another account only
uses a database at the schema this program knows.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from fidelity_app.storage.dialect import redacted
from fidelity_app.storage.engine import make_server_engine
from fidelity_app.storage.errors import DatabaseError, connect_failure, server_failure
from fidelity_app.storage.migrate import (
    current_head,
    current_revision,
    known_revisions,
    too_new_error,
    upgrade,
)


class ServerConnectError(DatabaseError):
    """The server could not be reached or refused the login; ``reason`` is a key of
    ``storage.errors.connect_failure`` (``password``: ask for one and try again)."""

    def __init__(self, reason: str, uri: str, detail: object) -> None:
        super().__init__(f"server_{reason.replace('-', '_')}", server=redacted(uri),
                         detail=str(detail).strip().splitlines()[0] if str(detail) else "")
        self.reason = reason


def connect_server(uri: str, *, password: str | None = None) -> Engine:
    """An engine on the server database ``uri`` after one successful connection (so a wrong
    login is reported at once, as ``ServerConnectError``)."""
    engine = make_server_engine(uri, password=password)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        raise ServerConnectError(connect_failure(exc.orig or exc), uri, exc.orig) from None
    return engine


def open_server_database(uri: str, *, password: str | None = None, migrate: bool = False
                         ) -> Engine:
    """The engine of the server database ``uri``, at this program's schema.

    ``migrate=True`` (the owner's ``server init``) creates or upgrades the schema; otherwise a
    database that is empty or behind raises ``DatabaseError`` saying the owner must run
    ``server init``, and one ahead raises ``DatabaseTooNewError``.
    """
    engine = connect_server(uri, password=password)
    try:
        revision = current_revision(engine)
        if revision is not None and revision != current_head() \
                and revision not in known_revisions():
            raise too_new_error(revision)
        if revision != current_head():
            if not migrate:
                raise DatabaseError("server_not_initialised", server=redacted(uri))
            upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        failure = server_failure(exc.orig) if exc.orig is not None else None
        if failure == "permission":
            raise DatabaseError("server_not_owner", server=redacted(uri)) from None
        raise ServerConnectError("unreachable", uri, exc.orig) from None
    except DatabaseError:
        engine.dispose()
        raise
    return engine
