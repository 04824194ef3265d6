"""The review editor (the view): score a review item by item, write notes, see the summary.

Every change is written as it is made (a score at once, text after a short pause, on leaving
its field and on ``flush()``); "Saved" is said only after the service returned. Decisions live
in the presenters (``scoring.presenter``, ``evidence_presenter``, ``summary_presenter``,
``consensus.presenter``), keys in ``scoring_actions.SCORING_ACTIONS``; commands run through
``run_op`` with the editor as their host (it writes its pending text first, reports in
``statusMessage``).
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fidelity_app.services.app import App
from fidelity_app.ui import prompts as window_prompts
from fidelity_app.ui.actions import build_actions, retranslate
from fidelity_app.ui.operations import Changes, find_host, run_op
from fidelity_app.ui.scoring import finalising, prompts
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.commands import SetScoreCommand
from fidelity_app.ui.scoring.evidence_presenter import EvidencePresenter
from fidelity_app.ui.scoring.follow_up_panel import FollowUp
from fidelity_app.ui.scoring.header import ReviewHeader
from fidelity_app.ui.scoring.presenter import ITEM_TEXT_FIELDS, Problem, Refusal, ScoringPresenter
from fidelity_app.ui.scoring.reviewer_bar import AGREED
from fidelity_app.ui.scoring.reviewer_scoring import ReviewerScoring
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.summary_presenter import SUMMARY_FIELDS
from fidelity_app.ui.scoring.tabs import COMPARISON_TAB, SCORING_TAB, SUMMARY_TAB, ReviewTabs
from fidelity_app.ui.scoring.text_conflicts import settle_text_conflicts
from fidelity_app.ui.scoring_actions import COMPARISON_ACTIONS, EDITOR_ACTIONS, SCORING_ACTIONS


class ReviewEditor(QWidget):
    """Edits one review; embedded by the main window, usable on its own."""

    statusMessage = Signal(str)
    reviewChanged = Signal(str)

    def __init__(self, app: App, review_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.review_uuid = review_uuid
        self.state = ReviewState(app, review_uuid, self)
        self.undo_stack = QUndoStack(self)
        self.autosaver = Autosaver(self)
        self.presenter = ScoringPresenter(self.state, self.autosaver)
        self._summary_dirty = self._comparison_dirty = True
        self._closing = False

        self.header = ReviewHeader(self)
        self.save_state = self.header.save_state
        self.final_banner = self.header.final_banner
        self.error_banner = self.header.error_banner
        self.tabs = ReviewTabs(self)
        self.scoring, self.summary = self.tabs.scoring, self.tabs.summary
        self.comparison = self.tabs.comparison
        self.reviewer_scoring = ReviewerScoring(app, self.state, self.scoring, self.undo_stack,
                                                self.autosaver, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        areas = {**self.scoring.key_areas(), "comparison-table": self.comparison.table,
                 "comparison-panel": self.comparison.panel}
        self.commands: dict[str, QAction] = {
            **build_actions(self, self, EDITOR_ACTIONS, areas=areas),
            **build_actions(self, self.comparison, COMPARISON_ACTIONS, areas=areas),
        }
        self._connect()
        self.scoring.set_tab_order()
        self.follow_up = FollowUp(self)
        self.setFocusProxy(self.scoring.item_view.criteria)
        self.retranslateUi()
        self.scoring.navigator.set_scale(self.state.scale)
        self._refresh_everything()
        self.go_to_first_unscored()

    # -- construction -------------------------------------------------------------------------

    def _connect(self) -> None:
        self.state.itemChanged.connect(self._on_item_changed)
        self.state.reviewChanged.connect(self._on_review_changed)
        nav = self.scoring.navigator
        nav.itemSelected.connect(lambda item_id: self.go_to(item_id, focus=False))
        nav.itemActivated.connect(lambda item_id: self.go_to(item_id, focus=True))
        nav.findFinished.connect(self.focus_scoring)
        view = self.scoring.item_view
        view.criteria.scoreChosen.connect(lambda s: self.score_current(s or None))
        view.calculator.bind(self.state)
        notes = self.scoring.notes
        notes.textEdited.connect(
            lambda field, text: self.presenter.edit_note(self.presenter.current, field, text))
        notes.needsInfoToggled.connect(self._on_needs_info)
        notes.focusLeft.connect(self.flush)
        notes.evidence.bind(EvidencePresenter(self.state, self.autosaver))
        notes.evidence.problem.connect(self._report)
        notes.evidence.statusMessage.connect(self.statusMessage)
        self.summary.summaryEdited.connect(self.presenter.edit_summary)
        self.summary.focusLeft.connect(self.flush)
        self.summary.finaliseRequested.connect(self.finalise)
        self.summary.reopenRequested.connect(self.reopen)
        self.final_banner.button.clicked.connect(self.reopen)
        self.autosaver.saved.connect(self._on_autosaved)
        self.autosaver.failed.connect(lambda reason: self._report(self.presenter.failed(reason)))
        self.autosaver.refused.connect(self._on_writes_refused)
        self.error_banner.button.clicked.connect(self.reload_stored)
        self.autosaver.pendingChanged.connect(lambda _pending: self._show_save_state())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        mode = self.reviewer_scoring
        mode.displayChanged.connect(self._show_mode)
        mode.ratingSaved.connect(self._on_rating_saved)
        mode.goTo.connect(lambda item_id: self.go_to(
            item_id, focus=self.scoring.item_view.criteria.hasFocus()))
        mode.statusMessage.connect(self.statusMessage)
        mode.problem.connect(self._report)
        mode.reviewersChanged.connect(self._mark_comparison_dirty)
        page = self.comparison
        page.scoreChosen.connect(lambda item_id, s: self.score_item(item_id, s or None))
        page.proposalsAccepted.connect(self.accept_proposals)
        page.rationaleEdited.connect(
            lambda item_id, text: self.presenter.edit_note(item_id, "rationale", text))
        page.focusLeft.connect(self.flush)
        page.finaliseRequested.connect(self.finalise)

    # -- the interface the main window uses ------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set every text of the editor in the current interface language."""
        self.tabs.retranslateUi()
        retranslate(self.commands, SCORING_ACTIONS)
        self._show_header()
        self._show_read_only()
        self._show_save_state()
        self._show_current()
        self._refresh_totals()

    def flush(self) -> bool:
        """Write pending text edits now; ``True`` when nothing is left to save (a write that
        another window made impossible is reported and its text copied to the clipboard)."""
        return self.autosaver.flush()

    def flush_for_close(self) -> bool:
        """Write pending text before the editor goes away; ``True`` when it may close.

        When a write fails and could succeed later (a full disk), the user chooses: close
        anyway (the unsaved text is copied to the clipboard first) or keep the editor open.
        """
        self._closing = True
        try:
            if self.autosaver.flush():
                return True
        finally:
            self._closing = False
        texts = self.autosaver.pending_texts()
        if not prompts.confirm_close_unsaved(self):
            return False
        prompts.copy_to_clipboard(texts)
        self.autosaver.discard()
        return True

    def reload(self) -> None:
        """Read the review again (after a file was merged into it elsewhere)."""
        self.flush()
        self.state.reload()
        self._show_current()  # the texts too: the review's edition may have changed
        self.reviewer_scoring.reload()
        self._mark_comparison_dirty()

    def export_own_ratings(self) -> bool:
        """Save the chosen reviewer's own ratings as a review file (asks where)."""
        return self.reviewer_scoring.export_own_ratings()

    # -- operation host (what runs inside the editor) --------------------------------------------

    def flush_pending_edits(self) -> bool:
        """Write the text typed so far; ``False`` when it cannot be saved (the banner says why)."""
        return self.flush()

    def show_status(self, text: str, timeout: int = 0) -> None:
        """Say what was done (the window around the editor shows it in its status bar)."""
        self.statusMessage.emit(text)

    def operation_done(self, changes: Changes) -> None:
        """Show the review again where an operation changed it; tell the window around."""
        if changes & Changes.OPEN_REVIEW:
            self.undo_stack.clear()  # the steps before may no longer apply
        if changes:
            self.reviewChanged.emit(self.review_uuid)
        rest = changes & ~Changes.OPEN_REVIEW
        outer = find_host(self.parentWidget())
        if rest and outer is not None:
            outer.operation_done(rest)

    # -- navigation -----------------------------------------------------------------------------

    def go_to_first_unscored(self) -> None:
        """Show the first item without a score (the first item when all are scored)."""
        self.tabs.setCurrentIndex(SCORING_TAB)
        self.go_to(self.presenter.first_unscored(), focus=True)

    def current_item_id(self) -> str:
        """The item shown in the scoring view."""
        return self.presenter.current

    def go_to(self, item_id: str, *, focus: bool = True) -> None:
        """Show ``item_id``; with ``focus``, put keyboard focus on its scoring area."""
        if item_id != self.presenter.current:
            self.autosaver.flush()
            self.presenter.current = item_id
            self._show_current()
        self.scoring.navigator.select(item_id)
        if focus:
            self.focus_scoring()

    def step(self, delta: int) -> None:
        """Go to the next (``1``) or previous (``-1``) item and focus its scoring area."""
        target = self.presenter.neighbour(delta)
        if target is not None:
            self.go_to(target, focus=True)
        else:
            self.focus_scoring()
            self.statusMessage.emit(self.presenter.edge_text(delta))

    def focus_scoring(self) -> None:
        """Put keyboard focus on the current item's scoring area."""
        self.tabs.setCurrentIndex(SCORING_TAB)
        self.scoring.item_view.criteria.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_item(self) -> None:
        """Put the cursor in the navigator's find field."""
        self.tabs.setCurrentIndex(SCORING_TAB)
        self.scoring.navigator.focus_find()

    def show_summary(self) -> None:
        """Switch to the summary page."""
        self.tabs.setCurrentIndex(SUMMARY_TAB)

    def show_comparison(self) -> None:
        """Switch to the comparison of the reviewers' scores."""
        self.tabs.setCurrentIndex(COMPARISON_TAB)

    # -- scores ---------------------------------------------------------------------------------

    def score_current(self, score: int | None) -> None:
        """Score the current item (``None`` clears it) as one undoable step.

        In a reviewer's mode this is that reviewer's own score, otherwise the agreed score.
        """
        if self.state.is_final:
            self.statusMessage.emit(self.presenter.final_text())
        elif self.reviewer_scoring.reviewer is not None:
            self.reviewer_scoring.score(self.presenter.current, score)
        else:
            self.score_item(self.presenter.current, score)

    def score_item(self, item_id: str, score: int | None) -> None:
        """Set the agreed score of ``item_id`` (``None`` clears it) as one undoable step."""
        if self.state.is_final:
            self.statusMessage.emit(self.presenter.final_text())
            return
        step = self.presenter.score_step(item_id, score)
        if step is not None:
            self.undo_stack.push(
                SetScoreCommand(self._apply_score, step.item_id, step.old, step.new, step.text))

    def accept_proposals(self, proposals: Sequence[tuple[str, int]]) -> None:
        """Set each item's agreed score to the score all reviewers gave, as one undoable step."""
        todo = self.presenter.proposals_to_accept(proposals)
        if not todo:
            return
        self.undo_stack.beginMacro(self.presenter.accept_text(len(todo)))
        try:
            for item_id, score in todo:
                self.score_item(item_id, score)
        finally:
            self.undo_stack.endMacro()

    def _apply_score(self, item_id: str, score: int | None, expected: int | None) -> bool:
        """Write a score in place of ``expected`` (from a key, a click, undo or redo); report
        the outcome. A score changed in another window meanwhile is not overwritten."""
        problem = self.presenter.write_score(item_id, score, expected)
        if problem is not None:
            self._report(problem)
            self._on_item_changed(item_id)
            return False
        if self.reviewer_scoring.reviewer is not None and self.tabs.currentIndex() == SCORING_TAB:
            self.reviewer_scoring.set_mode(AGREED)  # undo of an agreed score: show it
        if item_id != self.presenter.current:
            self.go_to(item_id, focus=self.scoring.item_view.criteria.hasFocus())
        self._clear_problem()
        self.statusMessage.emit(self.presenter.saved_score_text(item_id, score))
        self.reviewChanged.emit(self.review_uuid)
        return True

    def _on_needs_info(self, flagged: bool) -> None:
        item_id = self.presenter.current
        problem = self.presenter.write_needs_info(item_id, flagged)
        if problem is not None:
            self._report(problem)
            self.scoring.notes.set_needs_info(self.state.notes(item_id).needs_info)
            return
        self._clear_problem()
        self.statusMessage.emit(self.tr("Saved"))
        self.reviewChanged.emit(self.review_uuid)

    # -- saving ---------------------------------------------------------------------------------

    def _on_autosaved(self) -> None:
        self.presenter.saved()
        self._clear_problem()
        self.statusMessage.emit(self.tr("Saved"))

    def _on_writes_refused(self, refusals: list[Refusal]) -> None:
        """Writes that cannot be saved by trying again: the user chooses, or is told."""
        if not self._closing:
            asked, refusals = len(refusals), settle_text_conflicts(
                self, self.presenter, self.reviewer_scoring.presenter, refusals,
                self.scoring.notes.evidence.presenter)
            if len(refusals) < asked:  # settled: show what is stored now
                self.reviewer_scoring.refresh_stored()
                self._mark_comparison_dirty()
            self._refresh_everything()
        if not refusals:
            self._on_autosaved()
            return
        copied = prompts.copy_to_clipboard([text for _key, text, _error in refusals])
        problem = self.presenter.refused_writes(refusals, copied)
        self.reviewer_scoring.refresh_stored()
        if problem.read_only:
            self._show_current()  # the stored text; what was typed is on the clipboard
            self._refresh_summary()
        self._report(problem)
        if self._closing:
            window_prompts.show_error(self, problem.title, problem.message)
        self.reviewChanged.emit(self.review_uuid)

    def reload_stored(self) -> None:
        """Show the stored scores and notes again (after a change made in another window);
        texts that could not be saved give way to the stored ones."""
        self.presenter.forget_refused()
        self.reload()  # shows the current item's stored texts again
        self.error_banner.setVisible(False)
        self._show_save_state()
        self.statusMessage.emit(self.tr("The stored scores and notes are shown."))

    def _report(self, problem: Problem) -> None:
        """Show a write that did not happen: the banner, the save line, the status bar."""
        self.header.report(problem)
        self.statusMessage.emit(problem.message)

    def _clear_problem(self) -> None:
        self.header.clear_problem(self.presenter.may_clear_problem())
        self._show_save_state()

    def _show_save_state(self) -> None:
        self.save_state.setText(self.presenter.save_state_text())

    # -- finalising -----------------------------------------------------------------------------

    def finalise(self) -> None:
        """Make a complete review final, after confirmation; items still flagged as needing
        more information are listed first (resolve them, or finalise anyway)."""
        finalising.finalise(self)

    def reopen(self) -> None:
        """Make a final review editable again; asks for the reason, which is recorded."""
        if not self.state.is_final:
            return
        reason = prompts.ask_reopen_reason(self)
        if reason is None:
            return
        if not reason:
            prompts.show_problem(self, self.tr("Reopen review"),
                                 self.presenter.reopen_reason_missing())
            return
        run_op(self, lambda: self.state.reopen(reason), title=self.tr("Reopen review"),
               changes=Changes.OPEN_REVIEW,
               done=self.tr("Saved: the review is open for changes again."))

    # -- showing --------------------------------------------------------------------------------

    def _show_header(self) -> None:
        self.setAccessibleName(self.header.show_review(self.state.detail.summary, self.state.scale))

    def _show_read_only(self) -> None:
        final = self.state.is_final
        self.tabs.set_read_only(final)
        for name in ("scoring.finalise", "scoring.reopen"):
            self.commands[name].setEnabled(final == (name == "scoring.reopen"))
        self.header.show_final(final)

    def _show_current(self) -> None:
        item = self.state.scale.item(self.presenter.current)
        view, view.item_note = self.scoring.item_view, self.state.item_note()
        view.service_comments.show_comments(self.state.detail.comments_on(item.id))
        view.set_item(self.state.scale, item, self.state.label(item))
        notes = self.state.notes(item.id)
        view.criteria.set_score(notes.score)
        pending = self.presenter.pending_texts(item.id, ITEM_TEXT_FIELDS)
        self.scoring.notes.show_notes(notes, pending)
        self.state.mark_shown(item.id, tuple(f for f in ITEM_TEXT_FIELDS if f not in pending))
        self.follow_up.show_item(item.id)
        self.reviewer_scoring.show_item(item.id)

    def _refresh_totals(self) -> None:
        if self.reviewer_scoring.reviewer is not None:
            self.reviewer_scoring.show_totals()
            return
        result = self.state.result()
        self.scoring.totals.show_result(result)
        self.scoring.navigator.show_state(self.state.all_notes(), result)

    def _refresh_summary(self) -> None:
        self.summary.show_review(
            self.state, self.presenter.pending_texts("summary", SUMMARY_FIELDS))
        self._summary_dirty = False

    def _refresh_everything(self) -> None:
        self._show_header()
        self._show_read_only()
        self._show_current()
        self._refresh_totals()
        self._refresh_summary()

    def _on_item_changed(self, item_id: str) -> None:
        notes = self.state.notes(item_id)
        agreed_mode = self.reviewer_scoring.reviewer is None
        if agreed_mode:
            self.scoring.navigator.update_item(item_id, notes)
        self._refresh_totals()
        if item_id == self.presenter.current:
            if agreed_mode:
                self.scoring.item_view.criteria.set_score(notes.score)
            self.scoring.notes.set_needs_info(notes.needs_info)
        self._summary_dirty = True
        if self.tabs.currentIndex() == SUMMARY_TAB:
            self._refresh_summary()
        self._mark_comparison_dirty()

    def _on_review_changed(self) -> None:
        self._show_header()
        self._show_read_only()
        self._refresh_summary()
        self._mark_comparison_dirty()

    def _on_tab_changed(self, index: int) -> None:
        if index == SUMMARY_TAB:
            self.autosaver.flush()
            if self._summary_dirty:
                self._refresh_summary()
        elif index == COMPARISON_TAB:
            self.autosaver.flush()
            if self._comparison_dirty:
                self._refresh_comparison()

    # -- reviewers and the comparison -------------------------------------------------------------

    def _show_mode(self) -> None:
        """Show the current item, navigator and totals for the mode now chosen."""
        self._show_current()
        if self.reviewer_scoring.reviewer is None:
            self.scoring.totals.retranslateUi()  # the caption says "Total" again
            self.scoring.totals.caption.setToolTip("")
        self._refresh_totals()

    def _on_rating_saved(self, _item_id: str) -> None:
        self._clear_problem()
        self._mark_comparison_dirty()
        self.reviewChanged.emit(self.review_uuid)

    def _mark_comparison_dirty(self) -> None:
        self._comparison_dirty = True
        if self.tabs.currentIndex() == COMPARISON_TAB:
            self._refresh_comparison()

    def _refresh_comparison(self) -> None:
        comparison, pending = self.presenter.comparison()
        self.comparison.show_comparison(comparison, self.state.scale, pending)
        self._comparison_dirty = False

    # -- events ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Write pending text before the editor goes away; stay open if it cannot be saved
        and the user does not choose to close anyway."""
        if not self.flush_for_close():
            event.ignore()
            return
        super().closeEvent(event)
