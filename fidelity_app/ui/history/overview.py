"""Overview of all services, for a support function: counts, the band of each service's latest
complete review, and the mean score per item, for a chosen period. No names of people.

The figures count final reviews; drafts only when the user ticks "Include drafts", and the
view then says so above the figures."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.analysis import LOW_SCORE, ItemStat, Period, ScaleSummary, Summary
from fidelity_app.services.app import App
from fidelity_app.services.vocabulary import REVIEW_KINDS
from fidelity_app.ui.dialogs.action_dialog import DATE_FORMAT, to_date, to_qdate
from fidelity_app.ui.dialogs.common import ErrorLine
from fidelity_app.ui.labels import kind_label
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.style import Role, em, heading, make_quiet, mix

ALL, THIS_YEAR, LAST_YEAR, LAST_12_MONTHS, CUSTOM = range(5)


def preset_period(preset: int, today: date) -> tuple[date | None, date | None]:
    """The dates of a period preset (``None`` for an open end)."""
    if preset == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == LAST_12_MONTHS:
        try:
            start = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            start = today.replace(year=today.year - 1, day=28)
        return start, today
    return None, None


class BandChart(QWidget):
    """Horizontal bars: how many services have their latest complete review in each band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bandChart")
        self._rows: list[tuple[str, str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, rows: list[tuple[str, str, int]]) -> None:
        """``rows`` are (band name, points range, services), highest band first."""
        self._rows = list(rows)
        self.setAccessibleDescription("; ".join(f"{n} ({r}): {c}" for n, r, c in rows))
        self.updateGeometry()
        self.update()

    def counts(self) -> list[tuple[str, str, int]]:
        """The rows shown."""
        return list(self._rows)

    def sizeHint(self) -> QSize:
        """One line and a half per band."""
        return QSize(em(self, 28), max(1, len(self._rows)) * em(self, 1.6) + em(self, 0.4))

    def minimumSizeHint(self) -> QSize:
        """As tall as the bars need."""
        return QSize(em(self, 18), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Name and points at the left, a bar and its count at the right."""
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        unit = metrics.height()
        label_width = min(self.width() * 0.5,
                          max(metrics.horizontalAdvance(f"{n}  {r}") for n, r, _ in self._rows)
                          + unit)
        count_width = metrics.horizontalAdvance("0000") + unit * 0.5
        most = max(1, max(c for _, _, c in self._rows))
        bar_space = self.width() - label_width - count_width
        quiet = mix(palette.color(Role.WindowText), palette.color(Role.Window), 0.45)
        for index, (name, points, count) in enumerate(self._rows):
            top = unit * 0.2 + index * unit * 1.6
            row = QRectF(0, top, self.width(), unit * 1.3)
            painter.setPen(palette.color(Role.WindowText))
            painter.drawText(QRectF(0, top, label_width, row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setPen(quiet)
            painter.drawText(QRectF(0, top, label_width - unit * 0.5, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             points)
            track = QRectF(label_width, top + unit * 0.15, bar_space, unit)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(palette.color(Role.Base), palette.color(Role.Window), 0.5))
            painter.drawRoundedRect(track, unit * 0.2, unit * 0.2)
            if count:
                bar = QRectF(track.left(), track.top(), max(unit * 0.3,
                                                            bar_space * count / most),
                             track.height())
                painter.setBrush(palette.color(Role.Highlight))
                painter.drawRoundedRect(bar, unit * 0.2, unit * 0.2)
            painter.setPen(palette.color(Role.WindowText))
            painter.drawText(QRectF(label_width + bar_space, top, count_width, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(count))
        painter.end()


class OverviewDialog(QDialog):
    """``app.analysis.summary`` for a period: services, reviews, bands and items."""

    def __init__(self, app: App, *, language: str = "en", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewDialog")
        self.app = app
        self.language = language
        self.today = today or date.today()
        self.summary: Summary | None = None

        self.period_label = QLabel()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodPreset")
        for preset in (ALL, THIS_YEAR, LAST_YEAR, LAST_12_MONTHS, CUSTOM):
            self.period_combo.addItem("", preset)
        self.period_label.setBuddy(self.period_combo)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_edit = QDateEdit(QDate(self.today.year, 1, 1))
        self.from_edit.setObjectName("periodFrom")
        self.to_edit = QDateEdit(to_qdate(self.today))
        self.to_edit.setObjectName("periodTo")
        for label, edit in ((self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            label.setBuddy(edit)
        self.scale_label = QLabel()
        self.scale_combo = QComboBox()
        self.scale_combo.setObjectName("overviewScale")
        self.scale_label.setBuddy(self.scale_combo)
        self.drafts_check = QCheckBox()
        self.drafts_check.setObjectName("includeDrafts")
        self.drafts_note = QLabel()
        self.drafts_note.setObjectName("draftsIncluded")
        self.drafts_note.setWordWrap(True)
        self.drafts_note.setVisible(False)
        bold = self.drafts_note.font()
        bold.setBold(True)
        self.drafts_note.setFont(bold)
        self.error = ErrorLine()

        self.facts = QLabel()
        self.facts.setObjectName("overviewFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.bands_heading = heading("", self, 1.05)
        self.bands_note = make_quiet(QLabel())
        self.bands_note.setWordWrap(True)
        self.bands = BandChart()
        self.low_heading = heading("", self, 1.05)
        self.low_list = QLabel()
        self.low_list.setObjectName("mostOftenLow")
        self.low_list.setWordWrap(True)
        self.low_list.setTextFormat(Qt.TextFormat.RichText)
        self.items_heading = heading("", self, 1.05)
        self.items_table = QTableWidget(0, 5)
        self.items_table.setObjectName("itemMeans")
        self.items_table.verticalHeader().hide()
        self.items_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setWordWrap(False)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items_table.verticalHeader().setDefaultSectionSize(round(em(self, 1.4)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        period_row = QHBoxLayout()
        period_row.addWidget(self.period_label)
        period_row.addWidget(self.period_combo)
        period_row.addSpacing(em(self, 0.8))
        period_row.addWidget(self.from_label)
        period_row.addWidget(self.from_edit)
        period_row.addWidget(self.to_label)
        period_row.addWidget(self.to_edit)
        period_row.addSpacing(em(self, 0.8))
        period_row.addWidget(self.drafts_check)
        period_row.addStretch(1)
        period_row.addWidget(self.scale_label)
        period_row.addWidget(self.scale_combo)
        left = QVBoxLayout()
        left.addWidget(self.facts)
        left.addSpacing(em(self, 0.5))
        left.addWidget(self.bands_heading)
        left.addWidget(self.bands_note)
        left.addWidget(self.bands)
        left.addSpacing(em(self, 0.5))
        left.addWidget(self.low_heading)
        left.addWidget(self.low_list)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.items_heading)
        right.addWidget(self.items_table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addSpacing(em(self, 1))
        body.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addWidget(self.drafts_note)
        layout.addWidget(self.error)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.period_combo.currentIndexChanged.connect(lambda _i: self._preset_chosen())
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())
        self.drafts_check.toggled.connect(lambda _on: self.refresh())
        self.scale_combo.currentIndexChanged.connect(lambda _i: self._show_scale())
        self._updating = False
        self.retranslateUi()
        self._preset_chosen()
        self.resize(em(self, 62), em(self, 40))

    # -- period -----------------------------------------------------------------------------

    def period(self) -> Period:
        """The period the controls describe (may raise for a start after the end)."""
        preset = self.period_combo.currentData()
        if preset == CUSTOM:
            return Period(to_date(self.from_edit.date()), to_date(self.to_edit.date()))
        return Period(*preset_period(preset, self.today))

    def set_period(self, start: date | None, end: date | None) -> None:
        """Show a custom period (both dates given) or all dates."""
        self._updating = True
        try:
            if start is None and end is None:
                self.period_combo.setCurrentIndex(self.period_combo.findData(ALL))
            else:
                self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))
                self.from_edit.setDate(to_qdate(start or date(1900, 1, 1)))
                self.to_edit.setDate(to_qdate(end or self.today))
        finally:
            self._updating = False
        self._preset_chosen()

    def _preset_chosen(self) -> None:
        preset = self.period_combo.currentData()
        custom = preset == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            start, end = preset_period(preset, self.today)
            self._updating = True
            try:
                if start is not None:
                    self.from_edit.setDate(to_qdate(start))
                if end is not None:
                    self.to_edit.setDate(to_qdate(end))
            finally:
                self._updating = False
        self.refresh()

    # -- content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the summary for the period and show it."""
        if self._updating:
            return
        drafts = self.drafts_check.isChecked()
        read = attempt(lambda: self.app.analysis.summary(self.period(), self.language,
                                                         include_drafts=drafts))
        if read.value is None:
            self.error.show_message(str(read.error or ""))
            return
        self.summary = read.value
        self.error.show_message("")
        self._show_summary()

    def _show_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        kinds = ", ".join(f"{kind_label(k)} {summary.reviews_by_kind.get(k, 0)}"
                          for k in REVIEW_KINDS if summary.reviews_by_kind.get(k, 0))
        kinds = f" ({kinds})" if kinds else ""
        self.drafts_note.setVisible(summary.include_drafts)
        if summary.include_drafts:
            reviews = (self.tr("<b>%n</b> review(s) in the period", "", summary.reviews) + kinds
                       + ": " + self.tr("%n final", "", summary.reviews_by_status.get("final", 0))
                       + ", " + self.tr("%n draft(s).", "",
                                        summary.reviews_by_status.get("draft", 0)))
        else:
            reviews = (self.tr("<b>%n</b> final review(s) in the period", "", summary.reviews)
                       + kinds + ".")
            if summary.drafts_left_out:
                reviews += " " + self.tr("%n draft(s) not counted.", "", summary.drafts_left_out)
        lines = [
            self.tr("<b>%n</b> service(s) in the database", "", summary.services) + ", "
            + self.tr("<b>%n</b> with a review in the period.", "", summary.services_reviewed),
            reviews,
            self.tr("%n service(s) without a review with every item scored in the period.", "",
                    summary.services_without_complete_review),
        ]
        self.facts.setText("<br>".join(lines))
        keep = self.scale_combo.currentData()
        self.scale_combo.blockSignals(True)
        try:
            self.scale_combo.clear()
            for sc in summary.scales:
                self.scale_combo.addItem(sc.name, sc.scale_id)
            self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(keep), 0))
        finally:
            self.scale_combo.blockSignals(False)
        several = len(summary.scales) > 1
        self.scale_label.setVisible(several)
        self.scale_combo.setVisible(several)
        self._show_scale()

    def current_scale(self) -> ScaleSummary | None:
        """The aggregates of the scale chosen."""
        if self.summary is None or not self.summary.scales:
            return None
        chosen = self.scale_combo.currentData()
        return next((s for s in self.summary.scales if s.scale_id == chosen),
                    self.summary.scales[0])

    def _show_scale(self) -> None:
        sc = self.current_scale()
        self.items_table.setRowCount(0)
        if sc is None:
            self.bands.set_counts([])
            self.bands_note.setText(self.tr("No reviews in the period."))
            self.low_list.setText("")
            return
        self.bands_note.setText(self.tr(
            "%n service(s) counted: the latest review in the period with every item scored.",
            "", sc.services_with_complete_review))
        self.bands.set_counts([
            (b.label, self.tr("%1–%2").replace("%1", str(b.min)).replace("%2", str(b.max)),
             b.services)
            for b in sorted(sc.bands, key=lambda b: -b.min)
        ])
        if sc.most_often_low:
            rows = "".join(
                f"<li>{escape(self._item_name(it, sc))} – "
                + self.tr("%1 of %2 reviews (%3%)").replace("%1", str(it.low))
                .replace("%2", str(it.scored))
                .replace("%3", f"{it.low_share * 100:.0f}")
                + "</li>"
                for it in sc.most_often_low)
            self.low_list.setText(f'<ol style="margin-left:0">{rows}</ol>')
        else:
            self.low_list.setText(self.tr("No item was scored %1 or lower.").replace(
                "%1", str(LOW_SCORE)))
        low_ids = {it.item_id for it in sc.most_often_low}
        self.items_table.setRowCount(len(sc.items))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, it in enumerate(sc.items):
            mean = "–" if it.mean is None else self._decimal(f"{it.mean:.2f}")
            share = "–" if not it.scored else self._percent(it.low_share)
            cells = [self._item_name(it, sc), mean,
                     str(it.scored), str(it.low), share]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if it.item_id in low_ids:
                    cell.setFont(bold)
                    cell.setBackground(QBrush(mix(self.palette().color(Role.Base),
                                                  self.palette().color(Role.Highlight), 0.14)))
                self.items_table.setItem(row, col, cell)

    def _section_titles(self, sc: ScaleSummary) -> dict[str, str]:
        scale = self.app.scales.get(sc.scale_id, self.language)
        return {s.id: s.title for s in scale.sections}

    def _item_name(self, it: ItemStat, sc: ScaleSummary) -> str:
        """'Organisation 3 · title' (plain text)."""
        section = self._section_titles(sc).get(it.section_id, it.section_id)
        return f"{section} {it.number} · {it.title}"

    def _percent(self, share: float) -> str:
        """A share as a whole percentage ('75 %' in Swedish, '75%' in English)."""
        return f"{share * 100:.0f}" + (" %" if self.language == "sv" else "%")

    def _decimal(self, text: str) -> str:
        return text.replace(".", ",") if self.language == "sv" else text

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.setWindowTitle(self.tr("Overview of all services"))
        self.period_label.setText(self.tr("&Period:"))
        names = {ALL: self.tr("All dates"), THIS_YEAR: self.tr("This year"),
                 LAST_YEAR: self.tr("Last year"), LAST_12_MONTHS: self.tr("Last 12 months"),
                 CUSTOM: self.tr("Chosen dates")}
        for index in range(self.period_combo.count()):
            self.period_combo.setItemText(index, names[self.period_combo.itemData(index)])
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.scale_label.setText(self.tr("&Scale:"))
        self.drafts_check.setText(self.tr("Include &drafts"))
        self.drafts_check.setToolTip(self.tr(
            "Count draft reviews too. Without this, only final reviews are counted."))
        self.drafts_note.setText(self.tr(
            "Drafts included: these figures also count reviews that are not final yet."))
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.from_edit.setAccessibleName(self.tr("First review date counted"))
        self.to_edit.setAccessibleName(self.tr("Last review date counted"))
        self.bands_heading.setText(self.tr("Latest total per service, by band"))
        self.bands.setAccessibleName(self.tr("Services per band"))
        self.low_heading.setText(self.tr("Items most often scored %1 or lower").replace(
            "%1", str(LOW_SCORE)))
        self.items_heading.setText(self.tr("Mean score per item"))
        self.items_table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Mean"), self.tr("Scored"),
            self.tr("%1 or lower").replace("%1", str(LOW_SCORE)), self.tr("Share low")])
        self.items_table.setAccessibleName(self.tr("Mean score per item"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._show_summary()
