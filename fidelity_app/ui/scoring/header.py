"""The editor's header: the service and review in one line, the save line and two banners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fidelity_app.scale.model import Scale
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.ui.scoring.presenter import Problem
from fidelity_app.ui.scoring.style import em, make_quiet, scaled_font
from fidelity_app.ui.scoring.texts import format_date, kind_label, status_label
from fidelity_app.ui.scoring.widgets import Banner

translate = QCoreApplication.translate


class ReviewHeader(QWidget):
    """Title, details and save line; the "final" banner and the warning banner under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        top.addLayout(titles, 1)
        top.addWidget(self.save_state)
        layout = QVBoxLayout(self)
        margin = em(self, 0.9)
        layout.setContentsMargins(margin, em(self, 0.6), margin, em(self, 0.3))
        layout.setSpacing(em(self, 0.4))
        layout.addLayout(top)
        layout.addWidget(self.final_banner)
        layout.addWidget(self.error_banner)

    def show_review(self, summary: ReviewSummary, scale: Scale) -> str:
        """Show the review's service, kind, dates, reviewers, scale and status; returns the
        editor's accessible name."""
        self.title.setText(summary.service_name)
        parts = [kind_label(summary.kind), format_date(summary.start_date)]
        if summary.end_date and summary.end_date != summary.start_date:
            parts[-1] += f" – {format_date(summary.end_date)}"
        if summary.reviewers:
            parts.append(
                translate("ReviewEditor", "Reviewers: %1").replace(
                    "%1", ", ".join(summary.reviewers)
                )
            )
        parts.append(f"{scale.name} ({scale.version})")
        parts.append(status_label(summary.status))
        self.details.setText(" · ".join(parts))
        return translate("ReviewEditor", "Review of %1").replace("%1", summary.service_name)

    def show_final(self, final: bool) -> None:
        """The banner of a final review, with its Reopen button."""
        if final:
            self.final_banner.show_message(
                translate("ReviewEditor", "Final"),
                translate(
                    "ReviewEditor",
                    "This review is final and read-only. Reopen it to change scores or notes.",
                ),
                translate("ReviewEditor", "Reopen…"),
            )
        else:
            self.final_banner.setVisible(False)

    def report(self, problem: Problem) -> None:
        """A write did not happen: the warning banner (with Reload when a change made elsewhere
        is kept on screen) and the save line."""
        title = problem.title if problem.reload else translate("ReviewEditor", "Not saved")
        self.error_banner.show_message(
            title, problem.message, translate("ReviewEditor", "Reload") if problem.reload else ""
        )
        self.save_state.setText(translate("ReviewEditor", "Not saved"))

    def clear_problem(self, may_clear: bool) -> None:
        """A write succeeded: the warning goes unless something is still not saved."""
        if self.error_banner.isVisible() and may_clear:
            self.error_banner.setVisible(False)
