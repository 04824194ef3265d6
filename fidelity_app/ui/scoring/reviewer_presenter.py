"""The reviewer mode of the scoring view, decided without widgets.

The scoring view works in one of two modes. In the agreed mode (the default, and the only
one when a review has no reviewers) keys and clicks set the review's agreed score. In a
reviewer's mode they set that reviewer's own score (``app.ratings.set_rating``, one undoable
step each), the notes column holds that reviewer's own note, the navigator and the totals show
that reviewer's scores, and the other reviewers' scores of an item stay hidden until this
reviewer has scored it. Revealing is deliberate and narrow: it shows them for the item on
screen only; moving to another item or choosing another person hides them again.

:class:`ReviewerPresenter` holds who is scoring, their ratings, what is revealed and which
note an edit replaces, and decides the texts; ``ReviewerScoring`` shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fidelity_app.exchange.identity import reviewer_key
from fidelity_app.scale.scoring import ScoreResult, score_stored
from fidelity_app.services.dto import ItemNotes, ReviewSummary
from fidelity_app.services.errors import EditConflictError
from fidelity_app.services.ratings import RatingsView, ReviewerProgress, VisibleRating
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.presenter import RATING_NOTE, Problem, is_refusal, score_name
from fidelity_app.ui.scoring.reviewer_bar import AGREED
from fidelity_app.ui.scoring.state import ReviewState

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RatingStep:
    """An undoable change of one reviewer's own score."""

    reviewer: str
    item_id: str
    old: int | None
    new: int | None
    text: str


@dataclass(frozen=True)
class Others:
    """What the "other reviewers" line shows for one item."""

    names: tuple[str, ...]
    entries: tuple[VisibleRating, ...]
    own_scored: bool
    revealed: bool


class ReviewerPresenter:
    """Who is scoring one review, their own ratings and what the others' line reveals."""

    def __init__(self, state: ReviewState, autosaver: Autosaver, remembered: str = AGREED):
        self.state = state
        self.app = state.app
        self.autosaver = autosaver
        self.mode = AGREED
        self.item = state.items[0].id
        self.revealed_item: str | None = None
        self.revealed: tuple[VisibleRating, ...] = ()
        self.progress: tuple[ReviewerProgress, ...] = ()
        self.view: RatingsView | None = None
        # (reviewer, item_id) -> the note this window last showed or saved (what an edit
        # replaces; a note changed in another window meanwhile is not overwritten).
        self.note_shown: dict[tuple[str, str], str] = {}
        self.load()
        if remembered in self.names():
            self.mode = remembered
        self.load_view()

    # -- reading --------------------------------------------------------------------------------

    @property
    def reviewer(self) -> str | None:
        """Who is scoring: a reviewer's name, or ``None`` for the agreed score."""
        return self.mode or None

    def names(self) -> tuple[str, ...]:
        """The review's reviewers, in order."""
        return tuple(p.name for p in self.progress)

    def own_score(self, item_id: str) -> int | None:
        """The current reviewer's own score of an item."""
        return self.view.own_score(item_id) if self.view and self.reviewer else None

    def own_scores(self) -> dict[str, int]:
        """The current reviewer's scores so far."""
        if self.view is None or self.reviewer is None:
            return {}
        return {k: v.score for k, v in self.view.own.items() if v.score is not None}

    def own_result(self) -> ScoreResult:
        """The current reviewer's running total (partial until they scored every item)."""
        return score_stored(self.state.scale, self.own_scores())

    def own_notes(self) -> dict[str, ItemNotes]:
        """The current reviewer's scores as the navigator shows them."""
        return {i: ItemNotes(i, score=score) for i, score in self.own_scores().items()}

    def totals_caption(self) -> tuple[str, str]:
        """The totals' caption and its tooltip in a reviewer's mode."""
        return translate("ReviewerScoring", "Own total"), translate(
            "ReviewerScoring", "%1's own scores, before the agreed score"
        ).replace("%1", self.reviewer or "")

    def load(self) -> None:
        """Read the reviewers and how far each has scored."""
        self.progress = self.app.ratings.reviewers(self.state.uuid)

    def load_view(self) -> None:
        """Read what the current reviewer sees."""
        self.view = self.app.ratings.ratings_for(self.state.uuid, self.reviewer)

    def refresh_stored(self) -> bool:
        """Read the ratings again after a refused write; ``False`` when they cannot be read
        (the review was deleted, or the database cannot be read just now)."""
        return attempt(self.load).ok and attempt(self.load_view).ok

    def reload(self) -> None:
        """Read the reviewers and ratings again (after an import, for example)."""
        self.load()
        if self.mode not in self.names():
            self.mode = AGREED
        self.hide_revealed()
        self.load_view()

    # -- mode -----------------------------------------------------------------------------------

    def changes_mode(self, name: str) -> bool:
        """Whether choosing ``name`` changes who is scoring (an unknown name means the agreed
        score)."""
        return (name if name in self.names() else AGREED) != self.mode

    def choose(self, name: str) -> str:
        """Score as ``name`` (``AGREED``: the agreed score); returns the status line."""
        name = name if name in self.names() else AGREED
        self.mode = name
        self.hide_revealed()
        self.load_view()
        if name:
            return translate("ReviewerScoring", "Scoring as %1.").replace("%1", name)
        return translate("ReviewerScoring", "Entering the agreed scores.")

    # -- the item on screen ---------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        """``item_id`` is on screen now (another item hides what was revealed)."""
        if item_id != self.item:
            self.hide_revealed()
            self.item = item_id

    def note(self, item_id: str) -> str:
        """The current reviewer's note of ``item_id`` as shown: typed but not saved yet, else
        the stored one (which an edit then replaces)."""
        reviewer = self.reviewer
        if reviewer is None:
            return ""
        pending = self.autosaver.pending_text((item_id, RATING_NOTE, reviewer))
        if pending is not None:
            return pending
        note = self.view.own_note(item_id) if self.view else ""
        self.note_shown[(reviewer, item_id)] = note
        return note

    def others(self) -> Others:
        """The other reviewers' scores of the item on screen, hidden unless allowed."""
        item_id = self.item
        revealed = self.revealed_item == item_id
        entries = (
            self.revealed if revealed else (self.view.others_for(item_id) if self.view else ())
        )
        return Others(
            tuple(n for n in self.names() if n != self.reviewer),
            entries,
            self.own_score(item_id) is not None,
            revealed,
        )

    def reveal(self, reveal: bool) -> str:
        """Show (or hide) the others' scores of the item on screen; the status line."""
        if not reveal:
            self.hide_revealed()
            return ""
        view = self.app.ratings.ratings_for(self.state.uuid, self.reviewer, reveal=True)
        self.revealed_item = self.item
        self.revealed = view.others_for(self.item)
        label = self.state.label(self.state.scale.item(self.item))
        return translate("ReviewerScoring", "Other reviewers' scores of %1 are shown.").replace(
            "%1", label
        )

    def hide_revealed(self) -> None:
        """Hide the others' scores again."""
        self.revealed_item = None
        self.revealed = ()

    # -- writing --------------------------------------------------------------------------------

    def score_step(self, item_id: str, score: int | None) -> RatingStep | None:
        """The undoable step that sets the current reviewer's score, or ``None`` when there is
        nothing to do (agreed mode, or the same score)."""
        reviewer = self.reviewer
        old = self.own_score(item_id)
        if reviewer is None or old == score:
            return None
        label = self.state.label(self.state.scale.item(item_id))
        if score is None:
            text = (
                translate("ReviewerScoring", "clear %1's score of %2")
                .replace("%1", reviewer)
                .replace("%2", label)
            )
        else:
            text = (
                translate("ReviewerScoring", "%1: score %2 for %3")
                .replace("%1", reviewer)
                .replace("%2", str(score))
                .replace("%3", label)
            )
        return RatingStep(reviewer, item_id, old, score, text)

    def write_rating(
        self, reviewer: str, item_id: str, score: int | None, expected: int | None
    ) -> Problem | None:
        """Write a rating in place of ``expected``; ``None`` when saved. A score changed in
        another window meanwhile is not overwritten (the stored ratings are read again)."""
        outcome = attempt(
            lambda: self.app.ratings.set_rating(
                self.state.uuid, reviewer, item_id, score, expected=expected
            )
        )
        if outcome.error is None:
            return None
        error = outcome.error
        if is_refusal(error):
            self.state.refresh()
            self.refresh_stored()
        label = self.state.label(self.state.scale.item(item_id))
        if isinstance(error, EditConflictError):
            message = (
                translate(
                    "ReviewerScoring",
                    "This item was changed in another window: %1's score of %2 is now %3 (this "
                    "window showed %4). Your change is NOT saved; the stored score is shown now. "
                    "Make your change again if it still applies.",
                )
                .replace("%1", reviewer)
                .replace("%2", label)
                .replace("%3", score_name(error.stored))
                .replace("%4", score_name(error.expected))
            )
        else:
            message = translate(
                "ReviewerScoring", "NOT saved: %1. The score was not changed."
            ).replace("%1", error_text(error))
        return Problem(translate("ReviewEditor", "Not saved"), message)

    def saved_rating_text(self, reviewer: str, item_id: str, score: int | None) -> str:
        """The status line after a rating was written."""
        label = self.state.label(self.state.scale.item(item_id))
        if score is None:
            message = translate("ReviewerScoring", "Saved: %1 has no score from %2.")
        else:
            message = translate("ReviewerScoring", "Saved: %2's score for %1 is %3.").replace(
                "%3", str(score)
            )
        return message.replace("%1", label).replace("%2", reviewer)

    def after_write(self, reviewer: str, follow: bool) -> bool:
        """Read the ratings after ``reviewer``'s rating was written; with ``follow`` (the page
        is on screen), an undo of another reviewer's step switches to them, so the user sees
        whose score changed. ``True`` when the mode switched."""
        self.load()
        switched = reviewer != self.reviewer and follow
        if switched:
            self.mode = reviewer
            self.hide_revealed()
        self.load_view()
        return switched

    def edit_note(self, text: str, written: Callable[[str, str], None]) -> None:
        """The current reviewer's note of the item on screen was typed in: write it after the
        pause, then call ``written(reviewer, item_id)``."""
        reviewer, item_id = self.reviewer, self.item
        if reviewer is None or self.state.is_final:
            return

        def write(text: str) -> None:
            self.write_note(reviewer, item_id, text)
            written(reviewer, item_id)

        self.autosaver.schedule((item_id, RATING_NOTE, reviewer), text, write)

    def rewrite_note(self, reviewer: str, item_id: str, text: str, expected: str) -> None:
        """Write a reviewer's note in place of ``expected`` (the stored note the user has just
        seen and chosen to replace)."""
        self.note_shown[(reviewer, item_id)] = expected
        self.write_note(reviewer, item_id, text)

    def write_note(self, reviewer: str, item_id: str, text: str) -> None:
        """Write a reviewer's note in place of the note this window showed; the score is
        left as stored (a refusal propagates to the autosaver)."""
        key = (reviewer, item_id)
        if key not in self.note_shown:
            self.note_shown[key] = (
                self.view.own_note(item_id) if (self.view and reviewer == self.reviewer) else ""
            )
        self.app.ratings.set_rating_note(
            self.state.uuid, reviewer, item_id, text, expected=self.note_shown[key]
        )
        self.note_shown[key] = text
        if reviewer == self.reviewer:
            self.load_view()

    # -- reviewers and files ----------------------------------------------------------------------

    def losses(self, names: list[str]) -> list[tuple[str, int]]:
        """The reviewers ``names`` leaves out who have scored: (name, items scored)."""
        kept = {reviewer_key(n) for n in names}
        return [(p.name, p.scored) for p in self.progress
                if reviewer_key(p.name) not in kept and p.scored > 0]

    def change_reviewers(self, names: list[str], confirmed: Sequence[str],
                         expected: Sequence[str] | None = None) -> ReviewSummary:
        """Make ``names`` the review's reviewers in place of ``expected`` (by default the list
        this window shows; a list changed in another window meanwhile is refused); reviewers
        in ``confirmed`` may go with their ratings, anyone else whose ratings would go is
        refused (``RemovalNotConfirmedError``, to ask the user and try again)."""
        return self.app.reviews.update_review(
            self.state.uuid, reviewers=names,
            expected_reviewers=self.names() if expected is None else tuple(expected),
            confirm_removal=tuple(confirmed))

    def reviewers_changed(self, names: list[str]) -> None:
        """The review's reviewers are ``names`` now; someone removed no longer scores."""
        if self.mode not in names:
            self.mode = AGREED

    def export_name(self) -> str:
        """A file name for the current reviewer's ratings (service, date, reviewer)."""
        detail = self.state.detail.summary
        name = f"{detail.service_name} {detail.start_date.isoformat()} {self.reviewer}.json"
        return "".join(c if c.isalnum() or c in " .-_" else "_" for c in name)

    @staticmethod
    def exported_text(reviewer: str, written: object) -> str:
        """The status line after a reviewer's ratings were saved to a file."""
        return (
            translate(
                "ReviewerScoring",
                "Saved %1's ratings to %2. A colleague imports the file into their copy of the "
                "review (Import review file).",
            )
            .replace("%1", reviewer)
            .replace("%2", str(written))
        )
