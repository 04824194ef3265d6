"""The command line's shared-database parts: ``fidelity-app push`` and ``fidelity-app pull``.

``--db`` names the local database, the first argument the shared one (a path, an SQLite URL
or a server URL; a password written in it is never printed). The summary is in the locale's
language; ``--json`` prints the run's record, the same in every language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from fidelity_app.messages import message

if TYPE_CHECKING:  # the services are imported when a command uses them: not at the GUI's start
    from fidelity_app.services.app import App
    from fidelity_app.services.exchange import ServiceChoice
    from fidelity_app.services.sync import Progress, SyncResult


def _text(key: str) -> str:
    return message(key).text()


def add_sync_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``push`` and ``pull`` commands (help texts from the catalogue, in the locale)."""
    p = sub.add_parser("push", help=_text("cli_help_push"))
    p.add_argument("url", metavar=_text("cli_value_url"), help=_text("cli_help_sync_url"))
    p.add_argument("review_ids", nargs="*", metavar="REVIEW_ID",
                   help=_text("cli_help_push_reviews"))
    _common(p)
    p = sub.add_parser("pull", help=_text("cli_help_pull"))
    p.add_argument("url", metavar=_text("cli_value_url"), help=_text("cli_help_sync_url"))
    p.add_argument("--service", metavar=_text("cli_value_name"),
                   help=_text("cli_help_pull_service"))
    _common(p)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=_text("cli_help_json"))
    p.add_argument("--progress", action="store_true", help=_text("cli_help_sync_progress"))
    same = p.add_mutually_exclusive_group()
    same.add_argument("--existing-service", action="store_true",
                      help=_text("cli_help_sync_existing"))
    same.add_argument("--new-service", action="store_true", help=_text("cli_help_sync_new"))


def _progress(args: argparse.Namespace) -> Progress | None:
    """Progress lines on stderr, when asked for or when stderr is a terminal."""
    if not (args.progress or sys.stderr.isatty()):
        return None

    def say(done: int, total: int) -> bool:
        half = total // 2
        if done < half:
            text = message("sync_progress_read", done=done + 1, count=half)
        elif done < total:
            text = message("sync_progress_store", done=done - half + 1, count=half)
        else:
            return True
        sys.stderr.write(text.text() + "\n")
        sys.stderr.flush()
        return True

    return say


def _choice(args: argparse.Namespace) -> ServiceChoice:
    return "existing" if args.existing_service else "new" if args.new_service else "ask"


def cmd_sync(args: argparse.Namespace, app_factory: Callable[[], App]) -> int:
    """Push or pull: one run, all of it or nothing."""
    from fidelity_app.cli_server import TerminalPrompt
    from fidelity_app.services.sync import SyncRefusedError

    app = app_factory()
    passwords = TerminalPrompt(args.remember_password)
    try:
        if args.command == "push":
            result = app.sync.push(args.url, args.review_ids, service=_choice(args),
                                   progress=_progress(args), passwords=passwords)
        else:
            result = app.sync.pull(args.url, args.service, service=_choice(args),
                                   progress=_progress(args), passwords=passwords)
    except SyncRefusedError as exc:
        if args.json:
            _json({"direction": args.command, "refused": True,
                   "problems": [p.text() for p in exc.problems]})
        sys.stderr.write(message("cli_error", message=exc.message).text() + "\n")
        if any(p.key.endswith("_service_match") for p in exc.problems):
            sys.stderr.write(message("cli_sync_use_existing_or_new").text() + "\n")
        return 1
    _report(result, args.json)
    return 0


def _report(result: SyncResult, as_json: bool) -> None:
    if as_json:
        _json(result.as_json())
        return
    lines = [result.describe(), *result.lines()]
    sys.stdout.write("\n".join(line.text() for line in lines) + "\n")


def _json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
