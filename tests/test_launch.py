"""The command's entry point pauses the garbage collector while the program loads and lets it
run again before a command runs or once the window is built (each in a fresh process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from fidelity_app.services.app import open_app

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import gc, json, sys
from fidelity_app import launch

collections = []
gc.callbacks.append(lambda phase, info: collections.append(1) if phase == "start" else None)
seen = {}
real = launch.loaded

def loaded():
    seen.setdefault("collections_while_loading", len(collections))
    seen.setdefault("enabled_while_loading", gc.isenabled())
    real()

launch.loaded = loaded
code = launch.main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({**seen, "code": code, "enabled_after": gc.isenabled(),
                  "frozen": gc.get_freeze_count()}))
"""


def run(*args: str, tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "LANGUAGE": "en", "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120, check=False)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_command_runs_with_the_collector_on_after_a_load_without_it(tmp_path: Path) -> None:
    seen = run("--db", str(tmp_path / "reviews.db"), "demo", tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["collections_while_loading"] == 0
    assert seen["enabled_while_loading"] is False
    assert seen["enabled_after"] is True
    assert int(str(seen["frozen"])) > 10_000  # what was loaded is kept out of its walks


def test_the_window_is_built_with_the_collector_paused_then_it_runs(tmp_path: Path) -> None:
    db = tmp_path / "reviews.db"
    open_app(db).close()  # a database named with --db must exist
    seen = run("--db", str(db), "--quit-when-shown", tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["collections_while_loading"] == 0
    assert seen["enabled_after"] is True


def test_the_installed_command_and_the_bundle_start_through_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["fidelity-app"] == "fidelity_app.launch:main"
    launcher = (ROOT / "packaging" / "launcher.py").read_text(encoding="utf-8")
    assert "from fidelity_app.launch import main" in launcher
