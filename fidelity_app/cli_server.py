"""The command line's shared-server parts: ``fidelity-app --db URI server init|add-user`` and
asking for a password when the server wants one that libpq did not find.

A password is read from the system keychain (one remembered there), from the terminal (never
echoed; ``--remember-password`` keeps one that worked in the keychain) or, for a new login,
from an environment variable the user names; it goes to the connection only and is never
written to a file, a URI or a log.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from fidelity_app.messages import message

if TYPE_CHECKING:
    from fidelity_app.messages import Message
    from fidelity_app.services.app import App
    from fidelity_app.services.passwords import PasswordAnswer, PasswordRequest

T = TypeVar("T")


class PasswordUnavailableError(Exception):
    """No terminal to ask for a password on, and none was given otherwise."""


def _text(key: str) -> str:
    return message(key).text()


def add_server_parser(sub: argparse._SubParsersAction) -> None:
    """The ``server`` command's arguments (help texts from the catalogue, in the locale)."""
    p = sub.add_parser("server", help=_text("cli_help_server"))
    actions = p.add_subparsers(dest="server_command", metavar=_text("cli_value_action"),
                               required=True)
    q = actions.add_parser("init", help=_text("cli_help_server_init"))
    q.add_argument("--prefix", metavar=_text("cli_value_name"),
                   help=_text("cli_help_server_prefix"))
    q = actions.add_parser("add-user", help=_text("cli_help_server_add_user"))
    q.add_argument("login", metavar=_text("cli_value_login"))
    q.add_argument("--role", required=True, choices=("support", "reviewer", "service"))
    q.add_argument("--service", metavar=_text("cli_value_name"), default="",
                   help=_text("cli_help_server_service"))
    q.add_argument("--reviewer", metavar=_text("cli_value_name"), default="",
                   help=_text("cli_help_server_reviewer"))
    q.add_argument("--password-env", metavar=_text("cli_value_variable"),
                   help=_text("cli_help_server_password_env"))


class TerminalPrompt:
    """Asks for a server password at the terminal (never echoed); none without a terminal.
    ``remember``: keep a password that worked in the system keychain."""

    def __init__(self, remember: bool = False) -> None:
        self.remember = remember

    def ask(self, request: PasswordRequest) -> PasswordAnswer | None:
        """The password typed, ``None`` when there is no terminal to ask at."""
        from fidelity_app.services.passwords import PasswordAnswer

        if not sys.stdin.isatty():
            return None
        if request.refused:
            _say("cli_password_refused", server=request.server)
        prompt = message("cli_password_prompt", server=request.server).text()
        return PasswordAnswer(getpass.getpass(prompt), self.remember)

    def not_remembered(self, reason: Message) -> None:
        """Say on stderr that the keychain did not keep the password."""
        sys.stderr.write(reason.text() + "\n")


def with_password(db: str | None, attempt: Callable[[str | None], T], *,
                  remember: bool = False) -> T:
    """``attempt(None)``; when the server asks for a password libpq did not find, the one
    remembered in the system keychain, else one typed at the terminal (``remember``: kept in
    the keychain once it worked), see ``services.passwords``."""
    from fidelity_app.services.passwords import open_with_password

    return open_with_password(db or os.environ.get("FIDELITY_APP_DB") or "", attempt,
                              TerminalPrompt(remember))


def cmd_server(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """``server init`` and ``server add-user``."""
    from fidelity_app.services.errors import InvalidInputError
    from fidelity_app.services.server import add_server_user, init_server, is_server_database

    if not is_server_database(args.db):
        raise InvalidInputError("server_needs_uri")
    args.db = args.db or os.environ.get("FIDELITY_APP_DB")
    if args.server_command == "init":
        roles = with_password(args.db, lambda pw: init_server(args.db, prefix=args.prefix,
                                                              password=pw),
                              remember=args.remember_password)
        _say("cli_server_ready", **roles)
        return 0
    password = _new_password(args)
    info = add_server_user(app_factory(), args.login, args.role, service=args.service,
                           reviewer=args.reviewer, password=password)
    what = (message("cli_server_for_service", name=info.service_name) if info.service_name
            else message("cli_server_for_reviewer", name=info.reviewer_name)
            if info.reviewer_name else "")
    _say("cli_server_user_added" if info.new else "cli_server_user_updated",
         login=info.login, role=info.role, what=what)
    return 0


def _new_password(args: argparse.Namespace) -> str | None:
    """The new login's password: from ``--password-env``, else asked for at a terminal; None
    (the password is left as it is) when there is neither."""
    from fidelity_app.services.errors import InvalidInputError

    if args.password_env:
        value = os.environ.get(args.password_env)
        if value is None:
            raise InvalidInputError("server_password_env_missing", var=args.password_env)
        return value or None
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(message("cli_new_password_prompt", login=args.login).text()) or None


def _say(key: str, **args: object) -> None:
    sys.stderr.write(message(key, **args).text() + "\n")
