"""An item's evidence entries as the scoring view shows and writes them, without widgets.

What is typed in the entry field is written like every other text: after a short pause,
when the field is left and before another item is shown (through the editor's
:class:`~fidelity_app.ui.scoring.autosave.Autosaver`). The first write of a new entry adds it;
later writes change that entry in place of what the window last showed, so an entry changed
in another window meanwhile is refused and kept on screen, as for the other texts. Enter ends
the entry: the field is free for the next one, with the same source.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fidelity_app.exchange.evidence import TAGGED_SOURCES, UNTAGGED, coverage
from fidelity_app.exchange.evidence import entry_line as line_of_entry
from fidelity_app.services.dto import EvidenceEntry, ItemNotes
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.presenter import Problem, is_refusal
from fidelity_app.ui.scoring.state import ReviewState

EVIDENCE = "evidence"  # the field of an entry being typed, in the autosaver's keys
SOURCE_CHOICES = (*TAGGED_SOURCES, UNTAGGED)
"""The sources the view offers, in order (``untagged`` last: evidence of before sources)."""

translate = QCoreApplication.translate


def source_label(source: str) -> str:
    """The name of a kind of source, as a choice ("Intervju")."""
    labels = {
        "interview": translate("EvidenceTexts", "Interview"),
        "observation": translate("EvidenceTexts", "Observation"),
        "records": translate("EvidenceTexts", "Record review"),
        "figures": translate("EvidenceTexts", "Figures and statistics"),
        "document": translate("EvidenceTexts", "Document"),
        UNTAGGED: translate("EvidenceTexts", "No source given"),
    }
    return labels.get(source, source)


def source_letter(source: str) -> str:
    """The one-letter mark of a kind of source in the item list ("I", "J", ...)."""
    letters = {
        "interview": translate("EvidenceTexts", "I", "interview"),
        "observation": translate("EvidenceTexts", "O", "observation"),
        "records": translate("EvidenceTexts", "R", "record review"),
        "figures": translate("EvidenceTexts", "F", "figures and statistics"),
        "document": translate("EvidenceTexts", "D", "document"),
        UNTAGGED: "?",
    }
    return letters.get(source, "?")


def entry_line(entry: EvidenceEntry) -> str:
    """An entry as a line of the list: "Intervju (enhetschef): Tre arbetsspecialister …"."""
    return line_of_entry(entry, source_label)


@dataclass(frozen=True)
class CoverageView:
    """An item's evidence at a glance: the letters of its sources, whether it rests on one
    kind of source only, and the sentence that says so."""

    letters: str
    single_source: bool
    text: str


def coverage_view(notes: ItemNotes) -> CoverageView:
    """What the item list and the notes show about an item's sources."""
    found = coverage(notes.evidence)
    if not found.entries:
        return CoverageView("", False, translate("EvidenceTexts", "No evidence yet"))
    names = ", ".join(source_label(s).lower() for s in found.sources)
    count = (translate("EvidenceTexts", "1 entry") if found.entries == 1 else
             translate("EvidenceTexts", "%1 entries").replace("%1", str(found.entries)))
    if found.single_source:
        text = translate("EvidenceTexts", "%1, from one kind of source only (%2): look for "
                         "another").replace("%1", count).replace("%2", names)
    else:
        text = translate("EvidenceTexts", "%1 from: %2").replace("%1", count).replace("%2", names)
    return CoverageView("".join(source_letter(s) for s in found.sources), found.single_source,
                        text)


@dataclass
class Draft:
    """The entry being typed: a new one (``entry_id`` ``None`` until its first write) or a
    stored one being changed, with the source and role chosen for it; ``shown`` is the entry
    as the user last saw it stored (what the next write replaces)."""

    item_id: str
    entry_id: str | None
    source: str
    role: str = ""
    shown: EvidenceEntry | None = None

    def entry(self, text: str) -> EvidenceEntry:
        """The entry as it would be stored with ``text``."""
        return EvidenceEntry(self.entry_id or "", self.source, text, self.role)


class EvidencePresenter:
    """Writes an item's evidence entries; the view shows what it decides."""

    def __init__(self, state: ReviewState, autosaver: Autosaver) -> None:
        self.state = state
        self.autosaver = autosaver
        self.drafts: dict[str, Draft] = {}  # by item: the entry being typed there

    def start(self, item_id: str, entry: EvidenceEntry | None, source: str,
              role: str = "") -> Draft:
        """Begin a new entry (``entry`` ``None``) or the change of a stored one."""
        if entry is None:
            draft = Draft(item_id, None, source, role)
        else:
            draft = Draft(item_id, entry.id, entry.source, entry.role, entry)
        self.drafts[item_id] = draft
        return draft

    def edit(self, item_id: str, text: str, source: str, role: str) -> None:
        """The entry field, its source or role changed: write it after the pause."""
        if self.state.is_final:
            return
        draft = self.drafts.get(item_id) or self.start(item_id, None, source, role)
        draft.source, draft.role = source, role
        self.autosaver.schedule((item_id, EVIDENCE), text, lambda t: self._write(draft, t))

    def _write(self, draft: Draft, text: str) -> None:
        """Add the entry, or change it in place of what the window showed (blank: nothing)."""
        if not text.strip():
            return
        if draft.entry_id is None:
            notes = self.state.add_evidence(draft.item_id, text, draft.source, draft.role)
            draft.entry_id = notes.evidence[-1].id
        else:
            self.state.update_evidence(draft.item_id, draft.entry_id, text, draft.source,
                                       draft.role, draft.shown)
        draft.shown = self.state.entry(draft.item_id, draft.entry_id)

    def draft(self, item_id: str) -> Draft | None:
        """The entry being typed for ``item_id``, if any."""
        return self.drafts.get(item_id)

    def rewrite(self, item_id: str, text: str, expected: EvidenceEntry) -> None:
        """Keep mine: write the entry being typed for ``item_id`` in place of ``expected``,
        the stored entry the user has just seen next to theirs."""
        draft = self.drafts[item_id]
        assert draft.entry_id is not None  # only a stored entry can be changed elsewhere
        draft.shown = expected
        self._write(draft, text)

    def pending_text(self, item_id: str) -> str | None:
        """The text typed in the entry field of ``item_id`` and not written (or refused)."""
        return self.autosaver.pending_text((item_id, EVIDENCE))

    def finish(self, item_id: str) -> bool:
        """End the entry being typed for ``item_id`` once it is written: ``True`` when the
        field may start a new one (nothing of it is waiting or refused)."""
        if self.pending_text(item_id) is not None:
            return False
        self.drafts.pop(item_id, None)
        return True

    def finish_all(self) -> None:
        """End every entry that is written (another item is shown)."""
        for item_id in list(self.drafts):
            self.finish(item_id)

    def remove(self, item_id: str, entry_id: str) -> Problem | None:
        """Remove an entry (unless it changed in another window); what the user reads when
        it was not removed, or ``None``."""
        outcome = attempt(lambda: self.state.remove_evidence(item_id, entry_id))
        if outcome.ok:
            draft = self.drafts.get(item_id)
            if draft is not None and draft.entry_id == entry_id:
                del self.drafts[item_id]
            return None
        assert outcome.error is not None
        if is_refusal(outcome.error):
            self.state.refresh()
        return Problem(translate("ReviewEditor", "Not saved"),
                       translate("EvidenceTexts", "The entry was NOT removed: %1").replace(
                           "%1", error_text(outcome.error)))
