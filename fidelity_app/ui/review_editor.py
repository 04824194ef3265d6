"""The review editor: score a review item by item, write notes, see the summary, finalise.

Every change is written through the service as it is made: a score at once, text after a
short pause, when its field loses focus and on ``flush()``. ``statusMessage`` says "Saved"
only after the service call returned; a failed write keeps the text on screen, says it is
not saved and is retried. A write refused because another window changed the same value, or
finalised or deleted the review, is not retried: the user is told, the stored state is read
again and the unsaved text is copied to the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from fidelity_app.services.app import App
from fidelity_app.services.errors import EditConflictError, NotFoundError, ReviewLockedError
from fidelity_app.ui import prompts as window_prompts
from fidelity_app.ui.consensus.page import ComparisonPage
from fidelity_app.ui.scoring import prompts
from fidelity_app.ui.scoring.autosave import Autosaver
from fidelity_app.ui.scoring.commands import SetScoreCommand
from fidelity_app.ui.scoring.follow_up_panel import FollowUp
from fidelity_app.ui.scoring.notes_panel import NOTE_FIELDS
from fidelity_app.ui.scoring.reviewer_bar import AGREED
from fidelity_app.ui.scoring.reviewer_scoring import NOTE_FIELD, ReviewerScoring
from fidelity_app.ui.scoring.scoring_page import ScoringPage
from fidelity_app.ui.scoring.state import SAVE_ERRORS, ReviewState, describe_error
from fidelity_app.ui.scoring.style import em, make_quiet, scaled_font
from fidelity_app.ui.scoring.summary_page import SUMMARY_FIELDS, SummaryPage
from fidelity_app.ui.scoring.texts import format_date, kind_label, status_label
from fidelity_app.ui.scoring.totals_bar import band_text, total_text
from fidelity_app.ui.scoring.widgets import Banner

SCORING_TAB, SUMMARY_TAB, COMPARISON_TAB = 0, 1, 2


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
        self._current = self.state.items[0].id
        self._summary_dirty = True
        self._closing = False
        self._refused = False  # a write was refused since the last save or reload

        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.3, bold=True))
        self.details = make_quiet(QLabel(self))
        self.details.setWordWrap(True)
        self.save_state = make_quiet(QLabel(self))
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.final_banner = Banner(self)
        self.final_banner.setVisible(False)
        self.error_banner = Banner(self, warning=True)
        self.error_banner.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.scoring = ScoringPage(self.tabs)
        self.summary = SummaryPage(self.tabs)
        self.comparison = ComparisonPage(self.tabs)
        self.tabs.addTab(self.scoring, "")
        self.tabs.addTab(self.summary, "")
        self.tabs.addTab(self.comparison, "")
        self._comparison_dirty = True
        self.reviewer_scoring = ReviewerScoring(
            app, self.state, self.scoring, self.undo_stack, self.autosaver, self
        )
        self._build_layout()
        self._build_actions()
        self._connect()
        self._set_tab_order()
        self.follow_up = FollowUp(self)
        self.setFocusProxy(self.scoring.item_view.criteria)
        self.retranslateUi()
        self.scoring.navigator.set_scale(self.state.scale)
        self._refresh_everything()
        self.go_to_first_unscored()

    # -- construction -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        top.addLayout(titles, 1)
        top.addWidget(self.save_state)
        header = QVBoxLayout()
        margin = em(self, 0.9)
        header.setContentsMargins(margin, em(self, 0.6), margin, em(self, 0.3))
        header.setSpacing(em(self, 0.4))
        header.addLayout(top)
        header.addWidget(self.final_banner)
        header.addWidget(self.error_banner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        redo_keys = [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        unique = list(dict.fromkeys(k.toString() for k in redo_keys if not k.isEmpty()))
        self.redo_action = QAction(self)
        if self.parent() is None:  # embedded, the window's Undo and Redo own these keys
            self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
            self.redo_action.setShortcuts([QKeySequence(k) for k in unique])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.find_item)
        for action in (self.undo_action, self.redo_action, self.find_action):
            action.setShortcutContext(context)
            self.addAction(action)
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._update_undo_actions)

        # Scoring keys live on the navigator and the item view only, never on the notes; the
        # find and figure fields inside them get digits and Delete first (Qt offers a focused
        # text field the keys it edits with before any shortcut).
        self._shortcuts: list[QShortcut] = []
        for area in (self.scoring.navigator, self.scoring.item_view):
            keys: list[tuple[Qt.Key, int | None]] = [
                *((getattr(Qt.Key, f"Key_{n}"), n) for n in range(1, 6)),
                (Qt.Key.Key_0, None),
                (Qt.Key.Key_Delete, None),
            ]
            for key, score in keys:
                shortcut = QShortcut(QKeySequence(key), area, context=context)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(lambda s=score: self.score_current(s))
                self._shortcuts.append(shortcut)
            for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
                shortcut = QShortcut(QKeySequence(key), area, context=context)
                shortcut.activated.connect(lambda d=step: self.step(d))
                self._shortcuts.append(shortcut)

    def _connect(self) -> None:
        self.state.itemChanged.connect(self._on_item_changed)
        self.state.reviewChanged.connect(self._on_review_changed)
        nav = self.scoring.navigator
        nav.itemSelected.connect(lambda item_id: self.go_to(item_id, focus=False))
        nav.itemActivated.connect(lambda item_id: self.go_to(item_id, focus=True))
        nav.findFinished.connect(self.focus_scoring)
        view = self.scoring.item_view
        view.criteria.scoreChosen.connect(lambda s: self.score_current(s or None))
        view.calculator.applyScore.connect(self.score_current)
        notes = self.scoring.notes
        notes.textEdited.connect(self._on_note_edited)
        notes.needsInfoToggled.connect(self._on_needs_info)
        notes.focusLeft.connect(self.flush)
        self.summary.summaryEdited.connect(self._on_summary_edited)
        self.summary.focusLeft.connect(self.flush)
        self.summary.finaliseRequested.connect(self.finalise)
        self.summary.reopenRequested.connect(self.reopen)
        self.final_banner.button.clicked.connect(self.reopen)
        self.autosaver.saved.connect(self._on_autosaved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.autosaver.refused.connect(self._on_writes_refused)
        self.error_banner.button.clicked.connect(self.reload_stored)
        self.autosaver.pendingChanged.connect(self._show_save_state)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._connect_reviewers()

    def _set_tab_order(self) -> None:
        nav, view, notes = self.scoring.navigator, self.scoring.item_view, self.scoring.notes
        chain = [
            nav.find, nav.tree, view.sources.header, view.criteria,
            *(notes.edits[f] for f in NOTE_FIELDS), notes.needs_info, notes.reason,
            view.calculator.field, view.calculator.apply_button,
        ]
        # The reviewer picker first; the other reviewers' line and a reviewer's own note
        # follow the criteria (hidden widgets are skipped).
        QWidget.setTabOrder(self.scoring.reviewer_bar.combo, nav.find)
        chain[chain.index(view.criteria) + 1:chain.index(view.criteria) + 1] = [
            view.others.reveal_button, self.scoring.rating_note.edit,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- public API ---------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set every text of the editor in the current interface language."""
        self.tabs.setTabText(SCORING_TAB, self.tr("Scoring"))
        self.tabs.setTabText(SUMMARY_TAB, self.tr("Summary"))
        self.tabs.setTabText(COMPARISON_TAB, self.tr("Comparison"))
        self.tabs.setAccessibleName(self.tr("Review pages"))
        self.scoring.retranslateUi()
        self.summary.retranslateUi()
        self.comparison.retranslateUi()
        self.find_action.setText(self.tr("Find item…"))
        self._update_undo_actions()
        self._show_header()
        self._show_read_only()
        self._show_save_state(self.autosaver.has_pending())
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
        if not window_prompts.confirm(
            self, self.tr("Not saved"),
            self.tr("The last text could not be saved. Close anyway and lose the unsaved "
                    "text?"),
            self.tr("Close anyway"),
            self.tr("The unsaved text is copied to the clipboard first, so you can paste it "
                    "elsewhere. Cancel keeps the review open; saving is tried again."),
            destructive=True,
        ):
            return False
        self._copy_to_clipboard(texts)
        self.autosaver.discard()
        return True

    def go_to_first_unscored(self) -> None:
        """Show the first item without a score (the first item when all are scored)."""
        scores = self.state.scores()
        target = next((it.id for it in self.state.items if it.id not in scores), None)
        self.tabs.setCurrentIndex(SCORING_TAB)
        self.go_to(target or self.state.items[0].id, focus=True)

    def current_item_id(self) -> str:
        """The item shown in the scoring view."""
        return self._current

    def go_to(self, item_id: str, *, focus: bool = True) -> None:
        """Show ``item_id``; with ``focus``, put keyboard focus on its scoring area."""
        if item_id != self._current:
            self.autosaver.flush()
            self._current = item_id
            self._show_current()
        self.scoring.navigator.select(item_id)
        if focus:
            self.focus_scoring()

    def step(self, delta: int) -> None:
        """Go to the next (``1``) or previous (``-1``) item and focus its scoring area."""
        ids = [it.id for it in self.state.items]
        index = ids.index(self._current) + delta
        if 0 <= index < len(ids):
            self.go_to(ids[index], focus=True)
        else:
            self.focus_scoring()
            last, first = self.tr("This is the last item."), self.tr("This is the first item.")
            self.statusMessage.emit(last if delta > 0 else first)

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

    def score_current(self, score: int | None) -> None:
        """Score the current item (``None`` clears it) as one undoable step.

        In a reviewer's mode this is that reviewer's own score, otherwise the agreed score.
        """
        if self.state.is_final:
            self.statusMessage.emit(self.tr("The review is final. Reopen it to make changes."))
            return
        if self.reviewer_scoring.reviewer is not None:
            self.reviewer_scoring.score(self._current, score)
            return
        self.score_item(self._current, score)

    def score_item(self, item_id: str, score: int | None) -> None:
        """Set the agreed score of ``item_id`` (``None`` clears it) as one undoable step."""
        if self.state.is_final:
            self.statusMessage.emit(self.tr("The review is final. Reopen it to make changes."))
            return
        old = self.state.notes(item_id).score
        if old == score:
            return
        item = self.state.scale.item(item_id)
        label = self.state.label(item)
        if score is None:
            text = self.tr("clear the score of %1").replace("%1", label)
        else:
            text = self.tr("score %1 for %2").replace("%1", str(score)).replace("%2", label)
        self.undo_stack.push(SetScoreCommand(self._apply_score, item_id, old, score, text))

    # -- writing --------------------------------------------------------------------------------

    def _apply_score(self, item_id: str, score: int | None, expected: int | None) -> bool:
        """Write a score in place of ``expected`` (from a key, a click, undo or redo); report
        the outcome. A score changed in another window meanwhile is not overwritten."""
        try:
            self.state.set_score(item_id, score, expected)
        except SAVE_ERRORS as exc:
            if isinstance(exc, EditConflictError):
                self._report_problem(self.score_conflict_text(exc))
            else:
                self._report_problem(
                    self.tr("NOT saved: %1. The score was not changed.").replace(
                        "%1", describe_error(exc)
                    )
                )
            self._on_item_changed(item_id)
            return False
        if self.reviewer_scoring.reviewer is not None and self.tabs.currentIndex() == SCORING_TAB:
            self.reviewer_scoring.set_mode(AGREED)  # undo of an agreed score: show it
        if item_id != self._current:
            self.go_to(item_id, focus=self.scoring.item_view.criteria.hasFocus())
        label = self.state.label(self.state.scale.item(item_id))
        if score is None:
            message = self.tr("Saved: %1 has no score.").replace("%1", label)
        else:
            message = self.tr("Saved: %1 scored %2.").replace("%1", label).replace(
                "%2", str(score)
            )
        self._clear_problem()
        self.statusMessage.emit(message)
        self.reviewChanged.emit(self.review_uuid)
        return True

    def _on_note_edited(self, field: str, text: str) -> None:
        if self.state.is_final:
            return
        item_id = self._current
        self.autosaver.schedule(
            (item_id, field), text, lambda t, i=item_id, f=field: self.state.set_text(i, f, t)
        )

    def _on_summary_edited(self, field: str, text: str) -> None:
        if self.state.is_final:
            return
        self.autosaver.schedule(
            ("summary", field), text, lambda t, f=field: self.state.set_summary(f, t)
        )

    def _on_needs_info(self, flagged: bool) -> None:
        item_id = self._current
        try:
            self.state.set_needs_info(item_id, flagged)
        except SAVE_ERRORS as exc:
            self._report_problem(
                self.tr("NOT saved: %1.").replace("%1", describe_error(exc))
            )
            self.scoring.notes.set_needs_info(self.state.notes(item_id).needs_info)
            return
        self._clear_problem()
        self.statusMessage.emit(self.tr("Saved"))
        self.reviewChanged.emit(self.review_uuid)

    def _on_autosaved(self) -> None:
        self._refused = self.autosaver.has_kept()  # a refused text still on screen
        self._clear_problem()
        self.statusMessage.emit(self.tr("Saved"))

    def _on_save_failed(self, reason: str) -> None:
        self._report_problem(
            self.tr("NOT saved: %1. Your text is kept on screen and saving is tried again "
                    "in a few seconds.").replace("%1", reason)
        )

    def score_conflict_text(self, exc: EditConflictError) -> str:
        """What the user reads when a score was changed in another window meanwhile."""
        def shown(value: object) -> str:
            return self.tr("no score") if value is None else str(value)

        try:
            label = self.state.label(self.state.scale.item(exc.item_id))
        except KeyError:
            label = exc.item_id
        return (
            self.tr("This item was changed in another window: %1 now has the score %2 (this "
                    "window showed %3). Your change is NOT saved; the stored score is shown "
                    "now. Make your change again if it still applies.")
            .replace("%1", label).replace("%2", shown(exc.stored))
            .replace("%3", shown(exc.expected))
        )

    def _field_name(self, field: str) -> str:
        names = {
            "evidence": self.tr("evidence"),
            "strengths": self.tr("strengths"),
            "development": self.tr("areas for development"),
            "rationale": self.tr("rationale"),
            "needs_info_reason": self.tr("missing information"),
            NOTE_FIELD: self.tr("own note"),
        }
        return names.get(field, field)

    def _on_writes_refused(self, refusals: list) -> None:
        """Writes that cannot be saved by trying again: tell the user, keep their text (on
        the clipboard, and on screen when the item can still be edited), read the stored state.
        """
        texts = [text for _key, text, _exc in refusals]
        errors = [exc for _key, _text, exc in refusals]
        self._refused = True
        copied = self._copy_to_clipboard(texts)
        clip = self.tr(" Your unsaved text is copied to the clipboard.") if copied else ""
        if any(isinstance(e, (ReviewLockedError, NotFoundError)) for e in errors):
            self.autosaver.discard()
            self.state.refresh()
            self.reviewer_scoring.refresh_stored()
            if self.state.gone:
                title = self.tr("Review deleted")
                message = self.tr("This review was deleted in another window or program, so "
                                  "your last text could not be saved.")
            else:
                title = self.tr("Review final")
                message = self.tr("This review was finalised in another window or program, so "
                                  "your last text could not be saved. It is read-only now.")
            message += clip
            self._show_current()  # the stored text; what was typed is on the clipboard
            self._refresh_summary()
            self._report_problem(message)
        else:
            self.reviewer_scoring.refresh_stored()
            key, _text, exc = refusals[0]
            label = ""
            if isinstance(key, tuple) and key and key[0] in {it.id for it in self.state.items}:
                label = self.state.label(self.state.scale.item(key[0]))
            field = self._field_name(key[1]) if isinstance(key, tuple) and len(key) > 1 else ""
            if label and field:
                reason = self.tr("the %1 text of %2 is not what this window showed").replace(
                    "%1", field).replace("%2", label)
            else:
                reason = describe_error(exc)
            title = self.tr("Changed elsewhere")
            message = (
                self.tr("This item was changed in another window: %1. Your text is NOT saved; "
                        "it is kept on screen until you reload.").replace("%1", reason) + clip
                + self.tr(" Reload to see the stored text, then make your change again if it "
                          "still applies.")
            )
            self.error_banner.show_message(title, message, self.tr("Reload"))
            self.save_state.setText(self.tr("Not saved"))
            self.statusMessage.emit(message)
        if self._closing:
            window_prompts.show_error(self, title, message)
        self.reviewChanged.emit(self.review_uuid)

    def _copy_to_clipboard(self, texts: list[str]) -> bool:
        """Put the non-empty ``texts`` on the clipboard; ``True`` if there was any."""
        texts = [t for t in texts if t.strip()]
        if not texts:
            return False
        QGuiApplication.clipboard().setText("\n\n".join(texts))
        return True

    def reload_stored(self) -> None:
        """Show the stored scores and notes again (after a change made in another window);
        texts that could not be saved give way to the stored ones."""
        self.autosaver.forget_kept()
        self._refused = False
        self.reload()
        self._show_current()
        self.error_banner.setVisible(False)
        self._show_save_state(self.autosaver.has_pending())
        self.statusMessage.emit(self.tr("The stored scores and notes are shown."))

    def _report_problem(self, message: str) -> None:
        self.error_banner.show_message(self.tr("Not saved"), message)
        self.save_state.setText(self.tr("Not saved"))
        self.statusMessage.emit(message)

    def _clear_problem(self) -> None:
        if self.error_banner.isVisible() and not self.autosaver.failing and not self._refused:
            self.error_banner.setVisible(False)
        self._show_save_state(self.autosaver.has_pending())

    def _show_save_state(self, pending: bool) -> None:
        if self.autosaver.failing or self._refused:
            self.save_state.setText(self.tr("Not saved"))
        elif pending:
            self.save_state.setText(self.tr("Saving…"))
        else:
            self.save_state.setText(self.tr("All changes saved"))

    # -- finalising -----------------------------------------------------------------------------

    def finalise(self) -> None:
        """Make a complete review final, after confirmation."""
        if not self.flush():
            prompts.show_problem(self, self.tr("Finalise review"),
                                 self.tr("Some text is not saved yet, so the review cannot be "
                                         "finalised now. Try again in a moment."))
            return
        result = self.state.result()
        if result.partial or self.state.is_final:
            return
        if not prompts.confirm_finalise(self, total_text(result), band_text(result)):
            return
        try:
            self.state.finalise()
        except SAVE_ERRORS as exc:
            prompts.show_problem(self, self.tr("Finalise review"), describe_error(exc))
            return
        self.undo_stack.clear()
        self.statusMessage.emit(self.tr("Saved: the review is final."))
        self.reviewChanged.emit(self.review_uuid)

    def reopen(self) -> None:
        """Make a final review editable again; asks for the reason, which is recorded."""
        if not self.state.is_final:
            return
        reason = prompts.ask_reopen_reason(self)
        if reason is None:
            return
        if not reason:
            prompts.show_problem(self, self.tr("Reopen review"),
                                 self.tr("Give a reason for reopening the review."))
            return
        try:
            self.state.reopen(reason)
        except SAVE_ERRORS as exc:
            prompts.show_problem(self, self.tr("Reopen review"), describe_error(exc))
            return
        self.undo_stack.clear()
        self.statusMessage.emit(self.tr("Saved: the review is open for changes again."))
        self.reviewChanged.emit(self.review_uuid)

    # -- showing --------------------------------------------------------------------------------

    def _show_header(self) -> None:
        summary = self.state.detail.summary
        self.title.setText(summary.service_name)
        parts = [kind_label(summary.kind), format_date(summary.start_date)]
        if summary.end_date and summary.end_date != summary.start_date:
            parts[-1] += f" – {format_date(summary.end_date)}"
        if summary.reviewers:
            parts.append(self.tr("Reviewers: %1").replace("%1", ", ".join(summary.reviewers)))
        parts.append(f"{self.state.scale.name} ({self.state.scale.version})")
        parts.append(status_label(summary.status))
        self.details.setText(" · ".join(parts))
        self.setAccessibleName(self.tr("Review of %1").replace("%1", summary.service_name))

    def _show_read_only(self) -> None:
        final = self.state.is_final
        self.scoring.item_view.criteria.set_read_only(final)
        self.scoring.item_view.calculator.set_read_only(final)
        self.scoring.notes.set_read_only(final)
        self.scoring.rating_note.set_read_only(final)
        self.scoring.reviewer_bar.set_read_only(final)
        self.comparison.set_read_only(final)
        for edit in self.summary.summary_edits.values():
            edit.setReadOnly(final)
        if final:
            self.final_banner.show_message(
                self.tr("Final"),
                self.tr("This review is final and read-only. Reopen it to change scores or notes."),
                self.tr("Reopen…"),
            )
        else:
            self.final_banner.setVisible(False)
        self._update_undo_actions()

    def _show_current(self) -> None:
        item = self.state.scale.item(self._current)
        label = self.state.label(item)
        view = self.scoring.item_view
        view.set_item(self.state.scale, item, label)
        notes = self.state.notes(item.id)
        view.criteria.set_score(notes.score)
        pending = {
            f: text
            for f in (*NOTE_FIELDS, "needs_info_reason")
            if (text := self.autosaver.pending_text((item.id, f))) is not None
        }
        self.scoring.notes.show_notes(notes, pending)
        self.state.mark_shown(
            item.id, tuple(f for f in (*NOTE_FIELDS, "needs_info_reason") if f not in pending)
        )
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
        pending = {
            f: text
            for f in SUMMARY_FIELDS
            if (text := self.autosaver.pending_text(("summary", f))) is not None
        }
        self.summary.show_review(self.state, pending)
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
        if item_id == self._current:
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

    def _update_undo_actions(self) -> None:
        editable = not self.state.is_final
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())
        undo_text = self.undo_stack.undoText()
        redo_text = self.undo_stack.redoText()
        self.undo_action.setText(
            self.tr("Undo %1").replace("%1", undo_text) if undo_text else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo %1").replace("%1", redo_text) if redo_text else self.tr("Redo")
        )

    # -- reviewers and the comparison -------------------------------------------------------------

    def _connect_reviewers(self) -> None:
        mode = self.reviewer_scoring
        mode.displayChanged.connect(self._show_mode)
        mode.ratingSaved.connect(self._on_rating_saved)
        mode.goTo.connect(lambda item_id: self.go_to(
            item_id, focus=self.scoring.item_view.criteria.hasFocus()))
        mode.statusMessage.connect(self.statusMessage)
        mode.problem.connect(self._report_problem)
        mode.reviewersChanged.connect(self._mark_comparison_dirty)
        page = self.comparison
        page.scoreChosen.connect(lambda item_id, s: self.score_item(item_id, s or None))
        page.proposalsAccepted.connect(self.accept_proposals)
        page.rationaleEdited.connect(self._on_rationale_edited)
        page.focusLeft.connect(self.flush)
        page.finaliseRequested.connect(self.finalise)

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
        comparison = self.app.ratings.compare(self.review_uuid)
        pending = {
            row.item_id: text
            for row in comparison.rows
            if (text := self.autosaver.pending_text((row.item_id, "rationale"))) is not None
        }
        self.comparison.show_comparison(comparison, self.state.scale, pending)
        for row in comparison.rows:
            if row.item_id not in pending:
                self.state.note_shown(row.item_id, "rationale", row.rationale)
        self._comparison_dirty = False

    def show_comparison(self) -> None:
        """Switch to the comparison of the reviewers' scores."""
        self.tabs.setCurrentIndex(COMPARISON_TAB)

    def accept_proposals(self, proposals: list) -> None:
        """Set each item's agreed score to the score all reviewers gave, as one undoable step."""
        todo = [(i, s) for i, s in proposals if self.state.notes(i).score != s]
        if self.state.is_final or not todo:
            return
        self.undo_stack.beginMacro(
            self.tr("accept %1 proposed scores").replace("%1", str(len(todo)))
        )
        try:
            for item_id, score in todo:
                self.score_item(item_id, score)
        finally:
            self.undo_stack.endMacro()

    def _on_rationale_edited(self, item_id: str, text: str) -> None:
        if self.state.is_final:
            return
        self.autosaver.schedule(
            (item_id, "rationale"), text,
            lambda t, i=item_id: self.state.set_text(i, "rationale", t),
        )

    def reload(self) -> None:
        """Read the review again (after a file was merged into it elsewhere)."""
        self.flush()
        self.state.reload()
        self.reviewer_scoring.reload()
        self._mark_comparison_dirty()

    def export_own_ratings(self) -> bool:
        """Save the chosen reviewer's own ratings as a review file (asks where)."""
        return self.reviewer_scoring.export_own_ratings()

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
