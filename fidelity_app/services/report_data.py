"""Everything the feedback report needs about one review, gathered in one frozen record."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from fidelity_app.scale.model import Scale
from fidelity_app.scale.scoring import ScoreResult, score_stored
from fidelity_app.services.actions import ActionInfo, ActionService
from fidelity_app.services.dto import EditionUse, ReviewDetail, ReviewSummary
from fidelity_app.services.errors import InvalidInputError
from fidelity_app.services.feedback import ReviewFeedback, review_feedback
from fidelity_app.services.history import HistoryService, Trend, TrendSeries
from fidelity_app.services.reviews import ReviewFilter, ReviewService
from fidelity_app.services.visit_plan import PlanActivity, VisitPlanService

if TYPE_CHECKING:
    from fidelity_app.services.app import App


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
    """What the report layout needs: the review, its scale in the report's language, scores.

    ``trend`` (with ``trend_reviews``, its reviews in the same order) covers the service's
    final reviews of the same scale before this one, and this one; it is ``None`` when there
    is no such earlier review. ``actions`` are the actions raised by this review,
    ``earlier_actions`` those still open from earlier reviews (both in plan order).
    ``feedback`` holds the reviewers' agreement and the strengths and areas for development,
    as the comparison shows them (``services.feedback``).
    """

    review: ReviewDetail
    scale: Scale
    score: ScoreResult
    language: str
    feedback: ReviewFeedback
    previous: PreviousReview | None = None
    generated_on: date | None = None
    trend: Trend | None = None
    trend_reviews: tuple[ReviewSummary, ...] = ()
    actions: tuple[ActionInfo, ...] = ()
    earlier_actions: tuple[ActionInfo, ...] = ()
    edition: EditionUse | None = None
    """The text of the scale the report shows (the review's own in its language)."""
    comments_appendix: bool = False
    """Whether the report ends with the service's comments from the factual check."""
    activities: tuple[PlanActivity, ...] = ()
    """The visit plan's activities ticked as held (the report's method section)."""

    @property
    def is_draft(self) -> bool:
        """Whether the review is still a draft (the report is watermarked)."""
        return self.review.summary.status != "final"

    @property
    def scores(self) -> dict[str, int]:
        """The agreed item scores entered so far."""
        return self.review.scores()


class ReportService:
    """Assembles :class:`ReportData` from the other services (read-only, short sessions)."""

    def __init__(self, reviews: ReviewService, history: HistoryService,
                 actions: ActionService, plans: VisitPlanService) -> None:
        self._reviews = reviews
        self._history = history
        self._actions = actions
        self._plans = plans

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
                "scale_not_in_language_available",
                scale=summary.scale_id, language=language, available=available,
            )
        edition, scale = self._edition(detail, language)
        trend, trend_reviews = self._trend(summary, language)
        actions, earlier = self._plan(summary)
        return ReportData(
            review=detail,
            scale=scale,
            score=score_stored(scale, detail.scores()),
            language=language,
            feedback=review_feedback(detail, scale),
            previous=self._previous(detail, scale),
            generated_on=generated_on or date.today(),
            trend=trend,
            trend_reviews=trend_reviews,
            actions=actions,
            earlier_actions=earlier,
            edition=edition,
            activities=self._plans.held_activities(review_uuid),
        )

    def _edition(self, detail: ReviewDetail, language: str) -> tuple[EditionUse, Scale]:
        """The review's own text; in another language, that language's default text."""
        summary = detail.summary
        editions = self._reviews.editions
        if language == summary.language and detail.edition is not None:
            return editions.use(summary.scale_id, language, detail.edition.id,
                                detail.edition.sha256, detail.edition.name)
        default = editions.default_edition(summary.scale_id, language)
        return editions.use(summary.scale_id, language, default.id, default.sha256)

    def _trend(self, summary: ReviewSummary, language: str
               ) -> tuple[Trend | None, tuple[ReviewSummary, ...]]:
        """The trend up to this review over the earlier final ones; ``None`` without any."""
        history = self._history.history(summary.service_uuid, scale_id=summary.scale_id,
                                        language=language)
        ordered = [r for r in history.reviews if r.scale_id == summary.scale_id]
        position = next(i for i, r in enumerate(ordered) if r.uuid == summary.uuid)
        kept = [r for r in ordered[:position] if r.is_final] + [ordered[position]]
        if len(kept) < 2:
            return None, ()
        wanted = {r.uuid for r in kept}
        trend = history.trend

        def cut(series: TrendSeries) -> TrendSeries:
            return replace(series, points=tuple(p for p in series.points
                                                if p.review_uuid in wanted))

        return (replace(trend, total=cut(trend.total),
                        sections=tuple(cut(s) for s in trend.sections)), tuple(kept))

    def _plan(self, summary: ReviewSummary
              ) -> tuple[tuple[ActionInfo, ...], tuple[ActionInfo, ...]]:
        """This review's actions, and the open ones from earlier reviews."""
        own = self._actions.list_actions(summary.service_uuid, review_uuid=summary.uuid)
        earlier = self._history.follow_up(summary.uuid).open_actions
        return tuple(own), tuple(earlier)

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
        return PreviousReview(previous, score_stored(scale, previous.scores()))


def report_data(
    app: App, review_uuid: str, lang: str | None = None, generated_on: date | None = None
) -> ReportData:
    """The report data of a review, from the program's services (``app.reports``)."""
    return app.reports.report_data(review_uuid, lang, generated_on)
