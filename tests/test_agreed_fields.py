"""One list of an agreed item's values: every copy, snapshot, import and export follows it."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import inspect

from fidelity_app.exchange.format import ItemPart
from fidelity_app.exchange.merge import Agreed
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App, open_app
from fidelity_app.services.dto import (
    AGREED_FIELDS,
    AGREED_TEXT_FIELDS,
    EvidenceEntry,
    ItemNotes,
    agreed_values,
)
from fidelity_app.storage.models import ItemAssessment

ITEM = "services-4"
FILLED = ItemNotes(
    item_id=ITEM,
    score=2,
    evidence=(EvidenceEntry("", "records", "Journaler för sex deltagare"),
              EvidenceEntry("", "interview", "Två av sex hade kontakt", "arbetsspecialist")),
    strengths="Snabb kontakt med arbetsgivare",
    development="Fler besök på arbetsplatser",
    rationale="Två av sex hade kontakt inom en månad",
    needs_info=True,
    needs_info_reason="Fråga handledaren om deltid",
)


def test_text_fields_are_the_agreed_fields_that_hold_text() -> None:
    assert set(AGREED_TEXT_FIELDS) < set(AGREED_FIELDS)
    assert set(AGREED_FIELDS) - set(AGREED_TEXT_FIELDS) == {
        "score", "needs_info", "checklist_met"}


def test_database_row_has_exactly_the_agreed_fields() -> None:
    columns = {c.key for c in inspect(ItemAssessment).column_attrs}
    assert columns - {"id", "review_id", "item_id", "updated_at", "version"} == set(AGREED_FIELDS)


def test_file_item_has_exactly_the_agreed_fields_and_the_evidence() -> None:
    assert set(ItemPart.model_fields) - {"id", "evidence"} == set(AGREED_FIELDS)


def test_records_have_exactly_the_agreed_fields_and_the_evidence() -> None:
    notes = {f.name for f in dataclasses.fields(ItemNotes)}
    assert notes - {"item_id", "evidence"} == set(AGREED_FIELDS)
    assert {f.name for f in dataclasses.fields(Agreed)} == set(AGREED_FIELDS)


def test_agreed_values_reads_every_field() -> None:
    values = agreed_values(FILLED)
    assert list(values) == list(AGREED_FIELDS)
    assert ItemNotes(item_id=ITEM, evidence=FILLED.evidence, **values) == FILLED
    assert Agreed(**values) == Agreed(**agreed_values(Agreed(**values)))


def _fill(app: App) -> str:
    service = app.reviews.create_service("Jobbstöd Norr")
    review = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 3, 2), reviewers=["Anna", "Bertil"]
    )
    app.reviews.set_score(review.uuid, ITEM, FILLED.score)
    for entry in FILLED.evidence:
        app.evidence.add_evidence(review.uuid, ITEM, entry.text, entry.source, entry.role)
    for field in AGREED_TEXT_FIELDS:
        if field != "needs_info_reason":
            app.reviews.set_item_text(review.uuid, ITEM, field, getattr(FILLED, field))
    app.reviews.set_needs_info(review.uuid, ITEM, True, FILLED.needs_info_reason)
    return review.uuid


def same(notes: ItemNotes) -> bool:
    """Whether ``notes`` hold what FILLED holds (the entries' ids are made when stored)."""
    return notes == replace(FILLED, evidence=tuple(
        replace(mine, id=stored.id) for mine, stored in zip(FILLED.evidence, notes.evidence,
                                                              strict=True)))


def test_duplicate_copies_every_agreed_field(app: App) -> None:
    uuid = _fill(app)
    assert same(app.reviews.get_review(uuid).notes(ITEM))
    copy = app.reviews.duplicate_review(uuid, date(2027, 3, 1))
    assert same(app.reviews.get_review(copy.uuid).notes(ITEM))


def test_export_and_import_keep_every_agreed_field(
    app: App, tmp_path: Path, catalogue: ScaleCatalogue
) -> None:
    uuid = _fill(app)
    whole = app.exchange.export_review(uuid, tmp_path / "whole.json")
    ratings_only = app.exchange.export_review(
        uuid, tmp_path / "ratings.json", reviewer="Anna", include_agreed=False
    )
    fresh = open_app(tmp_path / "other.db", scales=catalogue)
    try:
        assert fresh.exchange.import_file(whole).created
        assert fresh.reviews.get_review(uuid).notes(ITEM) == app.reviews.get_review(
            uuid).notes(ITEM)
    finally:
        fresh.close()
    merged = open_app(tmp_path / "merged.db", scales=catalogue)
    try:
        assert merged.exchange.import_file(ratings_only).created
        assert merged.reviews.get_review(uuid).notes(ITEM).is_empty
        result = merged.exchange.import_file(whole)
        assert not result.created and result.items_filled == 1
        assert same(merged.reviews.get_review(uuid).notes(ITEM))
    finally:
        merged.close()
