"""The bar above the main window's pages that says when final reviews have kept their
personal notes longer than the retention setting, and removes them when the user agrees.

The bar never blocks: it says how many reviews are due and offers "Remove personal notes…",
which names each review and what is cleared and what is kept before anything is removed.
It reads the database after the window has been shown (and after each change), so the
start is not slowed by the personal-data services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fidelity_app.services.change_log import login_name
from fidelity_app.ui import prompts
from fidelity_app.ui.operations import Changes, run_op
from fidelity_app.ui.outcome import attempt

if TYPE_CHECKING:
    from fidelity_app.services.app import App
    from fidelity_app.services.privacy import RetentionDue

FIRST_CHECK_MS = 1500


class RetentionBar(QFrame):
    """"N final reviews still hold personal notes…" with a button to remove them."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.app = app
        self.due: list[RetentionDue] = []
        self.days = 0
        self.label = QLabel(wordWrap=True)
        self.label.setObjectName("retentionText")
        self.remove_button = QPushButton(self.tr("&Remove personal notes…"))
        self.remove_button.setObjectName("removePersonalNotes")
        self.remove_button.clicked.connect(self.remove_notes)
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setObjectName("retentionLater")
        self.later_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.later_button)
        self.hide()
        self._started = False

    def start(self, delay_ms: int = FIRST_CHECK_MS) -> None:
        """Look for due reviews once the window has had time to show."""
        self._started = True
        QTimer.singleShot(delay_ms, self, self.refresh)

    def set_app(self, app: App) -> None:
        """Follow the window to another database."""
        self.app = app
        self.refresh()

    def stored_days(self) -> int | None:
        """The retention setting of the database (``None`` when it cannot be read)."""
        return attempt(lambda: self.app.privacy.retention_days()).value

    def set_days(self, days: int | None) -> None:
        """Store a new retention setting (nothing when unchanged or ``None``)."""
        if days is None or days == self.stored_days():
            return
        run_op(self, lambda: self.app.privacy.set_retention_days(days),
               title=self.tr("Settings"), failed=self.tr("The retention time was not changed."),
               flush=False)
        self.refresh()

    def refresh(self) -> None:
        """Read which final reviews are past the retention time; show or hide the bar."""
        self._started = True

        def read() -> tuple[list[RetentionDue], int]:
            return self.app.privacy.retention_due(), self.app.privacy.retention_days()

        found = attempt(read)  # a failed read must not stop the window: the bar stays as it is
        if found.value is None:
            return
        self.due, self.days = found.value
        self.label.setText(self.text())
        self.setVisible(bool(self.due))

    def refresh_if_started(self) -> None:
        """Read again after a change, once the first check has run."""
        if self._started:
            self.refresh()

    def text(self) -> str:
        """What the bar says."""
        if len(self.due) == 1:
            text = self.tr("A final review still holds personal notes more than %1 days "
                           "after it was finalised.")
        else:
            text = self.tr("%2 final reviews still hold personal notes more than %1 days "
                           "after they were finalised.").replace("%2", str(len(self.due)))
        return (text.replace("%1", str(self.days)) + " "
                + self.tr("Notes about participants should go once the report is done."))

    def details(self) -> str:
        """The reviews, one a line, with the day each became final."""
        return "\n".join(
            self.tr("%1, %2 (final %3)").replace("%1", d.review.service_name)
            .replace("%2", d.review.start_date.isoformat())
            .replace("%3", d.finalised_on.isoformat())
            for d in self.due)

    def remove_notes(self) -> bool:
        """Show the reviews and what is cleared and kept; remove the notes if the user agrees."""
        if not self.due:
            return False
        if not prompts.confirm(
                self, self.tr("Remove personal notes"),
                self.tr("Removed from these reviews: evidence notes, the reasons for "
                        "“Needs more information”, the reviewers’ own notes, the service’s "
                        "comments and drafts from the factual check, the visit plan’s "
                        "activities and documents, and the reasons typed in the logs, also "
                        "where the log of changes repeats them. Kept: scores, strengths, areas "
                        "for development, rationales, the summary, the action plan and the "
                        "visit plan’s roles and times. The removal cannot be undone."),
                self.tr("Remove personal notes"), self.details(), destructive=True):
            return False
        uuids = [d.review.uuid for d in self.due]
        actor = login_name()

        def remove() -> int:
            return sum(self.app.privacy.remove_personal_notes(uuid, actor=actor).total
                       for uuid in uuids)

        done = run_op(self, remove, title=self.tr("Remove personal notes"),
                      failed=self.tr("Not every review's notes were removed."),
                      changes=Changes.OPEN_REVIEW | Changes.REVIEW_LIST,
                      done=lambda n: self.tr("Personal notes removed: %1.").replace("%1", str(n)))
        self.refresh()
        return done.ok
