"""Logins on a shared server database of the test cluster: the role tests' set-up
(``ServerLogins``), and for the password tests a system keychain held in memory (a real
``keyring`` backend) and a login that has a password libpq does not know."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import quote

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.server import add_server_user, init_server, open_server_app
from tests.conftest import PgCluster


class MemoryKeyring(KeyringBackend):
    """Passwords by (service, key), kept in memory only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def keychain() -> Iterator[MemoryKeyring]:
    """The keychain every ``keyring`` call of the test uses (the previous one put back)."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@dataclass(frozen=True)
class Login:
    """A support login of a set-up server database: its URI (no password) and password."""

    uri: str
    password: str
    user: str
    database: str


@pytest.fixture
def password_login(pg_cluster: PgCluster) -> Iterator[Login]:
    """A server database set up by ``server init`` with one support login that has a
    password (the cluster's password file knows only the owner's)."""
    name = pg_cluster.new_database(empty=True)
    init_server(pg_cluster.uri(name))
    owner = open_app(pg_cluster.uri(name))
    user, password = f"{name}_login_ada", "pw-" + secrets.token_hex(8)
    try:
        add_server_user(owner, user, "support", password=password)
    finally:
        owner.close()
    yield Login(pg_cluster.uri(name, user), password, user, name)
    pg_cluster.drop_database(name)


@dataclass
class ServerLogins:
    """A set-up server database whose logins are named ``<database>_login_<who>`` and share
    one password; the apps opened through it are closed by the test's fixture."""

    cluster: PgCluster
    name: str
    catalogue: ScaleCatalogue
    owner: App
    password: str
    opened: list[App] = field(default_factory=list)

    def login(self, who: str) -> str:
        return f"{self.name}_login_{who}"

    def uri(self, who: str) -> str:
        return self.cluster.uri(self.name, quote(self.login(who), safe=""))

    def app(self, who: str) -> App:
        opened = open_server_app(self.uri(who), self.catalogue, password=self.password)
        self.opened.append(opened)
        return opened

    def sql(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.uri(who), password=self.password, autocommit=True)
