"""Importing and exporting review files (all-or-nothing imports, identity by review UUID)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from fidelity_app.exchange.format import (
    FORMAT,
    VERSION,
    ChangePart,
    ReviewerPart,
    ReviewFile,
)
from fidelity_app.exchange.identity import reviewer_key, tidy_name
from fidelity_app.exchange.merge import (
    Agreed,
    MergePlan,
    Person,
    PlanEntry,
    PlanKey,
    PlannedAction,
    Snapshot,
    plan_merge,
    snapshot_of_file,
)
from fidelity_app.exchange.reader import ReviewFileError, read_review_file
from fidelity_app.fileio import write_atomic
from fidelity_app.messages import Message, message
from fidelity_app.scale.calculators import inputs_json
from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import (
    AGREED_TEXT_FIELDS,
    ChangeInfo,
    EvidenceEntry,
    ReviewDetail,
    ServiceInfo,
    agreed_values,
    as_utc,
)
from fidelity_app.services.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    ReviewLockedError,
)
from fidelity_app.services.item_inputs import check_inputs
from fidelity_app.services.labels import item_label
from fidelity_app.services.output_paths import check_output_path
from fidelity_app.services.personal_data import Finding, redact_file, replacement_for
from fidelity_app.services.reviews import (
    ReviewService,
    check_review_size,
    entry_record,
    service_info,
)
from fidelity_app.services.service_names import same_name
from fidelity_app.services.visit_plan import (
    VisitPlanService,
    add_file_rows,
    plan_file_part,
    tick_rows,
)
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import (
    Action,
    EvidenceEntryRow,
    ItemAssessment,
    ItemInputs,
    Rating,
    Review,
    ReviewChange,
    Reviewer,
    ReviewEvent,
    Service,
    ServiceComment,
    new_uuid,
    now,
)

MAX_CONFLICTS_SHOWN = 8

ServiceChoice = Literal["ask", "existing", "new"]
"""What an import does when the file's service matches a stored one by name but not by id:
refuse and ask (``ServiceMatchError``), add the review to the stored service, or make a new
service."""


class ImportConflictError(ConflictError):
    """A file that disagrees with the stored review; ``conflicts`` lists every place, each a
    ``Message`` naming items as the user sees them (render with ``.text(language)``)."""

    def __init__(self, text: Message, conflicts: tuple[Message, ...]) -> None:
        super().__init__(text)
        self.conflicts = conflicts


class ServiceMatchError(ConflictError):
    """The file's service has an id not stored here, but a stored service has the same name
    (case, spacing and punctuation aside): nothing was imported, so that one service's history
    is not split in two. ``existing`` lists the matching services; import again with
    ``service="existing"`` or ``service="new"``."""

    def __init__(self, text: Message, existing: tuple[ServiceInfo, ...]) -> None:
        super().__init__(text)
        self.existing = existing


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did."""

    review_uuid: str
    created: bool
    ratings_added: int = 0
    reviewers_added: tuple[str, ...] = ()
    items_filled: int = 0
    fields_filled: tuple[str, ...] = ()
    finalised: bool = False
    inputs_filled: int = 0
    plan_rows_added: int = 0
    plan_rows_ticked: int = 0
    comments_added: int = 0
    """The service's comments from the factual check the file added."""
    evidence_added: int = 0
    actions_added: int = 0
    edition_missing: str | None = None
    """When the file names a scale text (edition) this database does not have: which one."""

    @property
    def merged(self) -> bool:
        """Whether the file added something to a review that was already stored."""
        return not self.created and bool(
            self.ratings_added or self.reviewers_added or self.items_filled
            or self.fields_filled or self.finalised or self.inputs_filled or self.actions_added
            or self.plan_rows_added or self.plan_rows_ticked
            or self.comments_added or self.evidence_added
        )

    @property
    def unchanged(self) -> bool:
        """Whether the review was already there and the file added nothing to it."""
        return not self.created and not self.merged

    def describe(self) -> Message:
        """What the import did, in a short sentence (``str()`` or ``.text(language)``)."""
        if self.created:
            said = message("imported_new")
        elif not self.merged:
            said = message("imported_unchanged")
        else:
            said = self._merged_text()
        if self.edition_missing is None:
            return said
        return message("imported_edition_missing", said=said, edition=self.edition_missing)

    def _merged_text(self) -> Message:
        parts: list[Message] = []
        if self.reviewers_added:
            parts.append(message("merged_reviewers", names=", ".join(self.reviewers_added)))
        if self.ratings_added:
            parts.append(message("merged_ratings", count=self.ratings_added))
        if self.items_filled:
            parts.append(message("merged_items", count=self.items_filled))
        if self.fields_filled:
            parts.append(message("merged_fields", fields=", ".join(self.fields_filled)))
        if self.inputs_filled:
            parts.append(message("merged_inputs", count=self.inputs_filled))
        if self.plan_rows_added:
            parts.append(message("merged_plan", count=self.plan_rows_added))
        if self.plan_rows_ticked:
            parts.append(message("merged_plan_ticks", count=self.plan_rows_ticked))
        if self.comments_added:
            parts.append(message("merged_comments", count=self.comments_added))
        if self.evidence_added:
            parts.append(message("merged_evidence", count=self.evidence_added))
        if self.actions_added:
            parts.append(message("merged_actions", count=self.actions_added))
        if self.finalised:
            parts.append(message("merged_finalised"))
        text = parts[0]
        for part in parts[1:]:
            text = message("semicolon_joined", first=text, second=part)
        return message("imported_merged", parts=text)


def review_to_file(
    detail: ReviewDetail, reviewer: str | None = None, include_agreed: bool = True
) -> dict[str, object]:
    """The review-file dictionary of a stored review.

    ``reviewer`` limits the ratings to that reviewer's; ``include_agreed=False`` leaves out
    the agreed items and the overall summary (a file of reviewer ratings only). Every reviewer
    is written with their UUID (format version 2), each evidence entry with its UUID and
    source (version 3).
    """
    s = detail.summary
    items = []
    for item_id in sorted(detail.items) if include_agreed else ():
        notes = detail.items[item_id]
        if notes.is_empty:
            continue
        entry: dict[str, object] = {"id": item_id, "score": notes.score}
        if notes.evidence:
            entry["evidence"] = [evidence_entry(e) for e in notes.evidence]
        for key in AGREED_TEXT_FIELDS:
            if getattr(notes, key):
                entry[key] = getattr(notes, key)
        if notes.needs_info:
            entry["needs_info"] = True
        if notes.checklist_met:
            entry["checklist_met"] = list(notes.checklist_met)
        items.append(entry)
    service: dict[str, object] = {"id": detail.service.uuid, "name": detail.service.name}
    for key in ("organisation", "location", "contact"):
        if getattr(detail.service, key):
            service[key] = getattr(detail.service, key)
    review: dict[str, object] = {
        "id": s.uuid,
        "kind": s.kind,
        "date": s.start_date.isoformat(),
        "status": s.status,
        "reviewers": [{"id": r.uuid, "name": r.name} for r in detail.reviewers],
    }
    if s.end_date:
        review["end_date"] = s.end_date.isoformat()
    if include_agreed and (detail.summary_strengths or detail.summary_recommendations):
        review["summary"] = {
            "strengths": detail.summary_strengths,
            "recommendations": detail.summary_recommendations,
        }
    ratings = []
    for r in detail.ratings:
        if (reviewer is not None and reviewer_key(r.reviewer) != reviewer_key(reviewer)) or (
            r.score is None and not r.note
        ):
            continue
        rating: dict[str, object] = {"reviewer": r.reviewer, "item": r.item_id, "score": r.score}
        if r.note:
            rating["note"] = r.note
        ratings.append(rating)
    data: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "scale": s.scale_id,
        "scale_version": s.scale_version,
        "language": s.language,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "service": service,
        "review": review,
        "items": items,
    }
    if ratings:
        data["ratings"] = ratings
    if detail.edition is not None and detail.edition.sha256 is not None:
        data["scale_edition"] = {"id": detail.edition.id, "sha256": detail.edition.sha256,
                                 "name": detail.edition.name}
    if include_agreed and detail.service_comments:
        data["service_comments"] = [
            {"item": c.item_id, "comment": c.comment, "sender": c.sender,
             "received_at": c.received_at.isoformat(timespec="seconds")}
            for c in detail.service_comments
        ]
    if include_agreed and detail.changes:
        data["changes"] = [change_to_file(c) for c in detail.changes]
    if include_agreed and detail.calculations:
        data["calculations"] = [
            {"item": item_id, "inputs": detail.calculations[item_id].inputs.model_dump(
                mode="json")}
            for item_id in sorted(detail.calculations)
        ]
    return data


def evidence_entry(entry: EvidenceEntry) -> dict[str, object]:
    """An evidence entry as the review file writes it (the role only for an interview)."""
    data: dict[str, object] = {"id": entry.id, "source": entry.source}
    if entry.role:
        data["role"] = entry.role
    data["text"] = entry.text
    return data


def change_to_file(c: ChangeInfo) -> dict[str, object]:
    """One entry of the log of changes after finalising, as the review file holds it."""
    entry: dict[str, object] = {"id": c.uuid, "at": _utc(c.at).isoformat(timespec="seconds"),
                                "by": c.actor, "part": c.part, "what": c.what}
    for key, value in (("item", c.item_id), ("detail", c.detail), ("old", c.old),
                       ("new", c.new), ("reason", c.reason)):
        if value:
            entry[key] = value
    return entry


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def add_changes(s: Session, review: Review, changes: Sequence[ChangePart]) -> int:
    """Add the file's log entries the database does not hold yet (by their UUID)."""
    if not changes:
        return 0
    known = set(s.scalars(select(ReviewChange.uuid).where(
        ReviewChange.uuid.in_([c.id for c in changes]))))
    added = 0
    for c in changes:
        if c.id in known:
            continue
        known.add(c.id)
        review.changes.append(ReviewChange(
            uuid=c.id, at=_utc(datetime.fromisoformat(c.at)), actor=c.by, part=c.part,
            what=c.what, item_id=c.item, detail=c.detail, old=c.old, new=c.new,
            reason=c.reason))
        added += 1
    return added


def _snapshot(review: Review, actions: Sequence[Action] = ()) -> Snapshot:
    """The merge snapshot of a stored review (loaded in the caller's session) and the
    actions it raised."""
    items = {a.item_id: Agreed(**agreed_values(a)) for a in review.assessments}
    return Snapshot(
        scale=review.scale_id,
        language=review.language,
        service_name=review.service.name,
        organisation=review.service.organisation,
        kind=review.kind,
        date=review.start_date,
        end_date=review.end_date,
        status=review.status,
        summary_strengths=review.summary_strengths,
        summary_recommendations=review.summary_recommendations,
        reviewers=tuple(Person(r.uuid, r.name) for r in review.reviewers),
        items={k: v for k, v in items.items() if not v.is_empty},
        ratings={
            (person.name, x.item_id): (x.score, x.note)
            for person in review.reviewers
            for x in person.ratings
            if x.score is not None or x.note
        },
        inputs={x.item_id: x.inputs for x in review.inputs},
        plan=_plan_snapshot(review),
        evidence={a.item_id: tuple(entry_record(e) for e in a.evidence_entries)
                  for a in review.assessments if a.evidence_entries},
        actions={a.uuid: planned_action(a) for a in actions},
    )


def _plan_snapshot(review: Review) -> dict[PlanKey, PlanEntry]:
    """The visit plan of a stored review as merging compares it."""
    plan: dict[PlanKey, PlanEntry] = {
        ("activity", a.uuid): PlanEntry((a.day, a.start_time, a.end_time, a.activity,
                                          a.with_whom), a.held)
        for a in review.visit_activities
    }
    plan.update({("document", d.uuid): PlanEntry((d.name,), d.received)
                 for d in review.visit_documents})
    return plan


def _add_evidence(row: ItemAssessment, entries: Sequence[EvidenceEntry]) -> None:
    """Put entries after the stored ones of an item, keeping their ids."""
    position = max((e.position for e in row.evidence_entries), default=-1) + 1
    for offset, entry in enumerate(entries):
        row.evidence_entries.append(EvidenceEntryRow(
            uuid=entry.id, position=position + offset, source=entry.source, role=entry.role,
            text=entry.text))


def action_part(action: Action) -> dict[str, object]:
    """An action as the review file writes it (empty values left out)."""
    part: dict[str, object] = {"id": action.uuid, "item": action.item_id, "what": action.what,
                               "status": action.status}
    if action.responsible:
        part["responsible"] = action.responsible
    if action.due_date is not None:
        part["due_date"] = action.due_date.isoformat()
    if action.outcome:
        part["outcome"] = action.outcome
    return part


def planned_action(action: Action) -> PlannedAction:
    """A stored action as the merge compares it."""
    return PlannedAction(action.item_id, action.what, action.responsible, action.due_date,
                         action.status, action.outcome)


@dataclass(frozen=True)
class MergeWording:
    """The message keys a refused merge is said with: a file import's unless told."""

    conflicts: str = "import_conflicts"
    """Heads the list of conflicts ({source}, {review}, {count}, {conflicts})."""
    conflict: str = "conflict"
    """One conflict ({place}, {stored}: the stored value, {incoming}: the arriving one)."""
    locked: str = "import_locked"
    """A final review that would change ({source}, {review})."""
    service_match: str = "service_matches_by_name"
    """A service stored with another id under the same name ({source}, {name})."""
    line: str = "conflict_line"
    """Each conflict in the list ({conflict})."""
    more: str = "conflict_more"
    """The line saying how many more conflicts there are ({count})."""


def _conflict_error(
    source: str, review: Review, plan: MergePlan, scale: Scale, wording: MergeWording
) -> ImportConflictError:
    """The refusal of a merge with conflicts, in the words of ``wording``."""
    conflicts = tuple(c.describe(lambda i: item_label(scale, i), key=wording.conflict)
                      for c in plan.conflicts)
    shown = [message(wording.line, conflict=c) for c in conflicts[:MAX_CONFLICTS_SHOWN]]
    more = len(conflicts) - len(shown)
    if more > 0:
        shown.append(message(wording.more, count=more))
    text = message(wording.conflicts, source=source, review=review.uuid,
                   service=review.service.name, date=review.start_date.isoformat(),
                   count=len(conflicts), conflicts=tuple(shown))
    return ImportConflictError(text, conflicts)


def _new_comments(review: Review, model: ReviewFile) -> list[ServiceComment]:
    """The file's comments from the factual check that the review does not hold yet (the
    same item, sender, comment and time is the same comment)."""
    stored = {(c.item_id, c.sender, c.comment, as_utc(c.received_at))
              for c in review.service_comments}
    fresh: list[ServiceComment] = []
    for part in model.service_comments:
        received = as_utc(datetime.fromisoformat(part.received_at))
        key = (part.item, part.sender.strip(), part.comment, received)
        if key not in stored:
            stored.add(key)
            fresh.append(ServiceComment(
                item_id=part.item, comment=part.comment, sender=part.sender.strip(),
                received_at=received))
    return fresh


class ExchangeService:
    """Review files in and out."""

    def __init__(
        self, sessions: sessionmaker[Session], scales: ScaleCatalogue, reviews: ReviewService
    ) -> None:
        self._sessions = sessions  # writes: BEGIN IMMEDIATE
        self._reads = read_sessions(sessions)  # reads: deferred BEGIN
        self._scales = scales
        self._reviews = reviews

    def export_review(
        self,
        review_uuid: str,
        path: str | Path,
        reviewer: str | None = None,
        include_agreed: bool | None = None,
        *,
        redact: Sequence[Finding] = (),
    ) -> Path:
        """Write one review to ``path`` as a review file.

        Without ``reviewer``: the whole review (agreed items, summary, every rating). With
        ``reviewer``: only that reviewer's ratings, for a colleague to merge into their copy;
        agreed items and summary only with ``include_agreed=True``, or when the review is
        final (a final file always carries its agreed scores). ``redact``: findings of likely
        personal data (``PrivacyService.check_export``) replaced in the file only.
        """
        data = self.file_data(review_uuid, reviewer, include_agreed)
        if redact:
            data = redact_file(data, redact, replacement_for(str(data["language"])))
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        path = check_output_path(self._reviews.db_path, path)
        try:
            return write_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            raise InvalidInputError("cannot_write", path=path, reason=exc.strerror) from None

    def file_data(
        self, review_uuid: str, reviewer: str | None = None, include_agreed: bool | None = None,
        *, include_actions: bool = False,
    ) -> dict[str, object]:
        """The review file of a review as a dictionary, as ``export_review`` writes it;
        ``include_actions`` adds the actions of the action plan the review raised."""
        detail = self._reviews.get_review(review_uuid)
        if reviewer is not None:
            found = next((r.name for r in detail.reviewers
                          if reviewer_key(r.name) == reviewer_key(reviewer)), None)
            if found is None:
                raise NotFoundError("not_a_reviewer", name=reviewer.strip())
            reviewer = found
        if include_agreed is None:
            include_agreed = reviewer is None
        if detail.summary.is_final:
            include_agreed = True
        data = review_to_file(detail, reviewer=reviewer, include_agreed=include_agreed)
        plan = plan_file_part(VisitPlanService(self._sessions, self._reviews)
                              .plan(review_uuid)) if include_agreed else None
        if plan is not None:
            data["visit_plan"] = plan
        if include_actions and (actions := self._action_parts(review_uuid)):
            data["actions"] = actions
        return data

    def _action_parts(self, review_uuid: str) -> list[dict[str, object]]:
        """The review file's entries of the actions a review raised, oldest first."""
        with self._reads() as s:
            rows = s.scalars(select(Action).join(Review, Action.review_id == Review.id)
                             .where(Review.uuid == review_uuid).order_by(Action.id))
            return [action_part(a) for a in rows]

    def read(self, path: str | Path) -> ReviewFile:
        """Read and validate a review file without storing it."""
        try:
            return read_review_file(path, self._scales)
        except ReviewFileError as exc:
            raise InvalidInputError("file_problem", path=path, problem=exc.message) from None

    def import_file(self, path: str | Path, service: ServiceChoice = "ask") -> ImportResult:
        """Import one review file: all of it, or nothing (``service``: see ``ServiceChoice``)."""
        return self.import_model(self.read(path), str(path), service=service)

    def import_model(
        self, model: ReviewFile, source: str = "the file", service: ServiceChoice = "ask"
    ) -> ImportResult:
        """Store a validated review file in one transaction.

        A file scored with a scale text (edition) this database lacks still imports (the
        item ids are the same); ``ImportResult.edition_missing`` says which text it was.
        """
        missing = self.missing_edition(model)
        try:
            with self._sessions.begin() as s:
                result = self.store_in(s, model, source, service)
        except IntegrityError:
            raise ConflictError("import_stored_meanwhile", source=source) from None
        except StaleDataError:
            raise ConflictError("import_changed_meanwhile", source=source) from None
        return replace(result, edition_missing=missing)

    def store_in(
        self, s: Session, model: ReviewFile, source: str, service: ServiceChoice = "ask",
        wording: MergeWording = MergeWording(),
    ) -> ImportResult:
        """Store a validated review file in the caller's write transaction ``s``: a new
        review, or merged into the stored one with its id (add, never overwrite).

        Refused with ``ImportConflictError``, ``ReviewLockedError`` or ``ServiceMatchError``
        before anything is changed in ``s``; the caller commits or rolls back.
        """
        if model.review.id is not None:
            review = s.scalar(
                select(Review)
                .where(Review.uuid == model.review.id)
                .options(
                    selectinload(Review.service),
                    selectinload(Review.reviewers).selectinload(Reviewer.ratings),
                    selectinload(Review.assessments).selectinload(
                        ItemAssessment.evidence_entries),
                    selectinload(Review.inputs),
                    selectinload(Review.service_comments),
                )
            )
            if review is not None:
                return self._merge(s, review, model, source, wording)
        review = self._create(s, model, source, service, wording)
        s.flush()
        return ImportResult(review.uuid, created=True, actions_added=len(model.actions))

    def _merge(
        self, s: Session, review: Review, model: ReviewFile, source: str, wording: MergeWording
    ) -> ImportResult:
        """Merge a file into the stored review with its id: add, never overwrite."""
        actions = list(s.scalars(select(Action).where(Action.review_id == review.id)))
        plan = plan_merge(_snapshot(review, actions), snapshot_of_file(model))
        if plan.conflicts:
            scale = self._scales.get(review.scale_id, review.language)
            raise _conflict_error(source, review, plan, scale, wording)
        comments = _new_comments(review, model)
        if plan.locked or (comments and review.status == "final"):
            raise ReviewLockedError(wording.locked, source=source, review=review.uuid,
                                    service=review.service.name,
                                    date=review.start_date.isoformat())
        add_changes(s, review, model.changes)  # the log: added, never replaced
        if not plan.changes and not comments:
            return ImportResult(review.uuid, created=False)
        review.service_comments.extend(comments)
        return self._apply(s, review, plan, source, model, len(comments))

    def _apply(self, s: Session, review: Review, plan: MergePlan, source: str,
               model: ReviewFile, comments_added: int = 0) -> ImportResult:
        for key, value in plan.fields.items():
            setattr(review, key, value)
        taken = self._taken_reviewer_ids(s, plan.reviewers)
        for newcomer in plan.reviewers:
            review.reviewers.append(Reviewer(
                uuid=newcomer.id if newcomer.id and newcomer.id not in taken else new_uuid(),
                name=newcomer.name, position=len(review.reviewers),
            ))
        rows = {a.item_id: a for a in review.assessments}
        for item_id, agreed in plan.items.items():
            row = rows.get(item_id)
            if row is None:
                row = rows[item_id] = ItemAssessment(item_id=item_id)
                review.assessments.append(row)
            for key, value in agreed_values(agreed).items():
                setattr(row, key, value)
        for item_id, entries in plan.evidence.items():
            row = rows.get(item_id)
            if row is None:
                row = rows[item_id] = ItemAssessment(item_id=item_id)
                review.assessments.append(row)
            _add_evidence(row, entries)
        people = {r.name: r for r in review.reviewers}
        for (name, item_id), (score, note) in plan.ratings.items():
            person = people[name]
            rating = next((x for x in person.ratings if x.item_id == item_id), None)
            if rating is None:
                rating = Rating(item_id=item_id)
                person.ratings.append(rating)
            rating.score, rating.note = score, note
        self._add_inputs(review, plan.inputs)
        plan_added = add_file_rows(review, model.visit_plan, plan.plan_rows)
        tick_rows(review, plan.plan_ticks)
        self._add_actions(s, review, plan.actions)
        try:
            check_review_size(review)
        except InvalidInputError as exc:
            raise InvalidInputError("file_problem", path=source, problem=exc.message) from None
        # A review reopened here was reopened on purpose: an older final file does not close it.
        reopened = any(e.kind == "reopened" for e in review.events)
        finalised = plan.finalise and not reopened and all(
            a.score is not None for a in review.assessments
        ) and (
            len({a.item_id for a in review.assessments})
            == len(self._scales.get(review.scale_id, review.language).items)
        )
        result = ImportResult(
            review.uuid,
            created=False,
            ratings_added=len(plan.ratings),
            reviewers_added=tuple(p.name for p in plan.reviewers),
            items_filled=len(plan.items),
            fields_filled=tuple(
                {"end_date": "review.end_date",
                 "summary_strengths": "review.summary.strengths",
                 "summary_recommendations": "review.summary.recommendations"}[k]
                for k in plan.fields
            ),
            finalised=finalised,
            inputs_filled=len(plan.inputs),
            plan_rows_added=plan_added,
            plan_rows_ticked=len(plan.plan_ticks),
            comments_added=comments_added,
            evidence_added=sum(len(x) for x in plan.evidence.values()),
            actions_added=len(plan.actions),
        )
        review.events.append(
            ReviewEvent(kind="imported",
                        reason=f"{Path(source).name}: {result.describe().text('en')}")
        )
        if finalised:
            review.status = "final"
            review.finalised_at = now()
            review.events.append(ReviewEvent(kind="finalised", reason="as in the imported file"))
        if plan.review_changes:
            review.updated_at = now()
        return result

    @staticmethod
    def _add_actions(s: Session, review: Review, actions: Mapping[str, PlannedAction]) -> None:
        """Add actions raised by ``review`` to its service's plan (an id stored for another
        review's action gets a new one)."""
        if not actions:
            return
        taken = set(s.scalars(select(Action.uuid).where(Action.uuid.in_(list(actions)))))
        s.flush()  # the review's id
        for action_id, a in actions.items():
            s.add(Action(
                uuid=action_id if action_id not in taken else new_uuid(),
                service=review.service, review_id=review.id, item_id=a.item, what=a.what,
                responsible=a.responsible, due_date=a.due_date, status=a.status,
                outcome=a.outcome,
            ))

    @staticmethod
    def _taken_reviewer_ids(session: Session, people: Sequence[Person | ReviewerPart]) -> set[str]:
        """The ids of ``people`` that a stored reviewer already has (a file without a review
        id imported twice makes two reviews): those reviewers get new ids."""
        ids = [p.id for p in people if p.id]
        if not ids:
            return set()
        return set(session.scalars(select(Reviewer.uuid).where(Reviewer.uuid.in_(ids))))

    def _service_for(
        self, s: Session, model: ReviewFile, source: str, choice: ServiceChoice,
        wording: MergeWording,
    ) -> Service | None:
        """The stored service the file's review belongs to, or ``None`` for a new one.

        The file's service id wins; a file without one goes to the service with exactly its
        name and organisation. A service that matches only by name (case, spacing and
        punctuation aside) is used or passed over as ``choice`` says, else refused.
        """
        name, organisation = model.service.name.strip(), model.service.organisation.strip()
        if model.service.id is not None:
            found = s.scalar(select(Service).where(Service.uuid == model.service.id))
            if found is not None:
                return found
        elif (found := s.scalar(select(Service).where(
                Service.name == name, Service.organisation == organisation))) is not None:
            return found
        matches = [x for x in s.scalars(select(Service).order_by(Service.id))
                   if same_name(x.name, name) and same_name(x.organisation, organisation)]
        if not matches or choice == "new":
            return None
        if choice == "existing":
            exact = [x for x in matches if x.name == name]
            return (exact or matches)[0]
        raise ServiceMatchError(
            message(wording.service_match, source=source, name=name),
            tuple(service_info(x, len(x.reviews)) for x in matches),
        )

    def _create(
        self, s: Session, model: ReviewFile, source: str, choice: ServiceChoice,
        wording: MergeWording,
    ) -> Review:
        scale = self._scales.get(model.scale, model.language)
        taken = self._taken_reviewer_ids(s, model.review.reviewers)
        service = self._service_for(s, model, source, choice, wording)
        if service is None:
            service = Service(
                uuid=model.service.id or new_uuid(),
                name=model.service.name.strip(),
                organisation=model.service.organisation.strip(),
                location=model.service.location.strip(),
                contact=model.service.contact.strip(),
            )
            s.add(service)
        r = model.review
        review = Review(
            uuid=r.id or new_uuid(),
            service=service,
            kind=r.kind,
            start_date=r.date,
            end_date=r.end_date,
            language=model.language,
            scale_id=scale.id,
            scale_version=model.scale_version or scale.version,
            status=r.status,
            summary_strengths=r.summary.strengths,
            summary_recommendations=r.summary.recommendations,
            finalised_at=now() if r.status == "final" else None,
        )
        review.reviewers = [
            Reviewer(uuid=p.id if p.id and p.id not in taken else new_uuid(),
                     name=tidy_name(p.name), position=i)
            for i, p in enumerate(r.reviewers)
        ]
        review.assessments = [
            ItemAssessment(item_id=i.id, **agreed_values(i)) for i in model.items
        ]
        for row, item in zip(review.assessments, model.items, strict=True):
            _add_evidence(row, [EvidenceEntry(e.id, e.source, e.text, e.role)
                                for e in item.evidence])
        people = {reviewer_key(p.name): p for p in review.reviewers}
        for rating in model.ratings:
            if rating.score is not None or rating.note:
                people[reviewer_key(rating.reviewer)].ratings.append(
                    Rating(item_id=rating.item, score=rating.score, note=rating.note)
                )
        review.events = [ReviewEvent(kind="imported")]
        if model.scale_edition is not None:
            review.edition_id = model.scale_edition.id
            review.edition_sha256 = model.scale_edition.sha256
            review.edition_name = model.scale_edition.name
        else:  # a file from before editions: the text it was scored with is not known
            review.edition_id = review.edition_sha256 = None
        self._add_inputs(review, {c.item: inputs_json(c.inputs) for c in model.calculations})
        add_file_rows(review, model.visit_plan)
        review.service_comments = _new_comments(review, model)
        s.add(review)
        add_changes(s, review, model.changes)
        self._add_actions(s, review, snapshot_of_file(model).actions)
        return review

    def _add_inputs(self, review: Review, inputs: dict[str, str]) -> None:
        """Store calculator figures (already checked against the scale) with their proposal."""
        scale = self._scales.get(review.scale_id, review.language)
        for item_id, text in inputs.items():
            proposal = check_inputs(scale, item_id, json.loads(text))[1]
            review.inputs.append(ItemInputs(item_id=item_id, inputs=text,
                                            proposed_score=proposal.score))

    def missing_edition(self, model: ReviewFile) -> str | None:
        """The scale text a file names when this database does not have it, else ``None``."""
        edition = model.scale_edition
        if edition is None:
            return None
        use, _ = self._reviews.editions.use(model.scale, model.language, edition.id,
                                            edition.sha256)
        if use.present:
            return None
        name = edition.name or use.name
        return f"{name} ({edition.id}, SHA-256 {edition.sha256[:12]}…)"
