"""A review's visit plan: the schedule of the visit and the documents asked for beforehand.

Each activity says when (day, from, to), what is done and with whom, always as a role
("arbetsspecialister", "deltagare i grupp"), never a person's name: the service refuses text
there that looks like personal data. Each document has a received tick. A new review starts
from the template of its kind and language (``visit_plan_template``); every edit is one short
transaction, and edits that replace what the user saw carry ``expected=`` (the row, or the
order of the rows, as shown) and are refused with ``EditConflictError`` when the stored one
changed meanwhile. A final review's plan is read-only, like the rest of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.format import VisitPlanPart
from fidelity_app.exchange.limits import MAX_NAME, MAX_PLAN_ROWS, MAX_PLAN_TEXT
from fidelity_app.messages import Amount, message
from fidelity_app.privacy.detector import Detector
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.errors import EditConflictError, InvalidInputError, NotFoundError
from fidelity_app.services.reviews import UNCHECKED, ReviewService, Unchecked, check_unicode
from fidelity_app.services.transactions import check_editable, write_transaction
from fidelity_app.services.visit_plan_template import template_rows
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import Review, VisitActivity, VisitDocument, new_uuid, now

_TIME = re.compile(r"^(\d{1,2})[:.]?(\d{2})$")

Which = Literal["activity", "document"]


@dataclass(frozen=True)
class PlanActivity:
    """One activity of the schedule (times as ``"HH:MM"``, ``""`` when not set)."""

    uuid: str
    day: date | None = None
    start: str = ""
    end: str = ""
    activity: str = ""
    with_whom: str = ""
    held: bool = False


@dataclass(frozen=True)
class PlanDocument:
    """A document asked for, and whether it has come."""

    uuid: str
    name: str = ""
    received: bool = False


@dataclass(frozen=True)
class VisitPlan:
    """The plan of one review, rows in their order; ``editable`` is false for a final
    review."""

    review: ReviewSummary
    activities: tuple[PlanActivity, ...]
    documents: tuple[PlanDocument, ...]

    @property
    def editable(self) -> bool:
        """Whether the plan may be changed (the review is a draft)."""
        return not self.review.is_final

    @property
    def is_empty(self) -> bool:
        """Whether the plan has neither activities nor documents."""
        return not self.activities and not self.documents


def clean_time(text: str) -> str:
    """A time of day as ``"HH:MM"``: ``"9:00"``, ``"09.00"`` and ``"0900"`` are all
    ``"09:00"``; ``""`` stays empty; anything else is refused."""
    text = text.strip() if isinstance(text, str) else text
    if text == "":
        return ""
    match = _TIME.match(text) if isinstance(text, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidInputError("plan_bad_time", value=str(text)[:20])
    return f"{int(match[1]):02d}:{match[2]}"


def parse_day(text: str) -> date | None:
    """A day typed as ``YYYY-MM-DD`` (``""``: no day), else ``InvalidInputError``."""
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError("plan_bad_date", value=text[:20]) from None


def _plan_text(text: object, what: str, limit: int) -> str:
    if not isinstance(text, str):
        raise InvalidInputError("must_be_text", what=message(what))
    text = " ".join(text.split())  # one line: a cell of the schedule
    if len(text) > limit:
        raise InvalidInputError("text_too_long", what=message(what), max=Amount(limit),
                                length=Amount(len(text)))
    check_unicode(text, what)
    return text


def clean_activity(row: PlanActivity) -> PlanActivity:
    """The activity as stored: times in one form, texts on one line and within limits, and
    no personal data where a role belongs."""
    start, end = clean_time(row.start), clean_time(row.end)
    if start and end and end < start:
        raise InvalidInputError("plan_ends_before_start", start=start, end=end)
    if row.day is not None and not isinstance(row.day, date):
        raise InvalidInputError("plan_bad_day")
    with_whom = _plan_text(row.with_whom, "what_plan_with_whom", MAX_NAME)
    if Detector().find(with_whom):
        raise InvalidInputError("plan_role_not_name", text=with_whom)
    return replace(row, start=start, end=end, with_whom=with_whom, held=bool(row.held),
                   activity=_plan_text(row.activity, "what_plan_activity", MAX_PLAN_TEXT))


def clean_document(row: PlanDocument) -> PlanDocument:
    """The document as stored: its name on one line and within limits."""
    return replace(row, received=bool(row.received),
                   name=_plan_text(row.name, "what_plan_document_name", MAX_PLAN_TEXT))


def activity_of(row: VisitActivity) -> PlanActivity:
    """The record of a stored activity."""
    return PlanActivity(uuid=row.uuid, day=row.day, start=row.start_time, end=row.end_time,
                        activity=row.activity, with_whom=row.with_whom, held=row.held)


def document_of(row: VisitDocument) -> PlanDocument:
    """The record of a stored document."""
    return PlanDocument(uuid=row.uuid, name=row.name, received=row.received)


def store_activity(row: VisitActivity, value: PlanActivity) -> None:
    """Put an activity's values (already clean) into its stored row."""
    row.day, row.start_time, row.end_time = value.day, value.start, value.end
    row.activity, row.with_whom, row.held = value.activity, value.with_whom, value.held


def store_document(row: VisitDocument, value: PlanDocument) -> None:
    """Put a document's values (already clean) into its stored row."""
    row.name, row.received = value.name, value.received


class VisitPlanService:
    """Reading and editing the visit plans of reviews."""

    def __init__(self, sessions: sessionmaker[Session], reviews: ReviewService) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self._reviews = reviews

    def _write(self) -> AbstractContextManager[Session]:
        return write_transaction(self._sessions)

    @staticmethod
    def _review(session: Session, review_uuid: str) -> Review:
        review = session.scalar(select(Review).where(Review.uuid == review_uuid))
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        return review

    def _plan(self, review: Review) -> VisitPlan:
        return VisitPlan(
            review=self._reviews.summary_of(review),
            activities=tuple(activity_of(a) for a in review.visit_activities),
            documents=tuple(document_of(d) for d in review.visit_documents),
        )

    # -- reading --------------------------------------------------------------------------

    def plan(self, review_uuid: str) -> VisitPlan:
        """The plan of a review (empty for a review made before plans existed)."""
        with self._reads() as s:
            return self._plan(self._review(s, review_uuid))

    def held_activities(self, review_uuid: str) -> tuple[PlanActivity, ...]:
        """The activities ticked as held, in the plan's order: what the visit consisted of
        (the method section of the report)."""
        return tuple(a for a in self.plan(review_uuid).activities if a.held)

    # -- editing --------------------------------------------------------------------------

    def start_from_template(self, review_uuid: str) -> VisitPlan:
        """Fill an empty plan from the template of the review's kind and language (a plan
        that has rows is refused: nothing of it is replaced)."""
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            if review.visit_activities or review.visit_documents:
                raise InvalidInputError("plan_not_empty")
            activities, documents = template_rows(review.kind, review.language,
                                                  review.start_date, review.end_date)
            review.visit_activities.extend(activities)
            review.visit_documents.extend(documents)
            review.updated_at = now()
            s.flush()
            return self._plan(review)

    def add_activity(self, review_uuid: str, value: PlanActivity | None = None, *,
                     after: str | None = None) -> PlanActivity:
        """Add an activity (empty, or ``value`` with a new id) after the row ``after``, or
        at the end; on the day of the row before it when no day is given."""
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            rows = review.visit_activities
            index = _insert_at(rows, after)
            day = rows[index - 1].day if index else review.start_date
            value = value or PlanActivity(uuid="", day=day)
            clean = clean_activity(replace(value, uuid=new_uuid()))
            row = VisitActivity(uuid=clean.uuid)
            store_activity(row, clean)
            _renumber(rows, added=(index, row))
            review.updated_at = now()
            return clean

    def add_document(self, review_uuid: str, name: str = "", *,
                     after: str | None = None) -> PlanDocument:
        """Add a document to ask for after the row ``after``, or at the end."""
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            rows = review.visit_documents
            clean = clean_document(PlanDocument(uuid=new_uuid(), name=name))
            row = VisitDocument(uuid=clean.uuid)
            store_document(row, clean)
            _renumber(rows, added=(_insert_at(rows, after), row))
            review.updated_at = now()
            return clean

    def save_activity(self, review_uuid: str, value: PlanActivity, *,
                      expected: PlanActivity | Unchecked = UNCHECKED) -> PlanActivity:
        """Store an activity's new values (found by ``value.uuid``). ``expected``: the row as
        the user saw it; when the stored row differs, ``EditConflictError``, nothing saved."""
        clean = clean_activity(value)
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            row = _row(review.visit_activities, value.uuid, "activity")
            _check("activity", activity_of(row), expected, clean)
            store_activity(row, clean)
            review.updated_at = now()
            return clean

    def save_document(self, review_uuid: str, value: PlanDocument, *,
                      expected: PlanDocument | Unchecked = UNCHECKED) -> PlanDocument:
        """Store a document's new name or tick (see ``save_activity``)."""
        clean = clean_document(value)
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            row = _row(review.visit_documents, value.uuid, "document")
            _check("document", document_of(row), expected, clean)
            store_document(row, clean)
            review.updated_at = now()
            return clean

    def set_received(self, review_uuid: str, number: int, received: bool = True) -> PlanDocument:
        """Tick (or untick) the ``number``-th document of the list (from 1), as the command
        line names it."""
        documents = self.plan(review_uuid).documents
        if isinstance(number, bool) or not isinstance(number, int) \
                or not 1 <= number <= len(documents):
            raise InvalidInputError("plan_no_such_document", number=number,
                                    count=len(documents))
        shown = documents[number - 1]
        return self.save_document(review_uuid, replace(shown, received=received),
                                  expected=shown)

    def remove(self, review_uuid: str, which: Which, row_uuid: str, *,
               expected: PlanActivity | PlanDocument | Unchecked = UNCHECKED) -> None:
        """Remove an activity or a document; ``expected`` as in ``save_activity``."""
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            if which == "activity":
                activity = _row(review.visit_activities, row_uuid, which)
                _check(which, activity_of(activity), expected, None)
                _renumber(review.visit_activities, activity)
            else:
                document = _row(review.visit_documents, row_uuid, which)
                _check(which, document_of(document), expected, None)
                _renumber(review.visit_documents, document)
            review.updated_at = now()

    def move(self, review_uuid: str, which: Which, row_uuid: str, offset: int, *,
             expected_order: Sequence[str] | Unchecked = UNCHECKED) -> tuple[str, ...]:
        """Move a row ``offset`` places (-1 up, 1 down; kept within the list) and return the
        new order of ids. ``expected_order``: the ids in the order the user saw; when the
        stored order differs, ``EditConflictError`` and nothing moves."""
        with self._write() as s:
            review = check_editable(self._review(s, review_uuid))
            if which == "activity":
                order = _moved(review.visit_activities, row_uuid, offset, expected_order, which)
            else:
                order = _moved(review.visit_documents, row_uuid, offset, expected_order, which)
            review.updated_at = now()
            return order


R = TypeVar("R", VisitActivity, VisitDocument)


def _row(rows: Sequence[R], row_uuid: str, which: Which) -> R:
    """The row of ``rows`` with this id, else ``NotFoundError``."""
    for row in rows:
        if row.uuid == row_uuid:
            return row
    raise NotFoundError("plan_row_not_found", what=message(f"what_plan_{which}"))


def _insert_at(rows: Sequence[R], after: str | None) -> int:
    """Where a new row goes: after the row ``after``, or at the end."""
    if len(rows) >= MAX_PLAN_ROWS:
        raise InvalidInputError("plan_too_many_rows", max=MAX_PLAN_ROWS)
    for i, row in enumerate(rows):
        if row.uuid == after:
            return i + 1
    return len(rows)


def _renumber(rows: list[R], removed: R | None = None, added: tuple[int, R] | None = None
              ) -> None:
    """Take out ``removed``, put in ``added`` (index, row), number the rows in order."""
    if removed is not None:
        rows.remove(removed)
    if added is not None:
        rows.insert(*added)
    for i, row in enumerate(rows):
        row.position = i


def _moved(rows: list[R], row_uuid: str, offset: int,
           expected_order: Sequence[str] | Unchecked, which: Which) -> tuple[str, ...]:
    """Move a row within ``rows`` (see ``VisitPlanService.move``); the new order of ids."""
    order = tuple(r.uuid for r in rows)
    if expected_order is not UNCHECKED and tuple(expected_order) != order:
        raise EditConflictError(
            message("review_value_changed_elsewhere", what=message("what_plan_order")),
            item_id="", field=f"plan_{which}_order", stored=order,
            expected=tuple(expected_order))
    row = _row(rows, row_uuid, which)
    index = rows.index(row)
    target = max(0, min(len(rows) - 1, index + offset))
    _renumber(rows, row, (target, row))
    return tuple(r.uuid for r in rows)


def _check(which: Which, stored: object, expected: object, new: object) -> None:
    """Refuse an edit of a row the user saw otherwise than it is stored."""
    if expected is UNCHECKED or stored in (expected, new):
        return
    raise EditConflictError(
        message("review_value_changed_elsewhere", what=message(f"what_plan_{which}")),
        item_id="", field=f"plan_{which}", stored=stored, expected=expected)


# -- the review file ------------------------------------------------------------------------


def plan_file_part(plan: VisitPlan) -> dict[str, object] | None:
    """The ``visit_plan`` part of a review file (``None`` for an empty plan)."""
    if plan.is_empty:
        return None
    activities: list[dict[str, object]] = []
    for a in plan.activities:
        entry: dict[str, object] = {"id": a.uuid}
        if a.day is not None:
            entry["date"] = a.day.isoformat()
        entry.update({k: v for k, v in (("start", a.start), ("end", a.end),
                                         ("activity", a.activity), ("with_whom", a.with_whom))
                      if v})
        if a.held:
            entry["held"] = True
        activities.append(entry)
    documents: list[dict[str, object]] = [
        {"id": d.uuid, "name": d.name, **({"received": True} if d.received else {})}
        for d in plan.documents
    ]
    return {"activities": activities, "documents": documents}


def add_file_rows(review: Review, part: VisitPlanPart | None,
                  only: Collection[tuple[str, str]] | None = None) -> int:
    """Add the rows of a file's visit plan to a stored review, after its own rows and in the
    file's order (``only``: just these ``(which, uuid)`` rows); how many were added."""
    if part is None:
        return 0
    added = 0
    for a in part.activities:
        if only is None or ("activity", a.id) in only:
            review.visit_activities.append(VisitActivity(
                uuid=a.id, position=len(review.visit_activities), day=a.date,
                start_time=a.start, end_time=a.end, activity=a.activity,
                with_whom=a.with_whom, held=a.held))
            added += 1
    for d in part.documents:
        if only is None or ("document", d.id) in only:
            review.visit_documents.append(VisitDocument(
                uuid=d.id, position=len(review.visit_documents), name=d.name,
                received=d.received))
            added += 1
    return added


def tick_rows(review: Review, keys: Collection[tuple[str, str]]) -> None:
    """Tick stored rows (activities held, documents received) named ``(which, uuid)``."""
    for row in review.visit_activities:
        if ("activity", row.uuid) in keys:
            row.held = True
    for doc in review.visit_documents:
        if ("document", doc.uuid) in keys:
            doc.received = True
