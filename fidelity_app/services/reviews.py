"""Services, reviews, item scores and notes: create, read, edit, finalise."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.evidence import EvidenceEntry
from fidelity_app.exchange.identity import reviewer_key, tidy_name
from fidelity_app.exchange.limits import (
    ITEM_TEXTS,
    MAX_REVIEW_TEXT,
    MAX_REVIEWERS,
    MAX_TEXT,
    note_length,
)
from fidelity_app.messages import Amount, message
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale
from fidelity_app.scale.scoring import ScoreError, ScoreResult, check_score, score_stored
from fidelity_app.services import listing
from fidelity_app.services.dto import (
    AGREED_TEXT_FIELDS,
    ChangeInfo,
    EditionUse,
    ItemNotes,
    RatingInfo,
    ReviewDetail,
    ReviewerInfo,
    ReviewEventInfo,
    ReviewSummary,
    ServiceCommentInfo,
    ServiceInfo,
    agreed_values,
    as_utc,
)
from fidelity_app.services.editions import EditionService
from fidelity_app.services.errors import (
    DuplicateServiceError,
    EditConflictError,
    InvalidInputError,
    NotFoundError,
    OpenQuestionsError,
    RemovalNotConfirmedError,
    ReviewLockedError,
)
from fidelity_app.services.labels import item_label
from fidelity_app.services.output_paths import database_of
from fidelity_app.services.readiness import FinaliseReadiness, finalise_readiness
from fidelity_app.services.service_names import same_name
from fidelity_app.services.transactions import check_editable, write_transaction
from fidelity_app.services.visit_plan_template import template_rows
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import (
    REVIEW_KINDS,
    EvidenceEntryRow,
    ItemAssessment,
    ItemInputs,
    Review,
    Reviewer,
    ReviewEvent,
    Service,
    now,
)

MAX_NAME = 200


class Unchecked(Enum):
    """The type of ``UNCHECKED``: the caller does not say which value its edit replaces."""

    UNCHECKED = "unchecked"


UNCHECKED = Unchecked.UNCHECKED


def check_expected(
    item_id: str, field: str, stored: object, expected: object, new: object,
    scale: Scale | None = None,
) -> None:
    """Refuse an edit made on a stale copy: ``expected`` (what the user saw) is no longer
    what is stored. An edit that changes nothing, or whose result is already stored, passes.
    The message names the item as ``scale`` shows it."""
    if expected is UNCHECKED or stored in (expected, new):
        return
    item: object = item_id if scale is None else item_label(scale, item_id)
    if field == "score":
        def shown(v: object) -> object:
            return message("no_score") if v is None else v

        text = message("score_changed_elsewhere", item=item, stored=shown(stored),
                       expected=shown(expected))
    else:
        text = message("note_changed_elsewhere", item=item, field=message(f"field_{field}"))
    raise EditConflictError(text, item_id=item_id, field=field, stored=stored,
                            expected=expected)


def check_review_expected(field: str, what: str, stored: object, expected: object,
                          new: object) -> None:
    """``check_expected`` for a value of the whole review (``what``, a message key, names it
    for the user): the summary texts and the reviewer list."""
    if expected is UNCHECKED or stored in (expected, new):
        return
    raise EditConflictError(
        message("review_value_changed_elsewhere", what=message(what)),
        item_id="", field=field, stored=stored, expected=expected,
    )


def rated_items(reviewer: Reviewer) -> int:
    """How many items a reviewer has rated (a score or a note) in their review."""
    return sum(1 for r in reviewer.ratings if r.score is not None or (r.note or "").strip())


@dataclass(frozen=True)
class ReviewFilter:
    """What the review list shows: free text, service, kind, status and year (all optional)."""

    text: str = ""
    service_uuid: str | None = None
    kind: str | None = None
    status: str | None = None
    year: int | None = None


def check_text(text: object, what: str = "what_note") -> str:
    """A note (or rationale, ...): text of sane length; ``what`` is a message key naming it."""
    if not isinstance(text, str):
        raise InvalidInputError("must_be_text", what=message(what))
    if len(text) > MAX_TEXT:
        raise InvalidInputError("text_too_long", what=message(what), max=Amount(MAX_TEXT),
                                length=Amount(len(text)))
    check_unicode(text, what)
    return text


def check_unicode(text: str, what: str) -> None:
    """Refuse text no database can hold (lone surrogates such as ``"\\udfff"``)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError("text_not_unicode", what=message(what)) from None


def check_review_size(review: Review) -> None:
    """Refuse a change that would make ``review`` larger than its own review file can hold
    (too many reviewers, or notes too long together); raised inside the write transaction,
    so nothing of the change is saved."""
    if len(review.reviewers) > MAX_REVIEWERS:
        raise InvalidInputError("too_many_reviewers", max=MAX_REVIEWERS)
    total = note_length(
        [review.summary_strengths, review.summary_recommendations]
        + [getattr(a, f) for a in review.assessments for f in ITEM_TEXTS]
        + [t for a in review.assessments for e in a.evidence_entries for t in (e.text, e.role)]
        + [r.note for person in review.reviewers for r in person.ratings]
    )
    if total > MAX_REVIEW_TEXT:
        raise InvalidInputError("review_notes_too_long", total=Amount(total),
                                max=Amount(MAX_REVIEW_TEXT))


def check_user_score(score: int | None) -> int | None:
    """A score to store: ``None`` (unscored) or a whole number 1-5, else a user message."""
    if score is not None:
        try:
            check_score(score)
        except ScoreError:
            raise InvalidInputError("score_not_allowed", value=repr(score)) from None
    return score


def clean_name(value: str, what: str) -> str:
    """A trimmed, non-empty name of sane length; ``what`` is a message key naming it."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError("name_empty", what=message(what))
    value = value.strip()
    if len(value) > MAX_NAME:
        raise InvalidInputError("name_too_long", what=message(what), max=MAX_NAME)
    check_unicode(value, what)
    return value


def clean_reviewers(names: Sequence[str]) -> list[str]:
    """Reviewer names tidied (``identity.tidy_name``), empty ones dropped, each reviewer once:
    two names that differ only in case or spacing are the same reviewer, refused twice."""
    result: list[str] = []
    for name in names:
        if isinstance(name, str) and name.strip():
            cleaned = clean_name(tidy_name(name), "what_reviewer_name")
            twin = next((n for n in result if reviewer_key(n) == reviewer_key(cleaned)), None)
            if twin is not None:
                if twin == cleaned:
                    raise InvalidInputError("reviewer_twice", name=cleaned)
                raise InvalidInputError("reviewer_twice_as", name=cleaned, twin=twin)
            result.append(cleaned)
    return result


def find_reviewer(review: Review, name: str) -> Reviewer:
    """The reviewer of ``review`` called ``name`` (case and spacing folded), else
    ``NotFoundError``."""
    key = reviewer_key(name) if isinstance(name, str) else None
    for reviewer in review.reviewers:
        if reviewer_key(reviewer.name) == key:
            return reviewer
    raise NotFoundError("not_a_reviewer", name=name)


def service_info(service: Service, review_count: int = 0) -> ServiceInfo:
    """The record of a service row."""
    return ServiceInfo(
        uuid=service.uuid,
        name=service.name,
        organisation=service.organisation,
        location=service.location,
        contact=service.contact,
        review_count=review_count,
    )


def entry_record(row: EvidenceEntryRow) -> EvidenceEntry:
    """The record of an evidence-entry row."""
    return EvidenceEntry(row.uuid, row.source, row.text, row.role)


def item_notes(row: ItemAssessment) -> ItemNotes:
    """The record of an item-assessment row, with its evidence entries."""
    return ItemNotes(item_id=row.item_id,
                     evidence=tuple(entry_record(e) for e in row.evidence_entries),
                     **agreed_values(row))


class ReviewService:
    """Everything the program does with services and reviews."""

    def __init__(self, sessions: sessionmaker[Session], scales: ScaleCatalogue,
                 editions: EditionService | None = None) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self.scales = scales
        self.editions = editions or EditionService(sessions, scales)

    @property
    def db_path(self) -> Path | None:
        """The database file the service works on (``None`` on a server)."""
        return database_of(self._sessions)

    # -- plumbing ---------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Session]:
        """One short transaction for one user action; committed before returning."""
        return write_transaction(self._sessions)

    def scale_for(self, scale_id: str, language: str) -> Scale:
        """The scale of a review, in the review's language."""
        try:
            return self.scales.get(scale_id, language)
        except KeyError:
            raise NotFoundError("scale_not_available", scale=scale_id) from None

    def _scale_of(self, review: Review) -> Scale:
        """The scale of a stored review, in its language."""
        return self.scale_for(review.scale_id, review.language)

    def _review(self, session: Session, review_uuid: str) -> Review:
        review = session.scalar(select(Review).where(Review.uuid == review_uuid))
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        return review

    def _editable(self, session: Session, review_uuid: str) -> Review:
        return check_editable(self._review(session, review_uuid))

    def _assessment(self, session: Session, review: Review, item_id: str) -> ItemAssessment:
        scale = self.scale_for(review.scale_id, review.language)
        try:
            scale.item(item_id)
        except KeyError:
            raise NotFoundError("item_not_in_scale", scale=scale.id, item=item_id) from None
        row = session.scalar(
            select(ItemAssessment).where(
                ItemAssessment.review_id == review.id, ItemAssessment.item_id == item_id
            )
        )
        if row is None:
            row = ItemAssessment(review=review, item_id=item_id)
            session.add(row)
        return row

    def _summary(self, review: Review) -> ReviewSummary:
        scale = self.scale_for(review.scale_id, review.language)
        scores = {a.item_id: a.score for a in review.assessments if a.score is not None}
        return ReviewSummary(
            uuid=review.uuid,
            service_uuid=review.service.uuid,
            service_name=review.service.name,
            organisation=review.service.organisation,
            kind=review.kind,
            start_date=review.start_date,
            end_date=review.end_date,
            status=review.status,
            language=review.language,
            scale_id=review.scale_id,
            scale_version=review.scale_version,
            reviewers=tuple(r.name for r in review.reviewers),
            score=score_stored(scale, scores),
        )

    def summary_of(self, review: Review) -> ReviewSummary:
        """The list record of a review row that another service loaded (in its open session)."""
        return self._summary(review)

    # -- services ---------------------------------------------------------------------------

    def matching_services(self, name: str, organisation: str = "") -> list[ServiceInfo]:
        """The stored services with this name in this organisation, case, spacing and
        punctuation aside (offer these before making a second service of the same name)."""
        with self._reads() as s:
            return [
                service_info(x, len(x.reviews))
                for x in s.scalars(select(Service).order_by(Service.id))
                if same_name(x.name, name) and same_name(x.organisation, organisation)
            ]

    def create_service(
        self, name: str, organisation: str = "", location: str = "", contact: str = "",
        *, allow_duplicate: bool = False,
    ) -> ServiceInfo:
        """Add a service to review.

        A service whose name matches a stored one in the same organisation (see
        ``matching_services``) is refused with ``DuplicateServiceError`` listing the stored
        ones, unless ``allow_duplicate`` (the user chose to make a second one).
        """
        name = clean_name(name, "what_service_name")
        if not allow_duplicate and (existing := self.matching_services(name, organisation)):
            where = (message("in_organisation", organisation=organisation.strip())
                     if organisation.strip() else "")
            raise DuplicateServiceError(
                message("duplicate_service", name=existing[0].name, organisation=where),
                tuple(existing),
            )
        with self._write() as s:
            service = Service(
                name=name,
                organisation=organisation.strip(),
                location=location.strip(),
                contact=contact.strip(),
            )
            s.add(service)
            s.flush()
            return service_info(service)

    def update_service(self, service_uuid: str, **fields: str) -> ServiceInfo:
        """Change a service's name, organisation, location or contact."""
        allowed = {"name", "organisation", "location", "contact"}
        if set(fields) - allowed:
            raise InvalidInputError(
                "unknown_service_fields", fields=", ".join(sorted(set(fields) - allowed))
            )
        with self._write() as s:
            service = s.scalar(select(Service).where(Service.uuid == service_uuid))
            if service is None:
                raise NotFoundError("service_not_found", service=service_uuid)
            for key, value in fields.items():
                value = clean_name(value, "what_service_name") if key == "name" else value.strip()
                setattr(service, key, value)
            return service_info(service, len(service.reviews))

    def list_services(self) -> list[ServiceInfo]:
        """All services, by name, with their number of reviews."""
        reviews, services = listing.R, listing.S  # table columns: plain rows, fast for 1000s
        counts = (select(reviews.service_id, func.count(reviews.id).label("n"))
                  .group_by(reviews.service_id).subquery())
        query = (select(services.uuid, services.name, services.organisation, services.location,
                        services.contact, func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.service_id == services.id)
                 .order_by(func.lower(services.name), services.organisation))
        with self._reads() as s:
            return [ServiceInfo(uuid=uuid, name=name, organisation=organisation,
                                location=location, contact=contact, review_count=count)
                    for uuid, name, organisation, location, contact, count
                    in listing.plain_rows(s, query)]

    def get_service(self, service_uuid: str) -> ServiceInfo:
        """One service."""
        with self._reads() as s:
            service = s.scalar(select(Service).where(Service.uuid == service_uuid))
            if service is None:
                raise NotFoundError("service_not_found", service=service_uuid)
            return service_info(service, len(service.reviews))

    # -- reviews ----------------------------------------------------------------------------

    def create_review(
        self,
        service_uuid: str,
        *,
        kind: str,
        start_date: date,
        end_date: date | None = None,
        language: str = "sv",
        scale_id: str = "ips-25",
        reviewers: Sequence[str] = (),
    ) -> ReviewSummary:
        """Start a new draft review of a service."""
        if kind not in REVIEW_KINDS:
            raise InvalidInputError("unknown_kind", kind=kind)
        if end_date is not None and end_date < start_date:
            raise InvalidInputError("ends_before_start")
        scale = self.scale_for(scale_id, language)
        if language not in self.scales.languages(scale_id):
            raise InvalidInputError("scale_not_in_language", scale=scale_id, language=language)
        names = clean_reviewers(reviewers)
        if len(names) > MAX_REVIEWERS:
            raise InvalidInputError("too_many_reviewers", max=MAX_REVIEWERS)
        edition = self.editions.default_edition(scale.id, language)
        with self._write() as s:
            service = s.scalar(select(Service).where(Service.uuid == service_uuid))
            if service is None:
                raise NotFoundError("service_not_found", service=service_uuid)
            review = Review(
                service=service,
                kind=kind,
                start_date=start_date,
                end_date=end_date,
                language=language,
                scale_id=scale.id,
                scale_version=scale.version,
                edition_id=edition.id,
                edition_sha256=edition.sha256,
                edition_name=edition.name,
                status="draft",
            )
            review.reviewers = [Reviewer(name=n, position=i) for i, n in enumerate(names)]
            review.events = [ReviewEvent(kind="created")]
            review.visit_activities, review.visit_documents = template_rows(
                kind, language, start_date, end_date)
            s.add(review)
            s.flush()
            return self._summary(review)

    def update_review(
        self,
        review_uuid: str,
        *,
        kind: str | None = None,
        start_date: date | None = None,
        end_date: date | None = None,
        clear_end_date: bool = False,
        reviewers: Sequence[str] | None = None,
        expected_reviewers: Sequence[str] | Unchecked = UNCHECKED,
        confirm_removal: Collection[str] = (),
    ) -> ReviewSummary:
        """Change a draft review's kind, dates or reviewers.

        ``expected_reviewers`` is the list of reviewers the user saw; when another window or
        program has changed the list since, ``EditConflictError`` is raised (``stored`` and
        ``expected`` are tuples of names). Removing a reviewer who has rated items deletes
        those ratings, so it is done only for names in ``confirm_removal`` (the user was
        asked); otherwise ``RemovalNotConfirmedError`` lists them. Nothing is saved then.
        """
        with self._write() as s:
            review = self._editable(s, review_uuid)
            if kind is not None:
                if kind not in REVIEW_KINDS:
                    raise InvalidInputError("unknown_kind", kind=kind)
                review.kind = kind
            if start_date is not None:
                review.start_date = start_date
            if end_date is not None or clear_end_date:
                review.end_date = end_date
            if review.end_date is not None and review.end_date < review.start_date:
                raise InvalidInputError("ends_before_start")
            if reviewers is not None:
                names = clean_reviewers(reviewers)
                stored = tuple(r.name for r in review.reviewers)
                if expected_reviewers is not UNCHECKED:
                    check_review_expected("reviewers", "what_reviewer_list", stored,
                                          tuple(expected_reviewers), tuple(names))
                # the same reviewer under another spelling stays (identity.reviewer_key)
                kept = {reviewer_key(n) for n in names}
                kept |= {reviewer_key(n) for n in confirm_removal}
                losses = tuple((r.name, rated_items(r)) for r in review.reviewers
                               if reviewer_key(r.name) not in kept and rated_items(r))
                if losses:
                    named = [message("reviewer_with_rated_items", name=name, count=count)
                             for name, count in losses]
                    who = named[0]
                    for other in named[1:]:
                        who = message("comma_joined", first=who, second=other)
                    raise RemovalNotConfirmedError(
                        message("removal_not_confirmed", who=who), losses=losses)
                existing = {reviewer_key(r.name): r for r in review.reviewers}
                review.reviewers = [
                    existing.get(reviewer_key(n)) or Reviewer(name=n) for n in names
                ]
                for i, (r, name) in enumerate(zip(review.reviewers, names, strict=True)):
                    r.position = i
                    r.name = name  # the same reviewer, perhaps spelt anew
                check_review_size(review)
            review.updated_at = now()
            s.flush()
            return self._summary(review)

    def set_edition(self, review_uuid: str, edition_id: str) -> EditionUse:
        """Score a draft review with another text (edition) of its scale and language."""
        info = self.editions.edition(edition_id)
        with self._write() as s:
            review = self._editable(s, review_uuid)
            if (info.scale_id, info.language) != (review.scale_id, review.language):
                raise InvalidInputError("edition_not_review_scale", name=info.name,
                                        scale=info.scale_id, language=info.language,
                                        review_scale=review.scale_id,
                                        review_language=review.language)
            review.edition_id, review.edition_sha256 = info.id, info.sha256
            review.edition_name = info.name
            review.updated_at = now()
        return self.editions.use(info.scale_id, info.language, info.id, info.sha256)[0]

    def review_scale(self, review_uuid: str) -> Scale:
        """The scale of a review in the wording of its edition: the texts to score it with."""
        with self._reads() as s:
            review = self._review(s, review_uuid)
            key = (review.scale_id, review.language, review.edition_id, review.edition_sha256,
                   review.edition_name)
        self.scale_for(key[0], key[1])  # a clear message when the scale is missing
        return self.editions.use(*key)[1]

    def list_reviews(self, flt: ReviewFilter | None = None) -> list[ReviewSummary]:
        """Reviews, newest first, narrowed by ``flt``."""
        with self._reads() as s:
            return listing.summaries(s, self.scale_for, listing.conditions(flt or ReviewFilter()))

    def count_reviews(self, flt: ReviewFilter | None = None) -> int:
        """How many reviews ``list_reviews(flt)`` would return."""
        with self._reads() as s:
            return listing.count(s, listing.conditions(flt or ReviewFilter()))

    def review_years(self) -> list[int]:
        """The years in which reviews started, newest first (for a year filter)."""
        with self._reads() as s:
            return listing.years(s)

    def summaries(self, review_uuids: Sequence[str]) -> list[ReviewSummary]:
        """The list records of these reviews, in the order given (a review that no longer
        exists is left out). For a list that shows a long result a page at a time."""
        found: dict[str, ReviewSummary] = {}
        with self._reads() as s:
            for start in range(0, len(review_uuids), 500):
                chunk = list(review_uuids[start:start + 500])
                for summary in listing.summaries(s, self.scale_for, [listing.R.uuid.in_(chunk)]):
                    found[summary.uuid] = summary
        return [found[uuid] for uuid in review_uuids if uuid in found]

    def page(self, flt: ReviewFilter | None, start: int, count: int, *, field: str = "date",
             descending: bool = True) -> list[ReviewSummary]:
        """``count`` records of ``list_reviews(flt)`` from position ``start`` (0: the first)
        in ``field``'s order (``listing.PAGED_FIELDS``: date, total, band), highest first or
        lowest first, reviews of an equal value newest first: a long list read a page at a
        time, without reading every review's value."""
        with self._reads() as s:
            return listing.summaries(s, self.scale_for,
                                     listing.conditions(flt or ReviewFilter()), field=field,
                                     descending=descending, start=start, limit=count)

    def position(self, flt: ReviewFilter | None, review_uuid: str, *, field: str = "date",
                 descending: bool = True) -> int | None:
        """Where a review stands in ``page``'s order (0: first); ``None`` if it is not among
        the reviews ``flt`` describes."""
        with self._reads() as s:
            return listing.position(s, self.scale_for, listing.conditions(flt or ReviewFilter()),
                                    review_uuid, field=field, descending=descending)

    def sort_values(self, flt: ReviewFilter | None, field: str) -> list[tuple[str, object]]:
        """``(uuid, value)`` for each review of ``list_reviews(flt)``, newest first, where
        ``value`` is what a list sorts by for ``field`` (``listing.SORT_FIELDS``: date,
        service, kind, status, total, band, reviewers); cheap even for 20,000 reviews."""
        with self._reads() as s:
            return listing.sort_values(s, self.scale_for,
                                       listing.conditions(flt or ReviewFilter()), field)

    def resolve_review_id(self, text: str) -> str:
        """The full UUID of a review given its UUID or an unambiguous prefix (4+ characters)."""
        text = text.strip().lower()
        if len(text) < 4:
            raise InvalidInputError("id_too_short")
        with self._reads() as s:
            found = list(s.scalars(select(Review.uuid).where(Review.uuid.like(f"{text}%"))))
        if not found:
            raise NotFoundError("review_not_found", review=text)
        if len(found) > 1:
            raise InvalidInputError("id_ambiguous", text=text, count=len(found))
        return found[0]

    def get_review(self, review_uuid: str) -> ReviewDetail:
        """Everything about one review."""
        from fidelity_app.services import item_inputs  # the calculators: not needed at start

        with self._reads() as s:
            review = self._review(s, review_uuid)
            ratings = tuple(
                RatingInfo(reviewer.name, r.item_id, r.score, r.note)
                for reviewer in review.reviewers
                for r in sorted(reviewer.ratings, key=lambda x: x.item_id)
            )
            return ReviewDetail(
                summary=self._summary(review),
                service=service_info(review.service),
                items={a.item_id: item_notes(a) for a in review.assessments},
                ratings=ratings,
                events=tuple(ReviewEventInfo(e.at, e.kind, e.reason, e.actor)
                             for e in review.events),
                reviewers=tuple(ReviewerInfo(r.uuid, r.name) for r in review.reviewers),
                summary_strengths=review.summary_strengths,
                summary_recommendations=review.summary_recommendations,
                finalised_at=review.finalised_at,
                created_at=review.created_at,
                edition=self.editions.use(review.scale_id, review.language, review.edition_id,
                                          review.edition_sha256, review.edition_name)[0],
                calculations=item_inputs.review_calculations(
                    self.scale_for(review.scale_id, review.language), review),
                service_comments=tuple(
                    ServiceCommentInfo(c.item_id, c.comment, c.sender, as_utc(c.received_at))
                    for c in review.service_comments),
                changes=tuple(ChangeInfo(c.uuid, c.at, c.actor, c.part, c.what, c.item_id,
                                         c.detail, c.old, c.new, c.reason)
                              for c in review.changes),
            )

    def set_score(
        self,
        review_uuid: str,
        item_id: str,
        score: int | None,
        *,
        expected: int | None | Unchecked = UNCHECKED,
    ) -> ItemNotes:
        """Set (or clear, with ``None``) the agreed score of an item; committed on return.

        ``expected`` is the score the user saw (``None``: unscored); when given and another
        window or program has stored a different one since, ``EditConflictError`` is raised
        and nothing is saved.
        """
        check_user_score(score)
        with self._write() as s:
            review = self._editable(s, review_uuid)
            row = self._assessment(s, review, item_id)
            check_expected(item_id, "score", row.score, expected, score, self._scale_of(review))
            row.score = score
            review.updated_at = now()
            s.flush()
            return item_notes(row)

    def set_item_text(
        self,
        review_uuid: str,
        item_id: str,
        field: str,
        text: str,
        *,
        expected: str | None = None,
    ) -> ItemNotes:
        """Set one text of an item (strengths, development, rationale, reason; the evidence
        entries are written with ``EvidenceService``).

        ``expected`` is the text the user started from; when given and the stored text differs
        (changed in another window or program), ``EditConflictError`` is raised, nothing saved.
        """
        if field not in AGREED_TEXT_FIELDS:
            raise InvalidInputError("unknown_note_field", field=field)
        check_text(text)
        with self._write() as s:
            review = self._editable(s, review_uuid)
            row = self._assessment(s, review, item_id)
            if expected is not None:
                check_expected(item_id, field, getattr(row, field) or "", expected, text,
                               self._scale_of(review))
            setattr(row, field, text)
            check_review_size(review)
            review.updated_at = now()
            s.flush()
            return item_notes(row)

    def set_needs_info(
        self, review_uuid: str, item_id: str, needs_info: bool, reason: str | None = None
    ) -> ItemNotes:
        """Flag an item as needing more information (or clear the flag)."""
        if reason is not None:
            check_text(reason)
        with self._write() as s:
            review = self._editable(s, review_uuid)
            row = self._assessment(s, review, item_id)
            row.needs_info = bool(needs_info)
            if reason is not None:
                row.needs_info_reason = reason
                check_review_size(review)
            review.updated_at = now()
            s.flush()
            return item_notes(row)

    def set_checklist(
        self, review_uuid: str, item_id: str, met: Sequence[int],
        expected: tuple[int, ...] | Unchecked = UNCHECKED,
    ) -> ItemNotes:
        """Record which elements of a checklist item are in place (numbers from 1, in the
        scale's order); the report names them. ``expected``: the elements the user saw (see
        ``check_expected``)."""
        with self._write() as s:
            review = self._editable(s, review_uuid)
            row = self._assessment(s, review, item_id)
            elements = len(self.scale_for(review.scale_id, review.language)
                           .item(item_id).checklist)
            if not elements:
                raise InvalidInputError("not_a_checklist_item", item=item_id)
            if isinstance(met, str) or any(
                type(n) is not int or not 1 <= n <= elements for n in met
            ):
                raise InvalidInputError("checklist_numbers", count=elements)
            chosen = tuple(sorted(set(met)))
            check_expected(item_id, "checklist_met", row.checklist_met, expected, chosen,
                           self._scale_of(review))
            row.checklist_met = chosen
            review.updated_at = now()
            s.flush()
            return item_notes(row)

    def set_summary(
        self,
        review_uuid: str,
        *,
        strengths: str | None = None,
        recommendations: str | None = None,
        expected: Mapping[str, str] | None = None,
    ) -> None:
        """Set the review's overall strengths and recommendations.

        ``expected`` maps ``"strengths"`` / ``"recommendations"`` to the text the user started
        from; when the stored text of such a field differs (changed in another window or
        program), ``EditConflictError`` is raised (``field`` is ``summary_strengths`` or
        ``summary_recommendations``) and nothing is saved.
        """
        new = {"strengths": strengths, "recommendations": recommendations}
        for text in new.values():
            if text is not None:
                check_text(text)
        unknown = set(expected or {}) - set(new)
        if unknown:
            raise InvalidInputError("unknown_summary_field", field=sorted(unknown)[0])
        with self._write() as s:
            review = self._editable(s, review_uuid)
            for field, shown in (expected or {}).items():
                if new[field] is not None:
                    stored = getattr(review, f"summary_{field}") or ""
                    what = ("what_summary_strengths" if field == "strengths"
                            else "what_summary_recommendations")
                    check_review_expected(f"summary_{field}", what, stored, shown, new[field])
            if strengths is not None:
                review.summary_strengths = strengths
            if recommendations is not None:
                review.summary_recommendations = recommendations
            check_review_size(review)
            review.updated_at = now()

    def finalise_readiness(self, review_uuid: str) -> FinaliseReadiness:
        """Whether the review can be finalised, and if not which items lack an agreed score."""
        with self._reads() as s:
            return self._finalise_readiness(self._review(s, review_uuid))

    def _finalise_readiness(self, review: Review) -> FinaliseReadiness:
        return finalise_readiness(
            self._summary(review), {a.item_id: item_notes(a) for a in review.assessments},
            self.scale_for(review.scale_id, review.language),
        )

    def open_questions(self, review_uuid: str) -> list[str]:
        """The items flagged "needs more information", in scale order (ask before
        finalising: ``finalise`` refuses them unless told to clear the flags)."""
        with self._reads() as s:
            return list(self._finalise_readiness(self._review(s, review_uuid)).needs_info)

    def finalise(self, review_uuid: str, *, clear_flags: bool = False) -> ReviewSummary:
        """Make a complete review final (read-only): the rule of ``finalise_readiness``.

        Items still flagged "needs more information" refuse it with ``OpenQuestionsError``
        (listing them) unless ``clear_flags``: the user chose to finalise anyway, so the flags
        are cleared and the history records which items had them. The reasons stay with the
        items (as when a flag is cleared by hand), so the log holds no personal notes and
        removing personal notes (``PrivacyService``) reaches them.
        """
        with self._write() as s:
            review = self._editable(s, review_uuid)
            readiness = self._finalise_readiness(review)
            if readiness.unscored:
                raise InvalidInputError("not_all_scored", count=len(readiness.unscored))
            flagged = readiness.needs_info
            if flagged and not clear_flags:
                scale = self.scale_for(review.scale_id, review.language)
                raise OpenQuestionsError(
                    message("open_questions", count=len(flagged), items=tuple(
                        message("open_question_item", item=item_label(scale, i))
                        for i in flagged
                    )),
                    tuple(flagged),
                )
            reason = ""
            if flagged:
                rows = {a.item_id: a for a in review.assessments}
                # recorded in the review's language, items named as the reviewers see them
                scale = self.scale_for(review.scale_id, review.language)
                reason = message("flags_cleared_event", count=len(flagged)).text(
                    review.language) + ": " + ", ".join(
                        item_label(scale, i).text(review.language) for i in flagged)
                for item_id in flagged:
                    rows[item_id].needs_info = False
            review.status = "final"
            review.finalised_at = now()
            review.events.append(ReviewEvent(kind="finalised", reason=reason))
            s.flush()
            return self._summary(review)

    def reopen(self, review_uuid: str, reason: str) -> ReviewSummary:
        """Make a final review editable again; the reason is recorded with the date."""
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidInputError("reopen_needs_reason")
        with self._write() as s:
            review = self._review(s, review_uuid)
            if review.status != "final":
                raise InvalidInputError("review_not_final")
            # the event first: the change log gives the reopening its reason
            review.events.append(ReviewEvent(kind="reopened", reason=reason.strip()))
            review.status = "draft"
            review.finalised_at = None
            s.flush()
            return self._summary(review)

    def delete_review(self, review_uuid: str) -> None:
        """Delete a draft review with everything in it. Final reviews cannot be deleted."""
        with self._write() as s:
            review = self._review(s, review_uuid)
            if review.status == "final":
                raise ReviewLockedError("final_cannot_delete")
            s.delete(review)

    def delete_service(self, service_uuid: str) -> None:
        """Delete a service that has no reviews."""
        with self._write() as s:
            service = s.scalar(select(Service).where(Service.uuid == service_uuid))
            if service is None:
                raise NotFoundError("service_not_found", service=service_uuid)
            if service.reviews:
                raise InvalidInputError("service_has_reviews")
            s.delete(service)

    def duplicate_review(self, review_uuid: str, start_date: date | None = None) -> ReviewSummary:
        """A new draft copying a review's details, scores and notes (for a follow-up review)."""
        with self._write() as s:
            old = self._review(s, review_uuid)
            new = Review(
                service=old.service,
                kind=old.kind,
                start_date=start_date or date.today(),
                language=old.language,
                scale_id=old.scale_id,
                scale_version=old.scale_version,
                edition_id=old.edition_id,
                edition_sha256=old.edition_sha256,
                edition_name=old.edition_name,
                status="draft",
                summary_strengths=old.summary_strengths,
                summary_recommendations=old.summary_recommendations,
            )
            s.add(new)  # before reading old's collections: their lazy load flushes the session
            new.reviewers = [Reviewer(name=r.name, position=r.position) for r in old.reviewers]
            new.assessments = [
                ItemAssessment(item_id=a.item_id, **agreed_values(a), evidence_entries=[
                    EvidenceEntryRow(uuid=e.uuid, position=e.position, source=e.source,
                                     role=e.role, text=e.text) for e in a.evidence_entries])
                for a in old.assessments
            ]
            new.inputs = [
                ItemInputs(item_id=x.item_id, inputs=x.inputs, proposed_score=x.proposed_score)
                for x in old.inputs
            ]
            new.events = [ReviewEvent(kind="created", reason=f"copy of {old.uuid}")]
            # a follow-up visit is planned afresh, from the template
            new.visit_activities, new.visit_documents = template_rows(
                new.kind, new.language, new.start_date, None)
            s.add(new)
            s.flush()
            return self._summary(new)

    def score(self, review_uuid: str) -> ScoreResult:
        """The current score of a review."""
        return self.get_review(review_uuid).summary.score
