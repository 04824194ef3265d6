"""The privacy service: findings in a review, its report and its file; replacing them in the
output only or in the stored text; removing personal notes; the retention setting."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from privacy_sample import (
    ACTION,
    CONTACT,
    DEVELOPMENT,
    EVIDENCE,
    RATIONALE,
    REASON,
    RECOMMENDATIONS,
    REVIEWER_NOTE,
    STRENGTHS,
    evidence_of,
    make_sample,
    set_evidence,
)

from fidelity_app.reports import write_report
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import EditConflictError, InvalidInputError
from fidelity_app.services.personal_data import RATING_NOTE
from fidelity_app.services.privacy import (
    DEFAULT_RETENTION_DAYS,
    REMOVED_EVENT,
    REPLACED_EVENT,
    TYPED_REASONS,
    PrivacyCheck,
)


def listed(check: PrivacyCheck) -> list[tuple[str, str, str, str]]:
    return [(f.item_id, f.field, f.kind, f.text) for f in check.findings]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_a_review_is_checked_in_every_free_text_it_stores(app: App) -> None:
    sample = make_sample(app)
    check = app.privacy.check_review(sample.review)
    first = sample.first
    assert listed(check) == [
        (first, "evidence", "name", "Ahmed Hassan"),
        (first, "evidence", "identity-number", "811218-9876"),
        (first, "evidence", "name", "Eva Lind"),  # a service's contact, known by name
        (first, "needs_info_reason", "name", "Maria Lindqvist"),
        (first, "needs_info_reason", "email", "maria.lindqvist@kommun.se"),
        ("", "summary_recommendations", "name", "Per Andersson"),
        (first, RATING_NOTE, "name", "Fatima Ali"),
        (first, RATING_NOTE, "phone", "070-123 45 67"),
        (first, "action_what", "name", "Karin Nilsson"),
        (first, "action_what", "phone", "08-123 456 78"),
    ]
    assert check.count == 10 and check.replacement == "[deltagare]"
    note = next(f for f in check.findings if f.kind == "phone")
    assert note.place.reviewer == "Anna Andersson"
    assert note.context() == ("Pratade med Fatima Ali på ", ".")
    assert note.as_json() == {
        "item": first, "field": RATING_NOTE, "kind": "phone", "text": "070-123 45 67",
        "reviewer": "Anna Andersson", "start": 26, "end": 39,
        "before": "Pratade med Fatima Ali på ", "after": ".",
    }


def test_the_report_check_covers_what_the_report_prints(app: App) -> None:
    sample = make_sample(app, language="en")
    check = app.privacy.check_report(sample.review)
    fields = {f.field for f in check.findings}
    # reviewers' own notes and the reasons for flags are not printed; the action plan is
    assert fields == {"evidence", "summary_recommendations", "action_what"}
    assert check.replacement == "[participant]"
    assert app.privacy.check_report(sample.review, "sv").replacement == "[deltagare]"


def test_the_file_check_follows_what_the_file_would_hold(app: App) -> None:
    sample = make_sample(app)
    whole = app.privacy.check_export(sample.review)
    assert {f.field for f in whole.findings} == {
        "evidence", "needs_info_reason", "summary_recommendations", RATING_NOTE}
    bertil = app.privacy.check_export(sample.review, reviewer="Bertil Berg")
    assert bertil.findings == ()  # his own ratings only: no agreed notes, no personal data
    anna = app.privacy.check_export(sample.review, reviewer="Anna Andersson")
    assert [f.text for f in anna.findings] == ["Fatima Ali", "070-123 45 67"]


def test_a_redacted_report_leaves_the_stored_notes_as_they_were(
    app: App, tmp_path: Path
) -> None:
    sample = make_sample(app, final=True)
    check = app.privacy.check_report(sample.review)
    plain, redacted = tmp_path / "plain.pdf", tmp_path / "redacted.pdf"
    write_report(app, sample.review, plain)
    write_report(app, sample.review, redacted, redact=check.findings)

    before, after = pdf_text(plain), pdf_text(redacted)
    for secret in ("Ahmed Hassan", "811218-9876", "Per Andersson", "Karin Nilsson",
                   "08-123 456 78"):
        assert secret in before and secret not in after
    assert "Maria Lindqvist" not in before  # the reason for a flag is never printed
    assert "Deltagaren [deltagare] ([deltagare]) har fått jobb." in after
    assert "Anna Andersson, Bertil Berg" in after  # the reviewers stay on the cover
    assert "Eva Lind, 070-111 22 33" in after  # and so does the service's contact
    stored = app.reviews.get_review(sample.review)
    assert evidence_of(stored.notes(sample.first)) == EVIDENCE
    assert stored.summary_recommendations == RECOMMENDATIONS
    assert app.actions.get_action(sample.action).what == ACTION


def test_a_redacted_review_file_leaves_the_stored_notes_as_they_were(
    app: App, tmp_path: Path
) -> None:
    sample = make_sample(app)
    check = app.privacy.check_export(sample.review)
    path = app.exchange.export_review(sample.review, tmp_path / "review.json",
                                      redact=check.findings)
    data = json.loads(path.read_text("utf-8"))
    notes = json.dumps([data["items"], data["ratings"], data["review"]["summary"]],
                       ensure_ascii=False)
    for finding in check.findings:
        assert finding.text not in notes
    assert data["service"]["contact"] == CONTACT  # a field that names people on purpose
    entry = next(i for i in data["items"] if i["id"] == sample.first)
    assert entry["evidence"][0]["text"].startswith(
        "Deltagaren [deltagare] ([deltagare]) har fått jobb.")
    assert entry["strengths"] == STRENGTHS and entry["score"] is not None
    app.exchange.read(path)  # still a valid review file
    assert evidence_of(app.reviews.get_review(sample.review).notes(sample.first)) == EVIDENCE
    assert app.privacy.check_export(sample.review).count == check.count


def test_findings_that_moved_since_the_check_are_replaced_where_their_text_is(
    app: App, tmp_path: Path
) -> None:
    sample = make_sample(app)
    check = app.privacy.check_export(sample.review)
    set_evidence(app, sample.review, sample.first, "Nytt: " + EVIDENCE)
    path = app.exchange.export_review(sample.review, tmp_path / "r.json", redact=check.findings)
    assert "Ahmed Hassan" not in path.read_text("utf-8")
    assert "Nytt: Deltagaren [deltagare]" in path.read_text("utf-8")


def test_replacing_in_the_stored_text_changes_only_the_findings_and_is_logged(
    app: App,
) -> None:
    sample = make_sample(app, final=True)  # allowed on a final review: no score changes
    before = app.reviews.get_review(sample.review)
    check = app.privacy.check_review(sample.review)
    chosen = [f for f in check.findings if f.text != "Eva Lind"]

    changed = app.privacy.replace_in_stored(sample.review, chosen, actor="  Anna Andersson ")

    assert changed == 5  # evidence, reason, recommendations, reviewer note, action
    after = app.reviews.get_review(sample.review)
    assert evidence_of(after.notes(sample.first)) == (
        "Deltagaren [deltagare] ([deltagare]) har fått jobb. Eva Lind bekräftade. "
        "Loggen visar 3 kontakter i veckan, 12 av 14 deltagare.")
    assert after.notes(sample.first).needs_info_reason == "Väntar på lista från [deltagare], " \
        "[deltagare]."
    assert after.summary_recommendations == "Bjud in [deltagare] till teammötet varje vecka."
    assert after.ratings[0].note == "Pratade med [deltagare] på [deltagare]."
    assert app.actions.get_action(sample.action).what == \
        "[deltagare] ringer [deltagare] om praktikplatser"
    assert after.scores() == before.scores() and after.summary.is_final
    assert after.notes(sample.first).rationale == RATIONALE
    event = after.events[-1]
    assert event.kind == REPLACED_EVENT and event.actor == "Anna Andersson"
    assert "9 finding(s)" in event.reason and "5 text(s)" in event.reason
    assert listed(app.privacy.check_review(sample.review)) == [
        (sample.first, "evidence", "name", "Eva Lind")]
    # doing it again changes nothing and logs nothing
    assert app.privacy.replace_in_stored(sample.review, chosen) == 0
    assert len(app.reviews.get_review(sample.review).events) == len(after.events)


def test_a_text_changed_elsewhere_since_the_check_is_not_overwritten(app: App) -> None:
    sample = make_sample(app)
    check = app.privacy.check_review(sample.review)
    elsewhere = EVIDENCE + " Tillägg från den andra datorn."
    set_evidence(app, sample.review, sample.first, elsewhere)

    with pytest.raises(EditConflictError, match="evidence entry of .* was changed") as caught:
        app.privacy.replace_in_stored(sample.review, check.findings)

    assert caught.value.stored == elsewhere
    after = app.reviews.get_review(sample.review)
    assert evidence_of(after.notes(sample.first)) == elsewhere
    assert after.summary_recommendations == RECOMMENDATIONS  # all or nothing
    assert after.events[-1].kind == "created"


def test_removing_personal_notes_keeps_exactly_what_it_should(app: App, db_path: Path) -> None:
    sample = make_sample(app, final=True)
    before = app.reviews.get_review(sample.review)
    removal = app.privacy.remove_personal_notes(sample.review, actor="Bertil Berg")

    assert (removal.evidence_entries, removal.needs_info_reasons, removal.reviewer_notes) == (
        2, 1, 2)
    after = app.reviews.get_review(sample.review)
    first = after.notes(sample.first)
    assert (first.evidence, first.needs_info_reason) == ((), "")
    assert first.needs_info == before.notes(sample.first).needs_info
    assert (first.strengths, first.development, first.rationale) == (
        STRENGTHS, DEVELOPMENT, RATIONALE)
    assert evidence_of(after.notes(sample.items[1])) == ""
    assert after.scores() == before.scores()
    assert after.summary_recommendations == RECOMMENDATIONS
    assert after.summary_strengths == before.summary_strengths
    # reviewers' own scores stay, their notes go; a note with no score goes with its row
    assert [(r.reviewer, r.item_id, r.score, r.note) for r in after.ratings] == [
        ("Anna Andersson", sample.first, 3, ""), ("Bertil Berg", sample.first, 3, "")]
    assert app.actions.get_action(sample.action).what == ACTION
    assert after.summary.is_final
    event = after.events[-1]
    assert event.kind == REMOVED_EVENT and event.actor == "Bertil Berg"
    plan = app.visit_plans.plan(sample.review)  # the template's rows: roles stay, texts go
    assert plan.documents == () and {a.activity for a in plan.activities} == {""}
    assert all(a.with_whom for a in plan.activities)
    assert removal.plan_texts == 16
    assert event.reason == ("2 evidence entries, 1 needs-information reason(s), "
                            "2 reviewer note(s), 0 service comment(s), 0 factual-check "
                            "draft(s), 16 visit-plan text(s), 0 log reason(s) cleared")
    assert event.at.date() == date.today()
    # the cleared text is gone from the database file itself, not only from the program
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for gone in (EVIDENCE, REASON, REVIEWER_NOTE):
        assert gone[:30].encode() not in stored


def test_personal_notes_are_removed_only_from_a_final_review(app: App) -> None:
    sample = make_sample(app)
    with pytest.raises(InvalidInputError, match="only from a final review"):
        app.privacy.remove_personal_notes(sample.review)
    assert evidence_of(app.reviews.get_review(sample.review).notes(sample.first)) == EVIDENCE


def test_the_retention_setting_is_kept_in_the_database(app: App, db_path: Path) -> None:
    assert app.privacy.retention_days() == DEFAULT_RETENTION_DAYS == 30
    assert app.privacy.set_retention_days(14) == 14
    for bad in (-1, 3651, 2.5, "30", True):
        with pytest.raises(InvalidInputError, match="whole number from 0 to 3650"):
            app.privacy.set_retention_days(bad)  # type: ignore[arg-type]
    app.close()
    again = open_app(db_path, app.scales)
    try:
        assert again.privacy.retention_days() == 14
    finally:
        again.close()


def test_final_reviews_past_their_retention_time_are_listed_until_their_notes_go(
    app: App,
) -> None:
    final = make_sample(app, final=True)
    make_sample(app)  # a draft: never listed
    today = date.today()
    assert app.privacy.retention_due(today) == []
    assert app.privacy.retention_due(today + timedelta(days=29)) == []
    (due,) = app.privacy.retention_due(today + timedelta(days=30))
    assert due.review.uuid == final.review and due.finalised_on == today
    assert due.due_on == today + timedelta(days=30)
    app.privacy.set_retention_days(0)
    assert [d.review.uuid for d in app.privacy.retention_due(today)] == [final.review]

    app.privacy.remove_personal_notes(final.review)
    assert app.privacy.retention_due(today + timedelta(days=365)) == []


def test_a_database_of_the_earlier_schema_gets_the_log_actor_and_the_setting(
    tmp_path: Path, catalogue: ScaleCatalogue,
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(Path(__file__).parent / "data" / "migrations" / "0002.db", db)
    app = open_app(db, catalogue)
    try:
        final = next(r for r in app.reviews.list_reviews() if r.is_final)
        earlier = app.reviews.get_review(final.uuid).events
        assert earlier and all(e.actor == "" for e in earlier)
        assert app.privacy.retention_days() == 30
        removal = app.privacy.remove_personal_notes(final.uuid, actor="Granskare")
        assert removal.total > 0
        events = app.reviews.get_review(final.uuid).events
        # the log keeps its events; the reasons the user typed (a reopening's) go
        assert events[:-1] == tuple(
            replace(e, reason="") if e.kind in TYPED_REASONS else e for e in earlier)
        assert any(e.kind == "reopened" and e.reason for e in earlier)
        assert events[-1].actor == "Granskare"
    finally:
        app.close()
