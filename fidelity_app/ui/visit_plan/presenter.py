"""The visit plan dialog's decisions, without widgets: what each cell shows, and what an edit
of a cell, a new row, a removal or a move asks of the service.

Every write carries what the dialog showed (``expected=``), so an edit made on a plan changed
in another window is refused and nothing is overwritten; the presenter keeps the plan as
stored after each write, and ``reload`` reads it again after a refusal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal, Protocol

from fidelity_app.services.visit_plan import (
    PlanActivity,
    PlanDocument,
    VisitPlan,
    parse_day,
)

Which = Literal["activity", "document"]

ACTIVITY_COLUMNS = ("day", "start", "end", "activity", "with_whom", "held")
"""The columns of the schedule; ``held`` is a tick."""
DOCUMENT_COLUMNS = ("name", "received")
"""The columns of the document list; ``received`` is a tick."""
TICKS = frozenset({"held", "received"})


class PlanService(Protocol):
    """What the presenter uses of ``VisitPlanService``."""

    def plan(self, review_uuid: str) -> VisitPlan: ...
    def start_from_template(self, review_uuid: str) -> VisitPlan: ...
    def add_activity(self, review_uuid: str, value: PlanActivity | None = None, *,
                     after: str | None = None) -> PlanActivity: ...
    def add_document(self, review_uuid: str, name: str = "", *,
                     after: str | None = None) -> PlanDocument: ...
    def save_activity(self, review_uuid: str, value: PlanActivity, *,
                      expected: PlanActivity) -> PlanActivity: ...
    def save_document(self, review_uuid: str, value: PlanDocument, *,
                      expected: PlanDocument) -> PlanDocument: ...
    def remove(self, review_uuid: str, which: Which, row_uuid: str, *,
               expected: PlanActivity | PlanDocument) -> None: ...
    def move(self, review_uuid: str, which: Which, row_uuid: str, offset: int, *,
             expected_order: tuple[str, ...]) -> tuple[str, ...]: ...


def activity_cells(activity: PlanActivity) -> tuple[str, ...]:
    """The texts of an activity's cells (the tick column's text is empty)."""
    day = activity.day.isoformat() if activity.day else ""
    return (day, activity.start, activity.end, activity.activity, activity.with_whom, "")


def document_cells(document: PlanDocument) -> tuple[str, ...]:
    """The texts of a document's cells (the tick column's text is empty)."""
    return (document.name, "")


class VisitPlanPresenter:
    """The plan of one review as the dialog shows it, and its edits."""

    def __init__(self, plans: PlanService, review_uuid: str) -> None:
        self.plans = plans
        self.review_uuid = review_uuid
        self.plan = plans.plan(review_uuid)

    @property
    def editable(self) -> bool:
        """Whether the plan may be changed (a draft review)."""
        return self.plan.editable

    @property
    def can_start_from_template(self) -> bool:
        """Whether to offer the template: an editable plan with no rows."""
        return self.editable and self.plan.is_empty

    def reload(self) -> VisitPlan:
        """Read the plan as stored (after a refusal, or a change elsewhere)."""
        self.plan = self.plans.plan(self.review_uuid)
        return self.plan

    def rows(self, which: Which) -> tuple[PlanActivity, ...] | tuple[PlanDocument, ...]:
        """The rows of the schedule or of the document list."""
        return self.plan.activities if which == "activity" else self.plan.documents

    def cells(self, which: Which, row: int) -> tuple[str, ...]:
        """The texts of one row's cells."""
        if which == "activity":
            return activity_cells(self.plan.activities[row])
        return document_cells(self.plan.documents[row])

    def ticked(self, which: Which, row: int) -> bool:
        """Whether a row's tick is set (held, received)."""
        if which == "activity":
            return self.plan.activities[row].held
        return self.plan.documents[row].received

    # -- edits ----------------------------------------------------------------------------

    def edit(self, which: Which, row: int, column: int, value: str | bool) -> bool:
        """Store a new cell value (text, or a tick as ``bool``); ``True`` when something
        changed. Raises the service's refusal, with nothing stored."""
        if which == "activity":
            shown_activity = self.plan.activities[row]
            field = ACTIVITY_COLUMNS[column]
            new_activity = replace(shown_activity, **{field: _value(field, value)})
            if new_activity == shown_activity:
                return False
            saved = self.plans.save_activity(self.review_uuid, new_activity,
                                             expected=shown_activity)
            self._replace("activity", row, saved)
            return True
        shown_document = self.plan.documents[row]
        field = DOCUMENT_COLUMNS[column]
        new_document = replace(shown_document, **{field: _value(field, value)})
        if new_document == shown_document:
            return False
        saved_document = self.plans.save_document(self.review_uuid, new_document,
                                                  expected=shown_document)
        self._replace("document", row, saved_document)
        return True

    def add(self, which: Which, after_row: int | None) -> int:
        """Add an empty row after ``after_row`` (``None``: at the end); its index."""
        rows = self.rows(which)
        after = rows[after_row].uuid if after_row is not None and 0 <= after_row < len(rows) \
            else None
        if which == "activity":
            added: PlanActivity | PlanDocument = self.plans.add_activity(
                self.review_uuid, after=after)
        else:
            added = self.plans.add_document(self.review_uuid, after=after)
        self.reload()
        return [r.uuid for r in self.rows(which)].index(added.uuid)

    def remove(self, which: Which, row: int) -> None:
        """Remove a row, as shown."""
        shown = self.rows(which)[row]
        self.plans.remove(self.review_uuid, which, shown.uuid, expected=shown)
        self.reload()

    def move(self, which: Which, row: int, offset: int) -> int:
        """Move a row up (-1) or down (1); its new index."""
        rows = self.rows(which)
        order = self.plans.move(self.review_uuid, which, rows[row].uuid, offset,
                                expected_order=tuple(r.uuid for r in rows))
        self.reload()
        return order.index(rows[row].uuid)

    def start_from_template(self) -> None:
        """Fill the empty plan from the template of the review's kind and language."""
        self.plan = self.plans.start_from_template(self.review_uuid)

    def _replace(self, which: Which, row: int, value: PlanActivity | PlanDocument) -> None:
        if which == "activity" and isinstance(value, PlanActivity):
            rows_a = list(self.plan.activities)
            rows_a[row] = value
            self.plan = replace(self.plan, activities=tuple(rows_a))
        elif isinstance(value, PlanDocument):
            rows_d = list(self.plan.documents)
            rows_d[row] = value
            self.plan = replace(self.plan, documents=tuple(rows_d))


def _value(field: str, value: str | bool) -> Any:
    """A cell's value in the form the row holds it."""
    if field in TICKS:
        return bool(value)
    if field == "day":
        return parse_day(str(value))
    return str(value)
