"""A text refused because another window changed it: the user chooses which version to keep.

The autosaver reports the refusal; :func:`settle_text_conflicts` shows the conflict dialog for
each refused text (the review's summary texts, an item's agreed notes and rationale, a
reviewer's own note, an evidence entry changed elsewhere) and returns the refusals still open
(cancelled, or not a conflict) for the editor's usual banner.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fidelity_app.services.dto import AGREED_TEXT_FIELDS, EvidenceEntry
from fidelity_app.services.errors import EditConflictError
from fidelity_app.ui.dialogs.conflict_dialog import resolve_conflict
from fidelity_app.ui.dialogs.conflict_presenter import Choice, shown_value
from fidelity_app.ui.scoring.evidence_presenter import EVIDENCE, EvidencePresenter, entry_line
from fidelity_app.ui.scoring.presenter import RATING_NOTE, Refusal, ScoringPresenter, field_name
from fidelity_app.ui.scoring.reviewer_presenter import ReviewerPresenter

translate = QCoreApplication.translate


def summary_name(field: str) -> str:
    """A summary field in a sentence (``the review's strengths``)."""
    if field == "strengths":
        return translate("ReviewEditor", "the review's strengths")
    return translate("ReviewEditor", "the review's recommendations")


def item_text_name(presenter: ScoringPresenter, item_id: str, field: str) -> str:
    """An item's note field in a sentence (``the rationale of Staffing 1``)."""
    return (translate("ReviewEditor", "the %1 of %2")
            .replace("%1", field_name(field)).replace("%2", presenter.label(item_id)))


def evidence_name(presenter: ScoringPresenter, item_id: str) -> str:
    """An evidence entry in a sentence (``an evidence entry of Staffing 1``)."""
    return translate("ReviewEditor", "an evidence entry of %1").replace(
        "%1", presenter.label(item_id))


def rating_note_name(presenter: ScoringPresenter, item_id: str, reviewer: str) -> str:
    """A reviewer's own note in a sentence (``Anna's own note on Staffing 1``)."""
    return (translate("ReviewEditor", "%1's own note on %2")
            .replace("%1", reviewer).replace("%2", presenter.label(item_id)))


class _Text:
    """How one refused text is named, written again and given up, by its autosaver key."""

    def __init__(self, presenter: ScoringPresenter, reviewers: ReviewerPresenter,
                 key: Hashable, text: str, evidence: EvidencePresenter | None = None) -> None:
        self.what = ""
        self.write: Callable[[object], object] = lambda _expected: None
        self.settled: Callable[[], None] = lambda: presenter.autosaver.forget_kept(key)
        self.shown: Callable[[object], str] = shown_value
        self.needs_stored = False  # only a stored version can be chosen (an evidence entry)
        if not isinstance(key, tuple):
            return
        if evidence is not None and len(key) == 2 and key[1] == EVIDENCE:
            self._evidence(presenter, evidence, str(key[0]), text)
            return
        if len(key) == 2 and key[0] == "summary":
            field = str(key[1])
            self.what = summary_name(field)
            self.write = lambda expected: presenter.state.set_summary(
                field, text, str(expected or ""))
            self.settled = lambda: presenter.summary_settled(field)
        elif len(key) == 2 and key[1] in AGREED_TEXT_FIELDS:
            item_id, field = str(key[0]), str(key[1])
            self.what = item_text_name(presenter, item_id, field)
            self.write = lambda expected: presenter.state.set_text(
                item_id, field, text, expected=str(expected or ""))
        elif len(key) == 3 and key[1] == RATING_NOTE:
            item_id, reviewer = str(key[0]), str(key[2])
            self.what = rating_note_name(presenter, item_id, reviewer)
            self.write = lambda expected: reviewers.rewrite_note(
                reviewer, item_id, text, str(expected or ""))


    def _evidence(self, presenter: ScoringPresenter, evidence: EvidencePresenter,
                  item_id: str, text: str) -> None:
        """An evidence entry being changed: both versions shown as the list shows entries."""
        draft = evidence.draft(item_id)
        if draft is None or draft.entry_id is None:
            return  # a new entry is never changed elsewhere
        mine = draft.entry(text)

        def shown(value: object) -> str:
            entry = mine if value == text else value
            return entry_line(entry) if isinstance(entry, EvidenceEntry) else ""

        def write(expected: object) -> None:
            if isinstance(expected, EvidenceEntry):
                evidence.rewrite(item_id, text, expected)

        self.what, self.shown, self.write = evidence_name(presenter, item_id), shown, write
        self.needs_stored = True


def read_stored(presenter: ScoringPresenter) -> None:
    """Read the stored texts again (the editor shows them once every conflict is settled)."""
    presenter.state.refresh()


def settle_text_conflicts(
    parent: QWidget, presenter: ScoringPresenter, reviewers: ReviewerPresenter,
    refusals: Sequence[Refusal], evidence: EvidencePresenter | None = None,
) -> list[Refusal]:
    """Ask about every text in ``refusals`` changed elsewhere; the rest is returned. An
    evidence entry removed elsewhere is not asked about: there is no stored one to choose."""
    left: list[Refusal] = []
    for key, text, error in refusals:
        known = _Text(presenter, reviewers, key, text, evidence)
        if not (known.what and isinstance(error, EditConflictError)) or (
                known.needs_stored and error.stored is None) or (
                key in presenter.declined and presenter.declined[key] == error.stored):
            left.append((key, text, error))  # the banner says so; asked once already
            continue
        result = resolve_conflict(
            parent, error, what=known.what, mine=text, write_mine=known.write,
            use_stored=lambda _stored: read_stored(presenter),
            title=translate("ReviewEditor", "Not saved"), shown=known.shown,
        )
        if result.choice is Choice.USE_STORED or result.written:
            presenter.declined.pop(key, None)
            known.settled()
        else:
            presenter.declined[key] = error.stored
            left.append((key, text, error))
    return left
