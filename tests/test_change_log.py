"""The log of changes made to a review after it was first finalised: recorded in one place
for every write path, kept free of the personal notes that were replaced or removed, and
set up by migration 0014 for reviews finalised before it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from privacy_sample import EVIDENCE, make_sample, set_evidence
from sqlalchemy import select

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.change_log import login_name
from fidelity_app.storage.models import Review, ReviewChange

FIXTURES = Path(__file__).parent / "data" / "migrations"


def log(app: App, review_uuid: str) -> list[tuple[str, str, str, str, str, str]]:
    with app.sessions() as s:
        rows = s.scalars(select(ReviewChange).join(Review).where(Review.uuid == review_uuid)
                         .order_by(ReviewChange.id))
        return [(c.what, c.item_id, c.old, c.new, c.actor, c.reason) for c in rows]


def test_nothing_is_logged_before_the_first_finalising(app: App) -> None:
    sample = make_sample(app)
    app.reviews.set_score(sample.review, sample.first, 1)
    app.reviews.finalise(sample.review, clear_flags=True)
    assert log(app, sample.review) == []


def test_every_change_after_finalising_is_logged_with_who_when_and_why(app: App) -> None:
    sample = make_sample(app, final=True)
    item = sample.first
    old_score = app.reviews.get_review(sample.review).notes(item).score
    app.reviews.reopen(sample.review, "Verksamheten rättade antalet deltagare")
    app.reviews.set_score(sample.review, item, 5)
    app.reviews.set_item_text(sample.review, item, "rationale", "Ny motivering.")
    app.ratings.set_rating(sample.review, "Bertil Berg", item, 4)
    app.reviews.finalise(sample.review)
    reason = "Verksamheten rättade antalet deltagare"
    me = login_name()
    entries = log(app, sample.review)
    assert ("status", "", "final", "draft", me, reason) in entries
    assert ("score", item, str(old_score), "5", me, reason) in entries
    assert ("rationale", item, "Kriteriet för 4 är uppfyllt enligt loggen 2024-03-12.",
            "Ny motivering.", me, reason) in entries
    assert ("score", item, "3", "4", "Bertil Berg", reason) in entries  # their own rating
    assert entries[-1] == ("status", "", "draft", "final", me, reason)
    shown = app.reviews.get_review(sample.review).changes
    assert [c.what for c in shown] == [e[0] for e in entries]
    assert all(c.at is not None and c.uuid for c in shown)


def test_removing_personal_notes_clears_them_from_the_log_too(app: App) -> None:
    sample = make_sample(app, final=True)
    app.reviews.reopen(sample.review, "Komplettering")
    app.evidence.add_evidence(sample.review, sample.first, EVIDENCE + " Mer.", "interview",
                              role="enhetschef")
    app.reviews.set_score(sample.review, sample.first, 1)
    app.reviews.finalise(sample.review)
    before = log(app, sample.review)
    assert (("text", sample.first, "", EVIDENCE + " Mer.") in [e[:4] for e in before])
    assert ("role", sample.first, "", "enhetschef") in [e[:4] for e in before]
    app.privacy.remove_personal_notes(sample.review)
    entries = log(app, sample.review)
    evidence = [e for e in entries if e[0] in ("text", "role", "source")]
    assert evidence and all(e[2] == e[3] == "" for e in evidence)
    assert not any("Ahmed Hassan" in "".join(e) for e in entries)
    assert any(e[0] == "score" and e[3] == "1" for e in entries)  # scores stay in the log
    assert len(entries) == len(log(app, sample.review))  # the removal itself adds nothing


def test_replacing_personal_data_rewrites_the_log_and_logs_no_old_text(app: App) -> None:
    sample = make_sample(app, final=True)
    app.reviews.reopen(sample.review, "Ahmed Hassan bad om rättelse")
    app.evidence.add_evidence(sample.review, sample.first, EVIDENCE + " Mer.", "observation")
    app.reviews.finalise(sample.review)
    check = app.privacy.check_review(sample.review)
    app.privacy.replace_in_stored(sample.review, check.findings)
    text = repr(log(app, sample.review))
    assert "Ahmed Hassan" not in text and "811218-9876" not in text
    assert "[deltagare] bad om rättelse" in text


def test_migration_0014_knows_when_earlier_reviews_were_first_finalised(
    tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    db = tmp_path / "fidelity.db"
    shutil.copyfile(FIXTURES / "0008.db", db)
    with sqlite3.connect(db) as con:
        (uuid, first), = con.execute(
            "SELECT uuid, (SELECT min(at) FROM review_events e WHERE e.review_id = r.id "
            "AND e.kind = 'finalised') FROM reviews r WHERE status = 'final'").fetchall()
    app = open_app(db, catalogue)
    try:
        with app.sessions() as s:
            review = s.scalar(select(Review).where(Review.uuid == uuid))
            assert review is not None and review.first_finalised_at is not None
            assert review.first_finalised_at.isoformat(" ").startswith(first[:19])
            drafts = s.scalars(select(Review.first_finalised_at).where(Review.status == "draft"))
            assert set(drafts) == {None}
        app.reviews.reopen(uuid, "Rättelse efter uppgradering")
        assert log(app, uuid) == [("status", "", "final", "draft", login_name(),
                                   "Rättelse efter uppgradering")]
    finally:
        app.close()


def test_the_log_travels_in_the_review_file_and_merges_once(
    app: App, tmp_path: Path, db_path: Path, catalogue: ScaleCatalogue
) -> None:
    sample = make_sample(app, final=True)
    app.reviews.reopen(sample.review, "Rättelse av Ahmed Hassan")
    app.reviews.set_score(sample.review, sample.first, 1)
    app.reviews.finalise(sample.review)
    path = app.exchange.export_review(sample.review, tmp_path / "review.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["version"] == 3
    whats = [c["what"] for c in data["changes"]]
    assert whats == ["status", "score", "status"]
    assert data["changes"][1]["old"] != "" and data["changes"][1]["new"] == "1"

    other = open_app(tmp_path / "other.db", catalogue)
    try:
        other.exchange.import_file(path)
        other.exchange.import_file(path)  # again: the entries are there once
        copied = other.reviews.get_review(sample.review).changes
        assert [(c.uuid, c.what, c.old, c.new, c.reason) for c in copied] == [
            (c["id"], c["what"], c.get("old", ""), c.get("new", ""), c.get("reason", ""))
            for c in data["changes"]]
    finally:
        other.close()

    check = app.privacy.check_export(sample.review)
    redacted = app.exchange.export_review(sample.review, tmp_path / "redacted.json",
                                          redact=check.findings)
    assert "Ahmed Hassan" not in redacted.read_text("utf-8")
    assert "Ahmed Hassan" in app.reviews.get_review(sample.review).changes[0].reason


def test_a_version_2_file_is_still_read(app: App, tmp_path: Path) -> None:
    sample = make_sample(app)
    path = app.exchange.export_review(sample.review, tmp_path / "review.json")
    data = json.loads(path.read_text("utf-8"))
    data["version"] = 2  # without what version 3 added
    for part in ("visit_plan", "changes", "service_comments"):
        data.pop(part, None)
    for item in data["items"]:
        item["evidence"] = "\n\n".join(e["text"] for e in item.get("evidence", []))
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert app.exchange.read(path).version == 2


def test_the_summary_page_lists_the_changes_with_who_and_why(app: App, qapp) -> None:
    from fidelity_app.ui.scoring.state import ReviewState
    from fidelity_app.ui.scoring.summary_presenter import summary_content

    sample = make_sample(app, final=True)
    assert "Changed after" not in summary_content(ReviewState(app, sample.review)).history
    app.reviews.reopen(sample.review, "Fel antal deltagare")
    app.reviews.set_score(sample.review, sample.first, 1)
    history = summary_content(ReviewState(app, sample.review)).history
    assert "<b>Changed after it was first finalised:</b>" in history
    assert "<b>Status</b> Final → Draft (reopened: Fel antal deltagare)" in history
    assert ("<b>Score – Personal 1 · Deltagare per arbetsspecialist</b> 2 → 1 "
            "(reopened: Fel antal deltagare)") in history


def test_personal_data_only_in_the_log_is_found_and_replaced_where_it_is(
    app: App, tmp_path: Path
) -> None:
    sample = make_sample(app, final=True)
    app.reviews.reopen(sample.review, "Rättelse")
    set_evidence(app, sample.review, sample.first, "Tolv av fjorton.")
    app.reviews.finalise(sample.review)
    check = app.privacy.check_export(sample.review)
    in_log = [f for f in check.findings if f.field == "change_old"]
    assert {f.text for f in in_log} >= {"Ahmed Hassan", "811218-9876"}
    path = app.exchange.export_review(sample.review, tmp_path / "out.json", redact=in_log)
    entry = next(c for c in json.loads(path.read_text("utf-8"))["changes"]
                 if c["what"] == "text")
    assert entry["old"].startswith("Deltagaren [deltagare] ([deltagare]) har fått jobb.")
    assert next(c for c in app.reviews.get_review(sample.review).changes
                if c.what == "text").old == EVIDENCE  # stored: as it was
    app.privacy.replace_in_stored(sample.review, in_log)
    stored = next(c for c in app.reviews.get_review(sample.review).changes
                  if c.what == "text")
    assert stored.old.startswith("Deltagaren [deltagare] ([deltagare]) har fått jobb.")
    assert stored.new == "Tolv av fjorton."


def test_a_reviewer_removed_after_finalising_is_logged_once(app: App) -> None:
    sample = make_sample(app, final=True)
    app.reviews.reopen(sample.review, "Bertil Berg deltog inte")
    app.reviews.update_review(sample.review, reviewers=["Anna Andersson"],
                              confirm_removal=["Bertil Berg"])
    assert [e[:4] for e in log(app, sample.review)] == [
        ("status", "", "final", "draft"), ("name", "", "Bertil Berg", "")]
