"""The command line, called in-process and once as the installed command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fidelity_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_scales_json_lists_ips25_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scales", "--json")
    assert code == 0
    scales = {s["id"]: s for s in json.loads(out)}
    assert scales["ips-25"]["languages"] == ["en", "sv"]
    assert scales["ips-25"]["items"] == 25
    assert scales["ips-25"]["version"] == "2008"


def test_demo_then_reviews(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0
    ids = out.split()
    assert len(ids) == 2
    code, out, _ = run(capsys, "--db", db, "reviews", "--json")
    reviews = json.loads(out)
    assert {r["id"] for r in reviews} == set(ids)
    first = next(r for r in reviews if r["date"] == "2025-10-14")
    assert first["status"] == "final" and first["total"] == 80 and first["band"] == "fair"
    assert all(r["service"] == "Arbetsstöd Norr" for r in reviews)
    assert all(r["reviewers"] == ["Anna Andersson", "Bertil Berg"] for r in reviews)
    code, out, _ = run(capsys, "--db", db, "reviews")
    assert code == 0 and "Arbetsstöd Norr" in out and "Måttlig programtrohet" in out


def test_export_import_and_score(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    run(capsys, "--db", db, "demo")
    _, out, _ = run(capsys, "--db", db, "reviews", "--json")
    second = next(r for r in json.loads(out) if r["date"] == "2026-10-13")
    target = tmp_path / "export.json"
    code, _, err = run(capsys, "--db", db, "export", second["id"][:8], "--out",
                       str(target))
    assert code == 0 and target.exists()
    code, out, _ = run(capsys, "score", str(target), "--json")
    assert code == 0
    scored = json.loads(out)
    assert scored["total"] == second["total"] == 92
    assert scored["max"] == 125 and scored["band"] == "fair" and scored["missing"] == []
    assert scored["sections"] == {"staffing": 12, "organization": 28, "services": 52}
    other = tmp_path / "other.db"
    code, out, _ = run(capsys, "--db", str(other), "import", str(target))
    assert code == 0 and out.strip() == second["id"]
    code, out, err = run(capsys, "--db", str(other), "import", str(target))
    assert code == 0 and "nothing changed" in err


def test_score_of_a_partial_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({
        "format": "fidelity-app/review", "version": 1, "scale": "ips-25", "language": "en",
        "service": {"name": "S"}, "review": {"kind": "self-assessment", "date": "2026-01-05"},
        "items": [{"id": "staffing-1", "score": 5}, {"id": "services-14", "score": 2}],
    }), "utf-8")
    code, out, _ = run(capsys, "score", str(path), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["total"], data["band"], data["partial"]) == (7, None, True)
    assert len(data["missing"]) == 23 and "staffing-2" in data["missing"]
    code, out, _ = run(capsys, "score", str(path))
    assert "partial, 2/25" in out


def test_user_errors_go_to_stderr_without_traceback(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    code, out, err = run(capsys, "score", str(bad))
    assert code != 0 and out == "" and "not valid JSON" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", str(db_path), "import", str(bad))
    assert code != 0 and "not valid JSON" in err
    code, _, err = run(capsys, "--db", str(db_path), "export", "abcdef", "--out",
                       str(tmp_path / "x.json"))
    assert code != 0 and "no review with id abcdef" in err


def test_database_from_environment_variable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("FIDELITY_APP_DB", str(env_db))
    run(capsys, "demo")
    assert env_db.exists()
    code, out, err = run(capsys, "--db", str(tmp_path / "missing.db"), "reviews", "--json")
    assert (code, out) == (1, "") and "There is no database at" in err
    assert not (tmp_path / "missing.db").exists()


def test_default_database_lives_in_the_user_data_folder(
    capsys: pytest.CaptureFixture[str]
) -> None:
    from fidelity_app.paths import database_path

    run(capsys, "demo")
    path = database_path()
    assert path.exists()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])


def test_installed_command_runs_as_a_user_would(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("fidelity-app")
    db = tmp_path / "cli.db"
    env = dict(os.environ, FIDELITY_APP_DB=str(db))
    done = subprocess.run([str(exe), "demo"], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([str(exe), "reviews", "--json"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert listed.returncode == 0
    assert len(json.loads(listed.stdout)) == 2
    bad = subprocess.run([str(exe), "export", "zzzz", "--out", str(tmp_path / "o.json")],
                         env=env, capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and bad.stderr.strip()
