"""Small frozen records the service layer returns (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from fidelity_app.exchange.agreed import AGREED_FIELDS as AGREED_FIELDS
from fidelity_app.exchange.agreed import AGREED_TEXT_FIELDS as AGREED_TEXT_FIELDS
from fidelity_app.exchange.agreed import agreed_values as agreed_values
from fidelity_app.exchange.evidence import EvidenceEntry as EvidenceEntry
from fidelity_app.scale.scoring import ScoreResult

if TYPE_CHECKING:  # the calculators are imported when a review is opened, not at start
    from fidelity_app.scale.calculators import Inputs, Proposal


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
    """The agreed score of one item and the notes written for it; ``evidence`` is the list
    of evidence entries, each with its source, in the order written."""

    item_id: str
    score: int | None = None
    evidence: tuple[EvidenceEntry, ...] = ()
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
class ReviewerInfo:
    """A reviewer of a review: the UUID that identifies them across files, and their name."""

    uuid: str
    name: str


@dataclass(frozen=True)
class ReviewerProgress:
    """A reviewer of a review and how many items they have scored (for the reviewer picker)."""

    name: str
    scored: int
    items: int

    @property
    def complete(self) -> bool:
        """Whether the reviewer has scored every item."""
        return self.scored == self.items


@dataclass(frozen=True)
class EditionUse:
    """Which text a review is scored with, as recorded with the review.

    ``present`` is false when that text (that id with that SHA-256) is not in this database,
    for example a review imported from another organisation or scored with an earlier
    built-in text; the review is then shown with the built-in text of its language, and
    ``name`` says which text the review was scored with as far as it is known.
    """

    id: str
    sha256: str | None
    name: str
    source: str
    builtin: bool
    present: bool
    item_note: str
    """The one short line shown with each item's criteria."""


@dataclass(frozen=True)
class ItemCalculation:
    """The figures entered in an item's calculator, the score they propose and the agreed
    score. The proposal is never applied by itself: the reviewers confirm it (the agreed
    score equals it) or set another score, which then ``overrides`` it."""

    item_id: str
    inputs: Inputs
    proposal: Proposal
    score: int | None = None

    @property
    def proposed_score(self) -> int:
        """The score the figures propose."""
        return self.proposal.score

    @property
    def overrides(self) -> bool:
        """Whether the agreed score differs from the proposal."""
        return self.score is not None and self.score != self.proposal.score

    @property
    def pending(self) -> bool:
        """Whether the item has no agreed score yet (the proposal waits for a decision)."""
        return self.score is None


@dataclass(frozen=True)
class RatingInfo:
    """One reviewer's own score and note for one item."""

    reviewer: str
    item_id: str
    score: int | None
    note: str = ""


@dataclass(frozen=True)
class ReviewEventInfo:
    """Something that happened to a review; ``actor`` is who did it (empty if not recorded)."""

    at: datetime
    kind: str
    reason: str = ""
    actor: str = ""


def as_utc(moment: datetime) -> datetime:
    """A stored time in UTC (SQLite gives back the UTC time it was given, without its zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class ServiceCommentInfo:
    """The reviewed service's comment on one item from the factual check: who sent it, when
    it was read in."""

    item_id: str
    comment: str
    sender: str
    received_at: datetime


@dataclass(frozen=True)
class ChangeInfo:
    """One value changed after the review was first finalised (``services.change_log``):
    ``part`` the table and ``what`` the field, ``item_id`` and ``detail`` (e.g. the reviewer)
    where; ``old`` and ``new`` as text; who, when, and the reason of the reopening."""

    uuid: str
    at: datetime
    actor: str
    part: str
    what: str
    item_id: str
    detail: str
    old: str
    new: str
    reason: str


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
    reviewers: tuple[ReviewerInfo, ...] = ()
    """The reviewers in order, with their UUIDs (``summary.reviewers`` has their names)."""
    edition: EditionUse | None = None
    """The text of the scale the review is scored with."""
    calculations: dict[str, ItemCalculation] = field(default_factory=dict)
    changes: tuple[ChangeInfo, ...] = ()  # made after the review was first finalised
    """The calculator figures entered, by item id."""
    service_comments: tuple[ServiceCommentInfo, ...] = ()
    """The service's comments from the factual check, in the order they came."""

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

    def comments_on(self, item_id: str) -> tuple[ServiceCommentInfo, ...]:
        """The service's comments on one item."""
        return tuple(c for c in self.service_comments if c.item_id == item_id)
