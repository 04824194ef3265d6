"""Typed model of a scale file (see docs/scale-format.md): plain frozen dataclasses.

The annotations say what a file may hold: ``Annotated`` adds the limits (``Between``,
``Length``, ``Pattern``) that ``scale/schema.py`` checks when it builds a scale from decoded
JSON; ``__post_init__`` checks the rules that tie fields of one part together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass
from typing import Annotated, Literal

SLUG = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Between:
    """A number from ``low`` to ``high`` inclusive (``None``: no bound)."""

    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Length:
    """A text of ``low`` to ``high`` characters (``None``: no upper bound)."""

    low: int = 1
    high: int | None = None


@dataclass(frozen=True)
class Pattern:
    """A text in which the regular expression ``regex`` is found."""

    regex: str


Text = Annotated[str, Length()]
Slug = Annotated[str, Pattern(SLUG)]
Score = Annotated[int, Between(1, 5)]


@dataclass(frozen=True, kw_only=True)
class Criterion:
    """What a service shows for one score of one item."""

    score: Score
    text: Text


@dataclass(frozen=True, kw_only=True)
class Range:
    """A half-open interval ``[min, below)`` of a measured figure that maps to a score."""

    score: Score
    min: float | None = None
    below: float | None = None

    def contains(self, value: float) -> bool:
        """Whether ``value`` falls in this range."""
        above_min = self.min is None or value >= self.min
        return above_min and (self.below is None or value < self.below)


@dataclass(frozen=True, kw_only=True)
class Measure:
    """A computed figure (ratio, percentage, days) whose ranges give the score.

    ``lowest`` and ``highest`` bound the figures that can be entered (a percentage 0-100,
    a count or a number of days never below 0).
    """

    label: Text
    unit: str = ""
    lowest: float = 0.0
    highest: float | None = None
    ranges: tuple[Range, ...]

    def __post_init__(self) -> None:
        """The ranges tile the number line: no gap, no overlap."""
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

    def score_for(self, value: float) -> int:
        """The score the scale gives to a measured ``value``."""
        for r in self.ranges:
            if r.contains(value):
                return r.score
        raise ValueError(f"no range contains {value}")  # unreachable for a validated measure


@dataclass(frozen=True, kw_only=True)
class Calculator:
    """How the figure of an item is worked out from the figures a reviewer enters.

    ``caseload``: participants and full-time equivalents per specialist; ``share``: ``part``
    of ``whole`` as a percentage (``min_whole``: a smaller whole gives score 1); ``figure``: the
    figure itself; ``per-worker``: one figure (or, without a measure, one 1-5 rating) per
    specialist, averaged. ``part`` and ``whole`` name the two counts in the report.
    """

    kind: Literal["caseload", "share", "figure", "per-worker"]
    part: str = ""
    whole: str = ""
    min_whole: Annotated[int, Between(1)] | None = None


@dataclass(frozen=True, kw_only=True)
class Edition:
    """Which text of the scale a file holds: its name and where the wording comes from."""

    name: Annotated[str, Length(1, 200), Pattern(r"\S")]
    source: Annotated[str, Length(1, 2000), Pattern(r"\S")]


@dataclass(frozen=True, kw_only=True)
class ScoringRules:
    """The scale's one scoring rule, in words: shown in the calculator and in Help."""

    fractions: Text
    tie_break: Text
    per_worker: Text
    limits: Text


@dataclass(frozen=True, kw_only=True)
class DataSource:
    """A data-source code (MIS, DOC, INT, OBS) and its label."""

    code: Annotated[str, Pattern(r"^[A-Z]{2,8}$")]
    label: Text


@dataclass(frozen=True, kw_only=True)
class Section:
    """A section of the scale (staffing, organisation, services)."""

    id: Slug
    title: Text


@dataclass(frozen=True, kw_only=True)
class Band:
    """A named band of total scores, ``min`` and ``max`` inclusive."""

    id: Slug
    min: int
    max: int
    label: Text
    description: str = ""

    def __post_init__(self) -> None:
        """A band runs upwards."""
        if self.min > self.max:
            raise ValueError(f"band min {self.min} is above its max {self.max}")


@dataclass(frozen=True, kw_only=True)
class Item:
    """One item of the scale with its five score criteria."""

    id: Slug
    section: str
    number: Annotated[int, Between(1)]
    title: Text
    short_title: Annotated[str, Length(1, 40)]
    looks_for: Text
    scoring: Literal["numeric", "checklist", "descriptive"]
    criteria: tuple[Criterion, ...]
    measure: Measure | None = None
    calculator: Calculator | None = None
    checklist: tuple[str, ...] = ()
    data_sources: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    verification: Literal["verified", "recalled"]
    source_note: str = ""

    def __post_init__(self) -> None:
        """Each score 1-5 has one criterion; the id is ``<section>-<number>``."""
        scores = sorted(c.score for c in self.criteria)
        if scores != list(SCORES):
            raise ValueError(
                "criteria must give each score 1-5 exactly once, found "
                + (str(scores or "none") if len(scores) <= 10 else f"{len(scores)} criteria")
            )
        if self.id != f"{self.section}-{self.number}":
            raise ValueError(f"id must be '{self.section}-{self.number}' (section-number)")

    def criterion(self, score: int) -> str:
        """The criterion text for ``score``."""
        return next(c.text for c in self.criteria if c.score == score)


@dataclass(frozen=True, kw_only=True)
class Scale:
    """A whole scale in one language (one edition of its text).

    ``text_note`` is the one short line shown with each item's criteria; ``about`` the
    details for Help → About the scale.
    """

    format: Literal["fidelity-app/scale"]
    format_version: Literal[1]
    id: Slug
    version: Text
    language: Annotated[str, Pattern(r"^[a-z]{2}$")]
    name: Text
    short_name: Text
    edition: Edition | None = None
    attribution: str = ""
    terminology_note: str = ""
    text_note: str = ""
    about: str = ""
    scoring_rules: ScoringRules | None = None
    score_labels: dict[str, str]
    data_sources: tuple[DataSource, ...] = ()
    sections: tuple[Section, ...]
    bands: tuple[Band, ...]
    items: tuple[Item, ...]

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


def as_data(part: object, *, drop_none: bool = False) -> object:
    """A scale (or any part of it) as plain JSON data, keys in the file's order.

    ``drop_none`` leaves out the optional parts a scale does not have, as a file written by
    hand would. The result of a scale is the content its SHA-256 is taken of.
    """
    if is_dataclass(part) and not isinstance(part, type):
        data = {f.name: as_data(getattr(part, f.name), drop_none=drop_none) for f in fields(part)}
        return {k: v for k, v in data.items() if v is not None} if drop_none else data
    if isinstance(part, tuple | list):
        return [as_data(v, drop_none=drop_none) for v in part]
    if isinstance(part, dict):
        return {k: as_data(v, drop_none=drop_none) for k, v in part.items()}
    return part
