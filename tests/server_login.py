"""For the password tests: a system keychain held in memory (a real ``keyring`` backend) and
a shared server database with a login that has a password libpq does not know."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from fidelity_app.services.app import open_app
from fidelity_app.services.server import add_server_user, init_server
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
