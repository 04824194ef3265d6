"""The log of what changed in a review after it was first finalised, kept in one place.

:func:`record_changes` hooks the write sessions: before each flush it compares, for every row
that belongs to a review finalised at least once (the review, its items, ratings, reviewers,
calculator figures and any other row with a ``review`` relationship or a ``review_id``), the
old and new value of each column that changed, and adds a ``ReviewChange`` for it: what,
old, new, who (the reviewer for their own ratings, else the name the user is logged in with,
or the ``actor`` a service puts in ``session.info``), when, and the reason of the latest
reopening. So every write path is covered without each service remembering.

A write that must leave no trace of the old text (replacing personal data, removing personal
notes) runs :func:`quietly`; removing personal notes also clears them in the log
(:func:`clear_personal_texts`), and the check for personal data reads the log's texts like
any other note, so a finding there can be replaced where it is.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.storage.models import (
    Action,
    ItemAssessment,
    Rating,
    Review,
    ReviewChange,
    ReviewEvent,
    now,
)

QUIET = "fidelity_change_log_quiet"
ACTOR = "fidelity_change_log_actor"
SEEN = "fidelity_change_log_removed"

SKIPPED = frozenset({
    "id", "uuid", "version", "updated_at", "created_at", "review_id", "reviewer_id",
    "service_id", "assessment_id", "position", "finalised_at", "first_finalised_at", "edition_id",
    "edition_sha256",
})
"""Bookkeeping columns: a change to one of these is no change the user made."""

PERSONAL = frozenset({"evidence", "needs_info_reason", "note", "activity"})
"""Fields whose texts are personal notes: removing personal notes clears them in the log too
(a field of another table that holds notes about participants belongs here)."""
PERSONAL_PARTS = frozenset({"evidence_entries", "service_comments", "visit_documents",
                            "factual_check_drafts"})
"""Tables whose every text is a personal note (all their fields are cleared in the log)."""

NOT_OF_A_REVIEW = (ReviewEvent, ReviewChange, Action)
"""Rows never logged: the logs themselves, and the service's action plan (its own record)."""


def record_changes(sessions: sessionmaker[Session]) -> None:
    """Log changes to reviews finalised once, in every session ``sessions`` makes."""
    event.listen(sessions, "before_flush", _before_flush)


@contextmanager
def quietly(session: Session) -> Iterator[Session]:
    """Changes made in ``session`` inside this block are not logged."""
    session.info[QUIET] = True
    try:
        yield session
        session.flush()  # before the block ends, so the commit after it has nothing to log
    finally:
        session.info.pop(QUIET, None)


def as_text(value: object) -> str:
    """A column's value as the log keeps it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ",".join(str(v) for v in value)
    return str(value)


def clear_personal_texts(review: Review) -> int:
    """Blank the old and new texts of the personal-note fields in a review's log; how many
    entries were cleared."""
    cleared = 0
    for change in review.changes:
        personal = change.what in PERSONAL or change.part in PERSONAL_PARTS
        if personal and (change.old or change.new):
            change.old = change.new = ""
            cleared += 1
    return cleared


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(QUIET):
        return
    with session.no_autoflush:
        # a removed row is logged once, however many flushes still see it as removed
        seen: set[int] = session.info.setdefault(SEEN, set())
        removed = [row for row in [*session.deleted, *_orphans(session)] if id(row) not in seen]
        seen.update(id(row) for row in removed)
        rows = [*session.new, *(r for r in session.dirty if id(r) not in seen), *removed]
        logged: list[tuple[Review, ReviewChange]] = []
        for row in rows:
            if isinstance(row, NOT_OF_A_REVIEW):
                continue
            review = _review_of(session, row)
            if review is None or _first_final(review) is None:
                continue
            for change in _changes(row, deleted=row in removed):
                logged.append((review, change))
        reasons: dict[int, str] = {}
        for review, change in logged:
            key = id(review)
            if key not in reasons:
                reasons[key] = _reopen_reason(session, review)
            change.reason = reasons[key]
            change.actor = change.actor or str(session.info.get(ACTOR) or login_name())
            change.review = review
            session.add(change)
        for row in rows:  # first finalised now: changes from here on are logged
            if isinstance(row, Review) and row.status == "final" \
                    and row.first_finalised_at is None:
                row.first_finalised_at = row.finalised_at or now()


def login_name() -> str:
    """The name the user is logged in with ("" when the system does not tell)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _orphans(session: Session) -> list[object]:
    """Rows taken out of a collection that deletes its orphans (a reviewer removed from a
    review): the flush deletes them, but they are not among ``session.deleted`` yet."""
    out: list[object] = []
    for row in session.dirty:
        state = inspect(row)
        for relation in state.mapper.relationships:
            if relation.cascade.delete_orphan and relation.key in state.dict:
                out += [child for child in state.attrs[relation.key].history.deleted
                        if child is not None and child not in session.deleted]
    return out


def _first_final(review: Review) -> datetime | None:
    """When the review was first final, as stored before this flush."""
    history = inspect(review).attrs.first_finalised_at.history
    if history.deleted:
        return history.deleted[0]  # type: ignore[no-any-return]
    if history.added:
        return None  # set in this very flush
    return review.first_finalised_at


def _review_of(session: Session, row: object) -> Review | None:
    if isinstance(row, Review):
        return row
    if isinstance(row, Rating):
        reviewer = row.reviewer
        return reviewer.review if reviewer is not None else None
    assessment = getattr(row, "assessment", None)  # an evidence entry: through its item
    if isinstance(assessment, ItemAssessment):
        return _review_of(session, assessment)
    review = getattr(row, "review", None)
    if isinstance(review, Review):
        return review
    review_id = getattr(row, "review_id", None)
    if isinstance(review_id, int):
        return session.get(Review, review_id)
    return None


def _reopen_reason(session: Session, review: Review) -> str:
    """The reason the review was last reopened (one being added now counts)."""
    for e in reversed(review.events):
        if e.kind == "reopened":
            return e.reason
    if review.id is None:
        return ""
    found = session.scalar(select(ReviewEvent.reason).where(
        ReviewEvent.review_id == review.id, ReviewEvent.kind == "reopened")
        .order_by(ReviewEvent.id.desc()).limit(1))
    return found or ""


def _changes(row: Any, *, deleted: bool) -> list[ReviewChange]:
    state = inspect(row)
    part = state.mapper.local_table.name
    item_id = as_text(getattr(row, "item_id", "") or getattr(
        getattr(row, "assessment", None), "item_id", ""))
    detail, actor = "", ""
    if isinstance(row, Rating) and row.reviewer is not None:
        detail = actor = row.reviewer.name
    out = []
    for column in state.mapper.column_attrs:
        key = column.key
        if key in SKIPPED or key == "item_id":
            continue
        old, new = _old_new(state, key, new_row=state.transient or state.pending,
                            deleted=deleted)
        if old != new:
            out.append(ReviewChange(part=part, what=key, item_id=item_id, detail=detail,
                                    old=old, new=new, actor=actor))
    return out


def _old_new(state: Any, key: str, *, new_row: bool, deleted: bool) -> tuple[str, str]:
    value = state.attrs[key].value if key in state.dict else None
    if new_row:
        return "", as_text(value)
    if deleted:
        return as_text(value), ""
    history = state.attrs[key].history
    if not history.has_changes():
        return "", ""
    old = history.deleted[0] if history.deleted else None
    new = history.added[0] if history.added else None
    return as_text(old), as_text(new)

