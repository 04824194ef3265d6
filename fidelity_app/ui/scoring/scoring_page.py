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

    def retranslateUi(self) -> None:
        """Pass on to the parts."""
        self.reviewer_bar.retranslateUi()
        self.navigator.retranslateUi()
        self.item_view.retranslateUi()
        self.notes.retranslateUi()
        self.rating_note.retranslateUi()
        self.totals.retranslateUi()

    def set_tab_order(self) -> None:
        """Tab goes picker, find, list, sources, criteria, notes, flag, calculator."""
        nav, view, notes = self.navigator, self.item_view, self.notes
        chain: list[QWidget] = [
            nav.find_field, nav.tree, view.sources.header, view.criteria,
            *(notes.edits[f] for f in NOTE_FIELDS), notes.needs_info, notes.reason,
            view.calculator.field, view.calculator.apply_button,
        ]
        # The reviewer picker first; the other reviewers' line and a reviewer's own note
        # follow the criteria (hidden widgets are skipped).
        QWidget.setTabOrder(self.reviewer_bar.combo, nav.find_field)
        chain[chain.index(view.criteria) + 1:chain.index(view.criteria) + 1] = [
            view.others.reveal_button, self.rating_note.edit,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_read_only(self, read_only: bool) -> None:
        """A final review: nothing on the page can be changed."""
        self.item_view.criteria.set_read_only(read_only)
        self.item_view.calculator.set_read_only(read_only)
        self.notes.set_read_only(read_only)
        self.rating_note.set_read_only(read_only)
        self.reviewer_bar.set_read_only(read_only)
