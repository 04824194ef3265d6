"""``fidelity-app push`` and ``pull``: the summary in the locale, ``--json``, refusals, and a
push killed half-way (a real process) that leaves both databases whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fidelity_app.cli import main
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from tests.db_rows import dump, dump_file
from tests.sync_sample import add_review, content, copies

# the local database is a file here; pushing to and pulling from a server is in
# tests/test_sync_server.py
pytestmark = pytest.mark.sqlite_only

def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shared_path(tmp_path: Path, catalogue: ScaleCatalogue) -> Path:
    path = tmp_path / "delad.db"
    open_app(path, scales=catalogue).close()
    return path


def test_push_then_pull_in_swedish_and_as_json(
        app: App, shared_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    review = add_review(app)
    add_review(app, "Jobbstöd Väst")

    code, out, _ = run(capsys, "--db", str(app.db_path), "push", str(shared_path), review[:8])
    assert code == 0
    assert out.splitlines()[0] == f"Skickat till {shared_path}. Nya: 1, sammanslagna: 0, " \
                                  "oförändrade: 0."
    assert f"IPS-teamet Norr, 2026-03-02 ({review[:8]}): importerad som en ny bedömning" in out

    code, out, _ = run(capsys, "--db", str(app.db_path), "push", f"sqlite:///{shared_path}",
                       review, "--json")
    assert code == 0
    record = json.loads(out)
    assert record["unchanged"] == 1 and record["created"] == 0
    assert record["reviews"][0]["outcome"] == "unchanged"

    laptop = tmp_path / "laptop.db"
    code, out, err = run(capsys, "--db", str(laptop), "pull", str(shared_path),
                         "--service", "ips-teamet norr")
    assert code == 0 and "skapade databasen" in err
    assert out.startswith(f"Hämtat från {shared_path}. Nya: 1,")
    other = open_app(laptop, create=False)
    try:
        assert content(other, review) == content(app, review)
    finally:
        other.close()
    code, out, _ = run(capsys, "--db", str(laptop), "pull", str(shared_path))
    assert out.startswith("Bedömningen från") and "Inget ändrades" in out


def test_a_conflict_is_listed_and_nothing_is_sent(
        app: App, shared_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    review = add_review(app)
    assert run(capsys, "--db", str(app.db_path), "push", str(shared_path))[0] == 0
    items = [i.id for i in app.reviews.scale_for("ips-25", "sv").items]
    app.reviews.set_score(review, items[0], 5)
    shared = open_app(shared_path)
    try:
        shared.reviews.set_score(review, items[0], 1)
    finally:
        shared.close()
    before = dump_file(shared_path)

    code, out, err = run(capsys, "--db", str(app.db_path), "push", str(shared_path), "--json")

    assert code == 1 and dump_file(shared_path) == before
    assert json.loads(out)["refused"] is True
    assert "Nothing was sent" in err and "score 1 in the shared database, score 5 here" in err


def test_a_password_in_the_url_is_never_printed(
        app: App, capsys: pytest.CaptureFixture[str]) -> None:
    add_review(app)
    code, out, err = run(capsys, "--db", str(app.db_path), "push",
                         "postgresql://anna:Sommar2026@server.invalid/ips")
    assert code == 1 and "Sommar2026" not in out + err and "anna:***@server.invalid" in err


def test_a_push_killed_half_way_leaves_both_databases_whole(
        app: App, shared_path: Path) -> None:
    copies(app, add_review(app, every_item=True), 60)
    before_shared, before_local = dump_file(shared_path), dump(app)
    env = {**os.environ, "LANG": "en_GB.UTF-8"}
    command = [sys.executable, "-m", "fidelity_app.cli", "--db", str(app.db_path), "push",
               str(shared_path), "--progress"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          text=True) as pushing:
        assert pushing.stderr is not None
        for line in pushing.stderr:
            if line.startswith("Storing review 10 of 61"):
                pushing.send_signal(signal.SIGKILL)
                break
        pushing.wait(timeout=60)
    assert pushing.returncode == -signal.SIGKILL  # killed while storing, before the commit

    assert dump_file(shared_path) == before_shared
    assert dump(app) == before_local
    shared = open_app(shared_path)  # opens after the full integrity check
    try:
        assert shared.reviews.list_reviews() == []
    finally:
        shared.close()
