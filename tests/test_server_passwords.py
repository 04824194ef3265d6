"""A server password the user types and one remembered in the system keychain: tried in that
order, remembered only once it worked, a refused one asked for again. Real logins with a
password on the test cluster and a real (in-memory) keyring backend."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fidelity_app.cli import main
from fidelity_app.messages import Message
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import LoginRefusedError, PasswordNeededError
from fidelity_app.services.passwords import (
    KEYCHAIN_SERVICE,
    MAX_TRIES,
    PasswordAnswer,
    PasswordRequest,
    keychain_key,
    open_with_password,
)
from fidelity_app.services.sync import SyncTargetError
from tests import server_login
from tests.server_login import Login, MemoryKeyring
from tests.sync_sample import add_review

keychain = server_login.keychain
password_login = server_login.password_login


class ScriptedPrompt:
    """Answers with the given passwords in turn (``None``: cancel), noting each request."""

    def __init__(self, *answers: PasswordAnswer | None) -> None:
        self.answers = list(answers)
        self.requests: list[PasswordRequest] = []
        self.notes: list[Message] = []

    def ask(self, request: PasswordRequest) -> PasswordAnswer | None:
        self.requests.append(request)
        assert self.answers, "asked once more than expected"
        return self.answers.pop(0)

    def not_remembered(self, reason: Message) -> None:
        self.notes.append(reason)


def opener(login: Login, opened: list[App]):  # noqa: ANN201
    def attempt(password: str | None) -> App:
        app = open_app(login.uri, password=password)
        opened.append(app)
        return app
    return attempt


@pytest.fixture
def opened() -> Iterator[list[App]]:
    apps: list[App] = []
    yield apps
    for app in apps:
        app.close()


def kept(ring: MemoryKeyring, login: Login) -> str | None:
    return ring.passwords.get((KEYCHAIN_SERVICE, keychain_key(login.uri)))


def test_the_keychain_key_names_login_server_port_and_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert keychain_key("postgresql://anna@db.example.org:6543/team") == \
        "anna@db.example.org:6543/team"
    assert keychain_key("postgresql://anna:secret@db.example.org/team") == \
        "anna@db.example.org:5432/team"
    monkeypatch.setenv("PGUSER", "bo")
    monkeypatch.setenv("PGHOST", "server.local")
    assert keychain_key("postgresql:///team") == "bo@server.local:5432/team"


def test_a_password_typed_is_remembered_and_used_next_time(
    password_login: Login, keychain: MemoryKeyring, opened: list[App],
) -> None:
    with pytest.raises(PasswordNeededError):
        open_with_password(password_login.uri, opener(password_login, opened), None)
    typed = ScriptedPrompt(PasswordAnswer(password_login.password, remember=True))
    app = open_with_password(password_login.uri, opener(password_login, opened), typed)
    assert app.server and password_login.password not in app.server
    assert typed.requests == [PasswordRequest(
        server=password_login.uri, login=password_login.user, refused=False)]
    assert kept(keychain, password_login) == password_login.password
    never = ScriptedPrompt()  # asking would fail the test
    open_with_password(password_login.uri, opener(password_login, opened), never)
    assert never.requests == []


def test_a_password_not_to_be_remembered_is_not_kept(
    password_login: Login, keychain: MemoryKeyring, opened: list[App],
) -> None:
    typed = ScriptedPrompt(PasswordAnswer(password_login.password, remember=False))
    open_with_password(password_login.uri, opener(password_login, opened), typed)
    assert keychain.passwords == {}


def test_a_wrong_remembered_password_is_replaced_only_by_one_that_works(
    password_login: Login, keychain: MemoryKeyring, opened: list[App],
) -> None:
    key = (KEYCHAIN_SERVICE, keychain_key(password_login.uri))
    keychain.passwords[key] = "old-password"
    wrong_then_cancel = ScriptedPrompt(PasswordAnswer("also-wrong", remember=True), None)
    with pytest.raises(PasswordNeededError):
        open_with_password(password_login.uri, opener(password_login, opened),
                           wrong_then_cancel)
    assert [r.refused for r in wrong_then_cancel.requests] == [True, True]
    assert keychain.passwords[key] == "old-password"
    right = ScriptedPrompt(PasswordAnswer(password_login.password, remember=True))
    open_with_password(password_login.uri, opener(password_login, opened), right)
    assert right.requests[0].refused
    assert keychain.passwords[key] == password_login.password
    # a refused remembered password, then one that works but is not to be kept: gone
    keychain.passwords[key] = "old-password"
    open_with_password(password_login.uri, opener(password_login, opened),
                       ScriptedPrompt(PasswordAnswer(password_login.password)))
    assert key not in keychain.passwords


def test_after_so_many_refusals_the_login_is_refused(
    password_login: Login, keychain: MemoryKeyring, opened: list[App],
) -> None:
    prompt = ScriptedPrompt(*[PasswordAnswer("wrong")] * MAX_TRIES)
    with pytest.raises(LoginRefusedError, match="refused the login"):
        open_with_password(password_login.uri, opener(password_login, opened), prompt)
    assert len(prompt.requests) == MAX_TRIES and keychain.passwords == {}


def test_the_command_line_reads_the_keychain_and_remembers_when_asked(
    password_login: Login, keychain: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", password_login.uri, "reviews"]) == 1  # no terminal to ask at
    assert "asks for a password" in capsys.readouterr().err
    typed: list[str] = []

    def at_terminal(prompt: str) -> str:
        typed.append(prompt)
        return password_login.password

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", at_terminal)
    assert main(["--db", password_login.uri, "--remember-password", "reviews"]) == 0
    assert typed == [f"Password for {password_login.uri}: "]
    assert kept(keychain, password_login) == password_login.password
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["--db", password_login.uri, "reviews"]) == 0  # from the keychain
    assert len(typed) == 1


def test_push_to_a_server_asks_for_its_password(
    password_login: Login, keychain: MemoryKeyring, app: App, db_path: Path,
) -> None:
    """From a laptop's database file (``db_path``: on SQLite only)."""
    review = add_review(app)
    with pytest.raises(SyncTargetError, match="asks for a password"):
        app.sync.push(password_login.uri, [review])
    prompt = ScriptedPrompt(PasswordAnswer("wrong"),
                            PasswordAnswer(password_login.password, remember=True))
    result = app.sync.push(password_login.uri, [review], passwords=prompt)
    assert result.count("created") == 1
    assert [r.refused for r in prompt.requests] == [False, True]
    pulled = app.sync.pull(password_login.uri, passwords=ScriptedPrompt())  # remembered
    assert pulled.count("unchanged") == 1
