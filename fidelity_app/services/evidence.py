"""An item's evidence entries: add, change and remove them, each with its source.

Every write that replaces or removes an entry carries ``expected`` (the entry as the screen
showed it): when another window or program changed or removed it since, ``EditConflictError``
is raised and nothing is saved, as for the other texts.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.evidence import (
    MAX_ENTRIES,
    MAX_ROLE,
    SOURCES,
    UNTAGGED,
    EvidenceEntry,
)
from fidelity_app.messages import message
from fidelity_app.services.dto import ItemNotes
from fidelity_app.services.errors import EditConflictError, InvalidInputError, NotFoundError
from fidelity_app.services.labels import item_label
from fidelity_app.services.reviews import (
    ReviewService,
    check_review_size,
    check_text,
    check_unicode,
    entry_record,
    item_notes,
)
from fidelity_app.services.transactions import check_editable, write_transaction
from fidelity_app.storage.models import EvidenceEntryRow, ItemAssessment, Review, new_uuid, now


def clean_entry(text: object, source: object, role: object) -> tuple[str, str, str]:
    """The text, source and role of an entry as stored: text trimmed and not blank, a known
    source, a role only for an interview (trimmed, at most ``MAX_ROLE`` characters)."""
    if source not in SOURCES:
        raise InvalidInputError("evidence_source_unknown", source=str(source)[:40],
                                sources=", ".join(SOURCES))
    text = check_text(text, "what_evidence").strip()
    if not text:
        raise InvalidInputError("evidence_blank")
    if not isinstance(role, str):
        raise InvalidInputError("must_be_text", what=message("what_role"))
    role = role.strip() if source == "interview" else ""
    if len(role) > MAX_ROLE:
        raise InvalidInputError("name_too_long", what=message("what_role"), max=MAX_ROLE)
    check_unicode(role, "what_role")
    return text, str(source), role


class EvidenceService:
    """The evidence entries of reviews' items (the agreed notes, not a reviewer's own)."""

    def __init__(self, sessions: sessionmaker[Session], reviews: ReviewService) -> None:
        self._sessions = sessions
        self._reviews = reviews

    def add_evidence(self, review_uuid: str, item_id: str, text: str,
                     source: str = UNTAGGED, role: str = "") -> ItemNotes:
        """Add an entry after the item's others; returns the item with it (the new entry
        last in ``evidence``)."""
        text, source, role = clean_entry(text, source, role)
        with write_transaction(self._sessions) as s:
            review, row = self._row(s, review_uuid, item_id)
            if len(row.evidence_entries) >= MAX_ENTRIES:
                raise InvalidInputError("evidence_too_many", max=MAX_ENTRIES)
            position = max((e.position for e in row.evidence_entries), default=-1) + 1
            row.evidence_entries.append(EvidenceEntryRow(
                uuid=new_uuid(), position=position, source=source, role=role, text=text))
            return self._saved(s, review, row)

    def update_evidence(self, review_uuid: str, item_id: str, entry_id: str, text: str,
                        source: str, role: str = "", *,
                        expected: EvidenceEntry | None = None) -> ItemNotes:
        """Change an entry's text, source and role in place of ``expected`` (as the screen
        showed it; ``None``: not checked)."""
        text, source, role = clean_entry(text, source, role)
        with write_transaction(self._sessions) as s:
            review, row = self._row(s, review_uuid, item_id)
            entry = self._entry(review, row, entry_id, expected,
                                EvidenceEntry(entry_id, source, text, role))
            entry.text, entry.source, entry.role = text, source, role
            return self._saved(s, review, row)

    def remove_evidence(self, review_uuid: str, item_id: str, entry_id: str, *,
                        expected: EvidenceEntry | None = None) -> ItemNotes:
        """Remove an entry, unless it changed since the screen showed it (``expected``); an
        entry already removed elsewhere is simply gone."""
        with write_transaction(self._sessions) as s:
            review, row = self._row(s, review_uuid, item_id)
            if any(e.uuid == entry_id for e in row.evidence_entries):
                row.evidence_entries.remove(self._entry(review, row, entry_id, expected, None))
            return self._saved(s, review, row)

    # -- plumbing ---------------------------------------------------------------------------

    def _row(self, s: Session, review_uuid: str, item_id: str
             ) -> tuple[Review, ItemAssessment]:
        review = s.scalar(select(Review).where(Review.uuid == review_uuid))
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        check_editable(review)
        scale = self._reviews.scale_for(review.scale_id, review.language)
        try:
            scale.item(item_id)
        except KeyError:
            raise NotFoundError("item_not_in_scale", scale=scale.id, item=item_id) from None
        row = next((a for a in review.assessments if a.item_id == item_id), None)
        if row is None:
            row = ItemAssessment(item_id=item_id)
            review.assessments.append(row)
        return review, row

    def _entry(self, review: Review, row: ItemAssessment, entry_id: str,
               expected: EvidenceEntry | None, new: EvidenceEntry | None) -> EvidenceEntryRow:
        """The stored entry ``entry_id``, checked against what the screen showed."""
        entry = next((e for e in row.evidence_entries if e.uuid == entry_id), None)
        stored = entry_record(entry) if entry is not None else None
        if expected is not None and stored not in (expected, new):
            scale = self._reviews.scale_for(review.scale_id, review.language)
            key = "evidence_removed_elsewhere" if stored is None else "evidence_changed_elsewhere"
            raise EditConflictError(message(key, item=item_label(scale, row.item_id)),
                                    item_id=row.item_id, field="evidence", stored=stored,
                                    expected=expected)
        if entry is None:
            raise NotFoundError("evidence_not_found", entry=entry_id)
        return entry

    @staticmethod
    def _saved(s: Session, review: Review, row: ItemAssessment) -> ItemNotes:
        check_review_size(review)
        review.updated_at = now()
        s.flush()
        return item_notes(row)
