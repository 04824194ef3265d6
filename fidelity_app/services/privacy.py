"""Personal data: what a report or a review file would carry out of the program, replacing it
in the stored notes, and removing personal notes once a review has been final long enough.

The findings come from :mod:`fidelity_app.privacy` (no database); this service supplies the
texts and the names of the people the program knows, and writes the changes. Replacing a
finding in the stored text and removing personal notes are allowed on a final review too
(they change no score and no conclusion); each is recorded in the review's log with who did it.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.limits import MAX_ACTION_TEXT, MAX_NAME, MAX_PLAN_TEXT, MAX_TEXT
from fidelity_app.messages import Amount, Message, message
from fidelity_app.privacy import Detector
from fidelity_app.privacy.names import names_in_contact
from fidelity_app.services.actions import ActionService
from fidelity_app.services.change_log import clear_personal_texts, quietly
from fidelity_app.services.change_log import login_name as login_name  # callers import it here
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.errors import EditConflictError, InvalidInputError, NotFoundError
from fidelity_app.services.exchange import ExchangeService
from fidelity_app.services.personal_data import (
    ACTION_FIELDS,
    CHANGE_FIELDS,
    EVENT_REASON,
    EVIDENCE,
    PLAN_FIELDS,
    RATING_NOTE,
    SERVICE_COMMENT,
    SUMMARY_FIELDS,
    Finding,
    Place,
    action_passages,
    by_place,
    change_passages,
    comment_passages,
    detail_passages,
    event_passages,
    file_passages,
    find_in,
    plan_passages,
    replace_in_text,
    replacement_for,
    report_passages,
)
from fidelity_app.services.report_data import ReportService
from fidelity_app.services.reviews import ReviewService, check_review_size
from fidelity_app.services.transactions import write_transaction
from fidelity_app.services.visit_plan import VisitPlanService
from fidelity_app.storage.dialect import checkpoint, overwrite_cleared_text
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import (
    Action,
    EvidenceEntryRow,
    ItemAssessment,
    Rating,
    Review,
    ReviewChange,
    Reviewer,
    ReviewEvent,
    Service,
    ServiceComment,
    Setting,
    VisitActivity,
    VisitDocument,
    now,
)

RETENTION_KEY = "personal_notes_retention_days"
DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650

REPLACED_EVENT = "personal-data-replaced"
REMOVED_EVENT = "personal-notes-removed"

TYPED_REASONS = frozenset({"reopened", "imported"})
"""Kinds of event whose reason comes from the user (a reopening's reason as typed, the name of
the file imported), so may name a person: removing personal notes clears them. The other
events' reasons are written by the program from counts and item names, and stay."""


@dataclass(frozen=True)
class PrivacyCheck:
    """The findings of likely personal data in what is about to leave the program.

    ``replacement`` is what stands in for a finding in this review's language."""

    review_uuid: str
    findings: tuple[Finding, ...]
    replacement: str

    @property
    def count(self) -> int:
        """How many findings there are."""
        return len(self.findings)


@dataclass(frozen=True)
class Removal:
    """What removing a review's personal notes cleared."""

    review_uuid: str
    evidence_entries: int
    needs_info_reasons: int
    reviewer_notes: int
    service_comments: int = 0
    """The service's comments from the factual check, removed."""
    factual_drafts: int = 0
    """The draft reports kept as sent for the factual check, removed."""
    plan_texts: int = 0
    """The visit plan's activity texts cleared and documents removed (the roles stay)."""
    log_reasons: int = 0
    """Reasons typed by the user cleared in the review's log and its log of changes."""

    @property
    def others(self) -> int:
        """How many texts were cleared besides evidence, reasons for flags and own notes."""
        return self.service_comments + self.factual_drafts + self.plan_texts + self.log_reasons

    @property
    def total(self) -> int:
        """How many texts were cleared."""
        return (self.evidence_entries + self.needs_info_reasons + self.reviewer_notes
                + self.others)


@dataclass(frozen=True)
class RetentionDue:
    """A final review whose personal notes have been kept longer than the setting says."""

    review: ReviewSummary
    finalised_on: date
    due_on: date


class PrivacyService:
    """Finds personal data in reports and review files; replaces and removes personal notes."""

    def __init__(self, sessions: sessionmaker[Session], reviews: ReviewService,
                 actions: ActionService, reports: ReportService,
                 exchange: ExchangeService, plans: VisitPlanService) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self._reviews = reviews
        self._actions = actions
        self._reports = reports
        self._exchange = exchange
        self._plans = plans

    def _write(self) -> AbstractContextManager[Session]:
        return write_transaction(self._sessions)

    # -- finding --------------------------------------------------------------------------

    def known_names(self) -> list[str]:
        """The people the program knows by name: every reviewer, the people named in the
        services' contact fields and those responsible for actions."""
        with self._reads() as s:
            names = set(s.scalars(select(Reviewer.name).distinct()))
            names.update(s.scalars(select(Action.responsible).distinct()))
            for contact in s.scalars(select(Service.contact).where(Service.contact != "")):
                names.update(names_in_contact(contact))
        return sorted(n for n in names if n.strip())

    def detector(self) -> Detector:
        """A detector that knows the names the program knows."""
        return Detector(self.known_names())

    def check_review(self, review_uuid: str) -> PrivacyCheck:
        """Findings in every free text stored with a review: its agreed items, overall
        summary, reviewers' own notes, the actions it raised, the service's comments, the
        visit plan, the reasons in its log and its log of changes."""
        detail = self._reviews.get_review(review_uuid)
        actions = self._actions.list_actions(detail.summary.service_uuid, review_uuid=review_uuid)
        passages = [*detail_passages(detail), *action_passages(actions),
                    *comment_passages(detail.service_comments),
                    *plan_passages(self._plans.plan(review_uuid)),
                    *event_passages(detail.events), *change_passages(detail.changes)]
        return PrivacyCheck(review_uuid, find_in(passages, self.detector()),
                            replacement_for(detail.summary.language))

    def check_report(self, review_uuid: str, lang: str | None = None, *,
                     service_comments: bool = False) -> PrivacyCheck:
        """Findings in the free texts the report on a review would print (``lang`` and
        ``service_comments`` as for ``write_report``); pass them to
        ``write_report(..., redact=...)`` to replace them."""
        data = self._reports.report_data(review_uuid, lang)
        if service_comments:
            data = replace(data, comments_appendix=True)
        return PrivacyCheck(review_uuid, find_in(report_passages(data), self.detector()),
                            replacement_for(data.language))

    def check_export(self, review_uuid: str, reviewer: str | None = None,
                     include_agreed: bool | None = None) -> PrivacyCheck:
        """Findings in the free texts of the review file ``ExchangeService.export_review``
        would write with the same arguments; pass them to its ``redact`` to replace them."""
        data = self._exchange.file_data(review_uuid, reviewer, include_agreed)
        return PrivacyCheck(review_uuid, find_in(file_passages(data), self.detector()),
                            replacement_for(str(data["language"])))

    # -- replacing in the stored text -------------------------------------------------------

    def replace_in_stored(self, review_uuid: str, findings: Sequence[Finding],
                          replacement: str | None = None, *, actor: str = "") -> int:
        """Replace findings (from a check of this review) in the stored texts, in one
        transaction, and record it in the review's log; returns how many texts changed.

        Every text must still be the one the finding was made in: when another window or
        program changed it since, ``EditConflictError`` is raised and nothing is saved.
        """
        groups = by_place(findings)
        if not groups:
            return 0
        with self._write() as s, quietly(s):  # the log must not keep what is replaced
            review = self._review(s, review_uuid)
            replacement = replacement or replacement_for(review.language)
            changed = 0
            for place, found in groups.items():
                holder, attr = self._stored(s, review, place)
                stored = getattr(holder, attr) or ""
                seen = found[0].source
                new = replace_in_text(seen, found, replacement)
                if stored == new:
                    continue
                if stored != seen or any(f.source != seen for f in found):
                    raise EditConflictError(
                        message("pd_changed_since_check", place=_describe(place)),
                        item_id=place.item_id, field=place.field, stored=stored, expected=seen,
                    )
                _check_length(place, new)
                setattr(holder, attr, new)
                changed += 1
            if changed:
                check_review_size(review)  # a long replacement must not outgrow the review
                review.events.append(ReviewEvent(
                    kind=REPLACED_EVENT, actor=actor.strip(),
                    reason=f"{len(list(findings))} finding(s) replaced by {replacement} "
                           f"in {changed} text(s)"))
                review.updated_at = now()
            return changed

    def _review(self, s: Session, review_uuid: str) -> Review:
        review = s.scalar(select(Review).where(Review.uuid == review_uuid))
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        return review

    def _stored(self, s: Session, review: Review, place: Place) -> tuple[object, str]:
        """The row and attribute holding the text at ``place``."""
        missing = NotFoundError("pd_no_longer_stored", place=_describe(place))
        if place.field in SUMMARY_FIELDS:
            return review, place.field
        if place.field in (SERVICE_COMMENT, EVENT_REASON):
            rows: list[ServiceComment] | list[ReviewEvent] = (
                review.service_comments if place.field == SERVICE_COMMENT else review.events)
            number = int(place.entry) if place.entry.isdigit() else 0
            if not 0 < number <= len(rows):
                raise missing
            row = rows[number - 1]
            if isinstance(row, ServiceComment):
                if row.item_id != place.item_id:
                    raise missing
                return row, "comment"
            return row, "reason"
        if place.field in PLAN_FIELDS:
            table = VisitDocument if place.field == "plan_document" else VisitActivity
            plan_row = s.scalar(select(table).where(table.review_id == review.id,
                                                    table.uuid == place.entry))
            if plan_row is None:
                raise missing
            return plan_row, PLAN_FIELDS[place.field]
        if place.field in CHANGE_FIELDS:
            change = s.scalar(select(ReviewChange).where(ReviewChange.uuid == place.entry,
                                                         ReviewChange.review_id == review.id))
            if change is None:
                raise missing
            return change, CHANGE_FIELDS[place.field]
        if place.field in ACTION_FIELDS:
            action = s.scalar(select(Action).where(Action.uuid == place.action_uuid,
                                                   Action.service_id == review.service_id))
            if action is None:
                raise missing
            return action, place.field.removeprefix("action_")
        if place.field == RATING_NOTE:
            rating = s.scalar(
                select(Rating).join(Reviewer)
                .where(Reviewer.review_id == review.id, Reviewer.name == place.reviewer,
                       Rating.item_id == place.item_id))
            if rating is None:
                raise missing
            return rating, "note"
        if place.field == EVIDENCE:
            entry = s.scalar(
                select(EvidenceEntryRow).join(ItemAssessment)
                .where(ItemAssessment.review_id == review.id,
                       ItemAssessment.item_id == place.item_id,
                       EvidenceEntryRow.uuid == place.entry))
            if entry is None:
                raise missing
            return entry, "text"
        row = s.scalar(select(ItemAssessment).where(ItemAssessment.review_id == review.id,
                                                    ItemAssessment.item_id == place.item_id))
        if row is None or not hasattr(row, place.field):
            raise missing
        return row, place.field

    # -- removing personal notes ------------------------------------------------------------

    def remove_personal_notes(self, review_uuid: str, *, actor: str = "") -> Removal:
        """Clear what in a final review may name a person: its evidence entries,
        needs-information reasons, reviewers' own notes, the service's comments from the
        factual check, the draft reports kept as sent for it (they print the evidence), the
        visit plan's activity texts and documents, and the reasons the user typed in its logs
        (a reopening's, an import's file name). Scores, strengths, areas for development,
        rationales, the needs-information flags, the summary, the action plan, the visit plan's
        days, times, roles and ticks, and the log's entries themselves stay. Recorded in the
        review's log with ``actor`` (when there was anything to clear)."""
        with self._write() as s, quietly(s):
            overwrite_cleared_text(s.connection())
            review = self._review(s, review_uuid)
            if review.status != "final":
                raise InvalidInputError("pd_purge_needs_final")
            clear_personal_texts(review)  # the log of changes keeps no old note either
            evidence = reasons = notes = 0
            for row in review.assessments:
                evidence += len(row.evidence_entries)
                row.evidence_entries.clear()
                if row.needs_info_reason:
                    row.needs_info_reason, reasons = "", reasons + 1
            for person in review.reviewers:
                for rating in list(person.ratings):
                    if rating.note:
                        rating.note, notes = "", notes + 1
                    if rating.score is None:
                        person.ratings.remove(rating)
            result = Removal(review.uuid, evidence, reasons, notes,
                             service_comments=len(review.service_comments),
                             factual_drafts=len(review.factual_drafts),
                             plan_texts=_clear_plan(review), log_reasons=_clear_reasons(review))
            review.service_comments.clear()
            review.factual_drafts.clear()
            if result.total:
                review.events.append(ReviewEvent(
                    kind=REMOVED_EVENT, actor=actor.strip(),
                    reason=f"{evidence} evidence entries, {reasons} needs-information "
                           f"reason(s), {notes} reviewer note(s), {result.service_comments} "
                           f"service comment(s), {result.factual_drafts} factual-check "
                           f"draft(s), {result.plan_texts} visit-plan text(s), "
                           f"{result.log_reasons} log reason(s) cleared"))
                review.updated_at = now()
        self._checkpoint()
        return result

    def _checkpoint(self) -> None:
        """Move the write-ahead log into the database file, so the cleared text is not left
        in the log (best effort: another program reading the database may hold it back)."""
        checkpoint(self._sessions.kw["bind"])

    # -- retention --------------------------------------------------------------------------

    def retention_days(self) -> int:
        """How many days personal notes are kept after a review is final (default 30)."""
        with self._reads() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == RETENTION_KEY))
        try:
            return int(value) if value is not None else DEFAULT_RETENTION_DAYS
        except ValueError:
            return DEFAULT_RETENTION_DAYS

    def set_retention_days(self, days: int) -> int:
        """Keep personal notes ``days`` days after a review is final (0 to 3650)."""
        if isinstance(days, bool) or not isinstance(days, int) \
                or not 0 <= days <= MAX_RETENTION_DAYS:
            raise InvalidInputError("pd_retention_range", max=MAX_RETENTION_DAYS)
        with self._write() as s:
            setting = s.get(Setting, RETENTION_KEY)
            if setting is None:
                s.add(Setting(key=RETENTION_KEY, value=str(days)))
            else:
                setting.value = str(days)
        return days

    def retention_due(self, today: date | None = None) -> list[RetentionDue]:
        """Final reviews that still hold personal notes and were finalised at least the
        retention time before ``today`` (default: today), oldest first."""
        today = today or datetime.now(UTC).date()
        days = self.retention_days()
        latest = datetime.combine(today - timedelta(days=days), datetime.max.time(), UTC)
        has_notes = or_(
            Review.assessments.any(or_(ItemAssessment.evidence_entries.any(),
                                       ItemAssessment.needs_info_reason != "")),
            Review.reviewers.any(Reviewer.ratings.any(Rating.note != "")),
            Review.service_comments.any(), Review.factual_drafts.any(),
            Review.visit_documents.any(), Review.visit_activities.any(VisitActivity.activity != ""),
            Review.events.any(ReviewEvent.kind.in_(TYPED_REASONS) & (ReviewEvent.reason != "")),
            Review.changes.any(ReviewChange.reason != ""),
        )
        with self._reads() as s:
            rows = list(s.execute(
                select(Review.uuid, Review.finalised_at)
                .where(Review.status == "final", Review.finalised_at.is_not(None),
                       Review.finalised_at <= latest, has_notes)
                .order_by(Review.finalised_at)))
        summaries = {r.uuid: r for r in self._reviews.summaries([uuid for uuid, _ in rows])}
        due = []
        for uuid, finalised_at in rows:
            assert finalised_at is not None  # the query asks for it
            on = _utc(finalised_at).date()
            due.append(RetentionDue(summaries[uuid], on, on + timedelta(days=days)))
        return due


def _clear_plan(review: Review) -> int:
    """Clear the visit plan's activity texts and remove the documents asked for (a document
    is only its name); the activities' days, times, roles and ticks stay. How many went."""
    cleared = len(review.visit_documents)
    review.visit_documents.clear()
    for row in review.visit_activities:
        if row.activity:
            row.activity, cleared = "", cleared + 1
    return cleared


def _clear_reasons(review: Review) -> int:
    """Clear the reasons the user typed in the review's log and its log of changes (a log of
    changes entry repeats its reopening's reason); how many were cleared."""
    rows: list[ReviewEvent | ReviewChange] = [
        *(e for e in review.events if e.kind in TYPED_REASONS), *review.changes]
    cleared = 0
    for row in rows:
        if row.reason:
            row.reason, cleared = "", cleared + 1
    return cleared


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _check_length(place: Place, new: str) -> None:
    """Refuse a replacement that would make a text longer than such a text may be."""
    limit = (MAX_ACTION_TEXT if place.field in ACTION_FIELDS
             else MAX_NAME if place.field == "plan_with_whom"
             else MAX_PLAN_TEXT if place.field in PLAN_FIELDS else MAX_TEXT)
    if len(new) > limit:
        raise InvalidInputError("pd_replacement_too_long", place=_describe(place),
                                length=Amount(len(new)), max=Amount(limit))


def _describe(place: Place) -> Message:
    """The text at a place, in words: "the evidence note of services-1"."""
    what = message(f"pd_place_{place.field}", reviewer=place.reviewer)
    if place.item_id:
        return message("pd_place_of_item", what=what, item=place.item_id)
    return what
