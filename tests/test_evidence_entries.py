"""An item's evidence as entries with their source: written, checked against what the screen
showed, carried by the review file (version 3, and older files read as one untagged entry),
merged by entry id, found and removed as personal data, and printed in the report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from fidelity_app.exchange.evidence import legacy_entry_id
from fidelity_app.reports import write_report
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.errors import (
    EditConflictError,
    InvalidInputError,
    NotFoundError,
    ReviewLockedError,
)
from fidelity_app.services.exchange import ImportConflictError
from fidelity_app.storage.models import EvidenceEntryRow
from tests.db_rows import dump

ITEM = "staffing-1"


@pytest.fixture
def review(app: App) -> str:
    service = app.reviews.create_service("Arbetsstöd Källa", organisation="Exempelkommun")
    return app.reviews.create_review(service.uuid, kind="external", start_date=date(2026, 4, 7),
                                     language="sv", reviewers=["Anna Andersson"]).uuid


def entries(app: App, review: str, item: str = ITEM) -> list[tuple[str, str, str]]:
    return [(e.source, e.role, e.text) for e in app.reviews.get_review(review).notes(item).evidence]


# -- the service ------------------------------------------------------------------------------


def test_entries_are_kept_in_order_with_their_source_and_role(app: App, review: str) -> None:
    app.evidence.add_evidence(review, ITEM, "  Tre arbetsspecialister på 2,8 tjänster. ",
                              "interview", " enhetschef ")
    app.evidence.add_evidence(review, ITEM, "Listan över deltagare: 64 namn.", "document",
                              "ignored for a document")
    notes = app.evidence.add_evidence(review, ITEM, "Loggarna för tio deltagare.", "records")
    assert entries(app, review) == [
        ("interview", "enhetschef", "Tre arbetsspecialister på 2,8 tjänster."),
        ("document", "", "Listan över deltagare: 64 namn."),
        ("records", "", "Loggarna för tio deltagare.")]
    assert len({e.id for e in notes.evidence}) == 3
    first = notes.evidence[0]
    app.evidence.update_evidence(review, ITEM, first.id, "Tre arbetsspecialister.", "interview",
                                 "IPS-handledare", expected=first)
    app.evidence.remove_evidence(review, ITEM, notes.evidence[1].id, expected=notes.evidence[1])
    assert entries(app, review) == [
        ("interview", "IPS-handledare", "Tre arbetsspecialister."),
        ("records", "", "Loggarna för tio deltagare.")]


def test_bad_entries_are_refused_with_a_message_and_nothing_is_stored(
    app: App, review: str
) -> None:
    for text, source, role, message in (
        ("   ", "observation", "", "empty evidence entry"),
        ("Sett", "hearsay", "", "Unknown source 'hearsay'"),
        ("Sett", "interview", "x" * 201, "cannot be longer than 200"),
    ):
        with pytest.raises(InvalidInputError, match=message):
            app.evidence.add_evidence(review, ITEM, text, source, role)
    with pytest.raises(NotFoundError, match="has no item"):
        app.evidence.add_evidence(review, "no-such-item", "Sett", "observation")
    assert entries(app, review) == []


def test_an_entry_changed_or_removed_elsewhere_is_not_overwritten(app: App, review: str) -> None:
    seen = app.evidence.add_evidence(review, ITEM, "Teammötet", "observation").evidence[0]
    app.evidence.update_evidence(review, ITEM, seen.id, "Teammötet, två gånger", "observation")
    with pytest.raises(EditConflictError, match="changed in another window") as caught:
        app.evidence.update_evidence(review, ITEM, seen.id, "Teammötet (A)", "observation",
                                     expected=seen)
    assert caught.value.stored.text == "Teammötet, två gånger"
    with pytest.raises(EditConflictError):
        app.evidence.remove_evidence(review, ITEM, seen.id, expected=seen)
    assert entries(app, review) == [("observation", "", "Teammötet, två gånger")]
    current = app.reviews.get_review(review).notes(ITEM).evidence[0]
    app.evidence.remove_evidence(review, ITEM, seen.id, expected=current)
    with pytest.raises(EditConflictError, match="removed in another window"):
        app.evidence.update_evidence(review, ITEM, seen.id, "Igen", "observation",
                                     expected=current)
    app.evidence.remove_evidence(review, ITEM, seen.id, expected=current)  # already gone
    assert entries(app, review) == []


def test_a_final_review_takes_no_entries(app: App, review: str) -> None:
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review, item.id, 3)
    app.reviews.finalise(review)
    with pytest.raises(ReviewLockedError):
        app.evidence.add_evidence(review, ITEM, "För sent", "observation")


# -- the review file --------------------------------------------------------------------------


def test_entries_go_out_in_a_version_3_file_and_come_back(
    app: App, review: str, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    app.evidence.add_evidence(review, ITEM, "Samtal med chefen", "interview", "enhetschef")
    app.evidence.add_evidence(review, ITEM, "Statistik från verksamhetssystemet", "figures")
    path = app.exchange.export_review(review, tmp_path / "review.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["version"] == 3
    (item,) = data["items"]
    assert [(e["source"], e.get("role"), e["text"]) for e in item["evidence"]] == [
        ("interview", "enhetschef", "Samtal med chefen"),
        ("figures", None, "Statistik från verksamhetssystemet")]
    other = open_app(tmp_path / "other.db", scales=catalogue)
    try:
        assert other.exchange.import_file(path).created
        assert other.reviews.get_review(review).notes(ITEM) == app.reviews.get_review(
            review).notes(ITEM)
        assert other.exchange.import_file(path).unchanged  # the same file again: nothing
    finally:
        other.close()


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_file_gives_its_evidence_text_as_one_untagged_entry(
    app: App, tmp_path: Path, version: int
) -> None:
    reviewers = (["Anna Andersson"] if version == 1
                 else [{"id": "a1a1a1a1-1111-4111-8111-111111111111", "name": "Anna Andersson"}])
    data = {
        "format": "fidelity-app/review", "version": version, "scale": "ips-25",
        "language": "sv", "service": {"name": "Arbetsstöd Äldre"},
        "review": {"id": "7c1e2f0a-4b5d-4e6f-8a9b-0c1d2e3f4a5b", "kind": "external",
                   "date": "2026-10-14", "reviewers": reviewers},
        "items": [{"id": ITEM, "score": 4, "evidence": "Intervju och journaler.\nTvå rader."},
                  {"id": "staffing-2", "score": 3, "evidence": ""}],
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = app.exchange.import_file(path)
    detail = app.reviews.get_review(result.review_uuid)
    (entry,) = detail.notes(ITEM).evidence
    assert (entry.source, entry.role, entry.text) == (
        "untagged", "", "Intervju och journaler.\nTvå rader.")
    assert entry.id == legacy_entry_id("Intervju och journaler.\nTvå rader.")
    assert detail.notes("staffing-2").evidence == ()
    assert app.exchange.import_file(path).unchanged


def test_a_version_3_file_with_evidence_as_text_is_refused(app: App, tmp_path: Path) -> None:
    data = {
        "format": "fidelity-app/review", "version": 3, "scale": "ips-25", "language": "sv",
        "service": {"name": "Arbetsstöd Fel"},
        "review": {"kind": "external", "date": "2026-10-14", "reviewers": []},
        "items": [{"id": ITEM, "evidence": "bara text"}],
    }
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(data), "utf-8")
    before = dump(app)
    with pytest.raises(InvalidInputError, match=r"items\[0\]\.evidence"):
        app.exchange.import_file(path)
    assert dump(app) == before


def test_merging_adds_new_entries_by_id_and_lists_every_conflict(
    app: App, review: str, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    shared = app.evidence.add_evidence(review, ITEM, "Teammötet", "observation").evidence[0]
    path = app.exchange.export_review(review, tmp_path / "start.json")
    laptop = open_app(tmp_path / "laptop.db", scales=catalogue)
    try:
        laptop.exchange.import_file(path)
        laptop.evidence.add_evidence(review, ITEM, "Samtal med chefen", "interview", "enhetschef")
        laptop.evidence.add_evidence(review, "staffing-2", "Tidsdagböcker", "document")
        theirs = laptop.exchange.export_review(review, tmp_path / "laptop.json")
    finally:
        laptop.close()
    app.evidence.add_evidence(review, ITEM, "Journaler", "records")

    result = app.exchange.import_file(theirs)
    assert result.evidence_added == 2 and "added 2 evidence entry/entries" in str(
        result.describe())
    assert entries(app, review) == [
        ("observation", "", "Teammötet"), ("records", "", "Journaler"),
        ("interview", "enhetschef", "Samtal med chefen")]
    assert entries(app, review, "staffing-2") == [("document", "", "Tidsdagböcker")]
    before = dump(app)
    assert app.exchange.import_file(theirs).unchanged  # idempotent
    assert dump(app) == before

    # the same entry changed on both sides: refused, all of it, with the place named
    app.evidence.update_evidence(review, ITEM, shared.id, "Teammötet, här", "observation")
    data = json.loads(theirs.read_text("utf-8"))
    data["items"][0]["evidence"][0]["text"] = "Teammötet, där"
    data["items"][1]["evidence"].append({"id": "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a",
                                         "source": "figures", "text": "Ny siffra"})
    clash = tmp_path / "clash.json"
    clash.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    before = dump(app)
    with pytest.raises(ImportConflictError) as caught:
        app.exchange.import_file(clash)
    text = str(caught.value)
    assert "evidence entry of Personal 1" in text
    assert "'Teammötet, här'" in text and "'Teammötet, där'" in text
    assert dump(app) == before


# -- personal data and the report ---------------------------------------------------------------


def test_personal_data_in_an_entry_is_found_replaced_and_purged(
    app: App, review: str, tmp_path: Path
) -> None:
    app.evidence.add_evidence(review, ITEM, "Ahmed Hassan har fått jobb.", "interview",
                              "arbetsspecialist")
    keep = app.evidence.add_evidence(review, ITEM, "Inga namn här.", "records").evidence[1]
    check = app.privacy.check_review(review)
    (finding,) = check.findings
    assert (finding.field, finding.text, finding.item_id) == ("evidence", "Ahmed Hassan", ITEM)
    assert finding.as_json()["entry"] == app.reviews.get_review(review).notes(
        ITEM).evidence[0].id
    out = app.exchange.export_review(review, tmp_path / "r.json",
                                     redact=app.privacy.check_export(review).findings)
    assert "Ahmed" not in out.read_text("utf-8")
    assert "[deltagare] har fått jobb." in out.read_text("utf-8")
    assert app.privacy.replace_in_stored(review, check.findings, actor="Anna") == 1
    assert entries(app, review) == [("interview", "arbetsspecialist", "[deltagare] har fått jobb."),
                                    ("records", "", keep.text)]
    for item in app.scales.get("ips-25", "sv").items:
        app.reviews.set_score(review, item.id, 4)
    app.reviews.finalise(review)
    removal = app.privacy.remove_personal_notes(review)
    assert removal.evidence_entries == 2
    assert entries(app, review) == []
    assert app.reviews.get_review(review).notes(ITEM).score == 4
    with app.sessions() as s:  # on either engine: no entry row is left
        assert s.scalar(select(func.count()).select_from(EvidenceEntryRow)) == 0


def test_the_report_prints_each_entry_with_its_source_and_the_sources_used(
    app: App, review: str, tmp_path: Path
) -> None:
    app.evidence.add_evidence(review, ITEM, "Tre arbetsspecialister.", "interview", "enhetschef")
    app.evidence.add_evidence(review, ITEM, "Tio journaler.", "records")
    app.evidence.add_evidence(review, "staffing-2", "Tidsdagböcker visar 85 %.", "document")
    app.evidence.add_evidence(review, "staffing-3", "Intervju med team.", "interview",
                              "arbetsspecialist")
    pdf = write_report(app, review, tmp_path / "report.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert "Intervju (enhetschef): Tre arbetsspecialister." in text
    assert "Journalgranskning: Tio journaler." in text
    assert "Dokument: Tidsdagböcker visar 85 %." in text
    method = text[text.index("Metod"):]
    assert method.startswith(
        "Metod Underlaget bygger på intervjuer (arbetsspecialist, enhetschef), "
        "journalgranskning och dokument.")
    assert text.index("Metod") > text.index("Kriterium för kriterium")
