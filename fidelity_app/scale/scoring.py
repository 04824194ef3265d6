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


def score_review(scale: Scale, scores: Mapping[str, int | None]) -> ScoreResult:
    """Score a review: ``scores`` maps item ids to 1-5 (absent or ``None`` = unscored)."""
    unknown = sorted(set(scores) - {it.id for it in scale.items})
    if unknown:
        raise ScoreError(f"unknown item id(s) for scale '{scale.id}': {', '.join(unknown)}")
    given = {k: check_score(v) for k, v in scores.items() if v is not None}
    sections = []
    for section in scale.sections:
        items = scale.items_in(section.id)
        values = [given[it.id] for it in items if it.id in given]
        sections.append(
            SectionScore(
                section_id=section.id,
                title=section.title,
                subtotal=sum(values),
                max=len(items) * SCORES[-1],
                scored=len(values),
                items=len(items),
            )
        )
    missing = tuple(it.id for it in scale.items if it.id not in given)
    total = sum(given.values())
    return ScoreResult(
        total=total,
        max=scale.max_total,
        min=scale.min_total,
        sections=tuple(sections),
        missing=missing,
        band=None if missing else scale.band_for(total),
        scored=len(given),
        items=len(scale.items),
    )
