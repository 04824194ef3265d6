"""The visit plan of a review: the schedule and the documents asked for, edited in place.

Every cell is saved when it is left (Enter, Tab, a click elsewhere), a tick when it is set
(Space), a row when it is added, removed or moved (Ctrl+Up, Ctrl+Down): nothing waits for a
Save button. A refusal (a time that is not a time, a name where a role belongs, a row changed
in another window) is said in the dialog, and the row shows what is stored again. The plan
prints as a short PDF in the review's language, to send to the service before the visit.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.services.errors import ServiceError
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.common import ErrorLine
from fidelity_app.ui.operations import error_text, run_op
from fidelity_app.ui.visit_plan.presenter import (
    ACTIVITY_COLUMNS,
    DOCUMENT_COLUMNS,
    VisitPlanPresenter,
    Which,
)

WRITER = "fidelity_app.reports.visit_plan"  # imported when printing: reportlab is not at start


class VisitPlanDialog(QDialog):
    """The schedule and the document list of one review, each a table edited in place."""

    def __init__(self, app: App, review_uuid: str, parent: QWidget | None = None,
                 start_dir: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("visitPlanDialog")
        self.app = app
        self.start_dir = start_dir
        self.presenter = VisitPlanPresenter(app.visit_plans, review_uuid)
        self._filling = False
        review = self.presenter.plan.review
        self.setWindowTitle(self.tr("Visit plan: %1, %2").replace("%1", review.service_name)
                            .replace("%2", review.start_date.isoformat()))
        self.resize(1040, 640)

        self.activities = self._table("activitiesTable", [
            self.tr("Day"), self.tr("From"), self.tr("To"), self.tr("Activity"),
            self.tr("With whom (role)"), self.tr("Held")])
        header = self.activities.horizontalHeader()
        for column in (0, 1, 2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.documents = self._table("documentsTable", [self.tr("Document"),
                                                         self.tr("Received")])
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        schedule_label = QLabel(self.tr("&Schedule"))
        schedule_label.setBuddy(self.activities)
        documents_label = QLabel(self.tr("&Documents to ask the service for"))
        documents_label.setBuddy(self.documents)
        for label in (schedule_label, documents_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)

        self.add_activity = self._button(self.tr("&Add activity"), "addActivity",
                                         lambda: self.add_row("activity"))
        self.remove_activity = self._button(self.tr("&Remove activity"), "removeActivity",
                                            lambda: self.remove_row("activity"))
        self.add_document = self._button(self.tr("Add d&ocument"), "addDocument",
                                         lambda: self.add_row("document"))
        self.remove_document = self._button(self.tr("Remo&ve document"), "removeDocument",
                                            lambda: self.remove_row("document"))
        move_tip = self.tr("Move the row up or down: Ctrl+Up, Ctrl+Down")
        self.move_buttons: list[QPushButton] = []
        tables: tuple[tuple[Which, QTableWidget], ...] = (
            ("activity", self.activities), ("document", self.documents))
        for which, table in tables:
            for offset, text, keys in ((-1, self.tr("Move up"), "Ctrl+Up"),
                                       (1, self.tr("Move down"), "Ctrl+Down")):
                button = self._button(text, f"move-{which}-{offset}",
                                      lambda w=which, o=offset: self.move_row(w, o))
                button.setToolTip(move_tip)
                self.move_buttons.append(button)
                shortcut = QShortcut(QKeySequence(keys), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda w=which, o=offset: self.move_row(w, o))

        self.template_button = self._button(self.tr("Start from the &template"),
                                            "startFromTemplate", self.start_from_template)
        self.print_button = self._button(self.tr("&Print as PDF…"), "printPlan",
                                         self.print_pdf)
        self.close_button = self._button(self.tr("Close"), "closePlan", self.accept)
        self.close_button.setDefault(False)
        self.close_button.setAutoDefault(False)

        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("planNote")
        self.error = ErrorLine()

        layout = QVBoxLayout(self)
        layout.addWidget(schedule_label)
        layout.addWidget(self.activities, 3)
        layout.addLayout(self._row_of(self.add_activity, self.remove_activity,
                                      *self.move_buttons[:2]))
        layout.addWidget(documents_label)
        layout.addWidget(self.documents, 2)
        layout.addLayout(self._row_of(self.add_document, self.remove_document,
                                      *self.move_buttons[2:]))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        bottom = self._row_of(self.template_button, self.print_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.activities.itemChanged.connect(lambda item: self.cell_changed("activity", item))
        self.documents.itemChanged.connect(lambda item: self.cell_changed("document", item))
        self.fill()
        self.activities.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -------------------------------------------------------------------------

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        table.setWordWrap(False)  # one line a row; the whole text is in the cell's tooltip
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _row_of(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def table(self, which: Which) -> QTableWidget:
        """The table of the schedule or of the documents."""
        return self.activities if which == "activity" else self.documents

    # -- showing --------------------------------------------------------------------------

    def fill(self) -> None:
        """Show the plan as the presenter holds it (keeping the current cell)."""
        p = self.presenter
        self._filling = True
        try:
            plan_parts: tuple[tuple[Which, tuple[str, ...]], ...] = (
                ("activity", ACTIVITY_COLUMNS), ("document", DOCUMENT_COLUMNS))
            for which, columns in plan_parts:
                table = self.table(which)
                current = (table.currentRow(), table.currentColumn())
                rows = p.rows(which)
                table.setRowCount(len(rows))
                for row in range(len(rows)):
                    for column, text in enumerate(p.cells(which, row)):
                        table.setItem(row, column, self._item(
                            text, tick=p.ticked(which, row) if column == len(columns) - 1
                            else None))
                if rows and current[0] >= 0:
                    table.setCurrentCell(min(current[0], len(rows) - 1), max(current[1], 0))
        finally:
            self._filling = False
        self._update_state()

    def _item(self, text: str, tick: bool | None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if tick is not None:
            item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
            if self.presenter.editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif self.presenter.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        return item

    def _update_state(self) -> None:
        p = self.presenter
        for button in (self.add_activity, self.add_document, *self.move_buttons):
            button.setEnabled(p.editable)
        self.remove_activity.setEnabled(p.editable and bool(p.plan.activities))
        self.remove_document.setEnabled(p.editable and bool(p.plan.documents))
        self.template_button.setVisible(p.can_start_from_template)
        if not p.editable:
            self.note.setText(self.tr("The review is final: its visit plan can be read and "
                                      "printed, not changed."))
        else:
            self.note.setText(self.tr(
                "Say whom each activity is with as a role (for example “employment "
                "specialists” or “participants in a group”), never by name. Every change is "
                "saved at once. Space ticks an activity held or a document received."))

    # -- edits ----------------------------------------------------------------------------

    def cell_changed(self, which: Which, item: QTableWidgetItem) -> None:
        """Save the cell the user changed; on a refusal say why and show what is stored."""
        if self._filling:
            return
        row, column = item.row(), item.column()
        tick_column = column == self.table(which).columnCount() - 1
        value: str | bool = (item.checkState() == Qt.CheckState.Checked if tick_column
                             else item.text())
        done = run_op(self, lambda: self.presenter.edit(which, row, column, value),
                      title=self.tr("Not saved"), on_failure=self._refused, flush=False)
        if done.ok:
            self.error.show_message("")
            self.show_row(which, row)  # the stored form (a time written 9.00 shows as 09:00)

    def show_row(self, which: Which, row: int) -> None:
        """Show one row as stored, in the items already there (an editor may be closing)."""
        table, p = self.table(which), self.presenter
        self._filling = True
        try:
            for column, text in enumerate(p.cells(which, row)):
                item = table.item(row, column)
                if item is None:
                    continue
                if column == table.columnCount() - 1:
                    item.setCheckState(Qt.CheckState.Checked if p.ticked(which, row)
                                       else Qt.CheckState.Unchecked)
                elif item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)
        finally:
            self._filling = False

    def add_row(self, which: Which) -> None:
        """Add an empty row after the current one and start editing it."""
        table = self.table(which)
        after = table.currentRow() if table.currentRow() >= 0 else None
        done = run_op(self, lambda: self.presenter.add(which, after),
                      title=self.tr("Not added"), on_failure=self._refused, flush=False)
        if done.ok and done.value is not None:
            self.fill()
            first = 3 if which == "activity" else 0  # the activity, the document's name
            table.setCurrentCell(done.value, first)
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            if (item := table.item(done.value, first)) is not None:
                table.editItem(item)

    def remove_row(self, which: Which) -> None:
        """Remove the current row after asking."""
        table = self.table(which)
        row = table.currentRow()
        if row < 0 or row >= len(self.presenter.rows(which)):
            return
        what = (self.tr("Remove this activity from the schedule?") if which == "activity"
                else self.tr("Remove this document from the list?"))
        if not prompts.confirm(self, self.tr("Remove row"), what, self.tr("Remove")):
            return
        done = run_op(self, lambda: self.presenter.remove(which, row),
                      title=self.tr("Not removed"), on_failure=self._refused, flush=False)
        if done.ok:
            self.fill()
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_row(self, which: Which, offset: int) -> None:
        """Move the current row up (-1) or down (1)."""
        table = self.table(which)
        row, column = table.currentRow(), max(table.currentColumn(), 0)
        if not self.presenter.editable or row < 0:
            return
        done = run_op(self, lambda: self.presenter.move(which, row, offset),
                      title=self.tr("Not moved"), on_failure=self._refused, flush=False)
        if done.ok and done.value is not None:
            self.fill()
            table.setCurrentCell(done.value, column)
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_from_template(self) -> None:
        """Fill the empty plan from the template of the review's kind and language."""
        done = run_op(self, self.presenter.start_from_template, title=self.tr("Not started"),
                      on_failure=self._refused, flush=False)
        if done.ok:
            self.fill()
            self.activities.setCurrentCell(0, 3)
            self.activities.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refused(self, error: ServiceError) -> bool:
        """Say why in the dialog and show the plan as stored."""
        self.error.show_message(error_text(error))
        self.presenter.reload()
        self.fill()
        return True

    # -- printing -------------------------------------------------------------------------

    def print_pdf(self) -> None:
        """Ask where to save the plan as PDF, then write it."""
        self.commit_edit()
        review = self.presenter.plan.review
        name = "".join(c if c.isalnum() or c in " -_" else "_"
                       for c in f"{self.tr('Visit plan')} {review.service_name}").strip()
        suggestion = str(Path(self.start_dir or ".") / f"{name}.pdf")
        path = prompts.ask_save_path(self, self.tr("Print visit plan"), suggestion,
                                     prompts.file_filter(self.tr("PDF documents"), "*.pdf"))
        if path:
            self.write_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def write_pdf(self, path: str) -> bool:
        """Write the plan's PDF to ``path``; ``True`` when written."""
        writer = importlib.import_module(WRITER).write_visit_plan
        review_uuid = self.presenter.review_uuid
        done = run_op(self, lambda: writer(self.app, review_uuid, path),
                      title=self.tr("The visit plan was not printed"), flush=False,
                      done=lambda written: self.tr("Visit plan saved: %1").replace(
                          "%1", str(written)))
        if done.ok:
            self.error.show_message("")
            self.note.setText(self.tr("Saved as %1.").replace("%1", str(done.value)))
        return done.ok

    # -- closing --------------------------------------------------------------------------

    def commit_edit(self) -> None:
        """Save a cell still being typed in (its editor commits when focus leaves it)."""
        for table in (self.activities, self.documents):
            if table.state() == QAbstractItemView.State.EditingState:
                self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        """Close, after saving a cell still being typed in."""
        self.commit_edit()
        super().done(result)
