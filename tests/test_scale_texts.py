"""The built-in text reads as a text, not a work note, everywhere the services expose it and
on every report page; the audit's data fixes are in place."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from fidelity_app.reports import build_report
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import as_data
from fidelity_app.services.app import App
from fidelity_app.services.editions import builtin_id
from fidelity_app.services.report_data import report_data

WORK_NOTES = re.compile(
    r"recall|from memory|ur minnet|återgiv|väntar på kontroll|awaiting|await a check|"
    r"copies of|exemplar av|check against|kontrollera mot|behöver kontrolleras|not confirmed|"
    r"inte bekräftat|osäker|uncertain",
    re.IGNORECASE,
)
CODES = {"verification", "id", "section", "scoring", "kind", "format", "language", "code"}


def texts(value: object, key: str = "") -> list[str]:
    """Every human-readable string in decoded data (machine codes left out)."""
    if isinstance(value, str):
        return [] if key in CODES else [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in texts(v, k)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in texts(v, key)]
    return []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_scale_text_the_services_expose_is_a_work_note(app: App, language: str) -> None:
    edition = builtin_id("ips-25", language)
    document = app.editions.edition_document(edition)
    found = texts(document)
    assert len(found) > 400
    service = app.reviews.create_service("Jobbstöd Öst")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 2, 2), language=language).uuid
    use = app.reviews.get_review(review).edition
    found += [use.name, use.source, use.item_note]
    found += texts(as_data(app.reviews.review_scale(review)))
    notes = [text for text in found if WORK_NOTES.search(text)]
    assert notes == []
    assert use.item_note == app.reviews.review_scale(review).text_note
    assert len(use.item_note) < 70 and "manual" in use.item_note


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_report_page_shows_a_work_note(app: App, language: str) -> None:
    service = app.reviews.create_service("Jobbstöd Öst")
    review = app.reviews.create_review(service.uuid, kind="external",
                                       start_date=date(2026, 2, 2), language=language).uuid
    for item in app.reviews.review_scale(review).items:  # every criterion text is printed
        app.reviews.set_score(review, item.id, (item.number % 5) + 1)
    pdf = build_report(report_data(app, review))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert not WORK_NOTES.search(text), (number, WORK_NOTES.search(text))


def test_audit_fixes_are_in_the_data(catalogue: ScaleCatalogue) -> None:
    en, sv = catalogue.get("ips-25", "en"), catalogue.get("ips-25", "sv")
    assert "general contacts both count" in en.item("services-6").looks_for
    assert "allmänna kontakter räknas" in sv.item("services-6").looks_for
    for scale in (en, sv):
        assert "generic" in scale.item("services-6").source_note.lower() \
            or "allmänna" in scale.item("services-6").source_note
    assert "not time-limited" not in en.item("services-10").looks_for
    assert "same as co-workers" in en.item("services-10").looks_for
    assert "är det tidsbegränsat" not in " ".join(sv.item("services-10").questions)
    assert "visstidsanställning" in sv.item("services-10").source_note
    assert "alla personer med allvarlig psykisk ohälsa" in sv.item("organization-7").checklist[4]
    swedish = " ".join(texts(as_data(sv)))
    for word in ("engagemang", "intagning", "täcker upp", "framstår", "Godtagbar"):
        assert word not in swedish, word
    assert sv.band_for(80).label == "Måttlig programtrohet"
    assert sv.item("services-13").short_title == "Arbete ute i samhället"
