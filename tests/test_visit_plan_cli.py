"""``fidelity-app plan REVIEW_ID [--json] [--received N...] [--pdf FILE]`` and the plan's PDF
read back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

from fidelity_app.cli import main
from fidelity_app.messages import set_language
from fidelity_app.reports.visit_plan import build_visit_plan
from fidelity_app.services.app import App


@pytest.fixture(autouse=True)
def _english_messages():
    set_language("en")
    yield
    set_language("en")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def new_review(app: App, language: str = "sv", kind: str = "external") -> str:
    service = app.reviews.create_service(f"IPS Västby {language} {kind}")
    return app.reviews.create_review(service.uuid, kind=kind, start_date=date(2026, 5, 12),
                                     end_date=date(2026, 5, 13), language=language,
                                     reviewers=["Karin Ek", "Olle Berg"]).uuid


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_plan_lists_the_schedule_and_ticks_documents(
    app: App, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    review = new_review(app)
    code, out, _ = run(capsys, "--db", db, "plan", review[:8], "--received", "1", "3")
    assert code == 0
    assert "Visit plan for IPS Västby sv external, 2026-05-12" in out
    assert "  2. 2026-05-12 09:00–10:00  Intervju med ledningen (verksamhetschef, enhetschef)" \
        in out
    assert "  1. [x] Ärendelista: deltagare per arbetsspecialist (received)" in out
    assert "  2. [ ] Förteckning" in out
    assert [d.received for d in app.visit_plans.plan(review).documents][:3] == [
        True, False, True]

    code, out, _ = run(capsys, "--db", db, "plan", review, "--not-received", "1", "--json")
    data = json.loads(out)
    assert [d["received"] for d in data["documents"]][:3] == [False, False, True]
    assert data["activities"][3]["with_whom"] == "deltagare i grupp"
    assert data["documents"][0]["number"] == 1


def test_a_document_number_not_in_the_list_is_a_clear_error(
    app: App, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    review = new_review(app)
    code, out, err = run(capsys, "--db", db, "plan", review, "--received", "7")
    assert code == 1 and out == ""
    assert "There is no document number 7; the list has 6." in err


def test_plan_pdf_is_written_in_the_reviews_language(
    app: App, db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    review = new_review(app)
    app.visit_plans.set_received(review, 2)
    target = tmp_path / "besöksplan.pdf"
    code, _, err = run(capsys, "--db", db, "plan", review, "--pdf", str(target))
    assert code == 0 and str(target) in err
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 1  # short: one page to send
    text = text_of(target)
    for expected in ("BESÖKSPLAN", "IPS Västby sv external", "12–13 maj 2026",
                     "Karin Ek, Olle Berg", "Program", "Intervju med ledningen",
                     "deltagare i grupp", "Underlag vi ber er ta fram",
                     "1. Ärendelista: deltagare per arbetsspecialist", "☑", "☐",
                     "roller, inte namn"):
        assert expected in text, expected
    assert text.count("☑") == 1
    assert reader.metadata.title == "Besöksplan: IPS Västby sv external"


def test_the_pdf_of_a_dialogue_meeting_in_english_is_short(app: App, tmp_path: Path) -> None:
    review = new_review(app, language="en", kind="dialogue-meeting")
    pdf = build_visit_plan(app.visit_plans.plan(review), invariant=True)
    assert pdf == build_visit_plan(app.visit_plans.plan(review), invariant=True)
    target = tmp_path / "plan.pdf"
    target.write_bytes(pdf)
    text = text_of(target)
    assert "VISIT PLAN" in text and "Rate together, item by item" in text
    assert "Programme" in text and "Documents we ask you to prepare" in text
    assert "Dialogue meeting" in text and "Interview with the management" not in text


def test_an_empty_plan_still_prints_and_says_so(app: App, tmp_path: Path) -> None:
    review = new_review(app, language="en")
    plan = app.visit_plans.plan(review)
    for a in plan.activities:
        app.visit_plans.remove(review, "activity", a.uuid)
    for d in plan.documents:
        app.visit_plans.remove(review, "document", d.uuid)
    target = tmp_path / "empty.pdf"
    target.write_bytes(build_visit_plan(app.visit_plans.plan(review)))
    text = text_of(target)
    assert "No activities are planned yet." in text and "No documents are asked for." in text


@pytest.mark.sqlite_only  # the database is a file
def test_plan_pdf_refuses_to_overwrite_the_database(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    review = new_review(app)
    before = app.visit_plans.plan(review)
    code, _, err = run(capsys, "--db", str(app.db_path), "plan", review, "--pdf",
                       str(app.db_path))
    assert code == 1 and "Nothing was written" in err
    assert app.visit_plans.plan(review) == before and not app.db_path.read_bytes().startswith(
        b"%PDF")


def test_the_reports_method_section_names_the_activities_held(
    capsys: pytest.CaptureFixture[str], app: App, db: str, tmp_path: Path
) -> None:
    review = new_review(app)
    plan = app.visit_plans.plan(review)
    held, not_held = plan.activities[1], plan.activities[2]
    app.visit_plans.save_activity(review, replace(held, held=True), expected=held)
    app.evidence.add_evidence(review, "staffing-1", "Tjugo deltagare var", "interview",
                              role="enhetschef")
    app.close()
    out = tmp_path / "report.pdf"
    code, _out, _err = run(capsys, "--db", db, "report", review, "--out", str(out))
    text = " ".join(text_of(out).split())
    assert code == 0
    assert f"Besöket omfattade: {held.activity} ({held.with_whom})." in text
    assert not_held.activity not in text.split("Besöket omfattade:")[1].split(".")[0]
    assert "Underlaget bygger på intervjuer (enhetschef)." in text
