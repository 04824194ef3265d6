"""Two or more reviewers: each one's own scores, blind rating, comparison, consensus, agreement.

Every reviewer of a review scores the items under their own name (``set_rating``). While a
reviewer works, the other reviewers' scores and notes for the items this reviewer has not
scored yet stay hidden (``ratings_for``), unless revealed on purpose. The comparison
(``compare``) shows everything side by side for the consensus meeting; the agreed score is
entered there with its rationale (``set_consensus``). A review is finalised with
``ReviewService.finalise``, which requires an agreed score for every item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from fidelity_app.exchange.identity import reviewer_key, tidy_name
from fidelity_app.scale.agreement import Agreement, agreement, pooled_agreement
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import ItemNotes, RatingInfo
from fidelity_app.services.dto import ReviewerProgress as ReviewerProgress  # re-exported
from fidelity_app.services.errors import (
    InvalidInputError,
    NotFoundError,
)
from fidelity_app.services.feedback import rating_agreement
from fidelity_app.services.readiness import ConsensusReadiness
from fidelity_app.services.reviews import (
    UNCHECKED,
    ReviewService,
    Unchecked,
    check_expected,
    check_review_size,
    check_text,
    check_user_score,
    find_reviewer,
    item_notes,
)
from fidelity_app.services.transactions import check_editable, write_transaction
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import ItemAssessment, Rating, Review, Reviewer, now

EQUAL = "equal"
ONE_APART = "one-apart"
TWO_OR_MORE = "two-or-more"
INCOMPLETE = "incomplete"
DIFFERENCES = (EQUAL, ONE_APART, TWO_OR_MORE, INCOMPLETE)
"""How far apart the reviewers' scores of an item are; ``incomplete`` until all scored."""

_DISAGREEMENT_ORDER = {TWO_OR_MORE: 0, ONE_APART: 1, INCOMPLETE: 2, EQUAL: 3}


@dataclass(frozen=True)
class VisibleRating:
    """Another reviewer's rating as the viewer may see it.

    ``hidden`` means the reviewer has rated the item but the viewer has not scored it yet:
    score and note are then withheld (``None`` and ``""``).
    """

    reviewer: str
    item_id: str
    score: int | None
    note: str = ""
    hidden: bool = False


@dataclass(frozen=True)
class RatingsView:
    """What one reviewer sees while scoring: their own ratings and, blind, the others'."""

    review_uuid: str
    viewer: str | None
    revealed: bool
    reviewers: tuple[ReviewerProgress, ...]
    own: dict[str, RatingInfo]
    others: dict[str, tuple[VisibleRating, ...]]

    def own_score(self, item_id: str) -> int | None:
        """The viewer's own score of an item."""
        mine = self.own.get(item_id)
        return mine.score if mine else None

    def own_note(self, item_id: str) -> str:
        """The viewer's own note on an item."""
        mine = self.own.get(item_id)
        return mine.note if mine else ""

    def others_for(self, item_id: str) -> tuple[VisibleRating, ...]:
        """The other reviewers' ratings of an item (only those who rated it)."""
        return self.others.get(item_id, ())

    def is_hidden(self, item_id: str) -> bool:
        """Whether something about this item is withheld from the viewer."""
        return any(r.hidden for r in self.others_for(item_id))

    @property
    def hidden_count(self) -> int:
        """How many items have ratings withheld from the viewer."""
        return sum(1 for item_id in self.others if self.is_hidden(item_id))


@dataclass(frozen=True)
class ComparisonRow:
    """One item in the comparison: each reviewer's rating, the difference, the agreed score.

    ``ratings`` has one entry per reviewer, in the review's reviewer order (score ``None``
    when not rated). ``proposed`` is the score all reviewers gave when they agree: a
    suggestion for the agreed score, never stored by itself.
    """

    item_id: str
    section_id: str
    number: int
    title: str
    ratings: tuple[RatingInfo, ...]
    difference: str
    spread: int | None
    agreed: int | None
    rationale: str = ""
    proposed: int | None = None

    @property
    def needs_consensus(self) -> bool:
        """Whether the agreed score is still missing."""
        return self.agreed is None

    def rating(self, reviewer: str) -> RatingInfo:
        """One reviewer's rating of this item."""
        for r in self.ratings:
            if r.reviewer == reviewer:
                return r
        raise KeyError(reviewer)


@dataclass(frozen=True)
class Comparison:
    """Every item of a review with each reviewer's rating side by side, and the agreement."""

    review_uuid: str
    status: str
    reviewers: tuple[str, ...]
    rows: tuple[ComparisonRow, ...]
    agreement: Agreement
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def missing_consensus(self) -> tuple[str, ...]:
        """Items without an agreed score yet."""
        return tuple(r.item_id for r in self.rows if r.agreed is None)

    @property
    def can_finalise(self) -> bool:
        """Whether every item has an agreed score (the rule ``finalise`` enforces)."""
        return self.status == "draft" and not self.missing_consensus

    def by_disagreement(self) -> tuple[ComparisonRow, ...]:
        """Rows with the largest disagreement first, then one apart, incomplete, equal."""
        return tuple(sorted(
            self.rows,
            key=lambda r: (_DISAGREEMENT_ORDER[r.difference], -(r.spread or 0)),
        ))

    def only(self, *differences: str) -> tuple[ComparisonRow, ...]:
        """Rows whose difference is one of ``differences`` (scale order)."""
        unknown = set(differences) - set(DIFFERENCES)
        if unknown:
            raise ValueError(f"unknown difference(s): {sorted(unknown)}")
        return tuple(r for r in self.rows if r.difference in differences)


def difference_of(scores: Sequence[int | None]) -> tuple[str, int | None]:
    """The difference class and the spread (highest minus lowest) of an item's scores."""
    if len(scores) < 2 or any(s is None for s in scores):
        return INCOMPLETE, None
    given = [s for s in scores if s is not None]
    spread = max(given) - min(given)
    return (EQUAL if spread == 0 else ONE_APART if spread == 1 else TWO_OR_MORE), spread


def _scores_by_reviewer(review: Review) -> dict[str, dict[str, int | None]]:
    return {r.name: {x.item_id: x.score for x in r.ratings} for r in review.reviewers}


class RatingService:
    """Each reviewer's own ratings, the blind rule, comparison, consensus and agreement."""

    def __init__(
        self, sessions: sessionmaker[Session], scales: ScaleCatalogue, reviews: ReviewService
    ) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self._scales = scales
        self._reviews = reviews

    # -- plumbing ---------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Session]:
        return write_transaction(self._sessions)

    def _load(self, s: Session, review_uuid: str) -> Review:
        review = s.scalar(
            select(Review)
            .where(Review.uuid == review_uuid)
            .options(
                selectinload(Review.reviewers).selectinload(Reviewer.ratings),
                selectinload(Review.assessments),
            )
        )
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        return review

    def _editable(self, s: Session, review_uuid: str) -> Review:
        return check_editable(self._load(s, review_uuid))

    def _scale(self, review: Review) -> Scale:
        return self._reviews.scale_for(review.scale_id, review.language)

    def _check_item(self, review: Review, item_id: str) -> None:
        scale = self._scale(review)
        try:
            scale.item(item_id)
        except KeyError:
            raise NotFoundError("item_not_in_scale", scale=scale.id, item=item_id) from None

    @staticmethod
    def _reviewer(review: Review, name: str) -> Reviewer:
        return find_reviewer(review, name)

    def _progress(self, review: Review) -> tuple[ReviewerProgress, ...]:
        scale = self._scale(review)
        known = {it.id for it in scale.items}
        return tuple(
            ReviewerProgress(
                name=r.name,
                scored=sum(1 for x in r.ratings if x.score is not None and x.item_id in known),
                items=len(scale.items),
            )
            for r in review.reviewers
        )

    # -- reviewers --------------------------------------------------------------------------

    def reviewers(self, review_uuid: str) -> tuple[ReviewerProgress, ...]:
        """The reviewers of a review, in order, with how many items each has scored."""
        with self._reads() as s:
            return self._progress(self._load(s, review_uuid))

    def consensus_readiness(self, review_uuid: str) -> ConsensusReadiness:
        """Whether every reviewer has scored every item, and who has not (the consensus gate)."""
        with self._reads() as s:
            review = self._load(s, review_uuid)
            return ConsensusReadiness(review.status, self._progress(review))

    def reviewer_names(self) -> list[str]:
        """Every reviewer in the database by name, each once (case and spacing folded: the
        first spelling in name order), sorted (for choosing a pair to compare)."""
        with self._reads() as s:
            names = sorted(set(s.scalars(select(Reviewer.name))))
        first: dict[str, str] = {}
        for name in names:
            first.setdefault(reviewer_key(name), name)
        return sorted(first.values(), key=str.lower)

    # -- one reviewer's ratings -------------------------------------------------------------

    def set_rating(
        self,
        review_uuid: str,
        reviewer: str,
        item_id: str,
        score: int | None,
        note: str | None = None,
        *,
        expected: int | None | Unchecked = UNCHECKED,
    ) -> RatingInfo:
        """Set (or clear, with ``None``) a reviewer's own score of an item, and its note.

        ``note=None`` leaves the note as it is. A rating with neither score nor note is
        removed. Committed on return. ``expected`` is the score the user saw (``None``: not
        scored); when given and another window stored a different one, ``EditConflictError``.
        """
        check_user_score(score)
        if note is not None:
            check_text(note)
        with self._write() as s:
            review = self._editable(s, review_uuid)
            self._check_item(review, item_id)
            person = self._reviewer(review, reviewer)
            row = next((x for x in person.ratings if x.item_id == item_id), None)
            check_expected(item_id, "score", None if row is None else row.score, expected, score,
                           self._scale(review))
            if row is None:
                row = Rating(item_id=item_id, note="")
                person.ratings.append(row)
            row.score = score
            if note is not None:
                row.note = note
            result = RatingInfo(person.name, item_id, row.score, row.note)
            if row.score is None and not row.note:
                person.ratings.remove(row)
            if note is not None:
                check_review_size(review)
            review.updated_at = now()
            return result

    def set_rating_note(
        self,
        review_uuid: str,
        reviewer: str,
        item_id: str,
        note: str,
        *,
        expected: str | None = None,
    ) -> RatingInfo:
        """Set a reviewer's own note of an item, leaving their score as stored.

        ``expected`` is the note the user started from; when given and the stored note
        differs, ``EditConflictError`` is raised and nothing is saved.
        """
        check_text(note)
        with self._write() as s:
            review = self._editable(s, review_uuid)
            self._check_item(review, item_id)
            person = self._reviewer(review, reviewer)
            row = next((x for x in person.ratings if x.item_id == item_id), None)
            if expected is not None:
                stored = "" if row is None else row.note or ""
                check_expected(item_id, "reviewer", stored, expected, note, self._scale(review))
            if row is None:
                row = Rating(item_id=item_id, score=None, note="")
                person.ratings.append(row)
            row.note = note
            result = RatingInfo(person.name, item_id, row.score, row.note)
            if row.score is None and not row.note:
                person.ratings.remove(row)
            check_review_size(review)
            review.updated_at = now()
            return result

    def clear_rating(self, review_uuid: str, reviewer: str, item_id: str) -> None:
        """Remove a reviewer's score and note of an item."""
        self.set_rating(review_uuid, reviewer, item_id, None, "")

    def clear_ratings(self, review_uuid: str, reviewer: str) -> int:
        """Remove all of one reviewer's ratings in a review; returns how many were removed.

        This is how a person resolves an import conflict in favour of the file: clear the
        reviewer's ratings here, then import the file again.
        """
        with self._write() as s:
            review = self._editable(s, review_uuid)
            person = self._reviewer(review, reviewer)
            count = len(person.ratings)
            person.ratings.clear()
            if count:
                review.updated_at = now()
            return count

    def ratings_for(
        self, review_uuid: str, viewer: str | None, reveal: bool = False
    ) -> RatingsView:
        """The ratings ``viewer`` may see while scoring (blind rule).

        Other reviewers' scores and notes of an item stay hidden until the viewer has scored
        that item, unless ``reveal`` is true. ``viewer=None`` (someone who is not rating)
        sees every other rating hidden unless ``reveal``.
        """
        with self._reads() as s:
            review = self._load(s, review_uuid)
            me = self._reviewer(review, viewer) if viewer is not None else None
            own = {x.item_id: RatingInfo(me.name, x.item_id, x.score, x.note)
                   for x in me.ratings} if me is not None else {}
            others: dict[str, list[VisibleRating]] = {}
            for person in review.reviewers:
                if person is me:
                    continue
                for x in person.ratings:
                    mine = own.get(x.item_id)
                    hidden = not reveal and (mine is None or mine.score is None)
                    others.setdefault(x.item_id, []).append(
                        VisibleRating(person.name, x.item_id, None, "", True) if hidden
                        else VisibleRating(person.name, x.item_id, x.score, x.note, False)
                    )
            return RatingsView(
                review_uuid=review.uuid,
                viewer=me.name if me is not None else None,
                revealed=reveal,
                reviewers=self._progress(review),
                own=own,
                others={k: tuple(v) for k, v in others.items()},
            )

    # -- comparison and consensus -----------------------------------------------------------

    def compare(self, review_uuid: str) -> Comparison:
        """Every item with each reviewer's rating side by side (nothing hidden), for consensus."""
        with self._reads() as s:
            review = self._load(s, review_uuid)
            scale = self._scale(review)
            names = tuple(r.name for r in review.reviewers)
            by_reviewer = {
                r.name: {x.item_id: x for x in r.ratings} for r in review.reviewers
            }
            agreed = {a.item_id: a for a in review.assessments}
            rated = [RatingInfo(r.name, x.item_id, x.score, x.note)
                     for r in review.reviewers for x in r.ratings]
            rows = []
            for item in scale.items:
                ratings = []
                for name in names:
                    x = by_reviewer[name].get(item.id)
                    ratings.append(
                        RatingInfo(name, item.id, x.score if x else None, x.note if x else "")
                    )
                difference, spread = difference_of([r.score for r in ratings])
                a = agreed.get(item.id)
                rows.append(ComparisonRow(
                    item_id=item.id,
                    section_id=item.section,
                    number=item.number,
                    title=item.title,
                    ratings=tuple(ratings),
                    difference=difference,
                    spread=spread,
                    agreed=a.score if a else None,
                    rationale=a.rationale if a else "",
                    proposed=ratings[0].score if difference == EQUAL else None,
                ))
            counts = {d: sum(1 for r in rows if r.difference == d) for d in DIFFERENCES}
            return Comparison(
                review_uuid=review.uuid,
                status=review.status,
                reviewers=names,
                rows=tuple(rows),
                agreement=rating_agreement(names, rated),
                counts=counts,
            )

    def set_consensus(
        self,
        review_uuid: str,
        item_id: str,
        score: int | None,
        rationale: str | None = None,
        *,
        expected_score: int | None | Unchecked = UNCHECKED,
        expected_rationale: str | None = None,
    ) -> ItemNotes:
        """Set the agreed score of an item and its rationale in one step.

        ``score=None`` clears the agreed score; ``rationale=None`` leaves the rationale as it
        is. The agreed score is the one ``ReviewService`` totals and finalises. With
        ``expected_score`` / ``expected_rationale`` (what the user saw), a value changed since
        in another window or program raises ``EditConflictError`` and nothing is saved.
        """
        check_user_score(score)
        if rationale is not None:
            check_text(rationale, "what_rationale")
        with self._write() as s:
            review = self._editable(s, review_uuid)
            self._check_item(review, item_id)
            row = next((a for a in review.assessments if a.item_id == item_id), None)
            if row is None:
                row = ItemAssessment(item_id=item_id)
                review.assessments.append(row)
            check_expected(item_id, "score", row.score, expected_score, score)
            if rationale is not None and expected_rationale is not None:
                check_expected(item_id, "rationale", row.rationale or "", expected_rationale,
                               rationale)
            row.score = score
            if rationale is not None:
                row.rationale = rationale
                check_review_size(review)
            review.updated_at = now()
            s.flush()
            return item_notes(row)

    # -- agreement --------------------------------------------------------------------------

    def agreement(self, review_uuid: str, reviewers: Sequence[str] | None = None) -> Agreement:
        """Agreement in one review between ``reviewers``; by default that of the comparison
        and the report (``feedback.rating_agreement``: every reviewer who scored items)."""
        with self._reads() as s:
            review = self._load(s, review_uuid)
            if reviewers is None:
                rated = [RatingInfo(r.name, x.item_id, x.score, x.note)
                         for r in review.reviewers for x in r.ratings]
                result = rating_agreement([r.name for r in review.reviewers], rated)
                if len(result.reviewers) < 2:
                    raise InvalidInputError("agreement_needs_two_scored",
                                            count=len(result.reviewers),
                                            total=len(review.reviewers))
                return result
            names = tuple(self._reviewer(review, n).name for n in reviewers)
            if len(set(names)) != len(names):
                raise InvalidInputError("compare_once")
            if len(names) < 2:
                raise InvalidInputError("agreement_needs_two", count=len(names))
            return agreement(_scores_by_reviewer(review), names)

    def pair_agreement(
        self, first: str, second: str, review_uuids: Iterable[str] | None = None
    ) -> Agreement:
        """Agreement of two reviewers pooled over every review they both rated.

        ``review_uuids`` narrows the reviews used; ``reviews`` in the result counts the
        reviews that contributed at least one item. A reviewer is the same in every review
        under names that differ only in case or spacing (``identity.reviewer_key``).
        """
        pair = (tidy_name(first), tidy_name(second))
        if not all(pair):
            raise InvalidInputError("give_two_reviewers")
        keys = (reviewer_key(pair[0]), reviewer_key(pair[1]))
        if keys[0] == keys[1]:
            raise InvalidInputError("choose_two_reviewers")
        with self._reads() as s:
            people = s.execute(select(Reviewer.review_id, Reviewer.name)).all()
            found: dict[str, set[int]] = {key: set() for key in keys}
            for review_id, name in people:
                found.get(reviewer_key(name), set()).add(review_id)
            missing = [name for name, key in zip(pair, keys, strict=True) if not found[key]]
            if missing:
                raise NotFoundError(
                    "no_reviewer_called", names=" / ".join(repr(n) for n in missing)
                )
            query = (
                select(Review)
                .where(Review.id.in_(found[keys[0]] & found[keys[1]]))
                .options(selectinload(Review.reviewers).selectinload(Reviewer.ratings))
                .order_by(Review.start_date, Review.id)
            )
            if review_uuids is not None:
                query = query.where(Review.uuid.in_(list(review_uuids)))
            named = {keys[0]: pair[0], keys[1]: pair[1]}
            reviews = [
                {named.get(reviewer_key(name), name): scores
                 for name, scores in _scores_by_reviewer(r).items()}
                for r in s.scalars(query)
            ]
        return pooled_agreement(reviews, pair)
