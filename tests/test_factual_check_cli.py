"""``fidelity-app factual-check REVIEW_ID --out FOLDER | --import FILE.xlsx [--from NAME]``,
the draft kept as sent, and the service's comments as an appendix of the final report."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from fidelity_app.cli import main
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app

MIGRATIONS = Path(__file__).parent / "data" / "migrations"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def draft_id(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    _, out, _ = run(capsys, "--db", str(db), "reviews", "--json")
    return next(r["id"] for r in json.loads(out) if r["status"] == "draft")


def fill(sheet: Path, comments: dict[str, str]) -> Path:
    """Type comments in the last column against the items numbered as in ``comments``."""
    book = load_workbook(sheet)
    rows = book.worksheets[0]
    for row in rows.iter_rows(min_row=2):
        if row[0].value in comments:
            row[-1].value = comments[row[0].value]
    filled = sheet.with_name("tillbaka.xlsx")
    book.save(filled)
    return filled


def test_send_writes_the_draft_and_the_sheet_and_keeps_the_draft(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path,
    catalogue: ScaleCatalogue,
) -> None:
    review = draft_id(capsys, db_path)
    folder = tmp_path / "till verksamheten"
    code, _, err = run(capsys, "--db", str(db_path), "factual-check", review[:8],
                       "--out", str(folder))
    assert code == 0
    (pdf,) = folder.glob("*.pdf")
    (sheet,) = folder.glob("*.xlsx")
    assert pdf.name.startswith("Utkast för faktagranskning – Arbetsstöd Norr ")
    assert sheet.name.startswith("Faktagranskning – Arbetsstöd Norr ")
    assert sheet.suffix == ".xlsx" and pdf.suffix == ".pdf"
    assert f"skrev {pdf}" in err or f"wrote {pdf}" in err
    assert "Utkast" in text_of(pdf)
    app = open_app(db_path, catalogue)
    try:
        (kept,) = app.factual_checks.drafts(review)
        assert kept.language == "sv"
    finally:
        app.close()
    again = tmp_path / "igen.pdf"
    assert run(capsys, "--db", str(db_path), "factual-check", review, "--save-draft",
               str(again))[0] == 0
    assert again.read_bytes() == pdf.read_bytes()


def test_save_draft_before_sending_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    review = draft_id(capsys, db_path)
    code, _, err = run(capsys, "--db", str(db_path), "factual-check", review, "--save-draft",
                       str(tmp_path / "utkast.pdf"))
    assert code == 2 and "has not been sent for factual check" in err
    assert not (tmp_path / "utkast.pdf").exists()


def test_import_stores_the_comments_and_the_final_report_can_append_them(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    review = draft_id(capsys, db_path)
    run(capsys, "--db", str(db_path), "factual-check", review, "--out", str(tmp_path))
    sheet = next(tmp_path.glob("*.xlsx"))
    filled = fill(sheet, {"Personal 1": "Vi har anställt en fjärde arbetsspecialist.",
                          "Tjänster 3": "Uppföljningen sker nu varje månad."})

    code, _, err = run(capsys, "--db", str(db_path), "factual-check", review, "--import",
                       str(filled), "--from", "Karin Lind, enhetschef")
    assert code == 0 and "Sparade kommentarer: 2" in err

    with_appendix = tmp_path / "slutlig.pdf"
    without = tmp_path / "utan.pdf"
    assert run(capsys, "--db", str(db_path), "report", review, "--out", str(with_appendix),
               "--service-comments")[0] == 0
    assert run(capsys, "--db", str(db_path), "report", review, "--out", str(without))[0] == 0
    pages = [" ".join(page.extract_text().split())
             for page in pypdf.PdfReader(with_appendix).pages]
    start = next(i for i, text in enumerate(pages)
                 if "Bilaga: verksamhetens kommentarer vid faktagranskningen" in text)
    last = "".join(pages[start:])
    assert "Vi har anställt en fjärde arbetsspecialist." in last
    assert "Uppföljningen sker nu varje månad." in last
    assert "FRÅN KARIN LIND, ENHETSCHEF" in last
    assert last.index("Personal 1".upper()) < last.index("Tjänster 3".upper())
    assert "Bilaga" not in text_of(without)
    assert len(pypdf.PdfReader(without).pages) == start


def test_import_without_a_sender_names_the_service(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path,
    catalogue: ScaleCatalogue,
) -> None:
    review = draft_id(capsys, db_path)
    run(capsys, "--db", str(db_path), "factual-check", review, "--out", str(tmp_path))
    filled = fill(next(tmp_path.glob("*.xlsx")), {"Personal 2": "Stämmer inte riktigt."})
    assert run(capsys, "--db", str(db_path), "factual-check", review, "--import",
               str(filled))[0] == 0
    app = open_app(db_path, catalogue)
    try:
        (comment,) = app.factual_checks.comments(review)
        assert (comment.item_id, comment.sender) == ("staffing-2", "Arbetsstöd Norr")
    finally:
        app.close()


def test_a_refused_sheet_is_a_clear_error_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path,
    catalogue: ScaleCatalogue,
) -> None:
    review = draft_id(capsys, db_path)
    run(capsys, "--db", str(db_path), "factual-check", review, "--out", str(tmp_path))
    filled = fill(next(tmp_path.glob("*.xlsx")), {"Personal 2": "En kommentar."})
    book = load_workbook(filled)
    book.worksheets[0]["A5"] = "Personal 7"
    book.save(filled)
    code, _, err = run(capsys, "--db", str(db_path), "factual-check", review, "--import",
                       str(filled))
    assert code == 1
    assert "row 5" in err or "rad 5" in err
    assert "Traceback" not in err
    app = open_app(db_path, catalogue)
    try:
        assert app.factual_checks.comments(review) == ()
    finally:
        app.close()


def test_the_sheet_is_never_written_into_the_database(
    capsys: pytest.CaptureFixture[str], db_path: Path,
) -> None:
    review = draft_id(capsys, db_path)
    code, _, err = run(capsys, "--db", str(db_path), "factual-check", review, "--out",
                       str(db_path / "inte här"))
    assert code == 1 and err.strip()


def test_a_database_of_schema_0008_takes_the_factual_check(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(MIGRATIONS / "0008.db", db)
    app = open_app(db, catalogue)
    try:
        review = next(r.uuid for r in app.reviews.list_reviews() if not r.is_final)
        assert app.factual_checks.comments(review) == ()
        app.factual_checks.record_sent(review, b"%PDF-1.4", "sv")
        sheet = app.factual_checks.write_sheet(review, tmp_path / "ark.xlsx")
        book = load_workbook(sheet)
        book.worksheets[0]["E2"] = "Från en uppgraderad databas"
        book.save(sheet)
        assert app.factual_checks.import_comments(review, sheet, "Karin Lind").added == 1
        assert len(app.factual_checks.drafts(review)) == 1
        app.reviews.delete_review(review)  # the comments and drafts go with their review
    finally:
        app.close()
    with sqlite3.connect(db) as conn:
        for table in ("service_comments", "factual_check_drafts"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
