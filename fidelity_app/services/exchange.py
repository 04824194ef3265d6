"""Importing and exporting review files (all-or-nothing imports, identity by review UUID)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.format import FORMAT, VERSION, ReviewFile
from fidelity_app.exchange.reader import ReviewFileError, read_review_file
from fidelity_app.fileio import write_atomic
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.dto import ReviewDetail
from fidelity_app.services.errors import ConflictError, InvalidInputError
from fidelity_app.services.reviews import ReviewService
from fidelity_app.storage.models import (
    ItemAssessment,
    Review,
    Reviewer,
    ReviewEvent,
    Service,
    new_uuid,
    now,
)

ITEM_TEXTS = ("evidence", "strengths", "development", "rationale", "needs_info_reason")


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did."""

    review_uuid: str
    created: bool

    @property
    def unchanged(self) -> bool:
        """Whether the review was already there with the same content."""
        return not self.created


def review_to_file(detail: ReviewDetail) -> dict[str, object]:
    """The review-file dictionary of a stored review."""
    s = detail.summary
    items = []
    for item_id in sorted(detail.items):
        notes = detail.items[item_id]
        if notes.is_empty:
            continue
        entry: dict[str, object] = {"id": item_id, "score": notes.score}
        for key in ITEM_TEXTS:
            if getattr(notes, key):
                entry[key] = getattr(notes, key)
        if notes.needs_info:
            entry["needs_info"] = True
        items.append(entry)
    service: dict[str, object] = {"id": detail.service.uuid, "name": detail.service.name}
    for key in ("organisation", "location", "contact"):
        if getattr(detail.service, key):
            service[key] = getattr(detail.service, key)
    review: dict[str, object] = {
        "id": s.uuid,
        "kind": s.kind,
        "date": s.start_date.isoformat(),
        "status": s.status,
        "reviewers": list(s.reviewers),
    }
    if s.end_date:
        review["end_date"] = s.end_date.isoformat()
    if detail.summary_strengths or detail.summary_recommendations:
        review["summary"] = {
            "strengths": detail.summary_strengths,
            "recommendations": detail.summary_recommendations,
        }
    return {
        "format": FORMAT,
        "version": VERSION,
        "scale": s.scale_id,
        "scale_version": s.scale_version,
        "language": s.language,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "service": service,
        "review": review,
        "items": items,
    }


def _content(model: ReviewFile) -> object:
    """What must match for a file to be "the same review": everything but ids and stamps."""
    items = sorted(
        (i.model_dump() for i in model.items if i.model_dump(exclude={"id"}) != _EMPTY_ITEM),
        key=lambda d: str(d["id"]),
    )
    review = model.review.model_dump(exclude={"id"})
    return (
        model.scale,
        model.language,
        model.service.name,
        model.service.organisation,
        review,
        items,
    )


_EMPTY_ITEM = {
    "score": None,
    "evidence": "",
    "strengths": "",
    "development": "",
    "rationale": "",
    "needs_info": False,
    "needs_info_reason": "",
}


class ExchangeService:
    """Review files in and out."""

    def __init__(
        self, sessions: sessionmaker[Session], scales: ScaleCatalogue, reviews: ReviewService
    ) -> None:
        self._sessions = sessions
        self._scales = scales
        self._reviews = reviews

    def export_review(self, review_uuid: str, path: str | Path) -> Path:
        """Write one review to ``path`` as a review file."""
        data = review_to_file(self._reviews.get_review(review_uuid))
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        try:
            return write_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            raise InvalidInputError(f"Cannot write {path}: {exc.strerror}.") from None

    def read(self, path: str | Path) -> ReviewFile:
        """Read and validate a review file without storing it."""
        try:
            return read_review_file(path, self._scales)
        except ReviewFileError as exc:
            raise InvalidInputError(f"{path}: {exc}") from None

    def import_file(self, path: str | Path) -> ImportResult:
        """Import one review file: all of it, or nothing."""
        return self.import_model(self.read(path), str(path))

    def import_model(self, model: ReviewFile, source: str = "the file") -> ImportResult:
        """Store a validated review file in one transaction."""
        if model.review.id is not None and self._exists(model.review.id):
            return self._same_or_refuse(model, source)
        try:
            with self._sessions.begin() as s:
                review = self._create(s, model)
                s.flush()
                return ImportResult(review.uuid, created=True)
        except IntegrityError:
            raise ConflictError(
                f"{source}: the review was stored by someone else meanwhile; import it again."
            ) from None

    def _exists(self, review_uuid: str) -> bool:
        with self._sessions() as s:
            return s.scalar(select(Review.id).where(Review.uuid == review_uuid)) is not None

    def _same_or_refuse(self, model: ReviewFile, source: str) -> ImportResult:
        assert model.review.id is not None
        stored = ReviewFile.model_validate(
            review_to_file(self._reviews.get_review(model.review.id))
        )
        if _content(stored) == _content(model):
            return ImportResult(model.review.id, created=False)
        raise ConflictError(
            f"{source}: the review {model.review.id} is already in the database with different "
            "content. Nothing was imported; export the stored review first if you want to "
            "compare the two."
        )

    def _create(self, s: Session, model: ReviewFile) -> Review:
        scale = self._scales.get(model.scale, model.language)
        service = None
        if model.service.id is not None:
            service = s.scalar(select(Service).where(Service.uuid == model.service.id))
        if service is None:
            service = s.scalar(
                select(Service).where(
                    Service.name == model.service.name.strip(),
                    Service.organisation == model.service.organisation.strip(),
                )
            )
        if service is None:
            service = Service(
                uuid=model.service.id or new_uuid(),
                name=model.service.name.strip(),
                organisation=model.service.organisation.strip(),
                location=model.service.location.strip(),
                contact=model.service.contact.strip(),
            )
            s.add(service)
        r = model.review
        review = Review(
            uuid=r.id or new_uuid(),
            service=service,
            kind=r.kind,
            start_date=r.date,
            end_date=r.end_date,
            language=model.language,
            scale_id=scale.id,
            scale_version=model.scale_version or scale.version,
            status=r.status,
            summary_strengths=r.summary.strengths,
            summary_recommendations=r.summary.recommendations,
            finalised_at=now() if r.status == "final" else None,
        )
        review.reviewers = [Reviewer(name=n.strip(), position=i) for i, n in enumerate(r.reviewers)]
        review.assessments = [
            ItemAssessment(
                item_id=i.id,
                score=i.score,
                evidence=i.evidence,
                strengths=i.strengths,
                development=i.development,
                rationale=i.rationale,
                needs_info=i.needs_info,
                needs_info_reason=i.needs_info_reason,
            )
            for i in model.items
        ]
        review.events = [ReviewEvent(kind="imported")]
        s.add(review)
        return review
