"""Where a service stands among all services, and its self-assessment beside an outside review.

Each service counts once, with its latest final review of the kinds compared (by default
external reviews). The figures are read with aggregate SQL, so on a shared database they are
worked out by the server; what other services scored is only ever returned as counts, never
with their names or texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, String, cast, func, null, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.messages import message
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.services.labels import item_label
from fidelity_app.services.shared_figures import (
    MIN_GROUP_SERVICES,
    anonymous_distribution,
    reads_own_service_only,
)
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import REVIEW_KINDS, ItemAssessment, Review, Service

COMPARED_KINDS = ("external",)
SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class ReviewRef:
    """The review a service is compared with."""

    uuid: str
    kind: str
    start_date: date


@dataclass(frozen=True)
class ItemStanding:
    """One item: the service's agreed score and how many services gave each score."""

    item_id: str
    section: str
    number: int
    title: str
    score: int | None
    counts: tuple[int, ...]  # services that scored 1, 2, 3, 4, 5 (this one included)

    @property
    def services(self) -> int:
        """How many services have a score for this item."""
        return sum(self.counts)

    @property
    def lower(self) -> int:
        """Services that scored this item lower than this service did."""
        return 0 if self.score is None else sum(self.counts[: self.score - 1])

    @property
    def higher(self) -> int:
        """Services that scored this item higher than this service did."""
        return 0 if self.score is None else sum(self.counts[self.score:])

    @property
    def median(self) -> float | None:
        """The median score of all services (``None`` when nobody scored the item)."""
        scores = [s for s, n in zip(SCORES, self.counts, strict=True) for _ in range(n)]
        if not scores:
            return None
        middle = len(scores) // 2
        if len(scores) % 2:
            return float(scores[middle])
        return (scores[middle - 1] + scores[middle]) / 2

    def as_json(self) -> dict[str, object]:
        return {
            "item_id": self.item_id, "section": self.section, "number": self.number,
            "title": self.title, "score": self.score,
            "counts": dict(zip((str(s) for s in SCORES), self.counts, strict=True)),
            "services": self.services, "lower": self.lower, "higher": self.higher,
            "median": self.median,
        }


@dataclass(frozen=True)
class Standing:
    """A service's latest final review against every service's latest final review."""

    service_uuid: str
    service_name: str
    scale_id: str
    kinds: tuple[str, ...]
    review: ReviewRef | None  # ``None``: the service has no final review of these kinds
    total: int | None  # ``None`` when the review is partial
    band: str | None
    services_compared: int  # services with a complete latest review (for the totals)
    totals_lower: int
    totals_higher: int
    items: tuple[ItemStanding, ...]
    # 0: every service's reviews were read; else the figures are the shared server's
    # anonymous ones, each drawn from at least this many services (``services.shared_figures``)
    anonymous_minimum: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "service_id": self.service_uuid, "service": self.service_name,
            "scale": self.scale_id, "kinds": list(self.kinds),
            "review": None if self.review is None else {
                "id": self.review.uuid, "kind": self.review.kind,
                "date": self.review.start_date.isoformat()},
            "total": self.total, "band": self.band,
            "services_compared": self.services_compared,
            "totals_lower": self.totals_lower, "totals_higher": self.totals_higher,
            "items": [item.as_json() for item in self.items],
            "anonymous_minimum": self.anonymous_minimum,
        }


@dataclass(frozen=True)
class ItemPair:
    """One item scored by the service itself and by reviewers from outside."""

    item_id: str
    section: str
    number: int
    title: str
    own: int | None
    outside: int | None

    @property
    def difference(self) -> int | None:
        """Own score minus the outside score (positive: the team rated itself higher)."""
        if self.own is None or self.outside is None:
            return None
        return self.own - self.outside

    def as_json(self) -> dict[str, object]:
        return {
            "item_id": self.item_id, "section": self.section, "number": self.number,
            "title": self.title, "self_assessment": self.own, "external": self.outside,
            "difference": self.difference,
        }


@dataclass(frozen=True)
class SelfAndOutside:
    """A service's latest final self-assessment beside its latest final outside review."""

    service_uuid: str
    service_name: str
    scale_id: str
    own: ReviewRef | None
    outside: ReviewRef | None
    items: tuple[ItemPair, ...]

    @property
    def rated_higher(self) -> int:
        """Items the team scored higher than the outside reviewers."""
        return sum(1 for i in self.items if (i.difference or 0) > 0)

    @property
    def rated_lower(self) -> int:
        """Items the team scored lower than the outside reviewers."""
        return sum(1 for i in self.items if (i.difference or 0) < 0)

    @property
    def same(self) -> int:
        """Items both scored the same."""
        return sum(1 for i in self.items if i.difference == 0)

    def as_json(self) -> dict[str, object]:
        def ref(r: ReviewRef | None) -> dict[str, str] | None:
            return None if r is None else {"id": r.uuid, "kind": r.kind,
                                           "date": r.start_date.isoformat()}

        return {
            "service_id": self.service_uuid, "service": self.service_name,
            "scale": self.scale_id, "self_assessment": ref(self.own),
            "external": ref(self.outside), "rated_higher": self.rated_higher,
            "rated_lower": self.rated_lower, "same": self.same,
            "items": [item.as_json() for item in self.items],
        }


def _latest_finals(scale_id: str, kinds: Sequence[str]) -> Any:
    """Each service's latest final review of ``kinds`` with ``scale_id`` (one row each: its
    id and stored total and count of scored items), read through ``ix_reviews_latest``."""
    ranked = (
        select(
            Review.id.label("review_id"), Review.scored_total, Review.scored_items,
            func.row_number().over(
                partition_by=Review.service_id,
                order_by=(Review.start_date.desc(), Review.id.desc()),
            ).label("rank"),
        )
        .where(Review.status == "final", Review.scale_id == scale_id, Review.kind.in_(kinds))
        .subquery()
    )
    return (select(ranked.c.review_id, ranked.c.scored_total, ranked.c.scored_items)
            .where(ranked.c.rank == 1).cte("latest"))


def _check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    for kind in kinds:
        if kind not in REVIEW_KINDS:
            raise InvalidInputError("unknown_kind", kind=kind)
    return tuple(dict.fromkeys(kinds)) or COMPARED_KINDS


class ComparisonService:
    """Comparisons across services and between a service's own and outside reviews."""

    def __init__(self, sessions: sessionmaker[Session], scales: ScaleCatalogue) -> None:
        self._reads = read_sessions(sessions)
        self.scales = scales

    def _service(self, conn: Connection, service_uuid: str) -> tuple[int, str]:
        row = conn.execute(
            select(Service.id, Service.name).where(Service.uuid == service_uuid)).first()
        if row is None:
            raise NotFoundError("service_not_found", service=service_uuid)
        return int(row[0]), str(row[1])

    def _latest_of(self, conn: Connection, service_id: int, scale_id: str,
                   kinds: Sequence[str]) -> ReviewRef | None:
        query = (
            select(Review.uuid, Review.kind, Review.start_date)
            .where(Review.service_id == service_id, Review.status == "final",
                   Review.scale_id == scale_id, Review.kind.in_(kinds))
            .order_by(Review.start_date.desc(), Review.id.desc()).limit(1)
        )
        row = conn.execute(query).first()
        return None if row is None else ReviewRef(str(row[0]), str(row[1]), row[2])

    @staticmethod
    def _scores(conn: Connection, review_uuid: str | None) -> dict[str, int]:
        if review_uuid is None:
            return {}
        query = (
            select(ItemAssessment.item_id, ItemAssessment.score)
            .join(Review, Review.id == ItemAssessment.review_id)
            .where(Review.uuid == review_uuid, ItemAssessment.score.is_not(None))
        )
        return {str(item_id): int(score or 0) for item_id, score in conn.execute(query)}

    def standing(self, service_uuid: str, scale_id: str = "ips-25", language: str = "en",
                 kinds: Sequence[str] = COMPARED_KINDS) -> Standing:
        """Where the service's latest final review stands, item by item and in total,
        among every service's latest final review of the same ``kinds``."""
        kinds = _check_kinds(kinds)
        scale = self.scales.get(scale_id, language)
        with self._reads() as s:
            conn = s.connection()
            service_id, name = self._service(conn, service_uuid)
            review = self._latest_of(conn, service_id, scale_id, kinds)
            own = self._scores(conn, review.uuid if review else None)
            minimum = MIN_GROUP_SERVICES if reads_own_service_only(conn) else 0
            if minimum:  # a service login: the anonymous figures, not the reviews
                shared = anonymous_distribution(conn, scale_id, kinds, len(scale.items))
                counts, totals = shared.counts, shared.totals
            else:
                counts, totals = self._distribution(conn, scale_id, kinds, len(scale.items))
        total = sum(own.values()) if len(own) == len(scale.items) else None
        return Standing(
            service_uuid=service_uuid, service_name=name, scale_id=scale_id, kinds=kinds,
            review=review, total=total,
            band=None if total is None else scale.band_for(total).label,
            services_compared=sum(totals.values()),
            totals_lower=0 if total is None else sum(n for t, n in totals.items() if t < total),
            totals_higher=0 if total is None else sum(n for t, n in totals.items()
                                                      if t > total),
            items=tuple(
                ItemStanding(item.id, item.section, item.number, item.short_title,
                             own.get(item.id),
                             tuple(counts.get((item.id, s), 0) for s in SCORES))
                for item in scale.items
            ),
            anonymous_minimum=minimum,
        )

    @staticmethod
    def _distribution(conn: Connection, scale_id: str, kinds: Sequence[str], items: int
                      ) -> tuple[dict[tuple[str, int], int], dict[int, int]]:
        """Services per (item, score), and per total of a complete review, read from every
        service's latest final review of ``kinds`` (one query over the stored totals)."""
        latest = _latest_finals(scale_id, kinds)
        per_score = (
            select(ItemAssessment.item_id, ItemAssessment.score, func.count())
            .join(latest, latest.c.review_id == ItemAssessment.review_id)
            .where(ItemAssessment.score.is_not(None))
            .group_by(ItemAssessment.item_id, ItemAssessment.score)
        )
        per_total = (  # item None: a total
            select(cast(null(), String), latest.c.scored_total, func.count())
            .where(latest.c.scored_items == items)
            .group_by(latest.c.scored_total)
        )
        counts: dict[tuple[str, int], int] = {}
        totals: dict[int, int] = {}
        rows: Sequence[Any] = conn.execute(union_all(per_score, per_total)).all()
        for item_id, score, n in rows:
            if item_id is None:
                totals[int(score)] = int(n)
            else:
                counts[(str(item_id), int(score))] = int(n)
        return counts, totals

    def self_and_outside(self, service_uuid: str, scale_id: str = "ips-25",
                         language: str = "en") -> SelfAndOutside:
        """The service's latest final self-assessment beside its latest final external
        review, item by item."""
        scale: Scale = self.scales.get(scale_id, language)
        with self._reads() as s:
            conn = s.connection()
            service_id, name = self._service(conn, service_uuid)
            own = self._latest_of(conn, service_id, scale_id, ("self-assessment",))
            outside = self._latest_of(conn, service_id, scale_id, ("external",))
            own_scores = self._scores(conn, own.uuid if own else None)
            outside_scores = self._scores(conn, outside.uuid if outside else None)
        return SelfAndOutside(
            service_uuid=service_uuid, service_name=name, scale_id=scale_id,
            own=own, outside=outside,
            items=tuple(
                ItemPair(item.id, item.section, item.number, item.short_title,
                         own_scores.get(item.id), outside_scores.get(item.id))
                for item in scale.items
            ),
        )


def _item_text(scale: Scale, item_id: str) -> str:
    return item_label(scale, item_id).text()


def _kind_names(kinds: Sequence[str]) -> str:
    return ", ".join(message("kind_" + kind.replace("-", "_")).text() for kind in kinds)


def standing_lines(standing: Standing, scale: Scale) -> list[str]:
    """The standing as plain text lines in the current language (for the command line)."""
    lines = [message("cmp_heading", service=standing.service_name,
                     kinds=_kind_names(standing.kinds), scale=standing.scale_id).text()]
    review = standing.review
    if review is None:
        return [*lines, message("cmp_no_review", service=standing.service_name).text()]
    lines.append(message("cmp_review", date=review.start_date.isoformat(),
                         kind=_kind_names((review.kind,))).text())
    if standing.total is None:
        lines.append(message("cmp_partial").text())
    else:
        lines.append(message("cmp_total", total=standing.total, band=standing.band,
                             count=standing.services_compared, lower=standing.totals_lower,
                             higher=standing.totals_higher).text())
    if standing.anonymous_minimum:
        lines.append(message("cmp_anonymous", minimum=standing.anonymous_minimum).text())
    lines += ["", message("cmp_columns").text()]
    for item in standing.items:
        score = "-" if item.score is None else str(item.score)
        median = "-" if item.median is None else f"{item.median:g}"
        counts = "\t".join(str(n) for n in item.counts)
        lines.append(f"{_item_text(scale, item.item_id)}\t{score}\t{counts}\t{median}"
                     f"\t{item.lower}\t{item.higher}")
    return lines


def self_and_outside_lines(pair: SelfAndOutside, scale: Scale) -> list[str]:
    """The self-assessment beside the outside review as plain text lines (command line)."""
    if pair.own is None or pair.outside is None:
        return [message("sa_missing", service=pair.service_name,
                        missing=_kind_names(("self-assessment",) if pair.own is None
                                            else ("external",))).text()]
    lines = [
        message("sa_heading", service=pair.service_name, own=pair.own.start_date.isoformat(),
                outside=pair.outside.start_date.isoformat()).text(),
        message("sa_counts", higher=pair.rated_higher, lower=pair.rated_lower,
                same=pair.same).text(),
        "", message("sa_columns").text(),
    ]
    for item in pair.items:
        own = "-" if item.own is None else str(item.own)
        outside = "-" if item.outside is None else str(item.outside)
        diff = "" if item.difference is None else f"{item.difference:+d}"
        lines.append(f"{_item_text(scale, item.item_id)}\t{own}\t{outside}\t{diff}")
    return lines
