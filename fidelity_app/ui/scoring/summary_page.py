"""The summary of a review: result, profile, collected notes, overall summary, finalising."""

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

from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.ui.scoring.profile_chart import ProfileChart
from fidelity_app.ui.scoring.state import ReviewState
from fidelity_app.ui.scoring.style import em, heading, make_quiet, scaled_font
from fidelity_app.ui.scoring.texts import event_label, field_label, format_datetime
from fidelity_app.ui.scoring.totals_bar import possible_range

# The overall summary fields of a review (``ReviewService.set_summary`` keywords).
SUMMARY_FIELDS = ("strengths", "recommendations")


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout``."""
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
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
        result = state.result()
        self._show_result(state, result)
        self.chart.set_scores(state.scale, state.scores())
        self._show_collected(state)
        self._show_summary_texts(state, pending or {})
        self._show_finalising(state, result)
        self._show_history(state)

    def _show_result(self, state: ReviewState, result: ScoreResult) -> None:
        self.total.setText(f"{result.total} / {result.max}")
        if result.band is not None:
            self.band.setText(result.band.label)
            self.band_description.setText(result.band.description)
            self.band_description.setVisible(bool(result.band.description))
            self.partial_note.setText(
                self.tr("All %1 items scored.").replace("%1", str(result.items))
            )
        else:
            low, high = possible_range(result)
            self.band.setText(self.tr("Partial total"))
            self.band_description.setVisible(False)
            self.partial_note.setText(
                self.tr("%1 of %2 items scored. The band is known when every item is scored; "
                        "the final total will be between %3 and %4.")
                .replace("%1", str(result.scored)).replace("%2", str(result.items))
                .replace("%3", str(low)).replace("%4", str(high))
            )
        self.total.setAccessibleName(
            self.tr("Total %1 of %2").replace("%1", str(result.total))
            .replace("%2", str(result.max))
        )
        clear_layout(self.section_grid)
        for row, section in enumerate(result.sections):
            title = QLabel(section.title, self)
            value = QLabel(f"{section.subtotal} / {section.max}", self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = QProgressBar(self)
            bar.setTextVisible(False)
            bar.setMaximum(section.max)
            bar.setValue(section.subtotal)
            bar.setMaximumHeight(max(6, em(self, 0.5)))
            bar.setAccessibleName(section.title)
            scored = make_quiet(QLabel(self))
            scored.setText(
                self.tr("%1 of %2 items").replace("%1", str(section.scored))
                .replace("%2", str(section.items))
                if not section.complete else ""
            )
            self.section_grid.addWidget(title, row, 0)
            self.section_grid.addWidget(bar, row, 1)
            self.section_grid.addWidget(value, row, 2)
            self.section_grid.addWidget(scored, row, 3)
        self.section_grid.setColumnStretch(1, 1)

    def _show_collected(self, state: ReviewState) -> None:
        notes = state.all_notes()
        for field, widget, empty in (
            ("strengths", self.collected_strengths,
             self.tr("No strengths written for any item yet.")),
            ("development", self.collected_development,
             self.tr("No areas for development written for any item yet.")),
        ):
            entries = []
            for item in state.items:
                text = getattr(notes.get(item.id), field, "") if item.id in notes else ""
                if text.strip():
                    entries.append((f"{state.label(item)} · {item.short_title}", text))
            widget.show_notes(
                self.tr("%1 noted per item").replace("%1", field_label(field)), entries, empty
            )

    def _show_summary_texts(self, state: ReviewState, pending: dict[str, str]) -> None:
        stored = {
            "strengths": state.detail.summary_strengths,
            "recommendations": state.detail.summary_recommendations,
        }
        self.blockSignals(True)
        try:
            for field, edit in self.summary_edits.items():
                text = pending.get(field, stored[field])
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                edit.setReadOnly(state.is_final)
        finally:
            self.blockSignals(False)

    def _show_finalising(self, state: ReviewState, result: ScoreResult) -> None:
        final = state.is_final
        self.finalise_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        self.finalise_button.setEnabled(not final and result.complete)
        if final:
            when = format_datetime(state.detail.finalised_at)
            text = self.tr("The review was finalised %1 and is read-only. Reopen it to make "
                           "changes; the reason is recorded.").replace("%1", when)
        elif result.complete:
            text = self.tr("Every item is scored. Finalising makes the review read-only; "
                           "it can be reopened later with a reason.")
        else:
            text = self.tr("Items not scored yet: %1. A review can be finalised when every "
                           "item has a score.").replace("%1", str(len(result.missing)))
        self.finalise_text.setText(text)
        self.finalise_button.setAccessibleDescription(text)
        notes = state.all_notes()
        flagged = []
        for item in state.items:
            entry = notes.get(item.id)
            if entry is not None and entry.needs_info:
                line = f"<b>{escape(state.label(item))}</b> {escape(item.short_title)}"
                if entry.needs_info_reason.strip():
                    line += f" – {escape(entry.needs_info_reason.strip())}"
                flagged.append(line)
        self.flagged.setVisible(bool(flagged))
        heading = escape(self.tr("Flagged as needing more information:"))
        self.flagged.setText(f"{heading}<br>" + "<br>".join(flagged))

    def _show_history(self, state: ReviewState) -> None:
        lines = []
        for event in state.detail.events:
            line = f"<b>{escape(event_label(event.kind))}</b> {escape(format_datetime(event.at))}"
            if event.reason:
                line += f" – {escape(event.reason)}"
            lines.append(line)
        self.history.setText("<br>".join(lines) or escape(self.tr("Nothing recorded yet.")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when an overall summary field loses focus, so it is written at once."""
        if event.type() == QEvent.Type.FocusOut:
            self.focusLeft.emit()
        return super().eventFilter(watched, event)
