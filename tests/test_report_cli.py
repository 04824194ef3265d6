"""``fidelity-app report REVIEW_ID --out FILE.pdf [--lang sv|en]``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from fidelity_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def demo_reviews(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, object]]:
    """The demo's two reviews by status (the draft has an earlier final one)."""
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    _, out, _ = run(capsys, "--db", str(db), "reviews", "--json")
    return {r["status"]: r for r in json.loads(out)}


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_report_command_writes_the_pdf_in_the_reviews_language(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    reviews = demo_reviews(capsys, db_path)
    target = tmp_path / "rapport.pdf"
    code, _, err = run(capsys, "--db", str(db_path), "report", str(reviews["draft"]["id"])[:8],
                       "--out", str(target))
    assert code == 0 and str(target) in err
    text = text_of(target)
    assert "Arbetsstöd Norr" in text and "Sammanfattning" in text and "Utkast" in text
    assert "Jämförelse med föregående bedömning" in text  # the demo's draft has a final before


def test_report_command_in_english(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    reviews = demo_reviews(capsys, db_path)
    target = tmp_path / "report.pdf"
    code, _, _ = run(capsys, "--db", str(db_path), "report", str(reviews["final"]["id"]),
                     "--out", str(target), "--lang", "en")
    assert code == 0
    text = text_of(target)
    assert "Summary" in text and "Fair fidelity" in text and "Draft" not in text
    assert "Comparison with the previous review" not in text  # the first review


def test_report_command_unknown_review_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    demo_reviews(capsys, db_path)
    target = tmp_path / "none.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "report", "ffffffff", "--out",
                         str(target))
    assert code == 1 and out == ""
    assert err.strip() == "error: There is no review with id ffffffff."
    assert not target.exists()


def test_report_command_unwritable_target_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    reviews = demo_reviews(capsys, db_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "--db", str(db_path), "report", str(reviews["final"]["id"]),
                       "--out", str(blocker / "report.pdf"))
    assert code == 2
    assert err.startswith(f"error: Cannot write {blocker / 'report.pdf'}")
    assert "Traceback" not in err


def test_report_command_rejects_an_unknown_language(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "report", "abcd", "--out", str(tmp_path / "x.pdf"),
              "--lang", "de"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_installed_command_writes_a_report(db_path: Path, tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "fidelity-app"
    env_db = ["--db", str(db_path)]
    ids = subprocess.run([command, *env_db, "demo"], capture_output=True, text=True,
                         check=True).stdout.split()
    target = tmp_path / "installed.pdf"
    done = subprocess.run([command, *env_db, "report", ids[1], "--out", str(target)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    bad = subprocess.run([command, *env_db, "report", "0000ffff", "--out", str(target)],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "There is no review with id 0000ffff" in bad.stderr
