"""The review list's state and decisions, without widgets.

:class:`ReviewListPresenter` holds the search and the filters (service, kind, status, year),
the choices the service and year filters offer (read from the database), the number of reviews
in the database, and decides what the line under the table and the placeholder say
(:class:`ListStatus`). The page shows what it says and reports what the user chose.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Protocol

from fidelity_app.services.dto import ServiceInfo
from fidelity_app.services.reviews import ReviewFilter


class ReviewSource(Protocol):
    """What the presenter reads (``ReviewService`` has it)."""

    def count_reviews(self, flt: ReviewFilter | None = None) -> int:
        """How many reviews match ``flt`` (all, by default)."""

    def list_services(self) -> list[ServiceInfo]:
        """All services, by name."""

    def review_years(self) -> list[int]:
        """The years in which reviews started, newest first."""


@dataclass(frozen=True)
class Choice:
    """One entry of a filter: the value filtered by and the text shown."""

    value: str
    text: str


class Placeholder(enum.Enum):
    """What the page shows instead of the table."""

    NONE = "none"  # the table is shown
    NO_REVIEWS = "empty"  # the database has no reviews yet
    NO_MATCH = "no-match"  # no review matches the search and filters


@dataclass(frozen=True)
class ListStatus:
    """The line under the table and the placeholder."""

    shown: int
    total: int
    placeholder: Placeholder

    @property
    def all_shown(self) -> bool:
        """Whether every review of the database is in the list."""
        return self.shown == self.total


FILTERS = ("service_uuid", "kind", "status", "year")


class ReviewListPresenter:
    """Search, filters and the counts of the review list."""

    def __init__(self, reviews: ReviewSource) -> None:
        self.reviews = reviews
        self.filter = ReviewFilter()
        self.total = 0
        self._services: list[Choice] | None = None  # None: read when first asked for
        self._years: list[Choice] | None = None

    def set_source(self, reviews: ReviewSource) -> None:
        """Read from another database; its services and years differ, so those filters reset."""
        self.reviews = reviews
        self.filter = replace(self.filter, service_uuid=None, year=None)

    @property
    def services(self) -> list[Choice]:
        """The choices of the service filter (read when first asked for after a reload: a
        database of thousands of services lists its reviews without reading them)."""
        if self._services is None:
            self._services = [
                Choice(s.uuid, s.name if not s.organisation else f"{s.name} ({s.organisation})")
                for s in self.reviews.list_services()]
        return self._services

    @property
    def years(self) -> list[Choice]:
        """The choices of the year filter (read when first asked for after a reload)."""
        if self._years is None:
            self._years = [Choice(str(y), str(y)) for y in self.reviews.review_years()]
        return self._years

    def reload(self) -> None:
        """Read the number of reviews again and forget the choices of the service and year
        filters (read again when next asked for); a service or year that is gone is no
        longer filtered by."""
        self.total = self.reviews.count_reviews()
        self._services = self._years = None
        flt = self.filter
        if flt.service_uuid and flt.service_uuid not in {c.value for c in self.services}:
            flt = replace(flt, service_uuid=None)
        if flt.year and str(flt.year) not in {c.value for c in self.years}:
            flt = replace(flt, year=None)
        self.filter = flt

    def set_search(self, text: str) -> bool:
        """Search for ``text``; ``True`` if the filter changed."""
        return self._set(replace(self.filter, text=text))

    def set_filter(self, name: str, value: str | None) -> bool:
        """Filter by ``name`` (one of :data:`FILTERS`); ``None`` or ``""``: all."""
        if name not in FILTERS:
            raise ValueError(f"no filter {name!r}")
        chosen = value or None
        flt = self.filter
        if name == "year":
            flt = replace(flt, year=int(chosen) if chosen else None)
        elif name == "service_uuid":
            flt = replace(flt, service_uuid=chosen)
        elif name == "kind":
            flt = replace(flt, kind=chosen)
        else:
            flt = replace(flt, status=chosen)
        return self._set(flt)

    def clear(self) -> bool:
        """Show every review; ``True`` if something was filtered."""
        return self._set(ReviewFilter())

    def _set(self, flt: ReviewFilter) -> bool:
        changed = flt != self.filter
        self.filter = flt
        return changed

    def status(self, shown: int) -> ListStatus:
        """What the page says when ``shown`` reviews match."""
        if self.total == 0:
            placeholder = Placeholder.NO_REVIEWS
        elif shown == 0:
            placeholder = Placeholder.NO_MATCH
        else:
            placeholder = Placeholder.NONE
        return ListStatus(shown, self.total, placeholder)
