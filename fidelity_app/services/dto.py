"""Small frozen records the service layer returns (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from fidelity_app.scale.scoring import ScoreResult

AGREED_TEXT_FIELDS = ("evidence", "strengths", "development", "rationale", "needs_info_reason")
"""The free-text notes of an agreed item (in the order the review file writes them)."""

AGREED_FIELDS = (
    "score",
    "evidence",
    "strengths",
    "development",
    "rationale",
    "needs_info",
    "needs_info_reason",
    "checklist_met",
)
"""Every value of an agreed item (besides its item id): the one list that the database row,
the records, the review file and the copy, import and export code all follow."""


def agreed_values(obj: object) -> dict[str, Any]:
    """The agreed-item values (``AGREED_FIELDS``) of any object that has them as attributes."""
    return {name: getattr(obj, name) for name in AGREED_FIELDS}


@dataclass(frozen=True)
class ServiceInfo:
    """A reviewed service."""

    uuid: str
    name: str
    organisation: str = ""
    location: str = ""
    contact: str = ""
    review_count: int = 0


@dataclass(frozen=True)
class ItemNotes:
    """The agreed score of one item and the notes written for it."""

    item_id: str
    score: int | None = None
    evidence: str = ""
    strengths: str = ""
    development: str = ""
    rationale: str = ""
    needs_info: bool = False
    needs_info_reason: str = ""
    checklist_met: tuple[int, ...] = ()  # a checklist item's elements in place (1-based)

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all was entered for the item."""
        return self == ItemNotes(self.item_id)


@dataclass(frozen=True)
class RatingInfo:
    """One reviewer's own score and note for one item."""

    reviewer: str
    item_id: str
    score: int | None
    note: str = ""


@dataclass(frozen=True)
class ReviewEventInfo:
    """Something that happened to a review."""

    at: datetime
    kind: str
    reason: str = ""


@dataclass(frozen=True)
class ReviewSummary:
    """A review as a line in a list."""

    uuid: str
    service_uuid: str
    service_name: str
    organisation: str
    kind: str
    start_date: date
    end_date: date | None
    status: str
    language: str
    scale_id: str
    scale_version: str
    reviewers: tuple[str, ...]
    score: ScoreResult

    @property
    def is_final(self) -> bool:
        """Whether the review is final (read-only)."""
        return self.status == "final"


@dataclass(frozen=True)
class ReviewDetail:
    """Everything about one review."""

    summary: ReviewSummary
    service: ServiceInfo
    items: dict[str, ItemNotes]
    ratings: tuple[RatingInfo, ...] = ()
    events: tuple[ReviewEventInfo, ...] = ()
    summary_strengths: str = ""
    summary_recommendations: str = ""
    finalised_at: datetime | None = None
    created_at: datetime | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def uuid(self) -> str:
        """The review's UUID."""
        return self.summary.uuid

    def notes(self, item_id: str) -> ItemNotes:
        """The notes of an item (empty when nothing was entered)."""
        return self.items.get(item_id) or ItemNotes(item_id)

    def scores(self) -> dict[str, int]:
        """The agreed scores entered so far."""
        return {k: v.score for k, v in self.items.items() if v.score is not None}
