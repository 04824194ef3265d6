"""The program on a database on a PostgreSQL server: opening it as ``App``, setting it up.

Everything else works as on a file: the same services over the same schema. What a file has
and a server does not (integrity check of the file, backups beside it, output paths to
protect) is switched off here; what each account may do is the server's to enforce (see
``services.server_admin``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
from psycopg import Connection
from sqlalchemy import Engine, text

from fidelity_app.paths import DB_ENV
from fidelity_app.scale.loader import ScaleCatalogue, load_catalogue
from fidelity_app.services.change_log import record_changes
from fidelity_app.services.editions import EditionService
from fidelity_app.services.errors import (
    InvalidInputError,
    LoginRefusedError,
    NotFoundError,
    PasswordNeededError,
    PermissionRefusedError,
    StorageError,
)
from fidelity_app.services.integrity import IntegrityGate
from fidelity_app.services.reviews import ReviewService
from fidelity_app.services.storage_errors import open_error, translate_storage_errors
from fidelity_app.storage.dialect import is_server, redacted
from fidelity_app.storage.engine import READ_ONLY, make_sessions
from fidelity_app.storage.errors import DatabaseError, server_failure
from fidelity_app.storage.server import ServerConnectError, open_server_database
from fidelity_app.storage.server_roles import (
    KINDS,
    MAX_IDENTIFIER,
    add_login,
    default_prefix,
    set_up,
    stored_prefix,
)

if TYPE_CHECKING:
    from fidelity_app.services.app import App


@contextmanager
def translating_server_errors() -> Iterator[None]:
    """Raise ``DatabaseOpenError`` (``PasswordNeededError`` when a password is wanted,
    ``LoginRefusedError`` when the one given was wrong) for whatever stops a server database
    being opened."""
    try:
        yield
    except ServerConnectError as exc:
        if exc.reason == "password":
            raise PasswordNeededError(exc.message) from None
        if exc.reason == "login":
            raise LoginRefusedError(exc.message) from None
        raise open_error(exc) from None
    except DatabaseError as exc:
        raise open_error(exc) from None


def open_server_app(uri: str, scales: ScaleCatalogue | None = None, *, read_only: bool = False,
                    password: str | None = None) -> App:
    """``open_app`` for a ``postgresql://`` URI: the services over that server database."""
    from fidelity_app.services.app import App

    with translating_server_errors():
        engine = open_server_database(uri, password=password)
    translate_storage_errors(engine)
    shown = redacted(uri)
    with engine.connect() as conn:  # the name the window shows: "postgresql: <database>"
        name = str(conn.execute(text("SELECT current_database()")).scalar_one())
    catalogue = scales or load_catalogue()
    # read-only: every transaction is READ ONLY, so a change fails with "read-only"
    sessions = make_sessions(engine.execution_options(**{READ_ONLY: True}) if read_only
                             else engine)
    record_changes(sessions)  # the log of changes made after a review was first final
    return App(
        db_path=Path(f"postgresql: {name}"),
        engine=engine,
        scales=catalogue,
        sessions=sessions,
        reviews=ReviewService(sessions, catalogue, EditionService(sessions, catalogue)),
        gate=IntegrityGate(Path(name), passed=True),
        read_only=read_only,
        server=shown,
    )


@dataclass(frozen=True)
class AccountInfo:
    """A login of a shared database and what it is mapped to."""

    login: str
    role: str
    service_name: str = ""
    reviewer_name: str = ""
    new: bool = True


def redacted_location(db: str) -> str:
    """``db`` as it may be shown: a password in a server URI replaced by ``***``."""
    return redacted(db) if is_server(db) else db


def is_server_database(db: str | os.PathLike[str] | None) -> bool:
    """Whether ``db`` (as given to ``--db``; else ``$FIDELITY_APP_DB``) names a database on a
    PostgreSQL server."""
    return is_server(db or os.environ.get(DB_ENV))


@contextmanager
def _owner_connection(engine: Engine, server: str) -> Iterator[Connection[tuple[object, ...]]]:
    """The driver connection of ``engine`` in one transaction (committed at the end); a
    refusal by the server becomes a message, not an SQL error."""
    raw = engine.raw_connection()
    conn = raw.driver_connection
    assert isinstance(conn, Connection)
    try:
        with conn.transaction():
            yield conn
    except psycopg.Error as exc:
        if server_failure(exc) == "permission":
            raise PermissionRefusedError("server_admin_refused", server=server) from None
        raise StorageError("server_admin_failed", reason="connection") from None
    finally:
        raw.close()


def init_server(uri: str, *, prefix: str | None = None, password: str | None = None
                ) -> dict[str, str]:
    """``server init``: create or upgrade the schema, then the group roles, grants,
    row-level security policies and the anonymous views (again: brought up to date). Run by
    the database owner. Returns the group roles by kind."""
    shown = redacted(uri)
    if prefix is not None and not prefix.strip():
        raise InvalidInputError("server_prefix_empty")
    with translating_server_errors():
        engine = open_server_database(uri, password=password, migrate=True)
    try:
        with _owner_connection(engine, shown) as conn:
            database = conn.execute("SELECT current_database()").fetchone()
            assert database is not None
            chosen = (prefix.strip() if prefix else None) or stored_prefix(conn) \
                or default_prefix(str(database[0]))
            if len(chosen) > MAX_IDENTIFIER - len("_reviewer"):
                raise InvalidInputError("server_prefix_too_long",
                                        max=MAX_IDENTIFIER - len("_reviewer"))
            return set_up(conn, chosen)
    finally:
        engine.dispose()


def add_server_user(
    app: App, login: str, role: str, *, service: str = "", reviewer: str = "",
    password: str | None = None,
) -> AccountInfo:
    """``server add-user``: create or update the login ``login`` as a ``role`` account
    (``support``, ``reviewer`` or ``service``) mapped to ``service`` (a service's name or id,
    for a service account) or ``reviewer`` (the name the reviewer signs reviews with). Run by
    the database owner after ``init_server``. ``password`` (kept in memory only) is sent to
    the server hashed."""
    login = login.strip() if isinstance(login, str) else ""
    if not login or len(login) > MAX_IDENTIFIER or "\x00" in login:
        raise InvalidInputError("server_login_invalid", max=MAX_IDENTIFIER)
    if role not in KINDS:
        raise InvalidInputError("server_role_unknown", role=role, roles=", ".join(KINDS))
    service_id: int | None = None
    service_name = ""
    if role == "service":
        if not service.strip():
            raise InvalidInputError("server_service_needed")
        found = _service(app, service.strip())
        service_id, service_name = found
    if role == "reviewer" and not reviewer.strip():
        raise InvalidInputError("server_reviewer_needed")
    with _owner_connection(app.engine, app.server) as conn:
        prefix = stored_prefix(conn)
        if prefix is None:
            raise InvalidInputError("server_not_set_up", server=app.server)
        new = add_login(conn, prefix, login, role, service_id=service_id,
                        reviewer_name=reviewer.strip() if role == "reviewer" else "",
                        password=password)
    return AccountInfo(login, role, service_name,
                       reviewer.strip() if role == "reviewer" else "", new)


def _service(app: App, text: str) -> tuple[int, str]:
    """The id and name of the service named ``text`` (or with that id)."""
    from sqlalchemy import func, or_, select

    from fidelity_app.storage.models import Service

    with app.sessions() as s:
        rows = s.execute(select(Service.id, Service.name).where(
            or_(Service.uuid == text, func.lower(Service.name) == text.lower()))).all()
    if not rows:
        raise NotFoundError("service_name_not_found", name=text)
    if len(rows) > 1:
        raise InvalidInputError("server_service_ambiguous", name=text)
    return int(rows[0][0]), str(rows[0][1])
