"""The command line writing to a terminal or file of a legacy encoding (a Windows code page):
what the encoding holds is written, the rest replaced, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app


def run_cli(db: Path, encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    return subprocess.run([sys.executable, "-m", "fidelity_app.cli", "--db", str(db), *args],
                          capture_output=True, env=env, timeout=120, check=False)


@pytest.fixture
def db(db_path: Path, catalogue: ScaleCatalogue) -> Path:
    app = open_app(db_path, catalogue)
    service = app.reviews.create_service("Łódź stöd 😀", "Gdańsk")
    app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 11, 10),
                              reviewers=["Łukasz Ørsted"])
    app.close()
    return db_path


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_names_the_encoding_cannot_hold_are_replaced(db: Path, encoding: str) -> None:
    listed = run_cli(db, encoding, "reviews")
    as_json = run_cli(db, encoding, "reviews", "--json")
    for result in (listed, as_json):
        assert result.returncode == 0, result.stderr.decode(encoding, "replace")
        assert b"Traceback" not in result.stderr
    text = listed.stdout.decode(encoding)
    # "Łódź stöd 😀": Ł, ź and the emoji are in none of these code pages, ó and ö in two
    assert ("??d? st?d ?" if encoding == "ascii" else "?ód? stöd ?") in text


def test_an_error_message_with_such_a_name_is_shown(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Łódź"
    app = open_app(db)
    review = app.reviews.list_reviews()[0].uuid
    app.close()
    result = run_cli(db, "cp1252", "export", review, "--out", str(folder / "x.json"))
    err = result.stderr.decode("cp1252")
    assert result.returncode == 1 and err.startswith("error: ") and "Traceback" not in err
    assert "?ód?" in err
