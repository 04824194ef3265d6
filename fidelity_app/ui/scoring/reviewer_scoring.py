"""Scoring under a reviewer's own name: the picker, own scores and notes, the blind rule.

The scoring view works in one of two modes. In the agreed mode (the default, and the only
one when a review has no reviewers) keys and clicks set the review's agreed score, as
before. In a reviewer's mode they set that reviewer's own score (``app.ratings.set_rating``,
one undoable step each), the notes column holds that reviewer's own note, the navigator and
the totals show that reviewer's scores, and the other reviewers' scores of an item stay
hidden until this reviewer has scored it.

Revealing is deliberate and narrow: "Reveal others' scores" shows them for the item on
screen only; moving to another item or choosing another person hides them again.
The mode chosen last for a review is remembered on this computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fidelity_app.scale.scoring import ScoreResult, score_stored
from fidelity_app.services.app import App
from fidelity_app.services.dto import ItemNotes
from fidelity_app.services.errors import EditConflictError, ServiceError
from fidelity_app.services.ratings import RatingsView, ReviewerProgress, VisibleRating
from fidelity_app.ui import prompts
from fidelity_app.ui.operations import Changes, error_text, run_op
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring import reviewers_dialog
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.commands import SetRatingCommand
from fidelity_app.ui.scoring.presenter import RATING_NOTE, Problem, is_refusal, score_name
from fidelity_app.ui.scoring.reviewer_bar import AGREED
from fidelity_app.ui.scoring.scoring_page import ScoringPage
from fidelity_app.ui.scoring.state import ReviewState

SETTINGS_KEY = "reviewerMode/%s"
CONTEXT = "ReviewerScoring"


def rating_problem(error: ServiceError, reviewer: str, item_id: str, state: ReviewState) -> str:
    """What the user reads when a reviewer's own score was not saved."""
    if not isinstance(error, EditConflictError):
        return QCoreApplication.translate(CONTEXT, "NOT saved: %1. The score was not changed.") \
            .replace("%1", error_text(error))
    return (
        QCoreApplication.translate(
            CONTEXT, "This item was changed in another window: %1's score of %2 is now %3 (this "
            "window showed %4). Your change is NOT saved; the stored score is shown now. Make "
            "your change again if it still applies.")
        .replace("%1", reviewer).replace("%2", state.label(state.scale.item(item_id)))
        .replace("%3", score_name(error.stored)).replace("%4", score_name(error.expected))
    )


class ReviewerScoring(QObject):
    """The reviewer mode of one review's scoring view.

    Signals for the editor: ``displayChanged()`` when the item view, navigator and totals must
    be shown again (the mode or the reviewers changed); ``ratingSaved(item_id)`` after a
    rating was written; ``goTo(item_id)`` when undo changed a rating of another item;
    ``statusMessage(text)``; ``problem(Problem)`` when a write failed; ``reviewersChanged()``.
    """

    displayChanged = Signal()
    ratingSaved = Signal(str)
    goTo = Signal(str)
    statusMessage = Signal(str)
    problem = Signal(object)  # a Problem
    reviewersChanged = Signal()

    def __init__(
        self,
        app: App,
        state: ReviewState,
        page: ScoringPage,
        undo_stack: QUndoStack,
        autosaver: Autosaver,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.state = state
        self.page = page
        self.undo_stack = undo_stack
        self.autosaver = autosaver
        self._window = parent
        self._item = state.items[0].id
        self._revealed_item: str | None = None
        self._revealed: tuple[VisibleRating, ...] = ()
        self._mode = AGREED
        self.progress: tuple[ReviewerProgress, ...] = ()
        self.view: RatingsView | None = None
        # (reviewer, item_id) -> the note this window last showed or saved (what an edit
        # replaces; a note changed in another window meanwhile is not overwritten).
        self._note_shown: dict[tuple[str, str], str] = {}
        self._load_progress()
        remembered = str(QSettings().value(SETTINGS_KEY % state.uuid, AGREED) or AGREED)
        if remembered in self.names():
            self._mode = remembered
        self._load_view()
        bar = page.reviewer_bar
        bar.set_reviewers(self.progress, self._mode)
        bar.modeChosen.connect(self.set_mode)
        bar.reviewersRequested.connect(self.edit_reviewers)
        bar.exportRequested.connect(self.export_own_ratings)
        page.item_view.others.revealToggled.connect(self._on_reveal)
        page.rating_note.textEdited.connect(self._on_note_edited)
        page.rating_note.focusLeft.connect(self.autosaver.flush)
        self._show_notes_column()

    # -- reading --------------------------------------------------------------------------------

    @property
    def reviewer(self) -> str | None:
        """Who is scoring: a reviewer's name, or ``None`` for the agreed score."""
        return self._mode or None

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

    def _load_progress(self) -> None:
        self.progress = self.app.ratings.reviewers(self.state.uuid)

    def _load_view(self) -> None:
        self.view = self.app.ratings.ratings_for(self.state.uuid, self.reviewer)

    # -- mode -----------------------------------------------------------------------------------

    def set_mode(self, name: str) -> None:
        """Score as ``name`` (a reviewer) or, with ``AGREED``, enter the agreed score."""
        name = name if name in self.names() else AGREED
        if name == self._mode:
            self.page.reviewer_bar.set_reviewers(self.progress, self._mode)
            return
        self.autosaver.flush()
        self._mode = name
        QSettings().setValue(SETTINGS_KEY % self.state.uuid, name)
        self._hide_revealed()
        self._load_view()
        self.page.reviewer_bar.set_reviewers(self.progress, self._mode)
        self._show_notes_column()
        if name:
            self.statusMessage.emit(self.tr("Scoring as %1.").replace("%1", name))
        else:
            self.statusMessage.emit(self.tr("Entering the agreed scores."))
        self.displayChanged.emit()

    def _show_notes_column(self) -> None:
        stack = self.page.notes_stack
        stack.setCurrentWidget(self.page.rating_note if self.reviewer else self.page.notes)

    # -- showing --------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        """Show what the mode says about ``item_id`` (the item view shows it already)."""
        if item_id != self._item:
            self._hide_revealed()
            self._item = item_id
        view = self.page.item_view
        if self.reviewer is not None:
            view.criteria.set_score(self.own_score(item_id))
            key = (item_id, RATING_NOTE, self.reviewer)
            pending = self.autosaver.pending_text(key)
            note = pending if pending is not None else (
                self.view.own_note(item_id) if self.view else ""
            )
            if pending is None:
                self._note_shown[(self.reviewer, item_id)] = note
            self.page.rating_note.show_note(self.reviewer, note)
        self._show_others()

    def _show_others(self) -> None:
        item_id = self._item
        others = tuple(n for n in self.names() if n != self.reviewer)
        revealed = self._revealed_item == item_id
        entries = self._revealed if revealed else (
            self.view.others_for(item_id) if self.view else ()
        )
        self.page.item_view.others.show_others(
            others, entries, viewer=self.reviewer,
            own_scored=self.own_score(item_id) is not None, revealed=revealed,
        )

    def show_totals(self) -> None:
        """The navigator and totals for the current reviewer's own scores."""
        if self.reviewer is None:
            return
        own = self.own_scores()
        result = score_stored(self.state.scale, own)
        notes = {item_id: ItemNotes(item_id, score=score) for item_id, score in own.items()}
        self.page.navigator.show_state(notes, result)
        self.page.totals.show_result(result)
        caption = self.page.totals.caption
        caption.setText(self.tr("Own total"))
        caption.setToolTip(self.tr("%1's own scores, before the agreed score").replace(
            "%1", self.reviewer))

    def _hide_revealed(self) -> None:
        self._revealed_item = None
        self._revealed = ()

    def _on_reveal(self, reveal: bool) -> None:
        if reveal:
            view = self.app.ratings.ratings_for(self.state.uuid, self.reviewer, reveal=True)
            self._revealed_item = self._item
            self._revealed = view.others_for(self._item)
            label = self.state.label(self.state.scale.item(self._item))
            self.statusMessage.emit(
                self.tr("Other reviewers' scores of %1 are shown.").replace("%1", label)
            )
        else:
            self._hide_revealed()
        self._show_others()

    # -- writing --------------------------------------------------------------------------------

    def score(self, item_id: str, score: int | None) -> None:
        """Set the current reviewer's score of ``item_id`` as one undoable step."""
        reviewer = self.reviewer
        if reviewer is None:
            return
        old = self.own_score(item_id)
        if old == score:
            return
        label = self.state.label(self.state.scale.item(item_id))
        if score is None:
            text = self.tr("clear %1's score of %2").replace("%1", reviewer).replace("%2", label)
        else:
            text = (
                self.tr("%1: score %2 for %3")
                .replace("%1", reviewer).replace("%2", str(score)).replace("%3", label)
            )
        self.undo_stack.push(SetRatingCommand(
            lambda i, s, e, r=reviewer: self._write_rating(r, i, s, e), reviewer, item_id, old,
            score, text,
        ))

    def _write_rating(
        self, reviewer: str, item_id: str, score: int | None, expected: int | None
    ) -> bool:
        """Write a rating in place of ``expected`` (from a key, a click, undo or redo) and
        show the outcome; a score changed in another window meanwhile is not overwritten."""
        outcome = attempt(lambda: self.app.ratings.set_rating(
            self.state.uuid, reviewer, item_id, score, expected=expected))
        if outcome.error is not None:
            if is_refusal(outcome.error):
                self.state.refresh()
                self.refresh_stored()
            self.problem.emit(Problem(self.tr("Not saved"),
                                      rating_problem(outcome.error, reviewer, item_id, self.state)))
            return False
        self._after_write(reviewer, item_id)
        label = self.state.label(self.state.scale.item(item_id))
        if score is None:
            message = self.tr("Saved: %1 has no score from %2.")
        else:
            message = self.tr("Saved: %2's score for %1 is %3.").replace("%3", str(score))
        self.statusMessage.emit(message.replace("%1", label).replace("%2", reviewer))
        return True

    def _after_write(self, reviewer: str, item_id: str) -> None:
        self._load_progress()
        switched = reviewer != self.reviewer and self.page.isVisible()
        if switched:
            self._mode = reviewer  # undo of another reviewer's step: show whose score changed
            QSettings().setValue(SETTINGS_KEY % self.state.uuid, reviewer)
            self._hide_revealed()
            self._show_notes_column()
        self._load_view()
        self.page.reviewer_bar.set_reviewers(self.progress, self._mode)
        if item_id != self._item:
            self.goTo.emit(item_id)
        if switched:
            self.displayChanged.emit()
        elif reviewer == self.reviewer:
            if item_id == self._item:
                self.page.item_view.criteria.set_score(self.own_score(item_id))
                self._show_others()
            self.show_totals()
        self.ratingSaved.emit(item_id)

    def _on_note_edited(self, text: str) -> None:
        reviewer = self.reviewer
        if reviewer is None or self.state.is_final:
            return
        item_id = self._item
        self.autosaver.schedule(
            (item_id, RATING_NOTE, reviewer), text,
            lambda t, r=reviewer, i=item_id: self._write_note(r, i, t),
        )

    def _write_note(self, reviewer: str, item_id: str, text: str) -> None:
        """Write a reviewer's note in place of the note this window showed; the score is
        left as stored (errors propagate)."""
        key = (reviewer, item_id)
        if key not in self._note_shown:
            self._note_shown[key] = self.view.own_note(item_id) if (
                self.view and reviewer == self.reviewer) else ""
        self.app.ratings.set_rating_note(
            self.state.uuid, reviewer, item_id, text, expected=self._note_shown[key]
        )
        self._note_shown[key] = text
        if reviewer == self.reviewer:
            self._load_view()
            if item_id == self._item:  # the score shown is the one an undoable step replaces
                self.page.item_view.criteria.set_score(self.own_score(item_id))
            self.show_totals()
        self.ratingSaved.emit(item_id)

    def refresh_stored(self) -> None:
        """Read the ratings again after a refused write, leaving the note on screen as it is
        (the user's unsaved text stays until they reload)."""
        if not attempt(self._load_progress).ok or not attempt(self._load_view).ok:
            return  # the review was deleted, or cannot be read just now
        self.page.reviewer_bar.set_reviewers(self.progress, self._mode)
        if self.reviewer is not None:
            self.page.item_view.criteria.set_score(self.own_score(self._item))
            self.show_totals()
        self._show_others()

    # -- reviewers and files ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the reviewers and ratings again (after an import, for example)."""
        self._load_progress()
        if self._mode not in self.names():
            self._mode = AGREED
        self._hide_revealed()
        self._load_view()
        self.page.reviewer_bar.set_reviewers(self.progress, self._mode)
        self._show_notes_column()
        self.displayChanged.emit()

    def edit_reviewers(self) -> None:
        """Add, remove or reorder the reviewers; removing one who scored asks first."""
        if self.state.is_final:
            return
        if not self.autosaver.flush():
            return
        names = reviewers_dialog.ask_reviewers(self._window, list(self.names()))
        if names is None or tuple(names) == self.names():
            return
        losses = [(p.name, p.scored) for p in self.progress
                  if p.name not in names and p.scored > 0]
        if losses and not reviewers_dialog.confirm_removal(self._window, losses):
            return
        outcome = run_op(
            self._window, lambda: self.app.reviews.update_review(self.state.uuid, reviewers=names),
            title=self.tr("Reviewers"), failed=self.tr("The reviewers were not changed."),
            changes=Changes.REVIEW_LIST, done=self.tr("Saved: the reviewers were changed."))
        if not outcome.ok:
            return
        if any(self.reviewer == name for name, _ in losses) or self._mode not in names:
            self._mode = AGREED
        self.undo_stack.clear()  # steps of removed reviewers cannot be undone any more
        self.state.reload()
        self.reload()
        self.reviewersChanged.emit()

    def export_own_ratings(self) -> bool:
        """Save the current reviewer's ratings as a review file for a colleague to import."""
        reviewer = self.reviewer
        if reviewer is None or not self.autosaver.flush():
            return False
        detail = self.state.detail.summary
        suggestion = f"{detail.service_name} {detail.start_date.isoformat()} {reviewer}.json"
        suggestion = "".join(c if c.isalnum() or c in " .-_" else "_" for c in suggestion)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder:
            suggestion = str(Path(folder) / suggestion)
        path = prompts.ask_save_path(
            self._window, self.tr("Export my ratings"), suggestion,
            prompts.file_filter(self.tr("Review files"), "*.json"),
        )
        if not path:
            return False
        outcome = run_op(
            self._window,
            lambda: self.app.exchange.export_review(self.state.uuid, path, reviewer=reviewer),
            title=self.tr("Export my ratings"), failed=self.tr("The file was not written."),
            done=lambda written: self.tr(
                "Saved %1's ratings to %2. A colleague imports the file into their copy of the "
                "review (Import review file).").replace("%1", reviewer).replace("%2", str(written)))
        return outcome.ok
