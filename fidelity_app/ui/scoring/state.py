"""The open review as the editor sees it: a cache over the service, with change signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from fidelity_app.scale.model import Item, Scale
from fidelity_app.scale.scoring import ScoreResult, score_stored
from fidelity_app.services.app import App
from fidelity_app.services.dto import (
    AGREED_TEXT_FIELDS,
    EvidenceEntry,
    ItemCalculation,
    ItemNotes,
    ReviewDetail,
)
from fidelity_app.services.errors import (
    ConflictError,
    NotFoundError,
    ReviewLockedError,
)
from fidelity_app.ui.outcome import attempt

# Writes that trying again cannot save: the stored value changed in another window (conflict),
# the review became final or was deleted there. They are reported once, never retried.
REFUSALS: tuple[type[BaseException], ...] = (ConflictError, ReviewLockedError, NotFoundError)


class ReviewState(QObject):
    """One review, read through ``app.reviews``; every write goes to the service at once.

    Signals tell the views what changed: ``itemChanged(item_id)`` after an item's score or
    notes were written, ``reviewChanged()`` after the status, summary or events changed.

    Every write says which value it replaces (``expected``), so an edit made on a stale screen
    is refused (``EditConflictError``) instead of overwriting another window's change. For a
    score that is the cached score (the views show it at once); for a text it is the text
    this window last showed or saved for that field (``shown_text``), which a reload does
    not change until the view shows the item's stored text again (``mark_shown``).
    """

    itemChanged = Signal(str)
    reviewChanged = Signal()

    def __init__(self, app: App, review_uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.uuid = review_uuid
        self.detail: ReviewDetail = app.reviews.get_review(review_uuid)
        self.scale: Scale = app.reviews.review_scale(review_uuid)  # the edition's texts
        self._items: dict[str, ItemNotes] = dict(self.detail.items)
        # (item_id, field) -> the text the screen started from, where it is not the cached one.
        self._base: dict[tuple[str, str], str] = {}
        self.gone = False  # deleted in another window or program

    # -- reading ------------------------------------------------------------------------------

    @property
    def items(self) -> tuple[Item, ...]:
        """The scale's items, in order."""
        return tuple(self.scale.items)

    @property
    def is_final(self) -> bool:
        """Whether the review is read-only: final, or deleted in another window."""
        return self.detail.summary.is_final or self.gone

    def item_note(self) -> str:
        """The one short line shown under each item's criteria: the edition's note."""
        edition = self.detail.edition
        return edition.item_note if edition is not None else self.scale.text_note

    def calculation(self, item_id: str) -> ItemCalculation | None:
        """The calculator figures entered for an item, if any."""
        return self.detail.calculations.get(item_id)

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
        return score_stored(self.scale, self.scores())

    def position(self, item_id: str) -> int:
        """The index of an item in the scale."""
        return [it.id for it in self.scale.items].index(item_id)

    def shown_text(self, item_id: str, field: str) -> str:
        """The text of ``field`` this window last showed or saved (what an edit replaces)."""
        key = (item_id, field)
        if key in self._base:
            return self._base[key]
        return getattr(self.notes(item_id), field) or ""

    def mark_shown(self, item_id: str, fields: tuple[str, ...] = AGREED_TEXT_FIELDS) -> None:
        """The view now shows the cached (stored) text of these fields of ``item_id``."""
        for field in fields:
            self._base.pop((item_id, field), None)

    def note_shown(self, item_id: str, field: str, text: str) -> None:
        """The view now shows ``text`` as the stored text of ``field`` (read elsewhere)."""
        self._base[(item_id, field)] = text

    def label(self, item: Item) -> str:
        """A short reference to an item: its section and number (``Personal 2``)."""
        return f"{self.scale.section(item.section).title} {item.number}"

    # -- writing (each call commits before it returns; errors propagate) -----------------------

    def _pin_shown(self, item_id: str) -> None:
        """Keep the texts the screen shows of ``item_id`` as what its edits replace, before
        the cache takes newer stored texts."""
        old = self.notes(item_id)
        for field in AGREED_TEXT_FIELDS:
            self._base.setdefault((item_id, field), getattr(old, field) or "")

    def _store(self, notes: ItemNotes) -> ItemNotes:
        self._pin_shown(notes.item_id)
        self._items[notes.item_id] = notes
        self.itemChanged.emit(notes.item_id)
        return notes

    def set_score(self, item_id: str, score: int | None, expected: int | None) -> ItemNotes:
        """Write an item's score (``None`` clears it) in place of ``expected`` (the score the
        screen showed). A score changed elsewhere meanwhile raises ``EditConflictError``
        (``refresh`` then reads the stored scores)."""
        notes = self.app.reviews.set_score(self.uuid, item_id, score, expected=expected)
        return self._store(notes)

    def set_text(self, item_id: str, field: str, text: str,
                 expected: str | None = None) -> ItemNotes:
        """Write one note field of an item in place of ``expected`` (by default the text this
        window showed)."""
        if expected is None:
            expected = self.shown_text(item_id, field)
        notes = self.app.reviews.set_item_text(self.uuid, item_id, field, text, expected=expected)
        self._store(notes)
        self._base[(item_id, field)] = text
        return notes

    def entry(self, item_id: str, entry_id: str) -> EvidenceEntry | None:
        """An evidence entry of an item as this window last read or wrote it."""
        return next((e for e in self.notes(item_id).evidence if e.id == entry_id), None)

    def add_evidence(self, item_id: str, text: str, source: str, role: str) -> ItemNotes:
        """Add an evidence entry after the item's others."""
        return self._store(self.app.evidence.add_evidence(self.uuid, item_id, text, source,
                                                          role))

    def update_evidence(self, item_id: str, entry_id: str, text: str, source: str,
                        role: str, expected: EvidenceEntry | None = None) -> ItemNotes:
        """Change an evidence entry in place of ``expected``, the entry as the user saw it
        (default: as this window last read it)."""
        return self._store(self.app.evidence.update_evidence(
            self.uuid, item_id, entry_id, text, source, role,
            expected=expected or self.entry(item_id, entry_id)))

    def remove_evidence(self, item_id: str, entry_id: str) -> ItemNotes:
        """Remove an evidence entry, unless it changed since this window showed it."""
        return self._store(self.app.evidence.remove_evidence(
            self.uuid, item_id, entry_id, expected=self.entry(item_id, entry_id)))

    def set_inputs(self, item_id: str, inputs: object) -> ItemCalculation:
        """Keep an item's calculator figures (the agreed score is not touched)."""
        calc = self.app.calculations.set_inputs(self.uuid, item_id, inputs)
        self._set_calculation(item_id, calc)
        return calc

    def clear_inputs(self, item_id: str) -> None:
        """Remove an item's calculator figures."""
        self.app.calculations.clear_inputs(self.uuid, item_id)
        self._set_calculation(item_id, None)

    def confirm_proposal(self, item_id: str) -> ItemNotes:
        """Make the score the figures propose the agreed score (in place of the shown one)."""
        notes = self.app.calculations.confirm_proposal(
            self.uuid, item_id, expected=self.notes(item_id).score)
        return self._store(notes)

    def _set_calculation(self, item_id: str, calc: ItemCalculation | None) -> None:
        calculations = dict(self.detail.calculations)
        if calc is None:
            calculations.pop(item_id, None)
        else:
            calculations[item_id] = calc
        self.detail = replace(self.detail, calculations=calculations)

    def set_needs_info(self, item_id: str, needs_info: bool) -> ItemNotes:
        """Flag an item as needing more information, or clear the flag."""
        return self._store(self.app.reviews.set_needs_info(self.uuid, item_id, needs_info))

    def summary_text(self, field: str) -> str:
        """The stored overall ``strengths`` or ``recommendations`` of the review."""
        if field not in ("strengths", "recommendations"):
            raise ValueError(f"unknown summary field {field!r}")
        return getattr(self.detail, f"summary_{field}") or ""

    def set_summary(self, field: str, text: str, expected: str) -> None:
        """Write the review's overall ``strengths`` or ``recommendations`` in place of
        ``expected`` (the text the screen started from); a text changed in another window
        meanwhile raises ``EditConflictError`` and nothing is saved."""
        shown = {field: expected}
        if field == "strengths":
            self.app.reviews.set_summary(self.uuid, strengths=text, expected=shown)
            self.detail = replace(self.detail, summary_strengths=text)
        elif field == "recommendations":
            self.app.reviews.set_summary(self.uuid, recommendations=text, expected=shown)
            self.detail = replace(self.detail, summary_recommendations=text)
        else:
            raise ValueError(f"unknown summary field {field!r}")

    def finalise(self, *, clear_flags: bool = False) -> None:
        """Make the review final; ``clear_flags``: although items are flagged as needing more
        information (the flags are cleared and the history says so)."""
        self.app.reviews.finalise(self.uuid, clear_flags=clear_flags)
        self._reload()

    def reopen(self, reason: str) -> None:
        """Make a final review editable again, recording the reason."""
        self.app.reviews.reopen(self.uuid, reason)
        self._reload()

    def reload(self) -> None:
        """Read the review again from the database."""
        self._reload()
        for item in self.scale.items:
            self._pin_shown(item.id)
        self._items = dict(self.detail.items)
        for item in self.scale.items:
            self.itemChanged.emit(item.id)

    def refresh(self) -> bool:
        """Reload after a refused write; ``False`` when the review could not be read (it
        was deleted elsewhere, or the database cannot be read just now)."""
        outcome = attempt(self.reload)
        if isinstance(outcome.error, NotFoundError):
            self.gone = True
            self.reviewChanged.emit()
        return outcome.ok

    def _reload(self) -> None:
        self.detail = self.app.reviews.get_review(self.uuid)
        self.scale = self.app.reviews.review_scale(self.uuid)
        self.reviewChanged.emit()
