"""Scoring: section subtotals, total, band and completeness. Pure functions, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fidelity_app.scale.model import SCORES, Band, Scale


class ScoreError(ValueError):
    """A score that the scale does not allow."""


@dataclass(frozen=True)
class SectionScore:
    """The subtotal of one section."""

    section_id: str
    title: str
    subtotal: int
    max: int
    scored: int
    items: int

    @property
    def complete(self) -> bool:
        """Whether every item of the section is scored."""
        return self.scored == self.items


@dataclass(frozen=True)
class ScoreResult:
    """The score of a review.

    ``total`` is the sum of the scored items. While any item is unscored the result is
    partial: ``band`` is ``None`` and ``total`` must be shown as partial.
    """

    total: int
    max: int
    min: int
    sections: tuple[SectionScore, ...]
    missing: tuple[str, ...]
    band: Band | None
    scored: int
    items: int

    @property
    def complete(self) -> bool:
        """Whether every item is scored (the total and band are final)."""
        return not self.missing

    @property
    def partial(self) -> bool:
        """Whether some items are unscored."""
        return bool(self.missing)

    def as_json(self) -> dict[str, object]:
        """A plain dictionary for machine-readable output."""
        return {
            "total": self.total,
            "max": self.max,
            "partial": self.partial,
            "complete": self.complete,
            "band": self.band.id if self.band else None,
            "band_label": self.band.label if self.band else None,
            "scored": self.scored,
            "items": self.items,
            "sections": {s.section_id: s.subtotal for s in self.sections},
            "section_max": {s.section_id: s.max for s in self.sections},
            "missing": list(self.missing),
        }


def check_score(score: object) -> int:
    """Return ``score`` if it is an allowed item score (an integer 1-5), else raise."""
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        raise ScoreError(f"a score must be a whole number from 1 to 5, not {score!r}")
    return score


@dataclass(frozen=True)
class _Plan:
    """What scoring needs to know about a scale, worked out once per scale object."""

    ids: frozenset[str]
    order: tuple[str, ...]
    sections: tuple[tuple[str, str, tuple[str, ...]], ...]  # id, title, item ids


_ALLOWED = frozenset(SCORES)
_PLANS: dict[int, tuple[Scale, _Plan]] = {}
_PLAN_LIMIT = 64


def _plan(scale: Scale) -> _Plan:
    """The plan of ``scale`` (scales are loaded once and never changed, so it is kept)."""
    entry = _PLANS.get(id(scale))
    if entry is not None and entry[0] is scale:
        return entry[1]
    plan = _Plan(
        ids=frozenset(it.id for it in scale.items),
        order=tuple(it.id for it in scale.items),
        sections=tuple((s.id, s.title, tuple(it.id for it in scale.items_in(s.id)))
                       for s in scale.sections),
    )
    if len(_PLANS) >= _PLAN_LIMIT:
        _PLANS.pop(next(iter(_PLANS)))
    _PLANS[id(scale)] = (scale, plan)
    return plan


def score_review(scale: Scale, scores: Mapping[str, int | None]) -> ScoreResult:
    """Score a review: ``scores`` maps item ids to 1-5 (absent or ``None`` = unscored)."""
    plan = _plan(scale)
    unknown = sorted(k for k in scores if k not in plan.ids)
    if unknown:
        raise ScoreError(f"unknown item id(s) for scale '{scale.id}': {', '.join(unknown)}")
    given = {k: v for k, v in scores.items() if v is not None}
    for value in given.values():
        if type(value) is not int or value not in _ALLOWED:  # the common case, checked fast
            check_score(value)
    sections = []
    for section_id, title, items in plan.sections:
        values = [given[i] for i in items if i in given]
        sections.append(
            SectionScore(
                section_id=section_id,
                title=title,
                subtotal=sum(values),
                max=len(items) * SCORES[-1],
                scored=len(values),
                items=len(items),
            )
        )
    missing = tuple(i for i in plan.order if i not in given)
    total = sum(given.values())
    return ScoreResult(
        total=total,
        max=scale.max_total,
        min=scale.min_total,
        sections=tuple(sections),
        missing=missing,
        band=None if missing else scale.band_for(total),
        scored=len(given),
        items=len(plan.order),
    )


def score_stored(scale: Scale, scores: Mapping[str, int | None]) -> ScoreResult:
    """Score what a database holds: ids the scale does not know are left out, not an error.

    A stored review can carry an item that a later edition of its scale file renamed or
    dropped; it must still list, open and report, scored on the items the scale has.
    """
    plan = _plan(scale)
    return score_review(scale, {k: v for k, v in scores.items() if k in plan.ids})

