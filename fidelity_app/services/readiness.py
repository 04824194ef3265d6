"""The gates of a review with several reviewers: ready for the consensus, ready to finalise.

Plain records for an interface to show (who has not finished scoring, which items still
lack an agreed score); the rules live here and in the services that apply them:
``RatingService.consensus_readiness`` and ``ReviewService.finalise_readiness``, the latter
being the same rule ``ReviewService.finalise`` enforces.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import ItemNotes, ReviewerProgress, ReviewSummary

if TYPE_CHECKING:
    from fidelity_app.services.ratings import Comparison


@dataclass(frozen=True)
class ConsensusReadiness:
    """Whether the reviewers can meet to agree: everyone has scored every item on their own.

    Until then the comparison, which shows every reviewer's scores, stays behind a gate that
    lists ``unfinished``; it can still be opened on purpose.
    """

    status: str
    reviewers: tuple[ReviewerProgress, ...]

    @property
    def unfinished(self) -> tuple[ReviewerProgress, ...]:
        """The reviewers who have not scored every item yet, in the review's order."""
        return tuple(r for r in self.reviewers if not r.complete)

    @property
    def has_reviewers_to_compare(self) -> bool:
        """Whether the review has two or more reviewers (else there is nothing to compare)."""
        return len(self.reviewers) >= 2

    @property
    def ready(self) -> bool:
        """Whether two or more reviewers have each scored every item."""
        return self.has_reviewers_to_compare and not self.unfinished

    @property
    def gated(self) -> bool:
        """Whether the comparison should wait behind the gate: a draft with two or more
        reviewers of whom someone has not finished (a final review is shown as it is)."""
        return self.status != "final" and self.has_reviewers_to_compare and bool(self.unfinished)


@dataclass(frozen=True)
class FinaliseReadiness:
    """Whether a review can be finalised: a draft with an agreed score for every item.

    ``unscored`` are the items without an agreed score, ``needs_info`` those flagged as
    needing more information, both in the scale's order. Flagged items are open questions:
    ``finalise`` refuses them (``OpenQuestionsError``) unless the user chose to finalise
    anyway (``clear_flags=True``), so an interface asks about them before finalising.
    """

    status: str
    unscored: tuple[str, ...]
    needs_info: tuple[str, ...] = ()

    @property
    def is_final(self) -> bool:
        """Whether the review is final already."""
        return self.status == "final"

    @property
    def ready(self) -> bool:
        """Whether every item is scored, so that ``finalise`` accepts the review now or after
        the open questions (``needs_info``) are answered or cleared on purpose."""
        return not self.is_final and not self.unscored


def consensus_readiness(comparison: Comparison) -> ConsensusReadiness:
    """The consensus gate of a comparison the caller already has (no database read)."""
    items = len(comparison.rows)
    return ConsensusReadiness(
        status=comparison.status,
        reviewers=tuple(
            ReviewerProgress(name, sum(1 for row in comparison.rows
                                       if row.ratings[index].score is not None), items)
            for index, name in enumerate(comparison.reviewers)
        ),
    )


def finalise_readiness(
    summary: ReviewSummary, notes: Mapping[str, ItemNotes], scale: Scale
) -> FinaliseReadiness:
    """The finalise gate of a review: ``summary`` scored with ``scale``, ``notes`` its items."""
    return FinaliseReadiness(
        status=summary.status,
        unscored=summary.score.missing,
        needs_info=tuple(it.id for it in scale.items
                         if it.id in notes and notes[it.id].needs_info),
    )
