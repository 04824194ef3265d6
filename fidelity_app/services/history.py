"""Following a service over time: its reviews, trends, the item-by-review grid, follow-up.

Reviews are put in time order by their start date (then by the order they were created).
Trend and grid use one scale (by default the scale of the service's latest review); reviews
made with another scale are listed but not mixed into them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session, selectinload, sessionmaker

from fidelity_app.scale.model import SCORES, Scale
from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.services.actions import OPEN_STATUSES, ActionInfo, ActionRecords, action_rows
from fidelity_app.services.dto import ReviewSummary, ServiceInfo
from fidelity_app.services.errors import NotFoundError
from fidelity_app.services.reviews import ReviewService, service_info
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import Action, Review, Service

IMPROVED = "improved"
STALLED = "stalled"
FELL = "fell"
NEW = "new"
CHANGES = (IMPROVED, STALLED, FELL, NEW)

TOTAL_LABELS = {"sv": "Poängsumma", "en": "Total score"}
DEFAULT_SCALE = "ips-25"


# -- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    """One review's value in a trend series; ``partial`` when some of its items are unscored."""

    review_uuid: str
    date: date
    value: int
    partial: bool


@dataclass(frozen=True)
class TrendSeries:
    """Values over time of the total (``key == "total"``) or of one section (key = its id)."""

    key: str
    label: str
    min: int
    max: int
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class BandRange:
    """A band of total scores (``min`` and ``max`` inclusive) to draw behind the total."""

    id: str
    label: str
    min: int
    max: int


@dataclass(frozen=True)
class Trend:
    """What a trend chart draws: the total and each section per review, and the bands."""

    scale_id: str
    total: TrendSeries
    sections: tuple[TrendSeries, ...]
    bands: tuple[BandRange, ...]

    @property
    def dates(self) -> tuple[date, ...]:
        """The review dates, oldest first (the x axis)."""
        return tuple(p.date for p in self.total.points)

    @property
    def boundaries(self) -> tuple[int, ...]:
        """The totals where a band starts, lowest band excluded, ascending (e.g. 74, 100, 115)."""
        lowest = min(b.min for b in self.bands)
        return tuple(sorted(b.min for b in self.bands if b.min != lowest))


@dataclass(frozen=True)
class GridColumn:
    """A review as a column of the item grid."""

    review_uuid: str
    date: date
    kind: str
    status: str
    partial: bool


@dataclass(frozen=True)
class GridRow:
    """One item across the reviews: a score (or ``None``) per column, and how it changed.

    ``change`` compares the last two reviews in which the item was scored: ``improved``,
    ``stalled`` (same score), ``fell``; ``new`` when it was scored only once; ``None`` when
    it was never scored. ``previous`` and ``latest`` are those two scores.
    """

    item_id: str
    section_id: str
    section_title: str
    number: int
    title: str
    short_title: str
    scores: tuple[int | None, ...]
    change: str | None
    previous: int | None
    latest: int | None


@dataclass(frozen=True)
class ItemGrid:
    """Items (rows, in scale order) by reviews (columns, oldest first)."""

    scale_id: str
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]

    def row(self, item_id: str) -> GridRow:
        """The row of one item; ``KeyError`` if the scale has no such item."""
        for r in self.rows:
            if r.item_id == item_id:
                return r
        raise KeyError(item_id)

    def change_counts(self) -> dict[str, int]:
        """How many items improved, stalled, fell or are new."""
        counts = dict.fromkeys(CHANGES, 0)
        for r in self.rows:
            if r.change is not None:
                counts[r.change] += 1
        return counts


@dataclass(frozen=True)
class ServiceHistory:
    """Everything the service page shows."""

    service: ServiceInfo
    reviews: tuple[ReviewSummary, ...]
    scale_id: str
    language: str
    trend: Trend
    grid: ItemGrid


@dataclass(frozen=True)
class ItemFollowUp:
    """For one item of a review: the previous review's score and the actions still open."""

    item_id: str
    previous_score: int | None
    open_actions: tuple[ActionInfo, ...]


@dataclass(frozen=True)
class ReviewFollowUp:
    """What the scoring view of a review shows from the service's earlier reviews.

    ``previous`` is the latest earlier review of the same service with the same scale (any
    status), or ``None``. ``items`` has every item of the scale, in scale order; open actions
    are those raised by earlier reviews (or no longer linked to a review) and still planned
    or in progress.
    """

    review_uuid: str
    previous: ReviewSummary | None
    previous_scores: Mapping[str, int]
    items: Mapping[str, ItemFollowUp]

    def item(self, item_id: str) -> ItemFollowUp:
        """The follow-up of one item (empty for an item the scale does not have)."""
        return self.items.get(item_id) or ItemFollowUp(item_id, None, ())

    @property
    def open_actions(self) -> tuple[ActionInfo, ...]:
        """Every open action shown, in scale order of the items."""
        return tuple(a for f in self.items.values() for a in f.open_actions)


# -- pure helpers ---------------------------------------------------------------------------


def classify(scores: tuple[int | None, ...]) -> tuple[str | None, int | None, int | None]:
    """Change class, previous and latest score between the last two scored entries."""
    given = [s for s in scores if s is not None]
    if not given:
        return None, None, None
    if len(given) == 1:
        return NEW, None, given[0]
    previous, latest = given[-2], given[-1]
    change = IMPROVED if latest > previous else FELL if latest < previous else STALLED
    return change, previous, latest


def build_trend(
    scale: Scale, reviews: list[tuple[str, date, ScoreResult]], language: str
) -> Trend:
    """The trend of ``reviews`` (uuid, date, score; oldest first) on ``scale``."""
    total = TrendSeries(
        key="total",
        label=TOTAL_LABELS.get(language, TOTAL_LABELS["en"]),
        min=scale.min_total,
        max=scale.max_total,
        points=tuple(TrendPoint(u, d, s.total, s.partial) for u, d, s in reviews),
    )
    sections = []
    for index, section in enumerate(scale.sections):
        count = len(scale.items_in(section.id))
        points = []
        for u, d, s in reviews:
            sub = s.sections[index]
            points.append(TrendPoint(u, d, sub.subtotal, not sub.complete))
        sections.append(
            TrendSeries(
                section.id, section.title, count * SCORES[0], count * SCORES[-1], tuple(points)
            )
        )
    bands = tuple(BandRange(b.id, b.label, b.min, b.max) for b in scale.bands)
    return Trend(scale.id, total, tuple(sections), bands)


def build_grid(
    scale: Scale, columns: list[GridColumn], scores: Sequence[Mapping[str, int]]
) -> ItemGrid:
    """The item grid: ``scores`` holds one item-to-score mapping per column."""
    rows = []
    for item in scale.items:
        values = tuple(col.get(item.id) for col in scores)
        change, previous, latest = classify(values)
        rows.append(
            GridRow(
                item_id=item.id,
                section_id=item.section,
                section_title=scale.section(item.section).title,
                number=item.number,
                title=item.title,
                short_title=item.short_title,
                scores=values,
                change=change,
                previous=previous,
                latest=latest,
            )
        )
    return ItemGrid(scale.id, tuple(columns), tuple(rows))


def _order(review: Review) -> tuple[date, int]:
    return (review.start_date, review.id)


# -- the service ----------------------------------------------------------------------------


class HistoryService:
    """Read-only views of a service's reviews over time."""

    def __init__(self, sessions: sessionmaker[Session], reviews: ReviewService) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self._reviews = reviews
        self.scales = reviews.scales
        self._records = ActionRecords(reviews.scales)

    def _service(self, session: Session, service_uuid: str) -> Service:
        service = session.scalar(select(Service).where(Service.uuid == service_uuid))
        if service is None:
            raise NotFoundError("service_not_found", service=service_uuid)
        return service

    def _reviews_of(self, session: Session, service_id: int) -> list[Review]:
        return list(
            session.scalars(
                select(Review)
                .where(Review.service_id == service_id)
                .options(
                    selectinload(Review.assessments),
                    selectinload(Review.reviewers),
                    selectinload(Review.service),
                )
                .order_by(Review.start_date, Review.id)
            )
        )

    def reviews_of(self, service_uuid: str) -> list[ReviewSummary]:
        """A service's reviews, oldest first, with kind, reviewers, total and band."""
        with self._reads() as s:
            service = self._service(s, service_uuid)
            return [self._reviews.summary_of(r) for r in self._reviews_of(s, service.id)]

    def history(
        self, service_uuid: str, *, scale_id: str | None = None, language: str | None = None
    ) -> ServiceHistory:
        """Reviews, trend and item grid of a service.

        ``scale_id`` picks the scale of the trend and grid (default: the latest review's);
        ``language`` the language of titles (default: the latest review's).
        """
        with self._reads() as s:
            service = self._service(s, service_uuid)
            reviews = self._reviews_of(s, service.id)
            summaries = [self._reviews.summary_of(r) for r in reviews]
            latest = reviews[-1] if reviews else None
            if scale_id is None:
                scale_id = latest.scale_id if latest else DEFAULT_SCALE
            if not self.scales.has(scale_id):
                raise NotFoundError("scale_not_available", scale=scale_id)
            language = language or (latest.language if latest else "sv")
            scale = self.scales.get(scale_id, language)
            chosen = [
                (r, summary)
                for r, summary in zip(reviews, summaries, strict=True)
                if r.scale_id == scale_id
            ]
            trend = build_trend(
                scale, [(r.uuid, r.start_date, sm.score) for r, sm in chosen], scale.language
            )
            columns = [
                GridColumn(r.uuid, r.start_date, r.kind, r.status, sm.score.partial)
                for r, sm in chosen
            ]
            item_ids = {it.id for it in scale.items}
            scores = [
                {
                    a.item_id: a.score
                    for a in r.assessments
                    if a.score is not None and a.item_id in item_ids
                }
                for r, _ in chosen
            ]
            return ServiceHistory(
                service=service_info(service, len(reviews)),
                reviews=tuple(summaries),
                scale_id=scale.id,
                language=scale.language,
                trend=trend,
                grid=build_grid(scale, columns, scores),
            )

    def trend(self, service_uuid: str, scale_id: str | None = None) -> Trend:
        """The trend of a service (see :meth:`history`)."""
        return self.history(service_uuid, scale_id=scale_id).trend

    def grid(self, service_uuid: str, scale_id: str | None = None) -> ItemGrid:
        """The item-by-review grid of a service (see :meth:`history`)."""
        return self.history(service_uuid, scale_id=scale_id).grid

    def previous_review(self, review_uuid: str) -> ReviewSummary | None:
        """The latest earlier review of the same service with the same scale, if any."""
        return self.follow_up(review_uuid).previous

    def follow_up(self, review_uuid: str) -> ReviewFollowUp:
        """Per item: the previous review's score and the open actions from earlier reviews."""
        with self._reads() as s:
            review = s.scalar(select(Review).where(Review.uuid == review_uuid))
            if review is None:
                raise NotFoundError("review_not_found", review=review_uuid)
            scale = self._reviews.scale_for(review.scale_id, review.language)
            previous = s.scalar(
                select(Review)
                .where(
                    Review.service_id == review.service_id,
                    Review.scale_id == review.scale_id,
                    tuple_(Review.start_date, Review.id) < tuple_(*_order(review)),
                )
                .options(selectinload(Review.assessments), selectinload(Review.reviewers))
                .order_by(Review.start_date.desc(), Review.id.desc())
                .limit(1)
            )
            previous_scores = (
                {a.item_id: a.score for a in previous.assessments if a.score is not None}
                if previous
                else {}
            )
            rows = s.execute(
                action_rows().where(
                    Action.service_id == review.service_id,
                    Action.status.in_(OPEN_STATUSES),
                    Action.review_id.is_(None)
                    | (tuple_(Review.start_date, Review.id) < tuple_(*_order(review))),
                )
            )
            actions = self._records.sorted(list(rows))
            summary = self._reviews.summary_of(previous) if previous else None
        items = {
            it.id: ItemFollowUp(
                it.id,
                previous_scores.get(it.id),
                tuple(a for a in actions if a.item_id == it.id),
            )
            for it in scale.items
        }
        return ReviewFollowUp(review.uuid, summary, previous_scores, items)
