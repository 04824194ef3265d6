"""Reading many reviews at once, for lists: plain rows, one query per kind of data.

A list never loads one ORM object per review and per assessment: the reviews, their reviewers
and their item scores are read as tuples (three queries however long the list), so a database
of 20,000 reviews lists, counts and sorts in a fraction of a second. ``ReviewService`` uses these
functions inside its own read sessions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Table,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session

from fidelity_app.scale.model import Scale
from fidelity_app.scale.scoring import score_stored
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.storage.dialect import ascii_folded, folded, in_chunks, iso_date, joined_text
from fidelity_app.storage.models import ItemAssessment, Review, Reviewer, Service

if TYPE_CHECKING:
    from fidelity_app.services.reviews import ReviewFilter

ScaleFor = Callable[[str, str], Scale]
Where = Sequence[ColumnElement[bool]]
AnySelect = Select[*tuple[Any, ...]]

#: What a list can be ordered by (``sort_values``).
SORT_FIELDS = ("date", "service", "kind", "status", "total", "band", "reviewers")

# The tables themselves, not the ORM classes: these queries need no mapper (so the first list
# at start does not wait for the ORM to configure itself) and no ORM result processing.
REVIEWS = cast(Table, Review.__table__)
SERVICES = cast(Table, Service.__table__)
REVIEWERS = cast(Table, Reviewer.__table__)
ASSESSMENTS = cast(Table, ItemAssessment.__table__)
R, S, P, A = REVIEWS.c, SERVICES.c, REVIEWERS.c, ASSESSMENTS.c

START = iso_date(R.start_date)
# by the date column itself: the same order as its ISO text, and PostgreSQL need not format
# every row's date before sorting
NEWEST_FIRST = (R.start_date.desc(), R.id.desc())

#: The orders a list can be read in a page at a time (``summaries``, ``position``): by date,
#: and by the total and the band order the database keeps with each review.
PAGED_FIELDS = ("date", "total", "band")


def conditions(flt: ReviewFilter) -> list[ColumnElement[bool]]:
    """The conditions (over reviews joined with their service) that ``flt`` describes."""
    where: list[ColumnElement[bool]] = []
    if flt.service_uuid:
        where.append(S.uuid == flt.service_uuid)
    if flt.kind:
        where.append(R.kind == flt.kind)
    if flt.status:
        where.append(R.status == flt.status)
    if flt.year:
        where.append(START.between(f"{flt.year:04d}-01-01", f"{flt.year:04d}-12-31"))
    if flt.text.strip():
        # case-insensitive for every letter (casefold: see storage.engine); % and _ are literal
        text = flt.text.strip().casefold()
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # SQLite's LIKE ignores the case of ASCII letters only: other text is casefolded first
        fold = ascii_folded if text.isascii() else folded

        def matches(column: ColumnElement[str]) -> ColumnElement[bool]:
            return fold(column).like(like, escape="\\")

        # matching services and reviewers are each looked up once, not once per review
        services = select(S.id).where(matches(S.name) | matches(S.organisation)
                                      | matches(S.location))
        reviewers = select(P.review_id).where(matches(P.name))
        where.append(R.service_id.in_(services) | ascii_folded(R.uuid).like(like, escape="\\")
                     | R.id.in_(reviewers))
    return where


def plain_rows(session: Session, query: AnySelect) -> Sequence[Any]:
    """The rows of ``query``, all fetched at once, on the session's connection (plain Core:
    no ORM result processing). Typed ``Any``: the columns of these hand-built queries are
    unpacked straight into the records' typed fields."""
    return session.connection().execute(query).all()


def _reviews(*columns: Any, where: Where) -> AnySelect:
    return select(*columns).select_from(
        REVIEWS.join(SERVICES, R.service_id == S.id)).where(*where)


def count(session: Session, where: Where) -> int:
    """How many reviews meet ``where``."""
    return int(plain_rows(session, _reviews(func.count(R.id), where=where))[0][0])


def years(session: Session) -> list[int]:
    """The years in which reviews started, newest first."""
    year = func.substr(START, 1, 4)
    query = select(year).distinct().order_by(year.desc())
    return [int(y) for y, in plain_rows(session, query) if y]


UNIT = "\x1f"  # ASCII unit separator: never part of an item id


def _reviewer_names(session: Session, ids: Sequence[int] | None = None,
                    where: Where = ()) -> dict[int, list[str]]:
    """The reviewers' names by review id, of the reviews ``ids`` or else of those meeting
    ``where`` (all reviews when that is empty: one pass over the table)."""
    names: dict[int, list[str]] = defaultdict(list)
    order = (P.review_id, P.position)
    if ids is not None:
        queries = [select(P.review_id, P.name).where(P.review_id.in_(chunk)).order_by(*order)
                   for chunk in in_chunks(ids)]
    elif where:
        queries = [select(P.review_id, P.name)
                   .where(P.review_id.in_(_reviews(R.id, where=where))).order_by(*order)]
    else:
        queries = [select(P.review_id, P.name).order_by(*order)]
    for query in queries:
        for review_id, name in plain_rows(session, query):
            names[review_id].append(name)
    return names


def _scores(session: Session, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """The agreed scores by review id, read as one row per review (``item=score`` joined by
    the unit separator), which is far faster than a row per item."""
    pairs = joined_text(A.item_id.concat("=").concat(cast_(A.score, String)), UNIT)
    scores: dict[int, dict[str, int]] = {}
    for chunk in in_chunks(ids):
        query = (select(A.review_id, pairs).where(A.review_id.in_(chunk), A.score.is_not(None))
                 .group_by(A.review_id))
        for review_id, joined in plain_rows(session, query):
            scores[review_id] = {item: int(score) for item, _, score in
                                 (pair.rpartition("=") for pair in joined.split(UNIT))}
    return scores


def _paged_key(session: Session, scale_for: ScaleFor, field: str) -> ColumnElement[Any]:
    """What a list in ``field``'s order (one of ``PAGED_FIELDS``) is sorted by: the start
    date, the stored total, or the band order (the stored total, -1 while partial)."""
    if field not in PAGED_FIELDS:
        raise ValueError(f"cannot read reviews a page at a time by {field!r}")
    if field == "date":
        return R.start_date
    if field == "total":
        return R.scored_total
    pairs = plain_rows(session, select(R.scale_id, R.language).distinct())
    partial = [and_(R.scale_id == scale_id, R.language == language,
                    R.scored_items < len(scale_for(scale_id, language).items))
               for scale_id, language in pairs]
    return case((or_(*partial), -1), else_=R.scored_total) if partial else R.scored_total


def _in_order(key: ColumnElement[Any], descending: bool) -> tuple[Any, ...]:
    """Highest (or lowest) ``key`` first; reviews of an equal key newest first, as a stable
    sort of the newest-first list gives."""
    return (key.desc() if descending else key.asc(), *NEWEST_FIRST)


def summaries(session: Session, scale_for: ScaleFor, where: Where, *, field: str = "date",
              descending: bool = True, start: int = 0,
              limit: int | None = None) -> list[ReviewSummary]:
    """The list records of the reviews that meet ``where``, in ``field``'s order (one of
    ``PAGED_FIELDS``; by default newest first); with ``limit``, only that many from
    position ``start`` of that order."""
    key = _paged_key(session, scale_for, field)
    query = _reviews(
        R.id, R.uuid, S.uuid, S.name, S.organisation, R.kind, R.start_date, R.end_date,
        R.status, R.language, R.scale_id, R.scale_version, where=where,
    ).order_by(*_in_order(key, descending))
    if limit is not None:
        query = query.offset(start).limit(limit)
    rows = plain_rows(session, query)
    ids = [row[0] for row in rows]
    names = _reviewer_names(session, ids)
    scores = _scores(session, ids)
    return [
        ReviewSummary(
            uuid=uuid, service_uuid=service_uuid, service_name=name, organisation=organisation,
            kind=kind, start_date=start, end_date=end, status=status, language=language,
            scale_id=scale_id, scale_version=scale_version,
            reviewers=tuple(names.get(review_id, ())),
            score=score_stored(scale_for(scale_id, language), scores.get(review_id, {})),
        )
        for (review_id, uuid, service_uuid, name, organisation, kind, start, end, status,
             language, scale_id, scale_version) in rows
    ]


def position(session: Session, scale_for: ScaleFor, where: Where, review_uuid: str, *,
             field: str = "date", descending: bool = True) -> int | None:
    """Where the review ``review_uuid`` stands (0: first) among those that meet ``where`` in
    the order ``summaries`` reads them; ``None`` if it does not meet ``where`` or does not
    exist."""
    key = _paged_key(session, scale_for, field)
    found = plain_rows(session, _reviews(key, R.start_date, R.id,
                                         where=[*where, R.uuid == review_uuid]))
    if not found:
        return None
    value, day, review_id = found[0]
    newer = (R.start_date > day) | ((R.start_date == day) & (R.id > review_id))
    ahead = (key > value) if descending else (key < value)
    return count(session, [*where, ahead | ((key == value) & newer)])


def sort_values(session: Session, scale_for: ScaleFor, where: Where,
                field: str) -> list[tuple[str, object]]:
    """``(uuid, value)`` of each review that meets ``where``, newest first, where ``value`` is
    what the list sorts by for ``field`` (one of ``SORT_FIELDS``): the start date (ISO text),
    service name, kind, status, total, band order (the total, -1 while partial) or the
    reviewers' names as the list shows them (joined by ", "). One query each."""
    if field not in SORT_FIELDS:
        raise ValueError(f"cannot sort reviews by {field!r}")
    simple = {"date": START, "service": S.name, "kind": R.kind, "status": R.status}
    if field in simple:
        query = _reviews(R.uuid, simple[field], where=where).order_by(*NEWEST_FIRST)
        return [(uuid, value) for uuid, value in plain_rows(session, query)]
    if field == "reviewers":
        in_order = (select(P.name).where(P.review_id == R.id).order_by(P.position)
                    .correlate(REVIEWS).subquery())
        names = select(joined_text(in_order.c.name, ", ")).scalar_subquery()
        query = _reviews(R.uuid, names, where=where).order_by(*NEWEST_FIRST)
        return [(uuid, joined or "") for uuid, joined in plain_rows(session, query)]
    # the totals the database keeps with each review (migration 0015), the band order worked
    # out by the database too: two plain columns per review are all that travel
    value = _paged_key(session, scale_for, field)
    query = _reviews(R.uuid, value, where=where).order_by(*NEWEST_FIRST)
    return [(uuid, total) for uuid, total in plain_rows(session, query)]
