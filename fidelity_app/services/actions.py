"""A service's action plan: actions raised by an item of a review, followed to the next review.

An action is *open* while it is planned or in progress and *closed* when it is done or
dropped. A closed action keeps what was planned as it was: only its status (to reopen it or
to switch between done and dropped) and its outcome note can change. The outcome note can be
written at any time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.limits import MAX_ACTION_TEXT
from fidelity_app.messages import Amount, message
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import item_sort_key
from fidelity_app.services.errors import EditConflictError, InvalidInputError, NotFoundError
from fidelity_app.services.reviews import MAX_NAME
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import ACTION_STATUSES, Action, Review, Service

OPEN_STATUSES = ("planned", "in-progress")
CLOSED_STATUSES = ("done", "dropped")


@dataclass(frozen=True)
class ActionInfo:
    """One action of a service's action plan, with the item and review that raised it."""

    uuid: str
    service_uuid: str
    service_name: str
    review_uuid: str | None
    review_date: date | None
    review_kind: str | None
    item_id: str
    item_title: str
    item_short_title: str
    section_title: str
    item_number: int | None
    what: str
    responsible: str
    due_date: date | None
    status: str
    outcome: str
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        """Whether the action is still planned or in progress."""
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: date) -> bool:
        """Whether the action is open and its due date has passed."""
        return self.is_open and self.due_date is not None and self.due_date < today


def _utc(moment: datetime) -> datetime:
    """A stored time (UTC; SQLite gives it back without a zone) with its zone set."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


ActionRow = tuple[Action, str, str, str | None, date | None, str | None, str | None, str | None]
"""A row of :func:`action_rows`: the action, its service's uuid and name, and the uuid, start
date, kind, scale and language of the review that raised it (``None`` without one)."""


def action_rows() -> Select[Action, str, str, str, date, str, str, str]:
    """The query behind every action list: an action with its service and review."""
    return (
        select(
            Action,
            Service.uuid,
            Service.name,
            Review.uuid,
            Review.start_date,
            Review.kind,
            Review.scale_id,
            Review.language,
        )
        .join(Service, Action.service_id == Service.id)
        .outerjoin(Review, Action.review_id == Review.id)
    )


class ActionRecords:
    """Turns action rows into :class:`ActionInfo` records, looking item titles up in the scale."""

    def __init__(self, scales: ScaleCatalogue) -> None:
        self.scales = scales

    def info(self, row: ActionRow) -> ActionInfo:
        """The record of one row of :func:`action_rows`."""
        action, service_uuid, service_name, review_uuid, review_date, kind, scale_id, lang = row
        title, short_title, section_title, number = "", "", "", None
        if scale_id is not None and lang is not None and self.scales.has(scale_id):
            scale = self.scales.get(scale_id, lang)
            try:
                item = scale.item(action.item_id)
            except KeyError:
                pass
            else:
                title, short_title, number = item.title, item.short_title, item.number
                section_title = scale.section(item.section).title
        return ActionInfo(
            uuid=action.uuid,
            service_uuid=service_uuid,
            service_name=service_name,
            review_uuid=review_uuid,
            review_date=review_date,
            review_kind=kind,
            item_id=action.item_id,
            item_title=title,
            item_short_title=short_title,
            section_title=section_title,
            item_number=number,
            what=action.what,
            responsible=action.responsible,
            due_date=action.due_date,
            status=action.status,
            outcome=action.outcome,
            created_at=_utc(action.created_at),
            updated_at=_utc(action.updated_at),
        )

    def sort_key(self, info: ActionInfo, scale_id: str | None) -> tuple[object, ...]:
        """Plan order: by the raising review's date, then by the item's place in the scale."""
        order: tuple[int, int] = (99, 0)
        if scale_id is not None and self.scales.has(scale_id):
            with suppress(KeyError):
                order = item_sort_key(self.scales.get(scale_id, "en"), info.item_id)
        return (
            info.review_date is None,
            info.review_date or date.min,
            order,
            info.created_at,
            info.uuid,
        )

    def sorted(self, rows: Sequence[ActionRow]) -> list[ActionInfo]:
        """The records of ``rows`` in plan order."""
        keyed = [(self.info(row), row[6]) for row in rows]
        keyed.sort(key=lambda pair: self.sort_key(*pair))
        return [info for info, _ in keyed]


def _clean_what(what: object) -> str:
    if not isinstance(what, str) or not what.strip():
        raise InvalidInputError("action_needs_text")
    what = what.strip()
    if len(what) > MAX_ACTION_TEXT:
        raise InvalidInputError("action_text_too_long", max=Amount(MAX_ACTION_TEXT),
                                length=Amount(len(what)))
    return what


def _clean_responsible(responsible: object) -> str:
    if not isinstance(responsible, str):
        raise InvalidInputError("responsible_not_text")
    responsible = responsible.strip()
    if len(responsible) > MAX_NAME:
        raise InvalidInputError("responsible_too_long", max=MAX_NAME)
    return responsible


def _clean_due(due_date: object) -> date | None:
    if due_date is None:
        return None
    if isinstance(due_date, datetime):
        return due_date.date()
    if not isinstance(due_date, date):
        raise InvalidInputError("due_not_date")
    return due_date


def _clean_status(status: object) -> str:
    if status not in ACTION_STATUSES:
        raise InvalidInputError(
            "unknown_action_status", status=repr(status), allowed=", ".join(ACTION_STATUSES)
        )
    return str(status)


def _clean_outcome(outcome: object) -> str:
    if not isinstance(outcome, str):
        raise InvalidInputError("outcome_not_text")
    if len(outcome) > MAX_ACTION_TEXT:
        raise InvalidInputError("outcome_too_long", max=Amount(MAX_ACTION_TEXT),
                                length=Amount(len(outcome)))
    return outcome.strip()


def _check_expected(action: Action, expected: ActionInfo, new: dict[str, object]) -> None:
    """Refuse changing a field of ``action`` that no longer holds what the user saw."""
    for field, value in new.items():
        stored, shown = getattr(action, field), getattr(expected, field)
        if stored not in (shown, value):
            raise EditConflictError(
                message("action_changed_elsewhere", action=action.what[:80]),
                item_id=action.item_id, field=field, stored=stored, expected=shown,
            )


class ActionService:
    """Create, change, list and delete the actions of services' action plans."""

    def __init__(self, sessions: sessionmaker[Session], scales: ScaleCatalogue) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self.scales = scales
        self._records = ActionRecords(scales)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def _info(self, session: Session, action_id: int) -> ActionInfo:
        row = session.execute(action_rows().where(Action.id == action_id)).one()
        return self._records.info(row)

    def _action(self, session: Session, action_uuid: str) -> Action:
        action = session.scalar(select(Action).where(Action.uuid == action_uuid))
        if action is None:
            raise NotFoundError("action_not_found", action=action_uuid)
        return action

    def create_action(
        self,
        review_uuid: str,
        item_id: str,
        what: str,
        responsible: str = "",
        due_date: date | None = None,
    ) -> ActionInfo:
        """Add a planned action for an item of a review (allowed on final reviews too)."""
        what = _clean_what(what)
        responsible = _clean_responsible(responsible)
        due = _clean_due(due_date)
        with self._write() as s:
            review = s.scalar(select(Review).where(Review.uuid == review_uuid))
            if review is None:
                raise NotFoundError("review_not_found", review=review_uuid)
            if not self.scales.has(review.scale_id):
                raise NotFoundError("scale_not_available", scale=review.scale_id)
            scale = self.scales.get(review.scale_id, review.language)
            try:
                scale.item(item_id)
            except KeyError:
                raise NotFoundError("item_not_in_scale", scale=scale.id, item=item_id) from None
            action = Action(
                service_id=review.service_id,
                review_id=review.id,
                item_id=item_id,
                what=what,
                responsible=responsible,
                due_date=due,
                status="planned",
                outcome="",
            )
            s.add(action)
            s.flush()
            return self._info(s, action.id)

    def update_action(
        self,
        action_uuid: str,
        *,
        what: str | None = None,
        responsible: str | None = None,
        due_date: date | None = None,
        clear_due_date: bool = False,
        status: str | None = None,
        outcome: str | None = None,
        expected: ActionInfo | None = None,
    ) -> ActionInfo:
        """Change an action; ``None`` leaves a field as it is (``clear_due_date`` removes it).

        A done or dropped action is closed: what, who and when can change only when the same
        call reopens it (status planned or in progress). The outcome can change at any time.

        ``expected`` is the action as the user saw it: when a field this call sets was changed
        since in another window or program, ``EditConflictError`` is raised (its ``field``
        names the first such field) and nothing is saved.
        """
        new_status = _clean_status(status) if status is not None else None
        new_what = _clean_what(what) if what is not None else None
        new_responsible = _clean_responsible(responsible) if responsible is not None else None
        new_due = _clean_due(due_date)
        new_outcome = _clean_outcome(outcome) if outcome is not None else None
        with self._write() as s:
            action = self._action(s, action_uuid)
            plan_changes = {
                "what": new_what,
                "responsible": new_responsible,
                "due_date": None if clear_due_date else new_due,
            }
            changed = [
                key
                for key, value in plan_changes.items()
                if (value is not None or (key == "due_date" and clear_due_date))
                and value != getattr(action, key)
            ]
            if expected is not None:
                _check_expected(action, expected, {
                    **{k: v for k, v in plan_changes.items()
                       if v is not None or (k == "due_date" and clear_due_date)},
                    **({"status": new_status} if new_status is not None else {}),
                    **({"outcome": new_outcome} if new_outcome is not None else {}),
                })
            final_status = new_status or action.status
            if changed and final_status in CLOSED_STATUSES:
                raise InvalidInputError(
                    "action_closed", status=message(f"action_status_{final_status}")
                )
            for key in changed:
                setattr(action, key, plan_changes[key])
            if new_status is not None:
                action.status = new_status
            if new_outcome is not None:
                action.outcome = new_outcome
            s.flush()
            return self._info(s, action.id)

    def get_action(self, action_uuid: str) -> ActionInfo:
        """One action."""
        with self._reads() as s:
            return self._info(s, self._action(s, action_uuid).id)

    def delete_action(self, action_uuid: str) -> None:
        """Remove an action from the plan."""
        with self._write() as s:
            s.delete(self._action(s, action_uuid))

    def list_actions(
        self,
        service_uuid: str,
        *,
        open_only: bool = False,
        item_id: str | None = None,
        review_uuid: str | None = None,
    ) -> list[ActionInfo]:
        """A service's action plan in plan order (review date, then item order)."""
        query = action_rows().where(Service.uuid == service_uuid)
        if open_only:
            query = query.where(Action.status.in_(OPEN_STATUSES))
        if item_id is not None:
            query = query.where(Action.item_id == item_id)
        if review_uuid is not None:
            query = query.where(Review.uuid == review_uuid)
        with self._reads() as s:
            if s.scalar(select(Service.id).where(Service.uuid == service_uuid)) is None:
                raise NotFoundError("service_not_found", service=service_uuid)
            rows = list(s.execute(query))
        return self._records.sorted(rows)

    def list_open_actions(self, service_uuid: str | None = None) -> list[ActionInfo]:
        """Open actions of one service, or of every service (by service name, then plan)."""
        if service_uuid is not None:
            return self.list_actions(service_uuid, open_only=True)
        query = action_rows().where(Action.status.in_(OPEN_STATUSES))
        with self._reads() as s:
            rows = list(s.execute(query))
        infos = self._records.sorted(rows)
        infos.sort(key=lambda a: (a.service_name.lower(), a.service_uuid))  # stable: plan kept
        return infos
