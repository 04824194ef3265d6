"""The summary of a review: result, profile, collected notes, overall summary, finalising.

Layout only; what it shows is decided by :mod:`fidelity_app.ui.scoring.summary_presenter`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.ui.scoring.profile_chart import ProfileChart
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.style import em, heading, make_quiet, scaled_font
from fidelity_app.ui.scoring.summary_presenter import (
    SUMMARY_FIELDS,
    SummaryContent,
    summary_content,
)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout``."""
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget() if child is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class CollectedNotes(QWidget):
    """One note field gathered from every item that has it, under the item's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(em(self, 0.45))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self, 0.4))
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def show_notes(self, title: str, entries: list[tuple[str, str]], empty: str) -> None:
        """``entries`` are (item name, text) pairs; ``empty`` is shown when there are none."""
        self.title.setText(title)
        clear_layout(self.rows)
        if not entries:
            self.rows.addWidget(make_quiet(QLabel(empty, self)))
            return
        for name, text in entries:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body = escape(text.strip()).replace("\n", "<br>")
            label.setText(f"<b>{escape(name)}</b><br>{body}")
            label.setAccessibleName(name)
            label.setAccessibleDescription(text)
            self.rows.addWidget(label)


class SummaryPage(QScrollArea):
    """The review's summary page.

    ``summaryEdited(field, text)`` when the user edits the overall strengths or
    recommendations; ``focusLeft()`` when one of those fields loses focus;
    ``finaliseRequested()`` and ``reopenRequested()`` from the buttons.
    """

    summaryEdited = Signal(str, str)
    focusLeft = Signal()
    finaliseRequested = Signal()
    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        gap = em(self, 1.2)

        # result
        self.result_heading = heading("", page, 1.1)
        self.total = QLabel(page)
        self.total.setFont(scaled_font(self.total, 2.2, bold=True))
        self.band = QLabel(page)
        self.band.setFont(scaled_font(self.band, 1.2, bold=True))
        self.band.setWordWrap(True)
        self.band_description = QLabel(page)
        self.band_description.setWordWrap(True)
        self.partial_note = make_quiet(QLabel(page))
        self.partial_note.setWordWrap(True)
        self.section_grid = QGridLayout()
        self.section_grid.setHorizontalSpacing(em(self, 0.8))
        self.section_grid.setVerticalSpacing(em(self, 0.3))
        result_box = QVBoxLayout()
        result_box.setSpacing(em(self, 0.3))
        result_box.addWidget(self.result_heading)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total)
        total_row.addSpacing(em(self, 0.8))
        band_box = QVBoxLayout()
        band_box.addWidget(self.band)
        band_box.addWidget(self.partial_note)
        self.edition = make_quiet(QLabel(page))
        self.edition.setWordWrap(True)
        band_box.addWidget(self.edition)
        total_row.addLayout(band_box, 1)
        result_box.addLayout(total_row)
        result_box.addWidget(self.band_description)
        result_box.addSpacing(em(self, 0.4))
        result_box.addLayout(self.section_grid)
        result_box.addStretch(1)

        # profile
        self.profile_heading = heading("", page, 1.1)
        self.chart = ProfileChart(page)
        profile_box = QVBoxLayout()
        profile_box.addWidget(self.profile_heading)
        profile_box.addWidget(self.chart)
        profile_box.addStretch(1)

        top = QHBoxLayout()
        top.setSpacing(gap * 2)
        top.addLayout(result_box, 2)
        top.addLayout(profile_box, 3)

        # notes collected from the items
        self.collected_strengths = CollectedNotes(page)
        self.collected_development = CollectedNotes(page)
        collected = QHBoxLayout()
        collected.setSpacing(gap * 2)
        collected.addWidget(self.collected_strengths, 1)
        collected.addWidget(self.collected_development, 1)

        # overall summary
        self.overall_heading = heading("", page, 1.1)
        self.overall_hint = make_quiet(QLabel(page))
        self.overall_hint.setWordWrap(True)
        self.summary_labels: dict[str, QLabel] = {}
        self.summary_edits: dict[str, QPlainTextEdit] = {}
        overall_row = QHBoxLayout()
        overall_row.setSpacing(gap)
        for field in SUMMARY_FIELDS:
            box = QVBoxLayout()
            box.setSpacing(em(self, 0.25))
            label = QLabel(page)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            edit = QPlainTextEdit(page)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(em(self, 6))
            edit.setMaximumHeight(em(self, 10))
            edit.installEventFilter(self)
            edit.textChanged.connect(
                lambda f=field, e=edit: self.summaryEdited.emit(f, e.toPlainText())
            )
            label.setBuddy(edit)
            box.addWidget(label)
            box.addWidget(edit)
            overall_row.addLayout(box, 1)
            self.summary_labels[field] = label
            self.summary_edits[field] = edit

        # finalising and history
        self.finalise_heading = heading("", page, 1.1)
        self.finalise_text = QLabel(page)
        self.finalise_text.setWordWrap(True)
        self.flagged = QLabel(page)
        self.flagged.setWordWrap(True)
        self.flagged.setTextFormat(Qt.TextFormat.RichText)
        self.finalise_button = QPushButton(page)
        self.reopen_button = QPushButton(page)
        self.finalise_button.clicked.connect(self.finaliseRequested)
        self.reopen_button.clicked.connect(self.reopenRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        self.history_heading = heading("", page)
        self.history = QLabel(page)
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        finalise_box = QVBoxLayout()
        finalise_box.setSpacing(em(self, 0.4))
        finalise_box.addWidget(self.finalise_heading)
        finalise_box.addWidget(self.finalise_text)
        finalise_box.addWidget(self.flagged)
        finalise_box.addLayout(buttons)
        finalise_box.addStretch(1)  # kept at the top beside a long history
        history_box = QVBoxLayout()
        history_box.setSpacing(em(self, 0.4))
        history_box.addWidget(self.history_heading)
        history_box.addWidget(self.history)
        history_box.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(gap * 2)
        bottom.addLayout(finalise_box, 1)
        bottom.addLayout(history_box, 1)

        layout = QVBoxLayout(page)
        margin = em(self, 1.2)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(gap)
        overall_box = QVBoxLayout()
        overall_box.setSpacing(em(self, 0.3))
        overall_box.addWidget(self.overall_heading)
        overall_box.addWidget(self.overall_hint)
        overall_box.addSpacing(em(self, 0.3))
        overall_box.addLayout(overall_row)
        layout.addLayout(top)
        layout.addWidget(self._rule(page))
        layout.addLayout(overall_box)
        layout.addLayout(bottom)
        layout.addWidget(self._rule(page))
        layout.addLayout(collected)
        layout.addStretch(1)
        self.setWidget(page)
        self._state: ReviewState | None = None
        self._read_only = False

    @staticmethod
    def _rule(parent: QWidget) -> QFrame:
        line = QFrame(parent)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def retranslateUi(self) -> None:
        """Fixed texts; the rest is rebuilt by ``show_review``."""
        self.result_heading.setText(self.tr("Result"))
        self.profile_heading.setText(self.tr("Profile of the item scores"))
        self.chart.setAccessibleName(self.tr("Profile of the item scores"))
        self.overall_heading.setText(self.tr("Overall summary"))
        self.overall_hint.setText(
            self.tr("For readers who read nothing else: what the service does well, "
                    "then the most important recommendations.")
        )
        names = {"strengths": self.tr("Strengths"), "recommendations": self.tr("Recommendations")}
        for field, name in names.items():
            self.summary_labels[field].setText(name)
            self.summary_edits[field].setAccessibleName(
                self.tr("Overall summary: %1").replace("%1", name)
            )
        self.finalise_heading.setText(self.tr("Finalising"))
        self.finalise_button.setText(self.tr("Finalise review…"))
        self.finalise_button.setAccessibleName(self.tr("Finalise review"))
        self.reopen_button.setText(self.tr("Reopen review…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen review"))
        self.history_heading.setText(self.tr("History"))
        if self._state is not None:
            self.show_review(self._state)

    # -- content --------------------------------------------------------------------------------

    def show_review(self, state: ReviewState, pending: dict[str, str] | None = None) -> None:
        """Rebuild the page from ``state``; ``pending`` holds unsaved summary texts."""
        self._state = state
        content = summary_content(state, pending)
        self._show_result(content)
        self.chart.set_scores(state.scale, state.scores())
        for widget, collected in zip((self.collected_strengths, self.collected_development),
                                     content.collected, strict=True):
            widget.show_notes(collected.title, list(collected.entries), collected.empty)
        self._show_summary_texts(content)
        self.finalise_button.setVisible(not content.final)
        self.reopen_button.setVisible(content.final)
        self.finalise_button.setEnabled(content.can_finalise)
        self.finalise_text.setText(content.finalise_text)
        self.finalise_button.setAccessibleDescription(content.finalise_text)
        self.flagged.setVisible(bool(content.flagged))
        self.flagged.setText(content.flagged)
        self.history.setText(content.history)

    def _show_result(self, content: SummaryContent) -> None:
        self.total.setText(content.total)
        self.total.setAccessibleName(content.total_name)
        self.band.setText(content.band)
        self.band_description.setText(content.band_description)
        self.band_description.setVisible(bool(content.band_description))
        self.partial_note.setText(content.result_note)
        self.edition.setText(content.edition)
        clear_layout(self.section_grid)
        for row, section in enumerate(content.sections):
            title = QLabel(section.title, self)
            value = QLabel(f"{section.subtotal} / {section.max}", self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = QProgressBar(self)
            bar.setTextVisible(False)
            bar.setMaximum(section.max)
            bar.setValue(section.subtotal)
            bar.setMaximumHeight(max(6, em(self, 0.5)))
            bar.setAccessibleName(section.title)
            scored = make_quiet(QLabel(section.scored, self))
            self.section_grid.addWidget(title, row, 0)
            self.section_grid.addWidget(bar, row, 1)
            self.section_grid.addWidget(value, row, 2)
            self.section_grid.addWidget(scored, row, 3)
        self.section_grid.setColumnStretch(1, 1)

    def _show_summary_texts(self, content: SummaryContent) -> None:
        self.blockSignals(True)
        try:
            for field, edit in self.summary_edits.items():
                text = content.texts[field]
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                edit.setReadOnly(content.final)
        finally:
            self.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when an overall summary field loses focus, so it is written at once."""
        if event.type() == QEvent.Type.FocusOut:
            self.focusLeft.emit()
        return super().eventFilter(watched, event)
