"""Calculator figures of a review's items: keep them, propose a score, confirm or override.

Entering figures never changes a score: the proposal waits until the reviewers confirm it
(``confirm_proposal``) or set another score with ``ReviewService.set_score``, which then
overrides it (``ItemCalculation.overrides``) and is shown so in the report.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.scale.calculators import Proposal, inputs_json
from fidelity_app.services.dto import ItemCalculation, ItemNotes
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.services.item_inputs import check_inputs
from fidelity_app.services.reviews import UNCHECKED, ReviewService, Unchecked
from fidelity_app.services.transactions import check_editable, write_transaction
from fidelity_app.storage.models import ItemInputs, Review, now


class CalculationService:
    """Calculator figures of reviews (the agreed items, not each reviewer's own)."""

    def __init__(self, sessions: sessionmaker[Session], reviews: ReviewService) -> None:
        self._sessions = sessions
        self._reviews = reviews

    def preview(self, review_uuid: str, item_id: str, inputs: object) -> Proposal:
        """The score ``inputs`` would propose, without storing anything (for live display)."""
        summary = self._reviews.get_review(review_uuid).summary
        scale = self._reviews.scale_for(summary.scale_id, summary.language)
        return check_inputs(scale, item_id, inputs)[1]

    def set_inputs(self, review_uuid: str, item_id: str, inputs: object) -> ItemCalculation:
        """Keep the figures of an item and their proposal; the agreed score is not touched."""
        with write_transaction(self._sessions) as s:
            review = self._editable(s, review_uuid)
            scale = self._reviews.scale_for(review.scale_id, review.language)
            parsed, proposal = check_inputs(scale, item_id, inputs)
            row = self._row(s, review, item_id)
            if row is None:
                row = ItemInputs(item_id=item_id)
                review.inputs.append(row)
            row.inputs = inputs_json(parsed)
            row.proposed_score = proposal.score
            review.updated_at = now()
            s.flush()
            score = next((a.score for a in review.assessments if a.item_id == item_id), None)
            return ItemCalculation(item_id, parsed, proposal, score)

    def clear_inputs(self, review_uuid: str, item_id: str) -> None:
        """Remove the figures of an item (its agreed score stays)."""
        with write_transaction(self._sessions) as s:
            review = self._editable(s, review_uuid)
            row = self._row(s, review, item_id)
            if row is not None:
                review.inputs.remove(row)
                review.updated_at = now()

    def calculation(self, review_uuid: str, item_id: str) -> ItemCalculation | None:
        """The figures of one item, if any were entered."""
        return self._reviews.get_review(review_uuid).calculations.get(item_id)

    def confirm_proposal(self, review_uuid: str, item_id: str, *,
                         expected: int | None | Unchecked = UNCHECKED) -> ItemNotes:
        """Make the proposed score the agreed score (``expected``: the score the user saw)."""
        calculation = self.calculation(review_uuid, item_id)
        if calculation is None:
            raise InvalidInputError("no_figures", item=item_id)
        return self._reviews.set_score(review_uuid, item_id, calculation.proposed_score,
                                       expected=expected)

    @staticmethod
    def _editable(s: Session, review_uuid: str) -> Review:
        review = s.scalar(select(Review).where(Review.uuid == review_uuid))
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        return check_editable(review)

    @staticmethod
    def _row(s: Session, review: Review, item_id: str) -> ItemInputs | None:
        return s.scalar(select(ItemInputs).where(ItemInputs.review_id == review.id,
                                                 ItemInputs.item_id == item_id))
