"""What the service page shows and decides, without widgets.

:class:`ServicePagePresenter` reads one service's history, its action plan and the list of
services to choose from, keeps them, and answers the page's questions: which actions the plan
shows, what its summary counts are, whether actions can be added, how many reviews were made
with another scale, how the items changed between the last two reviews. A refusal while
reading is kept as :attr:`ServicePagePresenter.error` (the page shows it instead of the data).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from fidelity_app.services.actions import ActionInfo
from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.history import ServiceHistory
from fidelity_app.ui.outcome import attempt


class HistorySource(Protocol):
    """What the presenter reads: the three services of ``App`` it needs."""

    def history_of(self, service_uuid: str) -> ServiceHistory:
        """The service's reviews, trend and grid."""

    def actions_of(self, service_uuid: str) -> list[ActionInfo]:
        """The service's action plan."""

    def services(self) -> list[tuple[str, str]]:
        """Every service as (uuid, name)."""


class AppSource:
    """:class:`HistorySource` over the program's services."""

    def __init__(self, app: App) -> None:
        self._app = app

    def history_of(self, service_uuid: str) -> ServiceHistory:
        """The service's reviews, trend and grid."""
        return self._app.history.history(service_uuid)

    def actions_of(self, service_uuid: str) -> list[ActionInfo]:
        """The service's action plan."""
        return list(self._app.actions.list_actions(service_uuid))

    def services(self) -> list[tuple[str, str]]:
        """Every service as (uuid, name)."""
        return [(s.uuid, s.name) for s in self._app.reviews.list_services()]


class EmptyPlan(enum.Enum):
    """Why the action plan shows no rows."""

    NO_ACTIONS = "none"  # the service has no actions yet
    ALL_CLOSED = "closed"  # every action is done or dropped (and those are hidden)


@dataclass(frozen=True)
class ActionPlan:
    """What the action-plan tab shows."""

    shown: tuple[ActionInfo, ...]
    open_count: int
    overdue: int
    empty: EmptyPlan | None  # set when nothing is shown
    can_add: bool


@dataclass(frozen=True)
class GridChanges:
    """How the items changed between the last two scores (``None`` counts: fewer than two
    reviews, ``first_only`` when there is exactly one)."""

    improved: int = 0
    stalled: int = 0
    fell: int = 0
    comparable: bool = False
    first_only: bool = False


class ServicePagePresenter:
    """The state of one service page: the service shown, its data, the filter of the plan."""

    def __init__(self, source: HistorySource, service_uuid: str,
                 today: date | None = None) -> None:
        self.source = source
        self.service_uuid = service_uuid
        self.today = today or date.today()
        self.history: ServiceHistory | None = None
        self.actions: list[ActionInfo] = []
        self.choices: list[tuple[str, str]] = []
        self.error = ""
        self.show_closed = True

    def load(self) -> bool:
        """Read everything again; ``True`` when something changed (or reading failed)."""
        def read() -> tuple[ServiceHistory, list[ActionInfo], list[tuple[str, str]]]:
            uuid = self.service_uuid
            return (self.source.history_of(uuid), self.source.actions_of(uuid),
                    self.source.services())

        outcome = attempt(read)
        if outcome.value is None:
            self.history, self.actions, self.choices = None, [], []
            self.error = str(outcome.error or "")
            return True
        self.error = ""
        if outcome.value == (self.history, self.actions, self.choices):
            return False  # nothing changed: the page keeps selections and scroll positions
        self.history, self.actions, self.choices = outcome.value
        return True

    def choose_service(self, service_uuid: str) -> bool:
        """Show another service; ``False`` if it is the one shown."""
        if service_uuid == self.service_uuid:
            return False
        self.service_uuid = service_uuid
        return True

    # -- what the page shows ----------------------------------------------------------------

    def reviews(self) -> tuple[ReviewSummary, ...]:
        """The service's reviews, oldest first."""
        return self.history.reviews if self.history is not None else ()

    def reviews_for_new_action(self) -> list[ReviewSummary]:
        """The reviews an action may be raised by, latest first."""
        return list(reversed(self.reviews()))

    def other_scale_reviews(self) -> int:
        """How many reviews were made with another scale than the trend's (only listed)."""
        history = self.history
        if history is None:
            return 0
        return sum(1 for r in history.reviews if r.scale_id != history.scale_id)

    def grid_changes(self) -> GridChanges:
        """How the items changed between their last two scores."""
        history = self.history
        if history is None or not history.grid.columns:
            return GridChanges()
        if len(history.grid.columns) < 2:
            return GridChanges(first_only=True)
        counts = history.grid.change_counts()
        return GridChanges(counts["improved"], counts["stalled"], counts["fell"],
                           comparable=True)

    def action_plan(self) -> ActionPlan:
        """The actions shown (all, or only the open ones), their counts, and why it is empty."""
        shown = tuple(a for a in self.actions if self.show_closed or a.is_open)
        empty = None
        if not shown:
            empty = EmptyPlan.ALL_CLOSED if self.actions else EmptyPlan.NO_ACTIONS
        return ActionPlan(
            shown=shown,
            open_count=sum(1 for a in self.actions if a.is_open),
            overdue=sum(1 for a in self.actions if a.is_overdue(self.today)),
            empty=empty,
            can_add=bool(self.reviews()),
        )
