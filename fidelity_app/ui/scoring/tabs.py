"""The editor's three pages in tabs: scoring, summary, comparison."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from fidelity_app.ui.consensus.page import ComparisonPage
from fidelity_app.ui.scoring.scoring_page import ScoringPage
from fidelity_app.ui.scoring.summary_page import SummaryPage

SCORING_TAB, SUMMARY_TAB, COMPARISON_TAB = 0, 1, 2


class ReviewTabs(QTabWidget):
    """Layout only: the pages, their tab names, read-only for a final review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.scoring = ScoringPage(self)
        self.summary = SummaryPage(self)
        self.comparison = ComparisonPage(self)
        for page in (self.scoring, self.summary, self.comparison):
            self.addTab(page, "")

    def retranslateUi(self) -> None:
        """The tabs' names, then every page's texts."""
        self.setTabText(SCORING_TAB, QCoreApplication.translate("ReviewEditor", "Scoring"))
        self.setTabText(SUMMARY_TAB, QCoreApplication.translate("ReviewEditor", "Summary"))
        self.setTabText(COMPARISON_TAB, QCoreApplication.translate("ReviewEditor", "Comparison"))
        self.setAccessibleName(QCoreApplication.translate("ReviewEditor", "Review pages"))
        self.scoring.retranslateUi()
        self.summary.retranslateUi()
        self.comparison.retranslateUi()

    def set_read_only(self, read_only: bool) -> None:
        """A final review: every page readable, nothing changeable."""
        self.scoring.set_read_only(read_only)
        self.comparison.set_read_only(read_only)
        for edit in self.summary.summary_edits.values():
            edit.setReadOnly(read_only)
