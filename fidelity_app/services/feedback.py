"""What the comparison and the feedback report both show of a review: how far the reviewers
agreed, and which items are its strengths and its areas for development.

One function each, so the comparison tab and the report can never show different figures:

- ``rating_agreement``: the agreement of the reviewers who scored items on their own (at
  least one), in the review's order, over the items every one of them scored. A reviewer
  who has scored nothing yet does not pull the figures to "no item compared".
- ``strengths_and_development``: the strengths are the items with an agreed score of 5, then
  those of 4 (each group in the scale's order); the areas for development are the items
  scored 3 or lower, lowest first, ties in the scale's order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from fidelity_app.scale.agreement import Agreement, agreement
from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import RatingInfo, ReviewDetail

STRENGTH_SCORES = (5, 4)
"""Agreed scores that make an item a strength, in the order they are listed."""
DEVELOPMENT_MAX = 3
"""The highest agreed score that makes an item an area for development."""


@dataclass(frozen=True)
class ReviewFeedback:
    """The agreement and the chosen items of one review, as the comparison and report show them.

    ``strengths`` and ``development`` are item ids in the order they are listed.
    """

    agreement: Agreement
    strengths: tuple[str, ...]
    development: tuple[str, ...]

    @property
    def has_agreement(self) -> bool:
        """Whether two or more reviewers scored items on their own (else no figures)."""
        return len(self.agreement.reviewers) >= 2


def rating_agreement(reviewers: Sequence[str], ratings: Iterable[RatingInfo]) -> Agreement:
    """The agreement of ``reviewers`` (the review's, in order) who scored at least one item."""
    scores: dict[str, dict[str, int | None]] = {}
    for rating in ratings:
        if rating.score is not None:
            scores.setdefault(rating.reviewer, {})[rating.item_id] = rating.score
    return agreement(scores, [name for name in reviewers if name in scores])


def strengths_and_development(
    scale: Scale, scores: Mapping[str, int]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ids of the strengths and of the areas for development among the agreed ``scores``."""
    strengths = tuple(it.id for top in STRENGTH_SCORES for it in scale.items
                      if scores.get(it.id) == top)
    low = [it for it in scale.items if it.id in scores and scores[it.id] <= DEVELOPMENT_MAX]
    development = tuple(it.id for it in sorted(low, key=lambda it: scores[it.id]))
    return strengths, development


def review_feedback(detail: ReviewDetail, scale: Scale) -> ReviewFeedback:
    """The agreement and the strengths and areas for development of a review (``scale``: the
    review's scale, in the language they are shown in)."""
    strengths, development = strengths_and_development(scale, detail.scores())
    return ReviewFeedback(
        agreement=rating_agreement(detail.summary.reviewers, detail.ratings),
        strengths=strengths,
        development=development,
    )
