"""Everything the feedback report needs about one review, gathered in one frozen record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from fidelity_app.scale.model import Scale
from fidelity_app.scale.scoring import ScoreResult, score_review
from fidelity_app.services.dto import ReviewDetail
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.reviews import ReviewFilter, ReviewService


class _HasReviews(Protocol):
    reviews: ReviewService


@dataclass(frozen=True)
class PreviousReview:
    """The previous final review of the same service and scale, scored with the report's scale."""

    detail: ReviewDetail
    score: ScoreResult

    @property
    def scores(self) -> dict[str, int]:
        """Its agreed item scores."""
        return self.detail.scores()


@dataclass(frozen=True)
class ReportData:
    """What the report layout needs: the review, its scale in the report's language, scores."""

    review: ReviewDetail
    scale: Scale
    score: ScoreResult
    language: str
    previous: PreviousReview | None = None
    generated_on: date | None = None

    @property
    def is_draft(self) -> bool:
        """Whether the review is still a draft (the report is watermarked)."""
        return self.review.summary.status != "final"

    @property
    def scores(self) -> dict[str, int]:
        """The agreed item scores entered so far."""
        return self.review.scores()


class ReportService:
    """Assembles :class:`ReportData` from the review service (read-only, short sessions)."""

    def __init__(self, reviews: ReviewService) -> None:
        self._reviews = reviews

    def report_data(
        self, review_uuid: str, lang: str | None = None, generated_on: date | None = None
    ) -> ReportData:
        """The data of the report on one review, in ``lang`` (default: the review's language)."""
        detail = self._reviews.get_review(review_uuid)
        summary = detail.summary
        language = (lang or summary.language).strip().lower()
        if language not in self._reviews.scales.languages(summary.scale_id):
            available = ", ".join(self._reviews.scales.languages(summary.scale_id))
            raise InvalidInputError(
                f"The scale '{summary.scale_id}' is not available in '{language}' "
                f"(available: {available})."
            )
        scale = self._reviews.scale_for(summary.scale_id, language)
        return ReportData(
            review=detail,
            scale=scale,
            score=score_review(scale, detail.scores()),
            language=language,
            previous=self._previous(detail, scale),
            generated_on=generated_on or date.today(),
        )

    def _previous(self, detail: ReviewDetail, scale: Scale) -> PreviousReview | None:
        """The latest final review of the same service and scale that started earlier."""
        summary = detail.summary
        candidates = [
            r
            for r in self._reviews.list_reviews(
                ReviewFilter(service_uuid=summary.service_uuid, status="final")
            )
            if r.uuid != summary.uuid
            and r.scale_id == summary.scale_id
            and r.start_date < summary.start_date
        ]
        if not candidates:
            return None
        latest = max(candidates, key=lambda r: r.start_date)
        previous = self._reviews.get_review(latest.uuid)
        return PreviousReview(previous, score_review(scale, previous.scores()))


def report_data(
    source: _HasReviews | ReviewService,
    review_uuid: str,
    lang: str | None = None,
    generated_on: date | None = None,
) -> ReportData:
    """The report data of a review; ``source`` is the ``App`` or its ``ReviewService``."""
    reviews = source if isinstance(source, ReviewService) else source.reviews
    return ReportService(reviews).report_data(review_uuid, lang, generated_on)
