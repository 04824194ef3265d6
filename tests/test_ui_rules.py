"""Rules of the interface code, checked on its source: refusals are caught in one place, no
module reaches into another object's private members, modules stay small."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "fidelity_app" / "ui"
# Where a ServiceError may be caught: the runner's core (run_op builds on it).
CATCHERS = {"outcome.py"}
MAX_LINES = 510

CATCH = re.compile(r"except\s*\(?[^:\n]*\b(ServiceError|SAVE_ERRORS|OPEN_ERRORS)\b")
# ``name._private`` where ``name`` is not ``self``/``cls`` (``obj.__dunder__`` is fine).
PRIVATE = re.compile(r"\b(?!self\b|cls\b)[a-z_][a-z0-9_]*\._[a-z][a-z0-9_]*\b")


def modules() -> list[tuple[str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found.append((path.relative_to(UI).as_posix(), path.read_text("utf-8")))
    return found


def test_only_the_runner_catches_service_refusals() -> None:
    catching = [name for name, text in modules() if name not in CATCHERS and CATCH.search(text)]
    assert catching == []


def test_no_module_reaches_into_private_members() -> None:
    reaching = [f"{name}: {m.group(0)}" for name, text in modules()
                for m in PRIVATE.finditer(text)]
    assert reaching == []


def test_interface_modules_stay_small() -> None:
    long = [f"{name}: {text.count(chr(10))}" for name, text in modules()
            if text.count("\n") > MAX_LINES]
    assert long == []
