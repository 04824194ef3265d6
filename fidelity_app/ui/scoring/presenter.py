"""What the scoring view shows and decides, without widgets.

:class:`ScoringPresenter` holds the open review's state (:class:`ReviewState`), the pending
text writes (:class:`Autosaver`) and the item on screen, and decides everything the view then
shows: where the next and previous keys go, whether a key may score, the undo step's name, the
save line ("Saving…", "All changes saved", "Not saved"), and what the user reads when a write
fails or was refused because another window changed, finalised or deleted the review. The view
(``ReviewEditor``) is layout and signals; tests drive this class against a real database.

Writes that are part of typing or scoring (a score key, undo, a note) present a failure as
state (the warning banner) rather than as a message box, so they go through
:func:`fidelity_app.ui.outcome.attempt`; commands such as finalising go through the view's
operation runner.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.services.errors import (
    EditConflictError,
    NotFoundError,
    ReviewLockedError,
    ServiceError,
)
from fidelity_app.services.ratings import Comparison
from fidelity_app.services.readiness import finalise_readiness
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.state import REFUSALS, ReviewState

NOTE_FIELDS = ("strengths", "development")  # an item's agreed notes after its evidence entries
# the texts of an item typed in the notes column ("evidence": the entry being typed)
ITEM_TEXT_FIELDS = ("evidence", *NOTE_FIELDS, "needs_info_reason")
# The key of a reviewer's own note in the autosaver: ``(item_id, RATING_NOTE, reviewer)``.
RATING_NOTE = "rating-note"
# A refused write as the autosaver reports it: ``(key, text, error)``.
Refusal = tuple[Hashable, str, ServiceError]


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Problem:
    """A write that did not happen, as the view shows it (banner, status bar)."""

    title: str
    message: str
    reload: bool = False  # the banner offers "Reload" (a change made elsewhere is kept on screen)
    read_only: bool = False  # the review became final or was deleted elsewhere


@dataclass(frozen=True)
class ScoreStep:
    """An undoable score change the view pushes: ``old`` becomes ``new``."""

    item_id: str
    old: int | None
    new: int | None
    text: str


class ScoringPresenter:
    """State and decisions of one review's scoring view."""

    def __init__(self, state: ReviewState, autosaver: Autosaver) -> None:
        self.state = state
        self.autosaver = autosaver
        self.current = state.items[0].id
        self.refused = False  # a write was refused since the last save or reload
        # summary field -> the stored text the typing started from, while it is not saved
        # (what the write replaces; a text changed in another window is not overwritten)
        self.summary_base: dict[str, str] = {}
        # text key -> the stored value the user chose not to replace (Cancel in the conflict
        # dialog): typing on is refused quietly until that value changes or the user reloads
        self.declined: dict[Hashable, object] = {}

    # -- navigation -----------------------------------------------------------------------------

    def item_ids(self) -> list[str]:
        """Every item of the scale, in order."""
        return [item.id for item in self.state.items]

    def first_unscored(self) -> str:
        """The first item without an agreed score (the first item when all are scored)."""
        scores = self.state.scores()
        return next((i for i in self.item_ids() if i not in scores), self.item_ids()[0])

    def neighbour(self, delta: int) -> str | None:
        """The item ``delta`` steps from the current one, ``None`` past either end."""
        ids = self.item_ids()
        index = ids.index(self.current) + delta
        return ids[index] if 0 <= index < len(ids) else None

    @staticmethod
    def edge_text(delta: int) -> str:
        """What the status bar says when there is no item further on."""
        return (
            translate("ReviewEditor", "This is the last item.")
            if delta > 0
            else translate("ReviewEditor", "This is the first item.")
        )

    def label(self, item_id: str) -> str:
        """The short name of an item (``Staffing 1``); the id itself for an unknown item."""
        try:
            return self.state.label(self.state.scale.item(item_id))
        except KeyError:
            return item_id

    # -- scores ---------------------------------------------------------------------------------

    @staticmethod
    def final_text() -> str:
        """Why a key did nothing on a final review."""
        return translate("ReviewEditor", "The review is final. Reopen it to make changes.")

    def score_step(self, item_id: str, score: int | None) -> ScoreStep | None:
        """The undoable step that sets the agreed score of ``item_id``, or ``None`` when the
        score is already that (the caller checks the review is not final)."""
        old = self.state.notes(item_id).score
        if old == score:
            return None
        label = self.label(item_id)
        if score is None:
            text = translate("ReviewEditor", "clear the score of %1").replace("%1", label)
        else:
            text = (
                translate("ReviewEditor", "score %1 for %2")
                .replace("%1", str(score))
                .replace("%2", label)
            )
        return ScoreStep(item_id, old, score, text)

    def write_score(self, item_id: str, score: int | None, expected: int | None) -> Problem | None:
        """Write an agreed score in place of ``expected``; ``None`` when it was saved.

        A score changed in another window meanwhile is not overwritten: the state is read
        again, and the problem says what the other window stored.
        """
        outcome = attempt(lambda: self.state.set_score(item_id, score, expected))
        if outcome.ok:
            return None
        error = outcome.error
        assert error is not None
        if is_refusal(error):
            self.state.refresh()
        if isinstance(error, EditConflictError):
            return Problem(translate("ReviewEditor", "Not saved"), self.score_conflict_text(error))
        return Problem(
            translate("ReviewEditor", "Not saved"),
            translate("ReviewEditor", "NOT saved: %1. The score was not changed.").replace(
                "%1", error_text(error)
            ),
        )

    def saved_score_text(self, item_id: str, score: int | None) -> str:
        """The status line after an agreed score was written."""
        label = self.label(item_id)
        if score is None:
            return translate("ReviewEditor", "Saved: %1 has no score.").replace("%1", label)
        return (
            translate("ReviewEditor", "Saved: %1 scored %2.")
            .replace("%1", label)
            .replace("%2", str(score))
        )

    def score_conflict_text(self, error: EditConflictError) -> str:
        """What the user reads when a score was changed in another window meanwhile."""
        return (
            translate(
                "ReviewEditor",
                "This item was changed in another window: %1 now has the score %2 (this "
                "window showed %3). Your change is NOT saved; the stored score is shown "
                "now. Make your change again if it still applies.",
            )
            .replace("%1", self.label(error.item_id))
            .replace("%2", score_name(error.stored))
            .replace("%3", score_name(error.expected))
        )

    def proposals_to_accept(self, proposals: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
        """The proposed scores that would change an agreed score (none on a final review)."""
        if self.state.is_final:
            return []
        return [(i, s) for i, s in proposals if self.state.notes(i).score != s]

    @staticmethod
    def accept_text(count: int) -> str:
        """The name of the undo step that accepts ``count`` proposals."""
        return translate("ReviewEditor", "accept %1 proposed scores").replace("%1", str(count))

    def write_needs_info(self, item_id: str, flagged: bool) -> Problem | None:
        """Flag ``item_id`` as needing more information (or clear the flag)."""
        outcome = attempt(lambda: self.state.set_needs_info(item_id, flagged))
        if outcome.ok:
            return None
        assert outcome.error is not None
        return Problem(
            translate("ReviewEditor", "Not saved"),
            translate("ReviewEditor", "NOT saved: %1.").replace("%1", error_text(outcome.error)),
        )

    # -- text -----------------------------------------------------------------------------------

    def edit_note(self, item_id: str, field: str, text: str) -> None:
        """An agreed note field of ``item_id`` was typed in: write it after the pause."""
        if self.state.is_final:
            return
        self.autosaver.schedule(
            (item_id, field), text, lambda t: self.state.set_text(item_id, field, t)
        )

    def edit_summary(self, field: str, text: str) -> None:
        """The overall strengths or recommendations were typed in."""
        if self.state.is_final:
            return
        self.summary_base.setdefault(field, self.state.summary_text(field))
        self.autosaver.schedule(("summary", field), text, lambda t: self.write_summary(field, t))

    def write_summary(self, field: str, text: str) -> None:
        """Write an overall summary text in place of the one the typing started from (a
        refusal propagates to the autosaver, and the text stays pinned until a reload)."""
        self.state.set_summary(
            field, text, self.summary_base.get(field, self.state.summary_text(field)))
        self.summary_base.pop(field, None)

    def summary_settled(self, field: str) -> None:
        """A refused summary text was settled (the user's version written, or the stored one
        taken): the screen shows the stored text again."""
        self.summary_base.pop(field, None)
        self.autosaver.forget_kept(("summary", field))

    def pending_texts(self, item_id: str, fields: Sequence[str]) -> dict[str, str]:
        """Texts of ``fields`` of ``item_id`` typed but not saved (or refused and kept)."""
        return {
            f: text
            for f in fields
            if (text := self.autosaver.pending_text((item_id, f))) is not None
        }

    def save_state_text(self) -> str:
        """The save line in the header."""
        if self.autosaver.failing or self.refused:
            return translate("ReviewEditor", "Not saved")
        if self.autosaver.has_pending():
            return translate("ReviewEditor", "Saving…")
        return translate("ReviewEditor", "All changes saved")

    def saved(self) -> bool:
        """After the autosaver wrote everything: ``True`` when no refused text is still kept on
        screen (the warning banner may go)."""
        self.refused = self.autosaver.has_kept()
        return not self.refused

    def may_clear_problem(self) -> bool:
        """Whether a successful write may hide the warning banner."""
        return not self.autosaver.failing and not self.refused

    @staticmethod
    def failed(reason: str) -> Problem:
        """A text write that failed and is retried."""
        return Problem(
            translate("ReviewEditor", "Not saved"),
            translate(
                "ReviewEditor",
                "NOT saved: %1. Your text is kept on screen and saving is tried again in a few "
                "seconds.",
            ).replace("%1", reason),
        )

    def refused_writes(self, refusals: Sequence[Refusal], copied: bool) -> Problem:
        """Writes that trying again cannot save: read the stored state, say what happened.

        When the review became final or was deleted elsewhere, every pending text is dropped
        (it is on the clipboard when ``copied``) and the stored texts are shown; otherwise the
        refused text stays on screen until the user reloads.
        """
        self.refused = True
        clip = (
            translate("ReviewEditor", " Your unsaved text is copied to the clipboard.")
            if copied
            else ""
        )
        errors = [error for _key, _text, error in refusals]
        self.state.refresh()
        if any(isinstance(e, (ReviewLockedError, NotFoundError)) for e in errors):
            self.autosaver.discard()
            if self.state.gone:
                return Problem(
                    translate("ReviewEditor", "Review deleted"),
                    translate(
                        "ReviewEditor",
                        "This review was deleted in another window or program, so your last text "
                        "could not be saved.",
                    )
                    + clip,
                    read_only=True,
                )
            return Problem(
                translate("ReviewEditor", "Review final"),
                translate(
                    "ReviewEditor",
                    "This review was finalised in another window or program, so your last text "
                    "could not be saved. It is read-only now.",
                )
                + clip,
                read_only=True,
            )
        key, _text, error = refusals[0]
        reason = self._changed_field(key) or error_text(error)
        return Problem(
            translate("ReviewEditor", "Changed elsewhere"),
            (
                translate(
                    "ReviewEditor",
                    "This item was changed in another window: %1. Your text is NOT saved; it is "
                    "kept on screen until you reload.",
                ).replace("%1", reason)
                + clip
                + translate(
                    "ReviewEditor",
                    " Reload to see the stored text, then make your change again if it still "
                    "applies.",
                )
            ),
            reload=True,
        )

    def _changed_field(self, key: Hashable) -> str:
        """``the evidence text of Staffing 1 is not what this window showed``, or ``""``."""
        if not (isinstance(key, tuple) and len(key) > 1 and key[0] in self.item_ids()):
            return ""
        return (
            translate("ReviewEditor", "the %1 text of %2 is not what this window showed")
            .replace("%1", field_name(str(key[1])))
            .replace("%2", self.label(str(key[0])))
        )

    def forget_refused(self) -> None:
        """The user reloads: refused texts give way to the stored ones."""
        self.autosaver.forget_kept()
        self.summary_base.clear()
        self.declined.clear()
        self.refused = False

    def comparison(self) -> tuple[Comparison, dict[str, str]]:
        """The reviewers' scores side by side, and the rationales typed but not saved yet
        (the stored ones shown are what a rationale edit replaces)."""
        comparison = self.state.app.ratings.compare(self.state.uuid)
        pending = {
            row.item_id: text
            for row in comparison.rows
            if (text := self.autosaver.pending_text((row.item_id, "rationale"))) is not None
        }
        for row in comparison.rows:
            if row.item_id not in pending:
                self.state.note_shown(row.item_id, "rationale", row.rationale)
        return comparison, pending

    # -- finalising -----------------------------------------------------------------------------

    def result(self) -> ScoreResult:
        """The running agreed total."""
        return self.state.result()

    def ready_to_finalise(self) -> bool:
        """Every item has an agreed score and the review is not final yet (the service's
        finalise gate, over what this screen holds)."""
        if self.state.is_final:
            return False
        summary = replace(self.state.detail.summary, score=self.state.result())
        notes = {item.id: self.state.notes(item.id) for item in self.state.items}
        return finalise_readiness(summary, notes, self.state.scale).ready

    def open_questions(self) -> tuple[str, ...]:
        """The items still flagged as needing more information, in the scale's order (asked
        about before finalising)."""
        return tuple(item.id for item in self.state.items
                     if self.state.notes(item.id).needs_info)

    @staticmethod
    def unsaved_block_text() -> str:
        """Why finalising waits: text is not saved yet."""
        return translate(
            "ReviewEditor",
            "Some text is not saved yet, so the review cannot be finalised now. Try "
            "again in a moment.",
        )

    @staticmethod
    def reopen_reason_missing() -> str:
        """Reopening needs a reason."""
        return translate("ReviewEditor", "Give a reason for reopening the review.")


def is_refusal(error: ServiceError) -> bool:
    """Whether trying the same write again cannot succeed (changed, finalised or deleted
    elsewhere)."""
    return isinstance(error, REFUSALS)


def score_name(value: object) -> str:
    """A score as the user reads it in a message."""
    return translate("ReviewEditor", "no score") if value is None else str(value)


def field_name(field: str) -> str:
    """The name of a note field in a sentence (``areas for development``)."""
    names = {
        "evidence": translate("ReviewEditor", "evidence"),
        "strengths": translate("ReviewEditor", "strengths"),
        "development": translate("ReviewEditor", "areas for development"),
        "rationale": translate("ReviewEditor", "rationale"),
        "needs_info_reason": translate("ReviewEditor", "missing information"),
        RATING_NOTE: translate("ReviewEditor", "own note"),
    }
    return names.get(field, field)
