"""The open review as the editor sees it: a cache over the service, with change signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from fidelity_app.scale.model import Item, Scale
from fidelity_app.scale.scoring import ScoreResult, score_review
from fidelity_app.services.app import App
from fidelity_app.services.dto import ItemNotes, ReviewDetail
from fidelity_app.services.errors import ServiceError

# What a write to the database can raise: a refused change, or a database that cannot be
# written (read-only file, full disk, a lock held too long).
SAVE_ERRORS: tuple[type[BaseException], ...] = (ServiceError, SQLAlchemyError, OSError)


def describe_error(exc: BaseException) -> str:
    """A short, user-facing reason for a failed write (no traceback)."""
    if isinstance(exc, ServiceError):
        return str(exc)
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else ""
    text = QCoreApplication.translate(
        "ReviewState",
        "the database could not be written (it may be read-only, on a full disk or in use)",
    )
    return f"{text}: {detail}" if detail else text


class ReviewState(QObject):
    """One review, read through ``app.reviews``; every write goes to the service at once.

    Signals tell the views what changed: ``itemChanged(item_id)`` after an item's score or
    notes were written, ``reviewChanged()`` after the status, summary or events changed.
    """

    itemChanged = Signal(str)
    reviewChanged = Signal()

    def __init__(self, app: App, review_uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.uuid = review_uuid
        self.detail: ReviewDetail = app.reviews.get_review(review_uuid)
        summary = self.detail.summary
        self.scale: Scale = app.scales.get(summary.scale_id, summary.language)
        self._items: dict[str, ItemNotes] = dict(self.detail.items)

    # -- reading ------------------------------------------------------------------------------

    @property
    def items(self) -> tuple[Item, ...]:
        """The scale's items, in order."""
        return tuple(self.scale.items)

    @property
    def is_final(self) -> bool:
        """Whether the review is final (read-only)."""
        return self.detail.summary.is_final

    def notes(self, item_id: str) -> ItemNotes:
        """The stored score and notes of one item."""
        return self._items.get(item_id) or ItemNotes(item_id)

    def all_notes(self) -> dict[str, ItemNotes]:
        """The stored notes of every item that has any."""
        return dict(self._items)

    def scores(self) -> dict[str, int]:
        """The scores given so far."""
        return {k: v.score for k, v in self._items.items() if v.score is not None}

    def result(self) -> ScoreResult:
        """The running score (partial until every item is scored)."""
        return score_review(self.scale, self.scores())

    def position(self, item_id: str) -> int:
        """The index of an item in the scale."""
        return [it.id for it in self.scale.items].index(item_id)

    def label(self, item: Item) -> str:
        """A short reference to an item: its section and number (``Personal 2``)."""
        return f"{self.scale.section(item.section).title} {item.number}"

    # -- writing (each call commits before it returns; errors propagate) -----------------------

    def _store(self, notes: ItemNotes) -> ItemNotes:
        self._items[notes.item_id] = notes
        self.itemChanged.emit(notes.item_id)
        return notes

    def set_score(self, item_id: str, score: int | None) -> ItemNotes:
        """Write an item's score (``None`` clears it)."""
        return self._store(self.app.reviews.set_score(self.uuid, item_id, score))

    def set_text(self, item_id: str, field: str, text: str) -> ItemNotes:
        """Write one note field of an item."""
        return self._store(self.app.reviews.set_item_text(self.uuid, item_id, field, text))

    def set_needs_info(self, item_id: str, needs_info: bool) -> ItemNotes:
        """Flag an item as needing more information, or clear the flag."""
        return self._store(self.app.reviews.set_needs_info(self.uuid, item_id, needs_info))

    def set_summary(self, field: str, text: str) -> None:
        """Write the review's overall ``strengths`` or ``recommendations``."""
        if field not in ("strengths", "recommendations"):
            raise ValueError(f"unknown summary field {field!r}")
        self.app.reviews.set_summary(self.uuid, **{field: text})
        self.detail = replace(self.detail, **{f"summary_{field}": text})

    def finalise(self) -> None:
        """Make the review final."""
        self.app.reviews.finalise(self.uuid)
        self._reload()

    def reopen(self, reason: str) -> None:
        """Make a final review editable again, recording the reason."""
        self.app.reviews.reopen(self.uuid, reason)
        self._reload()

    def reload(self) -> None:
        """Read the review again from the database."""
        self._reload()
        self._items = dict(self.detail.items)
        for item in self.scale.items:
            self.itemChanged.emit(item.id)

    def _reload(self) -> None:
        self.detail = self.app.reviews.get_review(self.uuid)
        self.reviewChanged.emit()
