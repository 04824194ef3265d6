"""The service's factual check: the spreadsheet sent with the draft report, the comments it
brings back (per item, with who sent them and when), and the drafts as they were sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fidelity_app.exchange.evidence import entry_line
from fidelity_app.exchange.factual_sheet import (
    FilledSheet,
    SheetError,
    SheetItem,
    fold_name,
    parse_score,
    read_sheet,
    sheet_bytes,
)
from fidelity_app.fileio import write_atomic
from fidelity_app.messages import Message, message
from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import EvidenceEntry, ReviewDetail, ServiceCommentInfo, as_utc
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.services.labels import item_label
from fidelity_app.services.output_paths import check_output_path
from fidelity_app.services.personal_data import Finding, redact_detail, replacement_for
from fidelity_app.services.reviews import ReviewService, check_text, clean_name
from fidelity_app.services.transactions import check_editable, write_transaction
from fidelity_app.storage.engine import read_sessions
from fidelity_app.storage.models import FactualCheckDraft, Review, ServiceComment, now


@dataclass(frozen=True)
class FactualDraftInfo:
    """A draft report as it was sent for the factual check."""

    id: int
    review_uuid: str
    sent_at: datetime
    language: str
    size: int


@dataclass(frozen=True)
class CommentsImported:
    """What importing a filled sheet did."""

    added: int
    """Comments stored."""
    already_stored: int = 0
    """Comments left out because the same sender's same comment on the item was stored."""
    scores_differ: tuple[Message, ...] = ()
    """Items whose score the service changed in the sheet (scores are never taken from it)."""

    def describe(self) -> Message:
        """What the import did, in a sentence (``str()`` or ``.text(language)``)."""
        said = message("factual_comments_added", count=self.added)
        if self.already_stored:
            said = message("semicolon_joined", first=said, second=message(
                "factual_comments_known", count=self.already_stored))
        if self.scores_differ:
            items = message("plain_text", text="")
            for index, label in enumerate(self.scores_differ):
                items = label if index == 0 else message("comma_joined", first=items,
                                                           second=label)
            said = message("factual_scores_differ", said=said, items=items)
        return said


def item_ref(scale: Scale, item_id: str) -> str:
    """An item's number as the user sees it: its section and number ("Bemanning 1")."""
    item = scale.item(item_id)
    return f"{scale.section(item.section).title} {item.number}"


def sheet_evidence(entries: Sequence[EvidenceEntry], language: str) -> str:
    """An item's evidence entries as the report prints them ("Intervju (enhetschef): ...")."""
    def source_name(source: str) -> str:
        name = message(f"source_{source}").text(language)
        return name[:1].upper() + name[1:]

    return "\n\n".join(entry_line(entry, source_name) for entry in entries)


def sheet_items(detail: ReviewDetail, scale: Scale) -> list[SheetItem]:
    """The rows of the factual-check sheet: every item in scale order, with the agreed score
    and the evidence the report prints."""
    language = detail.summary.language
    return [
        SheetItem(ref=item_ref(scale, item.id), title=item.title,
                  score=detail.notes(item.id).score,
                  evidence=sheet_evidence(detail.notes(item.id).evidence, language))
        for item in scale.items
    ]


def _item_names(scale: Scale) -> tuple[dict[str, str], dict[str, str]]:
    """The item ids by folded number ("bemanning 1", or the id) and by folded name."""
    by_ref: dict[str, str] = {}
    by_title: dict[str, str] = {}
    for item in scale.items:
        by_ref[fold_name(item_ref(scale, item.id))] = item.id
        by_ref[fold_name(item.id)] = item.id
        by_title[fold_name(item.title)] = item.id
        by_title.setdefault(fold_name(item.short_title), item.id)
    return by_ref, by_title


class FactualCheckService:
    """The factual check of reviews: sheets out, comments in, the drafts that were sent."""

    def __init__(self, sessions: sessionmaker[Session], reviews: ReviewService) -> None:
        self._sessions = sessions
        self._reads = read_sessions(sessions)
        self._reviews = reviews

    # -- out --------------------------------------------------------------------------------

    def sheet(self, review_uuid: str, redact: Sequence[Finding] = ()) -> bytes:
        """The factual-check spreadsheet (XLSX) of a review, in the review's language;
        ``redact``: findings of likely personal data replaced in the sheet only."""
        detail = self._reviews.get_review(review_uuid)
        if redact:
            detail = redact_detail(detail, redact, replacement_for(detail.summary.language))
        scale = self._reviews.review_scale(review_uuid)
        title = message("factual_sheet_title").text(detail.summary.language)
        return sheet_bytes(sheet_items(detail, scale), detail.uuid, detail.summary.language,
                           title)

    def write_sheet(self, review_uuid: str, path: str | Path,
                    redact: Sequence[Finding] = ()) -> Path:
        """Write the factual-check spreadsheet to ``path`` (atomically) and return the path
        (``redact`` as for :meth:`sheet`)."""
        data = self.sheet(review_uuid, redact)
        path = check_output_path(self._reviews.db_path, path)
        try:
            return write_atomic(path, data)
        except OSError as exc:
            raise InvalidInputError("cannot_write", path=path, reason=exc.strerror) from None

    def record_sent(self, review_uuid: str, pdf: bytes, language: str) -> FactualDraftInfo:
        """Keep the draft report ``pdf`` as sent for the factual check now."""
        with write_transaction(self._sessions) as s:
            review = self._review(s, review_uuid)
            draft = FactualCheckDraft(pdf=pdf, language=language, sent_at=now())
            review.factual_drafts.append(draft)
            s.flush()
            return _draft_info(draft, review_uuid)

    def drafts(self, review_uuid: str) -> list[FactualDraftInfo]:
        """The draft reports sent for the factual check, oldest first."""
        with self._reads() as s:
            review = self._review(s, review_uuid)
            return [_draft_info(d, review_uuid) for d in review.factual_drafts]

    def save_draft(self, draft_id: int, path: str | Path) -> Path:
        """Write a draft report as it was sent to ``path`` again."""
        with self._reads() as s:
            draft = s.get(FactualCheckDraft, draft_id)
            if draft is None:
                raise NotFoundError("factual_draft_not_found", draft=draft_id)
            pdf = draft.pdf
        path = check_output_path(self._reviews.db_path, path)
        try:
            return write_atomic(path, pdf)
        except OSError as exc:
            raise InvalidInputError("cannot_write", path=path, reason=exc.strerror) from None

    # -- in ---------------------------------------------------------------------------------

    def comments(self, review_uuid: str) -> tuple[ServiceCommentInfo, ...]:
        """The service's comments on a review, in the order they came."""
        return self._reviews.get_review(review_uuid).service_comments

    def import_comments(self, review_uuid: str, path: str | Path,
                        sender: str) -> CommentsImported:
        """Store the comments of a filled factual-check sheet, all of them or none.

        Refused (nothing stored): a sheet written for another review, a row that names no
        item of the review, a review that is final. ``sender`` is who sent the sheet.
        """
        sender = clean_name(sender, "what_sender")
        try:
            filled = read_sheet(path)
        except SheetError as exc:
            raise InvalidInputError("file_problem", path=path, problem=exc.message) from None
        if filled.review_id is not None and filled.review_id != review_uuid:
            raise InvalidInputError("sheet_other_review", path=path, other=filled.review_id,
                                    review=review_uuid)
        detail = self._reviews.get_review(review_uuid)
        scale = self._reviews.review_scale(review_uuid)
        found = self._comments_by_item(filled, scale, path)
        differ = tuple(
            item_label(scale, item_id) for item_id, score in found.scores.items()
            if score != detail.notes(item_id).score
        )
        with write_transaction(self._sessions) as s:
            review = check_editable(self._review(s, review_uuid))
            stored = {(c.item_id, c.sender, c.comment) for c in review.service_comments}
            added = known = 0
            received = now().replace(microsecond=0)
            for item_id, texts in found.comments.items():
                for text in texts:
                    if (item_id, sender, text) in stored:
                        known += 1
                        continue
                    review.service_comments.append(ServiceComment(
                        item_id=item_id, comment=text, sender=sender, received_at=received))
                    added += 1
        return CommentsImported(added, known, differ)

    def _comments_by_item(self, filled: FilledSheet, scale: Scale,
                          path: str | Path) -> _Found:
        """Each row's item and comment; every row must name an item of the review."""
        by_ref, by_title = _item_names(scale)
        found = _Found({}, {})
        for row in filled.rows:
            if row.ref:
                item_id = by_ref.get(fold_name(row.ref))
            else:
                item_id = by_title.get(fold_name(row.title)) if row.title else None
            if item_id is None:
                named = row.ref or row.title
                if not named:
                    raise InvalidInputError("sheet_row_no_item", path=path, row=row.row)
                raise InvalidInputError("sheet_unknown_item", path=path, row=row.row,
                                        text=named[:80])
            comment = row.comment.strip()
            if comment:
                check_text(comment, "what_service_comment")
                found.comments.setdefault(item_id, []).append(comment)
            if row.score:
                score = parse_score(row.score)
                found.scores[item_id] = (int(score) if score is not None
                                         and score.is_integer() else None)
        return found

    @staticmethod
    def _review(session: Session, review_uuid: str) -> Review:
        review = session.scalar(select(Review).where(Review.uuid == review_uuid))
        if review is None:
            raise NotFoundError("review_not_found", review=review_uuid)
        return review


@dataclass(frozen=True)
class _Found:
    comments: dict[str, list[str]]
    scores: dict[str, int | None]


def _draft_info(draft: FactualCheckDraft, review_uuid: str) -> FactualDraftInfo:
    return FactualDraftInfo(id=draft.id, review_uuid=review_uuid, sent_at=as_utc(draft.sent_at),
                            language=draft.language, size=len(draft.pdf))
