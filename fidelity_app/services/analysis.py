"""Data for analysis: scores as CSV for spreadsheets, and aggregates across all services.

Both read with aggregate SQL and plain rows (no ORM objects), so they stay quick on a
database with thousands of services. The summary names no people and no services.
"""

from __future__ import annotations

import csv
import io
from calendar import monthrange
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date, timedelta
from pathlib import Path
from typing import Any, TypeVarTuple

from sqlalchemy import Connection, Row, Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.fileio import write_atomic
from fidelity_app.messages import message
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.services.output_paths import check_output_path, database_of
from fidelity_app.storage.dialect import in_chunks
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import (
    REVIEW_KINDS,
    REVIEW_STATUSES,
    ItemAssessment,
    ItemScoreCount,
    Review,
    Service,
)

CSV_HEADER = (
    "service",
    "organisation",
    "review_id",
    "date",
    "kind",
    "status",
    "scale",
    "item_id",
    "item_number",
    "section",
    "score",
)
DELIMITERS = (",", ";")
LOW_SCORE = 3
MOST_OFTEN_LOW = 5
Columns = TypeVarTuple("Columns")
AnyRow = Row[*tuple[Any, ...]]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# -- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvExport:
    """What an export wrote."""

    path: Path
    reviews: int
    rows: int


@dataclass(frozen=True)
class Period:
    """Review start dates from ``start`` to ``end``, both inclusive; ``None`` = open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InvalidInputError("period_reversed", start=self.start, end=self.end)

    def as_json(self) -> dict[str, str | None]:
        """The period as ISO dates (``None`` for an open end)."""
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class BandCount:
    """How many services have their latest complete review in this band."""

    band: str
    label: str
    min: int
    max: int
    services: int


@dataclass(frozen=True)
class ItemStat:
    """Agreed scores of one item across the reviews of the period."""

    item_id: str
    section_id: str
    number: int
    title: str
    scored: int
    mean: float | None
    low: int

    @property
    def low_share(self) -> float:
        """The share of scores that were low (3 or lower), 0 when never scored."""
        return self.low / self.scored if self.scored else 0.0

    def as_json(self) -> dict[str, object]:
        """A plain dictionary for machine-readable output."""
        return {
            "id": self.item_id,
            "section": self.section_id,
            "number": self.number,
            "title": self.title,
            "scored": self.scored,
            "mean": None if self.mean is None else round(self.mean, 2),
            "low": self.low,
            "low_share": round(self.low_share, 3),
        }


@dataclass(frozen=True)
class ScaleSummary:
    """Aggregates of the reviews made with one scale."""

    scale_id: str
    name: str
    reviews: int
    bands: tuple[BandCount, ...]
    items: tuple[ItemStat, ...]
    most_often_low: tuple[ItemStat, ...]

    @property
    def services_with_complete_review(self) -> int:
        """Services counted in the band distribution."""
        return sum(b.services for b in self.bands)

    def as_json(self) -> dict[str, object]:
        """A plain dictionary for machine-readable output."""
        return {
            "scale": self.scale_id,
            "name": self.name,
            "reviews": self.reviews,
            "latest_total_by_band": [
                {"band": b.band, "label": b.label, "min": b.min, "max": b.max,
                 "services": b.services}
                for b in self.bands
            ],
            "items": [i.as_json() for i in self.items],
            "most_often_low": [i.as_json() for i in self.most_often_low],
        }


@dataclass(frozen=True)
class Summary:
    """Aggregates across every service for a period; no names of people or services.

    ``services`` counts every service in the database; ``services_reviewed`` those with a
    review in the period; ``services_without_complete_review`` those without a review in the
    period that has every item scored (they are not in any band).
    """

    period: Period
    services: int
    services_reviewed: int
    services_without_complete_review: int
    reviews: int
    reviews_by_kind: dict[str, int] = field(default_factory=dict)
    reviews_by_status: dict[str, int] = field(default_factory=dict)
    scales: tuple[ScaleSummary, ...] = ()
    include_drafts: bool = False
    drafts_left_out: int = 0

    def as_json(self) -> dict[str, object]:
        """A plain dictionary for machine-readable output."""
        return {
            "period": self.period.as_json(),
            "services": self.services,
            "services_reviewed": self.services_reviewed,
            "services_without_complete_review": self.services_without_complete_review,
            "reviews": self.reviews,
            "reviews_by_kind": dict(self.reviews_by_kind),
            "reviews_by_status": dict(self.reviews_by_status),
            "include_drafts": self.include_drafts,
            "drafts_left_out": self.drafts_left_out,
            "low_score": LOW_SCORE,
            "scales": [s.as_json() for s in self.scales],
        }


# -- helpers --------------------------------------------------------------------------------


def _cell_text(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


class _CsvCells:
    """Quotes a list of cells as the csv module does and joins them (no line end)."""

    def __init__(self, delimiter: str) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(
            self._buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator=""
        )

    def join(self, values: Iterable[object]) -> str:
        """The cells as one piece of a CSV line."""
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(values)
        return self._buffer.getvalue()


def _in_period(query: Select[*Columns], period: Period, include_drafts: bool = True, *,
               status: Any = Review.status, day: Any = Review.start_date) -> Select[*Columns]:
    """``query`` narrowed to the rows whose ``day`` (a review's start date) is in ``period``,
    and to final ones (``status``) unless ``include_drafts``."""
    if not include_drafts:
        query = query.where(status == "final")
    if period.start:
        query = query.where(day >= period.start)
    if period.end:
        query = query.where(day <= period.end)
    return query


# -- the service ----------------------------------------------------------------------------


class AnalysisService:
    """CSV export of scores and the cross-service summary."""

    def __init__(self, sessions: sessionmaker[Session], scales: ScaleCatalogue) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self.scales = scales

    def _scale(self, scale_id: str, language: str) -> Scale | None:
        return self.scales.get(scale_id, language) if self.scales.has(scale_id) else None

    def find_services(self, name: str) -> list[str]:
        """UUIDs of the services with this name (any case) or this UUID; error if none."""
        wanted = name.strip().casefold()
        if not wanted:
            raise InvalidInputError("give_service_name")
        with self._reads() as s:
            rows = s.execute(select(Service.uuid, Service.name)).all()
        found = [u for u, n in rows if n.strip().casefold() == wanted or u == name.strip()]
        if not found:
            raise NotFoundError("service_name_not_found", name=name.strip())
        return found

    # -- CSV ------------------------------------------------------------------------------

    def _csv_data(
        self, service_uuids: list[str] | None
    ) -> tuple[list[AnyRow], dict[int, dict[str, int]]]:
        """The reviews (in export order) and their agreed scores, read in one short session."""
        query = select(
            Review.id, Review.uuid, Review.start_date, Review.kind, Review.status,
            Review.scale_id, Review.language, Service.name, Service.organisation,
            Service.id.label("service_id"),
        ).join(Service, Review.service_id == Service.id)
        if service_uuids is not None:
            query = query.where(Service.uuid.in_(service_uuids))
        scores: dict[int, dict[str, int]] = {}
        with self._reads() as s:
            conn = s.connection()
            reviews = list(conn.execute(query))
            ids = [r.id for r in reviews]
            chunks = in_chunks(ids) if service_uuids is not None else [None]
            for chunk in chunks:
                score_query = select(
                    ItemAssessment.review_id, ItemAssessment.item_id, ItemAssessment.score
                ).where(ItemAssessment.score.is_not(None))
                if chunk is not None:
                    score_query = score_query.where(ItemAssessment.review_id.in_(chunk))
                for review_id, item_id, score in conn.execute(score_query):
                    if score is not None:  # always so (the query): tells the type checker
                        scores.setdefault(review_id, {})[item_id] = score
        reviews.sort(key=lambda r: (r.name.casefold(), r.service_id, r.start_date, r.id))
        return reviews, scores

    def _csv_lines(
        self, reviews: list[AnyRow], scores: dict[int, dict[str, int]], delimiter: str
    ) -> Iterator[str]:
        """The header, then one line per review and item of its scale, in scale order.

        The cells shared by many lines (a review's details, an item's details) are quoted
        by the csv module once and then joined, which is much quicker than writing every
        line through the csv writer.
        """
        cells = _CsvCells(delimiter)
        end = "\r\n"
        yield cells.join(CSV_HEADER) + end
        items_of: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for r in reviews:
            given = scores.get(r.id, {})
            key = (r.scale_id, r.language)
            if key not in items_of:
                scale = self._scale(r.scale_id, r.language)
                items_of[key] = (
                    [(i.id, cells.join([i.id, i.number, i.section])) for i in scale.items]
                    if scale
                    else []
                )
            items = items_of[key] or [
                (item_id, cells.join([item_id, "", ""])) for item_id in sorted(given)
            ]
            head = cells.join([
                _cell_text(r.name), _cell_text(r.organisation), r.uuid,
                r.start_date.isoformat(), r.kind, r.status, r.scale_id,
            ])
            for item_id, item_cells in items:
                score = given.get(item_id)
                score_cell = "" if score is None else score
                yield f"{head}{delimiter}{item_cells}{delimiter}{score_cell}{end}"

    def csv_bytes(self, service_uuids: list[str] | None = None, delimiter: str = ",") -> bytes:
        """The CSV file's content: UTF-8 with a BOM, header row, CRLF line ends."""
        return self._csv(service_uuids, delimiter)[1]

    def _csv(self, service_uuids: list[str] | None, delimiter: str) -> tuple[int, bytes, int]:
        if delimiter not in DELIMITERS:
            raise InvalidInputError("bad_separator")
        reviews, scores = self._csv_data(service_uuids)
        buffer = io.BytesIO()
        text = io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
        rows = -1  # the header is not counted
        for line in self._csv_lines(reviews, scores, delimiter):
            text.write(line)
            rows += 1
        text.flush()
        return len(reviews), buffer.getvalue(), rows

    def export_csv(
        self,
        path: str | Path,
        service_uuids: list[str] | None = None,
        delimiter: str = ",",
    ) -> CsvExport:
        """Write the scores of all reviews (or of some services) to a CSV file, atomically.

        One row per review and item of its scale (an unscored item has an empty score),
        services by name, reviews by date, items in scale order.
        """
        path = check_output_path(database_of(self._sessions), path)
        count, data, rows = self._csv(service_uuids, delimiter)
        try:
            written = write_atomic(path, data)
        except OSError as exc:
            raise InvalidInputError("cannot_write", path=path, reason=exc.strerror or exc) from None
        return CsvExport(written, count, rows)

    # -- summary --------------------------------------------------------------------------

    def summary(
        self, period: Period | None = None, language: str = "en", *,
        include_drafts: bool = False,
    ) -> Summary:
        """Aggregates across all services for the final reviews that start in ``period``
        (drafts too with ``include_drafts``; the summary says which).

        The band distribution uses each service's latest counted review in the period with
        every item scored. Item means and low counts use every agreed score of the counted
        reviews.
        """
        period = period or Period()
        counted = _in_period(
            select(Review.kind, Review.status, Review.scale_id, func.count())
            .group_by(Review.kind, Review.status, Review.scale_id), period)
        drafts_left_out = 0
        kinds: Counter[str] = Counter()
        statuses: Counter[str] = Counter()
        per_scale: Counter[str] = Counter()
        with self._reads() as s:
            conn = s.connection()
            services = conn.execute(select(func.count(Service.id))).scalar_one()
            for kind, status, scale_id, n in conn.execute(counted):
                if status != "final" and not include_drafts:
                    drafts_left_out += n
                    continue
                kinds[kind] += n
                statuses[status] += n
                per_scale[scale_id] += n
            reviewed = conn.execute(_in_period(
                select(func.count(Review.service_id.distinct())), period, include_drafts,
            )).scalar_one()
            known = sorted(sid for sid in per_scale if self.scales.has(sid))
            scales = {sid: self.scales.get(sid, language) for sid in known}
            latest = {sid: self._latest_complete_totals(conn, sid, len(scale.items), period,
                                                        include_drafts)
                      for sid, scale in scales.items()}
            stats = {sid: self._item_stats(conn, sid, period, include_drafts)
                     for sid in known}

        scale_summaries = []
        for scale_id, scale in scales.items():
            band_counts = Counter(scale.band_for(total).id
                                  for total in latest[scale_id].values())
            items = []
            for it in scale.items:
                count, total, low = stats[scale_id].get(it.id, (0, 0.0, 0))
                mean = total / count if count else None
                items.append(
                    ItemStat(it.id, it.section, it.number, it.short_title, count, mean, low)
                )
            order = {it.id: i for i, it in enumerate(scale.items)}
            low_items = sorted(
                (i for i in items if i.low),
                key=lambda i: (-i.low, -i.low_share, order[i.item_id]),
            )[:MOST_OFTEN_LOW]
            scale_summaries.append(
                ScaleSummary(
                    scale_id=scale_id,
                    name=scale.short_name,
                    reviews=per_scale[scale_id],
                    bands=tuple(
                        BandCount(b.id, b.label, b.min, b.max, band_counts.get(b.id, 0))
                        for b in scale.bands
                    ),
                    items=tuple(items),
                    most_often_low=tuple(low_items),
                )
            )
        with_complete = {service_id for totals in latest.values() for service_id in totals}
        return Summary(
            period=period,
            services=services,
            services_reviewed=reviewed,
            services_without_complete_review=services - len(with_complete),
            reviews=sum(per_scale.values()),
            reviews_by_kind={k: kinds.get(k, 0) for k in REVIEW_KINDS},
            reviews_by_status={k: statuses.get(k, 0) for k in REVIEW_STATUSES},
            scales=tuple(scale_summaries),
            include_drafts=include_drafts,
            drafts_left_out=drafts_left_out,
        )

    @staticmethod
    def _latest_complete_totals(conn: Connection, scale_id: str, items: int, period: Period,
                                include_drafts: bool) -> dict[int, int]:
        """Per service: the total of its newest counted review of ``scale_id`` with every
        item (``items`` of them) scored, read from the totals stored with each review."""
        ranked = _in_period(
            select(Review.service_id, Review.scored_total, func.row_number().over(
                partition_by=Review.service_id,
                order_by=(Review.start_date.desc(), Review.id.desc())).label("newest"))
            .where(Review.scale_id == scale_id, Review.scored_items == items),
            period, include_drafts).subquery()
        query = select(ranked.c.service_id, ranked.c.scored_total).where(ranked.c.newest == 1)
        rows: list[Any] = list(conn.execute(query).all())
        return {int(service_id): int(total) for service_id, total in rows}

    @staticmethod
    def _item_stats(conn: Connection, scale_id: str, period: Period,
                    include_drafts: bool) -> dict[str, tuple[int, float, int]]:
        """Per item: how many agreed scores, their sum and how many were low.

        Adds up the counts the database keeps per month (``item_score_counts``) for the whole
        months of the period, and counts the scores of the reviews in a month the period
        starts or ends inside. An account that may not read the counts (on a server, all but
        support: they cover every service) counts the scores it can see.
        """
        counted: Counter[tuple[str, int]] = Counter()
        per_score = (
            select(ItemAssessment.item_id, ItemAssessment.score, func.count())
            .where(ItemAssessment.score.is_not(None))
            .group_by(ItemAssessment.item_id, ItemAssessment.score)
        )

        def count_scores(part: Period) -> None:
            """The scores of the reviews in ``part``, found by review (the reviews read first:
            on a server row-level security may leave few of many)."""
            reviews = _in_period(select(Review.id).where(Review.scale_id == scale_id), part,
                                 include_drafts)
            ids = list(conn.execute(reviews).scalars())
            for chunk in in_chunks(ids):
                query = per_score.where(ItemAssessment.review_id.in_(chunk))
                for item_id, score, n in conn.execute(query):
                    counted[(item_id, int(score or 0))] += n  # never None (the query)

        if not reads_every_count(conn):
            count_scores(period)
        else:
            months, edges = whole_months(period)
            if months is not None:
                kept = _in_period(
                    select(ItemScoreCount.item_id, ItemScoreCount.score,
                           func.sum(ItemScoreCount.reviews))
                    .where(ItemScoreCount.scale_id == scale_id)
                    .group_by(ItemScoreCount.item_id, ItemScoreCount.score),
                    months, include_drafts, status=ItemScoreCount.status,
                    day=ItemScoreCount.month)
                for item_id, score, n in conn.execute(kept):
                    counted[(item_id, int(score))] += int(n)
            for edge in edges:
                count_scores(edge)
        stats: dict[str, tuple[int, float, int]] = {}
        for (item_id, score), n in counted.items():
            count, total, low = stats.get(item_id, (0, 0.0, 0))
            stats[item_id] = (count + n, total + score * n, low + (n if score <= LOW_SCORE else 0))
        return {item_id: figures for item_id, figures in stats.items() if figures[0]}


def whole_months(period: Period) -> tuple[Period | None, list[Period]]:
    """``period`` split into whole calendar months and what is left at its ends: the first
    days of the first and last whole months (``None``: no whole month; an open end stays
    open), and the parts of months the period starts or ends inside."""
    start, end = period.start, period.end
    if (start and start.day != 1 and (start.year, start.month) == (MAXYEAR, 12)) or (
            end and (end.year, end.month) == (MINYEAR, 1) and end.day != 31):
        return None, [period]  # the month after or before is past the calendar's ends
    first, last = start, end
    head: Period | None = None
    tail: Period | None = None
    if start is not None and start.day != 1:
        first = _next_month(start)
        head = Period(start, first - timedelta(days=1))
    if end is not None:
        last = end.replace(day=1)
        if end.day != monthrange(end.year, end.month)[1]:  # not the month's last day
            tail = Period(last, end)
            last = _previous_month(end)
    if first is not None and last is not None and first > last:
        return None, [period]
    return Period(first, last), [edge for edge in (head, tail) if edge is not None]


def _next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _previous_month(day: date) -> date:
    """The first day of the month before ``day``'s."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def reads_every_count(conn: Connection) -> bool:
    """Whether ``conn`` may read ``item_score_counts``: always in a file; on a server the
    owner and support logins (the counts cover every service's reviews)."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.execute(select(func.has_table_privilege(
        ItemScoreCount.__tablename__, "SELECT"))).scalar())


def summary_lines(summary: Summary) -> list[str]:
    """The summary as plain text lines in the current language (for the command line)."""
    p = summary.period
    period = (
        message("sum_all_dates")
        if not p.start and not p.end
        else message("sum_period_span", start=p.start.isoformat() if p.start else "…",
                     end=p.end.isoformat() if p.end else "…")
    )
    kinds = ", ".join(f"{k} {n}" for k, n in summary.reviews_by_kind.items() if n)
    kinds_text = message("sum_kinds", kinds=kinds) if kinds else ""
    if summary.include_drafts:
        reviews = message("sum_reviews_with_drafts", count=summary.reviews, kinds=kinds_text,
                          final=summary.reviews_by_status.get("final", 0),
                          drafts=summary.reviews_by_status.get("draft", 0))
    else:
        reviews = message("sum_reviews", count=summary.reviews, kinds=kinds_text)
    out = [
        message("sum_period", period=period),
        message("sum_services", count=summary.services, reviewed=summary.services_reviewed),
        reviews,
    ]
    if summary.drafts_left_out:
        out.append(message("sum_drafts_left_out", count=summary.drafts_left_out))
    if not summary.reviews:
        out.append(message("sum_none_with_drafts" if summary.include_drafts else "sum_none"))
    lines = [m.text() for m in out]
    for sc in summary.scales:
        lines += ["", message("sum_bands", name=sc.name, scale=sc.scale_id).text()]
        width = max(len(b.label) for b in sc.bands)
        for b in sc.bands:
            lines.append(f"  {b.label:<{width}}  {b.min:>3}-{b.max:<3}  {b.services:>5}")
        lines += ["", message("sum_means", scale=sc.scale_id, low=LOW_SCORE).text()]
        for it in sc.items:
            mean = "   -" if it.mean is None else f"{it.mean:4.2f}"
            lines.append(
                f"  {it.item_id:<16} {mean}  n={it.scored:<5} low={it.low:<5} {it.title}"
            )
        if sc.most_often_low:
            lines += ["", message("sum_low", low=LOW_SCORE, scale=sc.scale_id).text()]
            for it in sc.most_often_low:
                lines.append(message(
                    "sum_low_line", item=it.item_id, low=it.low, scored=it.scored,
                    share=f"{it.low_share:.0%}", title=it.title,
                ).text())
    lines += ["", message("sum_without_complete",
                          count=summary.services_without_complete_review).text()]
    return lines
