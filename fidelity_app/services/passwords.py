"""A server password the user types, and one remembered in the system keychain.

When a server asks for a password libpq did not find (``.pgpass``, the service file,
``PGPASSWORD``), ``open_with_password`` tries the one remembered in the system keychain (the
``keyring`` library: Windows Credential Manager, macOS Keychain, the Secret Service), then
asks the user (a dialog in the window, the terminal on the command line) until one works or
the user gives up. A password asked to be remembered is stored in the keychain only once it
worked; a remembered one the server refuses is replaced only by one that works.

A password goes to the connection only: never into a URI, a setting, a log or a message.
``keyring`` is imported only when a password is wanted (not at the window's start).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from fidelity_app.messages import Message, message
from fidelity_app.services.errors import (
    LoginRefusedError,
    PasswordCancelledError,
    PasswordNeededError,
)
from fidelity_app.storage.dialect import conninfo, redacted

T = TypeVar("T")

#: The name the passwords are kept under in the system keychain.
KEYCHAIN_SERVICE = "fidelity-app"

#: How many typed passwords the server may refuse before the refusal is final.
MAX_TRIES = 3


@dataclass(frozen=True)
class PasswordRequest:
    """What the user is asked: the login and server (shown), and whether the password given
    before (typed or remembered) was refused."""

    server: str
    login: str
    refused: bool = False


@dataclass(frozen=True)
class PasswordAnswer:
    """A password the user typed, and whether to remember it in the keychain."""

    password: str
    remember: bool = False


class PasswordPrompt(Protocol):
    """Asks the user for a password (the window's dialog, the terminal)."""

    def ask(self, request: PasswordRequest) -> PasswordAnswer | None:
        """The password typed, or ``None`` when the user cancelled."""

    def not_remembered(self, reason: Message) -> None:
        """Tell the user the password worked but could not be kept in the keychain."""


def keychain_key(uri: str) -> str:
    """The key a password of ``uri`` is kept under: ``user@host:port/dbname``, with what
    libpq takes when the URI leaves a part out (``PGUSER``… or its defaults)."""
    params = conninfo(uri)
    env = os.environ
    user = params.get("user") or env.get("PGUSER") or getpass.getuser()
    host = params.get("host") or env.get("PGHOST") or (
        f"service={params['service']}" if "service" in params else "localhost")
    port = params.get("port") or env.get("PGPORT") or "5432"
    database = params.get("dbname") or env.get("PGDATABASE") or user
    return f"{user}@{host}:{port}/{database}"


def remembered_password(key: str) -> str | None:
    """The password kept under ``key``; ``None`` when there is none or no keychain."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYCHAIN_SERVICE, key)
    except KeyringError:
        return None


def remember_password(key: str, password: str) -> Message | None:
    """Keep ``password`` under ``key``; ``None``, or why it could not be kept."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYCHAIN_SERVICE, key, password)
    except KeyringError as exc:
        return message("password_not_remembered", reason=type(exc).__name__)
    return None


def forget_password(key: str) -> None:
    """Remove the password kept under ``key`` (nothing when there is none)."""
    import keyring
    from keyring.errors import KeyringError

    with suppress(KeyringError):  # none kept, or no keychain
        keyring.delete_password(KEYCHAIN_SERVICE, key)


def open_with_password(uri: str, attempt: Callable[[str | None], T],
                       prompt: PasswordPrompt | None) -> T:
    """``attempt(None)``; when the server of ``uri`` asks for a password libpq did not find,
    ``attempt`` with the one remembered in the keychain, then with each one ``prompt`` gets
    from the user (at most ``MAX_TRIES``). Raises ``PasswordNeededError`` when there is no
    prompt (``PasswordCancelledError`` when the user cancels), ``LoginRefusedError`` when
    every password was refused."""
    try:
        return attempt(None)
    except PasswordNeededError as exc:
        needed = exc
    key = keychain_key(uri)
    request = PasswordRequest(redacted(uri), key.split("@", 1)[0])
    remembered = remembered_password(key)
    if remembered is not None:
        try:
            return attempt(remembered)
        except LoginRefusedError:
            request = replace(request, refused=True)
    if prompt is None:
        raise needed
    for tries in range(1, MAX_TRIES + 1):
        answer = prompt.ask(request)
        if answer is None:
            raise PasswordCancelledError(needed.message) from None
        try:
            result = attempt(answer.password)
        except LoginRefusedError:
            if tries == MAX_TRIES:
                raise
            request = replace(request, refused=True)
            continue
        if answer.remember:
            problem = remember_password(key, answer.password)
            if problem is not None:
                prompt.not_remembered(problem)
        elif remembered is not None:  # the one kept was refused: it is of no use
            forget_password(key)
        return result
    raise needed  # pragma: no cover - the loop returns or raises
