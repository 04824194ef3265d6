"""Typed, validated model of a scale file (see docs/scale-format.md)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, model_validator

SLUG = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
SCORES = (1, 2, 3, 4, 5)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Criterion(_Strict):
    """What a service shows for one score of one item."""

    score: StrictInt = Field(ge=1, le=5)
    text: StrictStr = Field(min_length=1)


class Range(_Strict):
    """A half-open interval ``[min, below)`` of a measured figure that maps to a score."""

    score: StrictInt = Field(ge=1, le=5)
    min: float | None = None
    below: float | None = None

    def contains(self, value: float) -> bool:
        """Whether ``value`` falls in this range."""
        above_min = self.min is None or value >= self.min
        return above_min and (self.below is None or value < self.below)


class Measure(_Strict):
    """A computed figure (ratio, percentage, days) whose ranges give the score.

    ``lowest`` and ``highest`` bound the figures that can be entered (a percentage 0-100,
    a count or a number of days never below 0).
    """

    label: StrictStr = Field(min_length=1)
    unit: StrictStr = ""
    lowest: float = 0
    highest: float | None = None
    ranges: list[Range]

    @model_validator(mode="after")
    def _tiles_number_line(self) -> Measure:
        ordered = sorted(self.ranges, key=lambda r: float("-inf") if r.min is None else r.min)
        if not ordered:
            raise ValueError("measure has no ranges")
        if ordered[0].min is not None:
            raise ValueError("the lowest measure range must have no 'min'")
        if ordered[-1].below is not None:
            raise ValueError("the highest measure range must have no 'below'")
        for low, high in zip(ordered, ordered[1:], strict=False):
            if low.below is None or high.min is None or low.below != high.min:
                raise ValueError(
                    f"measure ranges leave a gap or overlap between {low.below} and {high.min}"
                )
        return self

    def score_for(self, value: float) -> int:
        """The score the scale gives to a measured ``value``."""
        for r in self.ranges:
            if r.contains(value):
                return r.score
        raise ValueError(f"no range contains {value}")  # unreachable for a validated measure


class Calculator(_Strict):
    """How the figure of an item is worked out from the figures a reviewer enters.

    ``caseload``: participants and full-time equivalents per specialist; ``share``: ``part``
    of ``whole`` as a percentage (``min_whole``: a smaller whole gives score 1); ``figure``: the
    figure itself; ``per-worker``: one figure (or, without a measure, one 1-5 rating) per
    specialist, averaged. ``part`` and ``whole`` name the two counts in the report.
    """

    kind: Literal["caseload", "share", "figure", "per-worker"]
    part: StrictStr = ""
    whole: StrictStr = ""
    min_whole: StrictInt | None = Field(default=None, ge=1)


class Edition(_Strict):
    """Which text of the scale a file holds: its name and where the wording comes from."""

    name: StrictStr = Field(min_length=1, max_length=200, pattern=r"\S")
    source: StrictStr = Field(min_length=1, max_length=2000, pattern=r"\S")


class ScoringRules(_Strict):
    """The scale's one scoring rule, in words: shown in the calculator and in Help."""

    fractions: StrictStr = Field(min_length=1)
    tie_break: StrictStr = Field(min_length=1)
    per_worker: StrictStr = Field(min_length=1)
    limits: StrictStr = Field(min_length=1)


class DataSource(_Strict):
    """A data-source code (MIS, DOC, INT, OBS) and its label."""

    code: StrictStr = Field(pattern=r"^[A-Z]{2,8}$")
    label: StrictStr = Field(min_length=1)


class Section(_Strict):
    """A section of the scale (staffing, organisation, services)."""

    id: StrictStr = Field(pattern=SLUG)
    title: StrictStr = Field(min_length=1)


class Band(_Strict):
    """A named band of total scores, ``min`` and ``max`` inclusive."""

    id: StrictStr = Field(pattern=SLUG)
    min: StrictInt
    max: StrictInt
    label: StrictStr = Field(min_length=1)
    description: StrictStr = ""

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.min > self.max:
            raise ValueError(f"band min {self.min} is above its max {self.max}")
        return self


class Item(_Strict):
    """One item of the scale with its five score criteria."""

    id: StrictStr = Field(pattern=SLUG)
    section: StrictStr
    number: StrictInt = Field(ge=1)
    title: StrictStr = Field(min_length=1)
    short_title: StrictStr = Field(min_length=1, max_length=40)
    looks_for: StrictStr = Field(min_length=1)
    scoring: Literal["numeric", "checklist", "descriptive"]
    criteria: list[Criterion]
    measure: Measure | None = None
    calculator: Calculator | None = None
    checklist: list[StrictStr] = []
    data_sources: list[StrictStr] = []
    questions: list[StrictStr] = []
    verification: Literal["verified", "recalled"]
    source_note: StrictStr = ""

    @model_validator(mode="after")
    def _five_criteria(self) -> Item:
        scores = sorted(c.score for c in self.criteria)
        if scores != list(SCORES):
            raise ValueError(
                "criteria must give each score 1-5 exactly once, found "
                + (str(scores or "none") if len(scores) <= 10 else f"{len(scores)} criteria")
            )
        if self.id != f"{self.section}-{self.number}":
            raise ValueError(f"id must be '{self.section}-{self.number}' (section-number)")
        return self

    def criterion(self, score: int) -> str:
        """The criterion text for ``score``."""
        return next(c.text for c in self.criteria if c.score == score)


class Scale(_Strict):
    """A whole scale in one language (one edition of its text).

    ``text_note`` is the one short line shown with each item's criteria; ``about`` the
    details for Help → About the scale.
    """

    format: Literal["fidelity-app/scale"]
    format_version: Literal[1]
    id: StrictStr = Field(pattern=SLUG)
    version: StrictStr = Field(min_length=1)
    language: StrictStr = Field(pattern=r"^[a-z]{2}$")
    name: StrictStr = Field(min_length=1)
    short_name: StrictStr = Field(min_length=1)
    edition: Edition | None = None
    attribution: StrictStr = ""
    terminology_note: StrictStr = ""
    text_note: StrictStr = ""
    about: StrictStr = ""
    scoring_rules: ScoringRules | None = None
    score_labels: dict[StrictStr, StrictStr]
    data_sources: list[DataSource] = []
    sections: list[Section]
    bands: list[Band]
    items: list[Item]

    @property
    def min_total(self) -> int:
        """The lowest possible total (every item scored 1)."""
        return len(self.items) * SCORES[0]

    @property
    def max_total(self) -> int:
        """The highest possible total (every item scored 5)."""
        return len(self.items) * SCORES[-1]

    def item(self, item_id: str) -> Item:
        """The item with ``item_id``; ``KeyError`` if there is none."""
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def section(self, section_id: str) -> Section:
        """The section with ``section_id``; ``KeyError`` if there is none."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def items_in(self, section_id: str) -> tuple[Item, ...]:
        """The items of one section, in order."""
        return tuple(it for it in self.items if it.section == section_id)

    def band_for(self, total: int) -> Band:
        """The band a complete total falls in."""
        for b in self.bands:
            if b.min <= total <= b.max:
                return b
        raise ValueError(f"total {total} is outside {self.min_total}-{self.max_total}")


def item_sort_key(scale: Scale, item_id: str) -> tuple[int, int]:
    """Order of an item in the scale (section order, then number)."""
    item = scale.item(item_id)
    section_index = [s.id for s in scale.sections].index(item.section)
    return (section_index, item.number)


def is_slug(text: str) -> bool:
    """Whether ``text`` is a lower-case slug as used for ids."""
    return re.match(SLUG, text) is not None
