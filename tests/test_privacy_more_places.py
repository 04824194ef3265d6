"""Personal data beyond the item notes: the service's comments from the factual check, the
visit plan's texts and the reasons in the review's logs. Each is found with its place,
replaced in the stored text (refused when changed since the check), replaced in a report or
review file only, and removed with the personal notes while the plan's roles stay."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook
from privacy_sample import Sample, make_sample
from sqlalchemy import update

from fidelity_app.reports import write_report
from fidelity_app.services.app import App
from fidelity_app.services.errors import EditConflictError
from fidelity_app.services.visit_plan import PlanActivity
from fidelity_app.storage.models import ServiceComment, VisitActivity

COMMENT = "Handläggaren Sven Olsson (sven.olsson@kommun.se) har redan ringt deltagaren."
ACTIVITY = "Samtal hos Sven Olsson, 070-765 43 21"
ROLE = "Sven Olsson"  # a name where a role belongs, as an older database may hold
DOCUMENT = "Journalen för 811218-9876"
REOPEN = "Sven Olsson bad om en rättelse, sven.olsson@kommun.se"
SECRETS = ("Sven Olsson", "sven.olsson@kommun.se", "070-765 43 21", "811218-9876")
NEW_FIELDS = {"service_comment", "plan_activity", "plan_with_whom", "plan_document",
              "event_reason"}


@dataclass(frozen=True)
class Visit:
    """The sample review with a comment, a plan with personal data and a reopening."""

    sample: Sample
    activity: str
    document: str

    @property
    def review(self) -> str:
        return self.sample.review


def add_comment(app: App, review: str, tmp_path: Path, text: str = COMMENT) -> None:
    """Fill the first item's comment in the factual-check sheet and read it back."""
    sent = app.factual_checks.write_sheet(review, tmp_path / "sheet.xlsx")
    book = load_workbook(sent)
    sheet = book.worksheets[0]
    sheet.cell(row=2, column=sheet.max_column, value=text)
    book.save(sent)
    assert app.factual_checks.import_comments(review, sent, "Karin Lind, enhetschef").added == 1


def make_visit(app: App, tmp_path: Path, *, final: bool = True) -> Visit:
    """The sample review with personal data in each of the places this file is about; final
    (after a reopening with a reason and a change made meanwhile) unless ``final`` is false."""
    sample = make_sample(app)
    add_comment(app, sample.review, tmp_path)
    plans = app.visit_plans
    added = plans.add_activity(sample.review, PlanActivity(
        uuid="", activity=ACTIVITY, with_whom="enhetschef", start="09:00", end="10:00"))
    plans.save_activity(sample.review, replace(added, held=True))
    with app.sessions.begin() as s:  # a name in the role, as before roles were checked
        s.execute(update(VisitActivity).where(VisitActivity.uuid == added.uuid)
                  .values(with_whom=ROLE))
    document = plans.add_document(sample.review, DOCUMENT)
    app.factual_checks.record_sent(sample.review, b"%PDF-1.4 utkast " + COMMENT.encode(), "sv")
    if final:
        app.reviews.finalise(sample.review, clear_flags=True)
        app.reviews.reopen(sample.review, REOPEN)
        app.reviews.set_item_text(sample.review, sample.first, "development", "Följ upp oftare.")
        app.reviews.finalise(sample.review)
    return Visit(sample, added.uuid, document.uuid)


def new_places(findings: object) -> list[tuple[str, str, str, str]]:
    assert isinstance(findings, tuple)
    return [(f.field, f.item_id, f.place.entry, f.text) for f in findings
            if f.field in NEW_FIELDS]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_each_new_place_is_found_where_it_is(app: App, tmp_path: Path) -> None:
    visit = make_visit(app, tmp_path)
    check = app.privacy.check_review(visit.review)
    reopened = next(n for n, e in enumerate(app.reviews.get_review(visit.review).events, 1)
                    if e.kind == "reopened")
    assert new_places(check.findings) == [
        ("service_comment", visit.sample.first, "1", "Sven Olsson"),
        ("service_comment", visit.sample.first, "1", "sven.olsson@kommun.se"),
        ("plan_activity", "", visit.activity, "Sven Olsson"),
        ("plan_activity", "", visit.activity, "070-765 43 21"),
        ("plan_with_whom", "", visit.activity, "Sven Olsson"),
        ("plan_document", "", visit.document, "811218-9876"),
        ("event_reason", "", str(reopened), "Sven Olsson"),
        ("event_reason", "", str(reopened), "sven.olsson@kommun.se"),
    ]
    # the reason of the reopening is repeated by the log of changes made meanwhile
    assert {f.text for f in check.findings if f.field == "change_reason"} == {
        "Sven Olsson", "sven.olsson@kommun.se"}
    as_json = next(f for f in check.findings if f.field == "plan_document").as_json()
    assert (as_json["row"], as_json["item"]) == (visit.document, None)
    assert next(f for f in check.findings
                if f.field == "service_comment").as_json()["comment"] == "1"


def test_the_report_check_and_its_redaction_cover_the_visit_and_the_comments(
    app: App, tmp_path: Path
) -> None:
    visit = make_visit(app, tmp_path)
    without = app.privacy.check_report(visit.review)
    assert {f.field for f in without.findings} & NEW_FIELDS == {"plan_activity",
                                                                 "plan_with_whom"}
    check = app.privacy.check_report(visit.review, service_comments=True)
    assert {f.field for f in check.findings} & NEW_FIELDS == {
        "plan_activity", "plan_with_whom", "service_comment"}

    plain, redacted = tmp_path / "plain.pdf", tmp_path / "redacted.pdf"
    write_report(app, visit.review, plain, service_comments=True)
    write_report(app, visit.review, redacted, service_comments=True, redact=check.findings)

    before, after = pdf_text(plain), pdf_text(redacted)
    for secret in ("Sven Olsson", "sven.olsson@kommun.se", "070-765 43 21"):
        assert secret in before and secret not in after
    assert "Samtal hos [deltagare], [deltagare] ([deltagare])" in after
    assert "Handläggaren [deltagare] ([deltagare]) har redan ringt deltagaren." in after
    stored = app.reviews.get_review(visit.review)
    assert stored.service_comments[0].comment == COMMENT
    assert app.visit_plans.plan(visit.review).activities[-1].activity == ACTIVITY


def test_the_file_check_and_its_redaction_cover_the_plan_comments_and_changes(
    app: App, tmp_path: Path
) -> None:
    visit = make_visit(app, tmp_path)
    check = app.privacy.check_export(visit.review)
    assert {f.field for f in check.findings} & (NEW_FIELDS | {"change_reason"}) == {
        "service_comment", "plan_activity", "plan_with_whom", "plan_document",
        "change_reason"}  # the review's own log is not in the file; its log of changes is
    path = app.exchange.export_review(visit.review, tmp_path / "review.json",
                                      redact=check.findings)

    text = path.read_text("utf-8")
    for secret in SECRETS:
        assert secret not in text
    data = json.loads(text)
    assert data["service_comments"][0]["comment"] == (
        "Handläggaren [deltagare] ([deltagare]) har redan ringt deltagaren.")
    assert data["service_comments"][0]["sender"] == "Karin Lind, enhetschef"
    activity = next(a for a in data["visit_plan"]["activities"] if a["id"] == visit.activity)
    assert (activity["activity"], activity["with_whom"]) == (
        "Samtal hos [deltagare], [deltagare]", "[deltagare]")
    assert data["visit_plan"]["documents"][-1]["name"] == "Journalen för [deltagare]"
    assert {c["reason"] for c in data["changes"]} == {"[deltagare] bad om en rättelse, "
                                                       "[deltagare]"}
    app.exchange.read(path)  # still a valid review file
    plain = app.exchange.export_review(visit.review, tmp_path / "plain.json")
    assert all(secret in plain.read_text("utf-8") for secret in SECRETS)


def test_each_new_place_is_replaced_in_the_stored_text(app: App, tmp_path: Path) -> None:
    visit = make_visit(app, tmp_path)
    check = app.privacy.check_review(visit.review)
    chosen = [f for f in check.findings if f.field in NEW_FIELDS | {"change_reason"}]

    changed = app.privacy.replace_in_stored(visit.review, chosen, actor="Anna Andersson")

    reasons = [f for f in check.findings if f.field == "change_reason"]
    assert changed == 5 + len({f.place for f in reasons})
    detail = app.reviews.get_review(visit.review)
    assert detail.service_comments[0].comment == (
        "Handläggaren [deltagare] ([deltagare]) har redan ringt deltagaren.")
    plan = app.visit_plans.plan(visit.review)
    activity = next(a for a in plan.activities if a.uuid == visit.activity)
    assert (activity.activity, activity.with_whom, activity.start, activity.held) == (
        "Samtal hos [deltagare], [deltagare]", "[deltagare]", "09:00", True)
    assert plan.documents[-1].name == "Journalen för [deltagare]"
    reopened = next(e for e in detail.events if e.kind == "reopened")
    assert reopened.reason == "[deltagare] bad om en rättelse, [deltagare]"
    assert {c.reason for c in detail.changes} == {reopened.reason}
    assert detail.summary.is_final and detail.events[-1].kind == "personal-data-replaced"
    assert new_places(app.privacy.check_review(visit.review).findings) == []


def test_a_comment_or_plan_text_changed_since_the_check_is_not_overwritten(
    app: App, tmp_path: Path
) -> None:
    visit = make_visit(app, tmp_path, final=False)
    check = app.privacy.check_review(visit.review)
    document = app.visit_plans.plan(visit.review).documents[-1]
    app.visit_plans.save_document(visit.review, replace(document, name=DOCUMENT + " och mer"))

    with pytest.raises(EditConflictError) as caught:
        app.privacy.replace_in_stored(visit.review, check.findings)
    assert caught.value.text("en").startswith(
        "A document asked for in the visit plan was changed in another window")
    assert caught.value.text("sv").startswith(
        "Ett underlag som begärts i besöksplanen ändrades i ett annat fönster")
    assert app.reviews.get_review(visit.review).service_comments[0].comment == COMMENT

    check = app.privacy.check_review(visit.review)
    with app.sessions.begin() as s:  # another program changes the service's comment
        s.execute(update(ServiceComment).values(comment=COMMENT + " Ändrat."))
    with pytest.raises(EditConflictError) as caught:
        app.privacy.replace_in_stored(visit.review, check.findings)
    assert caught.value.stored == COMMENT + " Ändrat."
    assert "Verksamhetens kommentar från faktagranskningen för " in caught.value.text("sv")
    assert "The service's comment from the factual check of " in caught.value.text("en")
    plan = app.visit_plans.plan(visit.review)
    assert next(a for a in plan.activities if a.uuid == visit.activity).activity == ACTIVITY


def test_removing_personal_notes_clears_the_comments_drafts_plan_texts_and_typed_reasons(
    app: App, tmp_path: Path, db_path: Path
) -> None:
    visit = make_visit(app, tmp_path)
    before = app.reviews.get_review(visit.review)
    plan_before = app.visit_plans.plan(visit.review)
    assert app.factual_checks.drafts(visit.review)

    removal = app.privacy.remove_personal_notes(visit.review, actor="Bertil Berg")

    assert removal.service_comments == 1 and removal.factual_drafts == 1
    assert removal.plan_texts == len(plan_before.documents) + sum(
        1 for a in plan_before.activities if a.activity)
    assert removal.log_reasons == 1 + len(before.changes)  # the reopening, each change
    after = app.reviews.get_review(visit.review)
    assert after.service_comments == () and app.factual_checks.drafts(visit.review) == []
    plan = app.visit_plans.plan(visit.review)
    assert plan.documents == ()
    # the activities stay with their days, times, roles and ticks; only their texts go
    assert [replace(a, activity="") for a in plan_before.activities] == list(plan.activities)
    assert next(a for a in plan.activities if a.uuid == visit.activity).with_whom == ROLE
    kept = {(e.kind, e.reason) for e in before.events if e.kind not in ("reopened",
                                                                          "imported")}
    assert kept <= {(e.kind, e.reason) for e in after.events}
    assert next(e for e in after.events if e.kind == "reopened").reason == ""
    assert [c.reason for c in after.changes] == [""] * len(before.changes)
    assert [(c.what, c.new) for c in after.changes if c.what == "development"] == [
        ("development", "Följ upp oftare.")]  # the log's entries stay, only reasons go
    assert after.scores() == before.scores()
    assert after.notes(visit.sample.first).development == "Följ upp oftare."
    event = after.events[-1]
    assert (event.kind, event.actor) == ("personal-notes-removed", "Bertil Berg")
    assert "1 service comment(s), 1 factual-check draft(s)" in event.reason
    assert new_places(app.privacy.check_review(visit.review).findings) == [
        ("plan_with_whom", "", visit.activity, "Sven Olsson")]  # the role is kept as it is
    later = date.today() + timedelta(days=365)
    assert visit.review not in {d.review.uuid for d in app.privacy.retention_due(later)}
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for gone in (COMMENT, ACTIVITY, DOCUMENT, REOPEN):
        assert gone[:30].encode() not in stored
