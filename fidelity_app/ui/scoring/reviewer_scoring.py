"""Scoring under a reviewer's own name, on screen: the picker, own scores and notes, the others.

What the mode is and decides lives in :class:`~fidelity_app.ui.scoring.reviewer_presenter.
ReviewerPresenter` (read its docstring for the blind rule); this class connects it to the
scoring page, pushes the undoable rating steps and remembers the mode chosen last for a review
on this computer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.services.app import App
from fidelity_app.services.errors import (
    EditConflictError,
    RemovalNotConfirmedError,
    ServiceError,
)
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.conflict_dialog import resolve_conflict
from fidelity_app.ui.dialogs.privacy_presenter import Output
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.privacy_check import clear_for_output
from fidelity_app.ui.scoring import reviewers_dialog
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.commands import SetRatingCommand
from fidelity_app.ui.scoring.reviewer_bar import AGREED
from fidelity_app.ui.scoring.reviewer_presenter import ReviewerPresenter
from fidelity_app.ui.scoring.scoring_page import ScoringPage
from fidelity_app.ui.scoring.state import ReviewState

SETTINGS_KEY = "reviewerMode/%s"


@dataclass
class ReviewerChange:
    """How an attempt to change the reviewer list went: ``saved``, or the removals the service
    wants confirmed first (``unconfirmed``) and the stored list the retry replaces."""

    saved: bool = False
    unconfirmed: list[tuple[str, int]] = field(default_factory=list)
    expected: Sequence[str] | None = None


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
        remembered = str(QSettings().value(SETTINGS_KEY % state.uuid, AGREED) or AGREED)
        self.presenter = ReviewerPresenter(state, autosaver, remembered)
        bar = page.reviewer_bar
        bar.set_reviewers(self.presenter.progress, self.presenter.mode)
        bar.say_resumed()  # a review reopened under a reviewer's name says so
        bar.modeChosen.connect(self.set_mode)
        bar.reviewersRequested.connect(self.edit_reviewers)
        bar.exportRequested.connect(self.export_own_ratings)
        page.item_view.others.revealToggled.connect(self._on_reveal)
        page.rating_note.textEdited.connect(
            lambda text: self.presenter.edit_note(text, self._note_written))
        page.rating_note.focusLeft.connect(self.autosaver.flush)
        self._show_notes_column()

    # -- reading --------------------------------------------------------------------------------

    @property
    def reviewer(self) -> str | None:
        """Who is scoring: a reviewer's name, or ``None`` for the agreed score."""
        return self.presenter.reviewer

    def names(self) -> tuple[str, ...]:
        """The review's reviewers, in order."""
        return self.presenter.names()

    def own_result(self) -> ScoreResult:
        """The current reviewer's running total (partial until they scored every item)."""
        return self.presenter.own_result()

    # -- mode -----------------------------------------------------------------------------------

    def set_mode(self, name: str) -> None:
        """Score as ``name`` (a reviewer) or, with ``AGREED``, enter the agreed score."""
        if not self.presenter.changes_mode(name):
            self._show_bar()
            return
        self.autosaver.flush()
        status = self.presenter.choose(name)
        self._remember()
        self._show_bar()
        self._show_notes_column()
        self.statusMessage.emit(status)
        self.displayChanged.emit()

    def _remember(self) -> None:
        QSettings().setValue(SETTINGS_KEY % self.state.uuid, self.presenter.mode)

    def _show_bar(self) -> None:
        self.page.reviewer_bar.set_reviewers(self.presenter.progress, self.presenter.mode)

    def _show_notes_column(self) -> None:
        stack = self.page.notes_stack
        stack.setCurrentWidget(self.page.rating_note if self.reviewer else self.page.notes)

    # -- showing --------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        """Show what the mode says about ``item_id`` (the item view shows it already)."""
        self.presenter.show_item(item_id)
        if self.reviewer is not None:
            self.page.item_view.criteria.set_score(self.presenter.own_score(item_id))
            self.page.rating_note.show_note(self.reviewer, self.presenter.note(item_id))
        self._show_others()

    def _show_others(self) -> None:
        others = self.presenter.others()
        self.page.item_view.others.show_others(
            others.names, others.entries, viewer=self.reviewer, own_scored=others.own_scored,
            revealed=others.revealed)

    def show_totals(self) -> None:
        """The navigator and totals for the current reviewer's own scores."""
        if self.reviewer is None:
            return
        result = self.presenter.own_result()
        self.page.navigator.show_state(self.presenter.own_notes(), result)
        self.page.totals.show_result(result)
        caption, tip = self.presenter.totals_caption()
        self.page.totals.caption.setText(caption)
        self.page.totals.caption.setToolTip(tip)

    def _on_reveal(self, reveal: bool) -> None:
        status = self.presenter.reveal(reveal)
        if status:
            self.statusMessage.emit(status)
        self._show_others()

    def _show_own_item(self) -> None:
        """The own score of the item on screen and the totals, after the ratings changed."""
        self.page.item_view.criteria.set_score(self.presenter.own_score(self.presenter.item))
        self._show_others()
        self.show_totals()

    # -- writing --------------------------------------------------------------------------------

    def score(self, item_id: str, score: int | None) -> None:
        """Set the current reviewer's score of ``item_id`` as one undoable step."""
        step = self.presenter.score_step(item_id, score)
        if step is None:
            return
        self.undo_stack.push(SetRatingCommand(
            partial(self._write_rating, step.reviewer), step.reviewer, step.item_id, step.old,
            step.new, step.text,
        ))

    def _write_rating(
        self, reviewer: str, item_id: str, score: int | None, expected: int | None
    ) -> bool:
        """Write a rating in place of ``expected`` (from a key, a click, undo or redo) and
        show the outcome; a score changed in another window meanwhile is not overwritten."""
        problem = self.presenter.write_rating(reviewer, item_id, score, expected)
        if problem is not None:
            self.refresh_stored()
            self.problem.emit(problem)
            return False
        switched = self.presenter.after_write(reviewer, follow=self.page.isVisible())
        if switched:
            self._remember()
            self._show_notes_column()
        self._show_bar()
        if item_id != self.presenter.item:
            self.goTo.emit(item_id)
        if switched:
            self.displayChanged.emit()
        elif reviewer == self.reviewer and item_id == self.presenter.item:
            self._show_own_item()
        elif reviewer == self.reviewer:
            self.show_totals()
        self.ratingSaved.emit(item_id)
        self.statusMessage.emit(self.presenter.saved_rating_text(reviewer, item_id, score))
        return True

    def _note_written(self, reviewer: str, item_id: str) -> None:
        if reviewer == self.reviewer:
            if item_id == self.presenter.item:  # the score shown is what an undo step replaces
                self.page.item_view.criteria.set_score(self.presenter.own_score(item_id))
            self.show_totals()
        self.ratingSaved.emit(item_id)

    def refresh_stored(self) -> None:
        """Read the ratings again after a refused write, leaving the note on screen as it is
        (the user's unsaved text stays until they reload)."""
        if not self.presenter.refresh_stored():
            return
        self._show_bar()
        if self.reviewer is not None:
            self._show_own_item()
        else:
            self._show_others()

    # -- reviewers and files ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the reviewers and ratings again (after an import, for example)."""
        self.presenter.reload()
        self._show_bar()
        self._show_notes_column()
        self.displayChanged.emit()

    def edit_reviewers(self) -> None:
        """Add, remove or reorder the reviewers; removing one who scored asks first."""
        if self.state.is_final or not self.autosaver.flush():
            return
        names = reviewers_dialog.ask_reviewers(self._window, list(self.names()))
        if names is None or tuple(names) == self.names():
            return
        losses = self.presenter.losses(names)
        if losses and not reviewers_dialog.confirm_removal(self._window, losses):
            return
        confirmed = [name for name, _ in losses]
        attempt = self._change_reviewers(names, confirmed)
        # a reviewer with notes but no score (or added and rated in another window meanwhile,
        # when the user keeps their own list) is named by the service: ask about them too,
        # then try again in place of the list the user last saw
        while not attempt.saved and attempt.unconfirmed:
            if not reviewers_dialog.confirm_removal(self._window, attempt.unconfirmed):
                return
            confirmed += [name for name, _ in attempt.unconfirmed]
            attempt = self._change_reviewers(names, confirmed, attempt.expected)
        if not attempt.saved:
            return
        self.undo_stack.clear()  # steps of removed reviewers cannot be undone any more
        self.presenter.reviewers_changed(names)
        self.state.reload()
        self.reload()

    def _change_reviewers(self, names: list[str], confirmed: list[str],
                          expected: Sequence[str] | None = None) -> ReviewerChange:
        """Try to make ``names`` the reviewers in place of ``expected`` (by default the list on
        screen); a list changed in another window meanwhile lets the user choose, a removal
        the service wants confirmed first is returned to ask about (any other refusal is
        shown)."""
        change = ReviewerChange(expected=expected)
        kept: list[bool] = []  # the user kept their list over another window's (and it saved)
        stale: list[bool] = []  # the list on screen is not the stored one any more

        def ask_first(error: ServiceError, shown: Sequence[str] | None = expected) -> bool:
            if isinstance(error, RemovalNotConfirmedError):
                change.unconfirmed.extend(error.losses)
                change.expected = shown
                return True
            return False

        def choose(error: ServiceError) -> bool:
            if ask_first(error):
                return True
            if isinstance(error, EditConflictError):  # changed in another window: choose
                stored: list[Sequence[str]] = []

                def keep_mine(shown: object) -> object:
                    stored.append(cast(Sequence[str], shown))
                    return self.presenter.change_reviewers(names, confirmed, expected=stored[-1])

                chosen = resolve_conflict(
                    self._window, error, what=self.tr("the list of reviewers"), mine=names,
                    write_mine=keep_mine, use_stored=lambda _stored: stale.append(True),
                    title=self.tr("Reviewers"),
                    on_refusal=lambda refusal: ask_first(refusal, stored[-1]))
                kept.append(chosen.written)
                stale.append(not chosen.written and not change.unconfirmed)
                return True
            return False

        outcome = run_op(
            self._window,
            lambda: self.presenter.change_reviewers(names, confirmed, expected=expected),
            title=self.tr("Reviewers"), failed=self.tr("The reviewers were not changed."),
            changes=Changes.REVIEW_LIST, done=self.tr("Saved: the reviewers were changed."),
            on_failure=choose)
        if any(stale) and not any(kept):
            self.state.reload()
            self.reload()
        change.saved = outcome.ok or any(kept)
        return change

    def export_own_ratings(self) -> bool:
        """Save the current reviewer's ratings as a review file for a colleague to import."""
        reviewer = self.reviewer
        if reviewer is None or not self.autosaver.flush():
            return False
        suggestion = self.presenter.export_name()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder:
            suggestion = str(Path(folder) / suggestion)
        path = prompts.ask_save_path(
            self._window, self.tr("Export my ratings"), suggestion,
            prompts.file_filter(self.tr("Review files"), "*.json"),
        )
        if not path:
            return False
        uuid, app = self.state.uuid, self.app
        redact = clear_for_output(self._window, app, Output.FILE,
                                  lambda: app.privacy.check_export(uuid, reviewer=reviewer))
        if redact is None:
            return False
        return run_op(
            self._window,
            lambda: app.exchange.export_review(uuid, path, reviewer=reviewer, redact=redact),
            title=self.tr("Export my ratings"), failed=self.tr("The file was not written."),
            done=lambda written: self.presenter.exported_text(reviewer, written)).ok
