"""The scoring tab: navigator, current item, notes side by side, totals underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from fidelity_app.ui.scoring.item_view import ItemView
from fidelity_app.ui.scoring.navigator import ItemNavigator
from fidelity_app.ui.scoring.notes_panel import NotesPanel
from fidelity_app.ui.scoring.presenter import NOTE_FIELDS
from fidelity_app.ui.scoring.rating_note import RatingNotePanel
from fidelity_app.ui.scoring.reviewer_bar import ReviewerBar
from fidelity_app.ui.scoring.style import em
from fidelity_app.ui.scoring.totals_bar import TotalsBar


class ScoringPage(QWidget):
    """Layout only; the editor connects the parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer_bar = ReviewerBar(self)
        self.navigator = ItemNavigator(self)
        self.item_view = ItemView(self)
        # The notes column: the agreed notes, or a reviewer's own note in their mode.
        self.notes_stack = QStackedWidget(self)
        self.notes = NotesPanel(self.notes_stack)
        self.rating_note = RatingNotePanel(self.notes_stack)
        self.notes_stack.addWidget(self.notes)
        self.notes_stack.addWidget(self.rating_note)
        self.totals = TotalsBar(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.item_view)
        self.splitter.addWidget(self.notes_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.navigator.setMinimumWidth(em(self, 11))
        self.item_view.setMinimumWidth(em(self, 18))
        self.notes_stack.setMinimumWidth(em(self, 14))
        self.splitter.setSizes([em(self, 19), em(self, 36), em(self, 25)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reviewer_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals)
        # After choosing who scores, or revealing the others' scores, the keys score again.
        self.reviewer_bar.choiceFinished.connect(self.focus_criteria)
        self.item_view.others.revealToggled.connect(lambda _shown: self.focus_criteria())

    def key_areas(self) -> dict[str, QWidget]:
        """The parts the scoring keys live in, by the area names of ``SCORING_ACTIONS``."""
        return {"navigator": self.navigator, "item": self.item_view,
                "reviewer-bar": self.reviewer_bar, "notes": self.notes_stack,
                "scoring-page": self}

    def focus_criteria(self) -> None:
        """Give the keyboard back to the criteria (the scoring keys answer there)."""
        self.item_view.criteria.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslateUi(self) -> None:
        """Pass on to the parts."""
        self.reviewer_bar.retranslateUi()
        self.navigator.retranslateUi()
        self.item_view.retranslateUi()
        self.notes.retranslateUi()
        self.rating_note.retranslateUi()
        self.totals.retranslateUi()

    def set_tab_order(self) -> None:
        """Tab goes picker, find, list, criteria, notes, flag, others, calculator, sources.

        From the criteria Tab reaches the first note (the field of a new evidence entry, then
        its source, role and the entries; a reviewer's own note in their mode) before anything
        a typed space could toggle (hidden and disabled widgets are skipped).
        """
        nav, view, notes = self.navigator, self.item_view, self.notes
        evidence = notes.evidence
        chain: list[QWidget] = [
            self.reviewer_bar.combo, nav.find_field, nav.tree, view.criteria,
            self.rating_note.edit, evidence.input, evidence.source, evidence.role,
            evidence.entries, *(notes.edits[f] for f in NOTE_FIELDS), notes.needs_info,
            notes.reason, view.others.reveal_button, view.sources.header,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        view.calculator.follows(view.others.reveal_button)  # its rows, then the sources

    def set_read_only(self, read_only: bool) -> None:
        """A final review: nothing on the page can be changed."""
        self.item_view.criteria.set_read_only(read_only)
        self.item_view.calculator.set_read_only(read_only)
        self.notes.set_read_only(read_only)
        self.rating_note.set_read_only(read_only)
        self.reviewer_bar.set_read_only(read_only)
