"""``fidelity-app privacy`` and the personal-data warning and ``--redact`` of ``report`` and
``export``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest
from privacy_sample import EVIDENCE, Sample, evidence_of, make_sample

from fidelity_app.cli import main
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import open_app
from fidelity_app.services.privacy import login_name


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(db_path: Path, catalogue: ScaleCatalogue) -> Sample:
    app = open_app(db_path, catalogue)
    try:
        return make_sample(app, final=True)
    finally:
        app.close()


def stored_evidence(db_path: Path, sample: Sample) -> str:
    app = open_app(db_path)
    try:
        return evidence_of(app.reviews.get_review(sample.review).notes(sample.first))
    finally:
        app.close()


def test_privacy_lists_the_findings_with_their_context(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "privacy", sample.review[:8])
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 10
    assert lines[0] == (f"{sample.first}\tevidence\tname\tAhmed Hassan\t"
                        "…Deltagaren [Ahmed Hassan] (811218-9876) har fått jobb. Eva Lind b…")
    assert lines[5].startswith("-\tsummary_recommendations\tname\tPer Andersson\t")
    assert lines[6].startswith(f"{sample.first}\treviewer_note (Anna Andersson)\tname\t")
    assert err == (f"10 items found in the notes of review {sample.review[:8]}: "
                   "1 identity number, 1 e-mail address, 2 phone numbers, 6 names.\n")


def test_privacy_json_gives_item_field_kind_and_text(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "privacy", sample.review, "--json")
    assert code == 0
    findings = json.loads(out)
    assert [(f["item"], f["field"], f["kind"], f["text"]) for f in findings[:2]] == [
        (sample.first, "evidence", "name", "Ahmed Hassan"),
        (sample.first, "evidence", "identity-number", "811218-9876"),
    ]
    assert findings[5]["item"] is None and findings[5]["field"] == "summary_recommendations"


def test_a_review_without_personal_data_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "reviews", "--json")
    review = json.loads(out)[0]["id"]
    code, out, err = run(capsys, "--db", str(db_path), "privacy", review, "--json")
    assert code == 0 and json.loads(out) == []
    assert err == f"No likely personal data found in the notes of review {review[:8]}.\n"


def test_report_warns_on_standard_error_and_redact_replaces_in_the_report_only(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample, tmp_path: Path
) -> None:
    plain, redacted = tmp_path / "plain.pdf", tmp_path / "redacted.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "report", sample.review, "--out",
                         str(plain))
    assert code == 0 and out == ""
    assert err.splitlines()[1] == (
        "warning: the report contains 6 items that look like personal data "
        "(1 identity number, 1 phone number, 4 names). See them with "
        f"'fidelity-app privacy {sample.review[:8]}'; add --redact to replace them in the "
        "report only.")

    code, _, err = run(capsys, "--db", str(db_path), "report", sample.review, "--out",
                       str(redacted), "--redact")
    assert code == 0
    assert err.splitlines()[1].startswith(
        "replaced 6 items that looked like personal data (1 identity number, ")
    assert err.splitlines()[1].endswith(
        "with [deltagare] in the report only; the stored notes are unchanged.")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(redacted).pages)
    assert "Ahmed Hassan" not in text and "811218-9876" not in text and "[deltagare]" in text
    assert "Ahmed Hassan" in " ".join(p.extract_text() for p in pypdf.PdfReader(plain).pages)
    assert stored_evidence(db_path, sample) == EVIDENCE


def test_export_warns_and_redact_replaces_in_the_file_only(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "review.json"
    code, _, err = run(capsys, "--db", str(db_path), "export", sample.review, "--out",
                       str(target), "--reviewer", "Anna Andersson")
    assert code == 0
    assert "warning: the review file contains" in err  # final: the agreed notes go too
    code, _, err = run(capsys, "--db", str(db_path), "export", sample.review, "--out",
                       str(target), "--redact")
    assert code == 0 and "in the review file only" in err
    data = json.loads(target.read_text("utf-8"))
    first = next(i for i in data["items"] if i["id"] == sample.first)
    assert first["evidence"][0]["text"].startswith(
        "Deltagaren [deltagare] ([deltagare]) har fått jobb.")
    assert data["ratings"][0]["note"] == "Pratade med [deltagare] på [deltagare]."
    assert stored_evidence(db_path, sample) == EVIDENCE


def test_no_warning_when_nothing_is_found(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "demo")
    _, out, _ = run(capsys, "--db", str(db_path), "reviews", "--json")
    review = json.loads(out)[0]["id"]
    code, _, err = run(capsys, "--db", str(db_path), "export", review, "--out",
                       str(tmp_path / "r.json"))
    assert code == 0 and err == f"wrote {tmp_path / 'r.json'}\n"


def test_purge_clears_the_personal_notes_of_a_final_review_and_logs_who(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "privacy", sample.review, "--purge",
                         "--by", "Bertil Berg")
    assert code == 0 and out == ""
    assert err == (f"Removed the personal notes of review {sample.review[:8]}: 2 evidence "
                   "entries, 1 needs-information reason, 2 reviewers' notes and 16 other texts "
                   "(the service's comments and drafts from the factual check, the visit "
                   "plan's activities and documents, reasons written in the logs). Scores, "
                   "strengths, areas for development, rationales and the visit plan's roles "
                   "are kept; the review's log records it.\n")
    assert stored_evidence(db_path, sample) == ""
    app = open_app(db_path)
    try:
        event = app.reviews.get_review(sample.review).events[-1]
    finally:
        app.close()
    assert (event.kind, event.actor) == ("personal-notes-removed", "Bertil Berg")

    code, _, err = run(capsys, "--db", str(db_path), "privacy", sample.review, "--purge")
    assert code == 0
    assert err == f"Review {sample.review[:8]} has no personal notes left; nothing was changed.\n"


def test_purge_refuses_a_draft_and_records_the_login_name_by_default(
    capsys: pytest.CaptureFixture[str], db_path: Path, catalogue: ScaleCatalogue
) -> None:
    app = open_app(db_path, catalogue)
    try:
        draft = make_sample(app)
        final = make_sample(app, final=True)
    finally:
        app.close()
    code, _, err = run(capsys, "--db", str(db_path), "privacy", draft.review, "--purge")
    assert code == 1 and err.startswith("error: Personal notes can be removed only from a "
                                        "final review")
    code, out, _ = run(capsys, "--db", str(db_path), "privacy", final.review, "--purge",
                       "--json")
    assert code == 0
    assert json.loads(out) == {"review": final.review, "evidence_entries": 2,
                               "needs_info_reasons": 1, "reviewer_notes": 2,
                               "service_comments": 0, "factual_drafts": 0, "plan_texts": 16,
                               "log_reasons": 0, "by": login_name()}


def test_retention_is_shown_set_and_due_reviews_listed(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample
) -> None:
    db = ["--db", str(db_path)]
    assert run(capsys, *db, "privacy", "--retention")[1] == (
        "Personal notes are kept 30 days after a review is final.\n")
    code, out, err = run(capsys, *db, "privacy", "--due")
    assert code == 0 and out == ""
    assert err == "No final review has been kept longer than 30 days with personal notes in it.\n"
    assert run(capsys, *db, "privacy", "--retention", "0")[1] == (
        "Personal notes are now kept 0 days after a review is final.\n")
    code, out, _ = run(capsys, *db, "privacy", "--due")
    today = date.today()
    assert out == (f"{sample.review}\tArbetsstöd Syd\tfinal {today.isoformat()}\t"
                   f"due {today.isoformat()}\n")
    code, out, _ = run(capsys, *db, "privacy", "--due", "--json")
    assert json.loads(out)[0]["due_on"] == today.isoformat()
    code, _, err = run(capsys, *db, "privacy", "--retention", "4000")
    assert code == 1 and "whole number from 0 to 3650" in err
    assert run(capsys, *db, "privacy", "--retention", "1", "--json")[1] == (
        '{"retention_days": 1}\n')
    assert run(capsys, *db, "privacy", "--due")[1] == ""  # due tomorrow, not listed today


def test_privacy_without_a_review_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "privacy")
    assert (code, out) == (2, "")
    assert err == "error: give a REVIEW_ID, or use --due or --retention\n"


def test_installed_command_lists_findings_as_json(db_path: Path, sample: Sample) -> None:
    exe = Path(sys.executable).parent / "fidelity-app"
    env = {**os.environ, "FIDELITY_APP_DB": str(db_path)}
    done = subprocess.run([str(exe), "privacy", sample.review[:8], "--json"], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    assert len(json.loads(done.stdout)) == 10


def test_the_privacy_command_speaks_the_locale_s_language(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert run(capsys, "--db", str(db_path), "privacy") == (
        2, "", "fel: ange ett REVIEW_ID, eller använd --due eller --retention\n")
    code, out, _ = run(capsys, "--db", str(db_path), "privacy", "--retention")
    assert (code, out) == (
        0, "Personliga anteckningar sparas 30 dagar efter att en bedömning har slutförts.\n")
    code, _, err = run(capsys, "--db", str(db_path), "report", sample.review, "--out",
                       str(db_path.parent / "rapport.pdf"))
    assert code == 0 and err.splitlines()[1].startswith(
        "varning: rapporten innehåller 6 uppgifter som ser ut som personuppgifter "
        "(1 personnummer, 1 telefonnummer, 4 namn).")


def test_factual_check_warns_and_redacts_the_draft_and_the_sheet_on_request(
    capsys: pytest.CaptureFixture[str], db_path: Path, sample: Sample, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    db = ["--db", str(db_path)]
    code, _, err = run(capsys, *db, "factual-check", sample.review, "--out",
                       str(tmp_path / "plain"))
    assert code == 0
    warning = err.splitlines()[-1]
    assert warning.startswith("warning: the draft and the spreadsheet contain 6 items that "
                              "look like personal data")
    assert "Ahmed Hassan" in pypdf_text(next((tmp_path / "plain").glob("*.pdf")))

    code, _, err = run(capsys, *db, "factual-check", sample.review, "--out",
                       str(tmp_path / "sent"), "--redact")
    assert code == 0 and err.count("wrote ") == 2
    assert err.splitlines()[-1].startswith("replaced 6 items that looked like personal data")
    assert err.endswith("only in the draft and the spreadsheet; the stored notes are "
                        "unchanged.\n")
    pdf = pypdf_text(next((tmp_path / "sent").glob("*.pdf")))
    sheet = load_workbook(next((tmp_path / "sent").glob("*.xlsx"))).worksheets[0]
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    for text in (pdf, cells):
        assert "Ahmed Hassan" not in text and "811218-9876" not in text
        assert "Deltagaren [deltagare] ([deltagare]) har fått jobb." in text
    kept = tmp_path / "kept.pdf"  # the draft kept with the review is the one sent
    run(capsys, *db, "factual-check", sample.review, "--save-draft", str(kept))
    assert "Ahmed Hassan" not in pypdf_text(kept)
    assert stored_evidence(db_path, sample) == EVIDENCE


def pypdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)
