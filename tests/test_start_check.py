"""``fidelity-app --quit-when-shown``: the window opens, says so and closes like a user's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fidelity_app.services.app import open_app


def start(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("fidelity-app")
    return subprocess.run([str(exe), "--db", str(db), *args], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
                          timeout=120, check=False)


def test_window_is_shown_then_closed_with_exit_code_zero(tmp_path: Path) -> None:
    db = tmp_path / "start.db"
    open_app(db).close()  # a database named with --db must exist: the window never makes one
    done = start(db, "--quit-when-shown", LANGUAGE="en")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "shown: start.db - IPS Fidelity Review\n"
    app = open_app(db, create=False)  # the database was closed properly
    try:
        assert app.reviews.list_reviews() == []
    finally:
        app.close()



def test_a_database_that_cannot_be_opened_is_reported_without_waiting_for_a_user(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "missing.db"
    done = start(missing, "--quit-when-shown", LANGUAGE="en")
    assert done.returncode == 1
    assert done.stdout == ""
    assert f"There is no database at {missing}. Nothing was created." in done.stderr
    assert not missing.exists()
