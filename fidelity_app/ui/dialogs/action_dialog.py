"""Dialog: one action of a service's action plan (what, who, by when, status, outcome).

Creates an action for an item of a review, or edits one. The service checks every rule; the
dialog says the common ones in the interface language before asking it, and shows any other
refusal (with the service's explanation) under the fields, keeping what was typed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.actions import CLOSED_STATUSES, ActionInfo
from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.errors import EditConflictError
from fidelity_app.services.reviews import MAX_NAME
from fidelity_app.services.vocabulary import ACTION_STATUSES
from fidelity_app.ui.dialogs.common import ErrorLine
from fidelity_app.ui.dialogs.conflict_dialog import resolve_conflict
from fidelity_app.ui.history.texts import action_status_label
from fidelity_app.ui.labels import kind_label
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt
from fidelity_app.ui.scoring.style import em, make_quiet

DATE_FORMAT = "yyyy-MM-dd"


def to_date(value: QDate) -> date:
    """A Python date from a QDate."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """A QDate from a Python date."""
    return QDate(value.year, value.month, value.day)


def review_text(review: ReviewSummary) -> str:
    """A review as one line: date and kind."""
    return f"{review.start_date.isoformat()} · {kind_label(review.kind)}"


class ActionDialog(QDialog):
    """Create an action (``action=None``) or edit ``action``; the result is in ``.action``.

    For a new action, ``reviews`` are the reviews it may be raised by (the first is chosen
    unless ``review_uuid`` names another), ``item_id`` the item chosen at first and ``what``
    the text it starts with (e.g. the item's area for development).
    """

    def __init__(
        self,
        app: App,
        reviews: list[ReviewSummary] | None = None,
        *,
        review_uuid: str | None = None,
        item_id: str | None = None,
        what: str = "",
        action: ActionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self._app = app
        self._stored = action
        self.action: ActionInfo | None = action
        self._reviews = list(reviews or [])
        if action is None and review_uuid and not any(r.uuid == review_uuid
                                                      for r in self._reviews):
            self._reviews.insert(0, app.reviews.get_review(review_uuid).summary)

        self.intro = make_quiet(QLabel())
        self.intro.setWordWrap(True)
        self.review_label = QLabel()
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("actionReview")
        self.review_text = QLabel()
        self.review_text.setObjectName("actionReviewText")
        self.item_label = QLabel()
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("actionItem")
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(30)
        self.item_text = QLabel()
        self.item_text.setObjectName("actionItemText")
        self.item_text.setWordWrap(True)
        self.what_label = QLabel()
        self.what_edit = QPlainTextEdit()
        self.what_edit.setObjectName("actionWhat")
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setMinimumHeight(em(self, 4.5))
        self.what_edit.setMaximumHeight(em(self, 9))
        self.responsible_label = QLabel()
        self.responsible_edit = QLineEdit()
        self.responsible_edit.setObjectName("actionResponsible")
        self.responsible_edit.setMaxLength(MAX_NAME)
        self.due_check = QCheckBox()
        self.due_check.setObjectName("actionHasDue")
        self.due_edit = QDateEdit(QDate.currentDate().addMonths(3))
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(DATE_FORMAT)
        self.due_edit.setEnabled(False)
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("actionStatus")
        for status in ACTION_STATUSES:
            self.status_combo.addItem("", status)
        self.closed_note = make_quiet(QLabel())
        self.closed_note.setWordWrap(True)
        self.closed_note.setVisible(False)
        self.outcome_label = QLabel()
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setObjectName("actionOutcome")
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setMinimumHeight(em(self, 3.5))
        self.outcome_edit.setMaximumHeight(em(self, 7))
        for label, edit in ((self.review_label, self.review_combo),
                            (self.item_label, self.item_combo),
                            (self.what_label, self.what_edit),
                            (self.responsible_label, self.responsible_edit),
                            (self.status_label, self.status_combo),
                            (self.outcome_label, self.outcome_edit)):
            label.setBuddy(edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editing = action is not None
        form.addRow(self.review_label, self.review_text if editing else self.review_combo)
        form.addRow(self.item_label, self.item_text if editing else self.item_combo)
        form.addRow(self.what_label, self.what_edit)
        form.addRow(self.responsible_label, self.responsible_edit)
        form.addRow(self.due_check, self.due_edit)
        form.addRow(self.status_label, self.status_combo)
        form.addRow("", self.closed_note)
        form.addRow(self.outcome_label, self.outcome_edit)
        for widget in (self.review_combo, self.item_combo) if editing else (
                self.review_text, self.item_text):
            widget.hide()
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._update_closed())
        self.review_combo.currentIndexChanged.connect(lambda _i: self._fill_items())
        if action is not None:
            self._show_action(action)
        else:
            for review in self._reviews:
                self.review_combo.addItem(review_text(review), review.uuid)
            if review_uuid:
                self.review_combo.setCurrentIndex(max(self.review_combo.findData(review_uuid), 0))
            self._fill_items(item_id)
            self.what_edit.setPlainText(what.strip())
            self.status_combo.setCurrentIndex(0)
        self.retranslateUi()
        self._update_closed()
        self.resize(max(self.sizeHint().width(), em(self, 38)), self.sizeHint().height())
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- content ------------------------------------------------------------------------------

    @property
    def ok_button(self):  # noqa: ANN201 - QPushButton
        """The button that stores the action."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _current_review(self) -> ReviewSummary | None:
        uuid = self.review_combo.currentData()
        return next((r for r in self._reviews if r.uuid == uuid), None)

    def _fill_items(self, item_id: str | None = None) -> None:
        """List the items of the chosen review's scale (keeping the item chosen)."""
        keep = item_id or self.item_combo.currentData()
        self.item_combo.clear()
        review = self._current_review()
        if review is None or not self._app.scales.has(review.scale_id):
            return
        scale = self._app.scales.get(review.scale_id, review.language)
        for item in scale.items:
            section = scale.section(item.section).title
            self.item_combo.addItem(f"{section} {item.number} · {item.title}", item.id)
            self.item_combo.setItemData(self.item_combo.count() - 1, item.title,
                                        Qt.ItemDataRole.ToolTipRole)
        self.item_combo.setCurrentIndex(max(self.item_combo.findData(keep), 0) if keep else 0)

    def _show_action(self, action: ActionInfo) -> None:
        if action.review_date is not None:
            kind = kind_label(action.review_kind) if action.review_kind else ""
            self.review_text.setText(f"{action.review_date.isoformat()} · {kind}".strip(" ·"))
        else:
            self.review_text.setText("–")
        if action.item_number is not None:
            self.item_text.setText(f"{action.section_title} {action.item_number} · "
                                   f"{action.item_title}")
        else:
            self.item_text.setText(action.item_id)
        self.what_edit.setPlainText(action.what)
        self.responsible_edit.setText(action.responsible)
        self.due_check.setChecked(action.due_date is not None)
        if action.due_date is not None:
            self.due_edit.setDate(to_qdate(action.due_date))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(action.status), 0))
        self.outcome_edit.setPlainText(action.outcome)

    def _plan_locked(self) -> bool:
        """Whether what, who and when are fixed: a closed action that stays closed."""
        return (self._stored is not None and self._stored.status in CLOSED_STATUSES
                and self.status_combo.currentData() in CLOSED_STATUSES)

    def _update_closed(self) -> None:
        locked = self._plan_locked()
        self.what_edit.setReadOnly(locked)
        self.responsible_edit.setReadOnly(locked)
        self.due_check.setEnabled(not locked)
        self.due_edit.setEnabled(not locked and self.due_check.isChecked())
        self.closed_note.setVisible(locked)

    def due_date(self) -> date | None:
        """The due date chosen, or ``None``."""
        return to_date(self.due_edit.date()) if self.due_check.isChecked() else None

    # -- storing ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Store the action; on a problem, say so and keep the dialog open."""
        what = self.what_edit.toPlainText().strip()
        if not what:
            self.error.show_message(
                self.tr("Say what will be done: an action needs a description."))
            self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        status = self.status_combo.currentData()
        outcome = self.outcome_edit.toPlainText()
        review = self._current_review()
        item_id = self.item_combo.currentData()
        if self.action is None and (review is None or not item_id):
            self.error.show_message(self.tr("Choose the review and the item the action "
                                            "belongs to."))
            return

        def store() -> None:
            if self.action is not None:
                self.action = self._update(self.action, what, status, outcome)
                return
            assert review is not None
            self.action = self._app.actions.create_action(
                review.uuid, item_id, what, self.responsible_edit.text(), self.due_date())
            if status != "planned" or outcome.strip():
                self.action = self._app.actions.update_action(
                    self.action.uuid, status=status, outcome=outcome, expected=self.action)

        stored = attempt(store)
        if isinstance(stored.error, EditConflictError) and self.action is not None:
            if self._settle_conflict(stored.error, self.action, what, status, outcome):
                super().accept()
            return
        if not stored.ok:
            if self.action is not None and self._stored is None:
                # Created, but the status or outcome was not stored: edit it from now on.
                self._stored = self.action
            self.error.show_message(
                self.tr("Not saved: %1").replace("%1", error_text(stored.error)))
            return
        super().accept()

    def _settle_conflict(self, error: EditConflictError, shown: ActionInfo, what: str,
                         status: str, outcome: str) -> bool:
        """Another window changed the action since it was shown: the user chooses between
        the stored field and theirs; ``True`` when theirs is stored now."""
        mine = {"what": what, "responsible": self.responsible_edit.text().strip(),
                "due_date": self.due_date(), "status": status, "outcome": outcome}
        names = {
            "what": self.tr("what will be done"), "responsible": self.tr("who is responsible"),
            "due_date": self.tr("the due date"), "status": self.tr("the status"),
            "outcome": self.tr("the outcome"),
        }

        def labelled(value: object) -> object:
            return action_status_label(str(value)) if error.field == "status" else value

        shown_error = EditConflictError(  # the same refusal, its values as the user reads them
            error.message, item_id=error.item_id, field=error.field,
            stored=labelled(error.stored), expected=labelled(error.expected))

        def write_mine(_stored: object) -> None:
            # in place of the stored value just shown; the other fields as this dialog showed
            stored: dict[str, Any] = {error.field: error.stored}
            expected = replace(shown, **stored)
            self.action = self._update(expected, what, status, outcome)

        def use_stored(_stored: object) -> None:
            self.action = self._app.actions.get_action(shown.uuid)
            self._stored = self.action
            self._show_action(self.action)
            self._update_closed()

        result = resolve_conflict(
            self, shown_error, what=names.get(error.field, error.field),
            mine=labelled(mine.get(error.field, "")), write_mine=write_mine,
            use_stored=use_stored, title=self.tr("Not saved"))
        if not result.written:
            self.error.show_message(result.message)
        return result.written

    def _update(self, action: ActionInfo, what: str, status: str, outcome: str) -> ActionInfo:
        """Store the edits. Closing an open action while changing its plan is done as the
        user would: the plan first (while open), then the status and outcome."""
        due = self.due_date()
        responsible = self.responsible_edit.text().strip()
        changed = (what, responsible, due) != (action.what, action.responsible, action.due_date)
        actions = self._app.actions
        if changed and action.is_open and status in CLOSED_STATUSES:
            action = actions.update_action(action.uuid, what=what, responsible=responsible,
                                           due_date=due, clear_due_date=due is None,
                                           expected=action)
            self._stored = action
        return actions.update_action(action.uuid, what=what, responsible=responsible,
                                     due_date=due, clear_due_date=due is None, status=status,
                                     outcome=outcome, expected=action)

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        creating = self._stored is None
        self.setWindowTitle(self.tr("New action") if creating else self.tr("Edit action"))
        self.intro.setText(self.tr(
            "An action the service takes on an area for development. It is followed up at "
            "the next review."))
        self.review_label.setText(self.tr("Raised in:") if not creating else
                                  self.tr("&Raised in:"))
        self.item_label.setText(self.tr("Item:") if not creating else self.tr("&Item:"))
        self.what_label.setText(self.tr("&What will be done:"))
        self.responsible_label.setText(self.tr("Res&ponsible:"))
        self.due_check.setText(self.tr("&Due date:"))
        self.status_label.setText(self.tr("&Status:"))
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.what_edit.setPlaceholderText(self.tr("Required: the step the service will take"))
        self.responsible_edit.setPlaceholderText(self.tr("Who sees to it (a role or a name)"))
        self.outcome_edit.setPlaceholderText(self.tr("What came of it (can be written at any "
                                                     "time)"))
        self.closed_note.setText(self.tr(
            "The action is closed. Set it to planned or in progress to change what will be "
            "done, who is responsible or the due date."))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(index,
                                          action_status_label(self.status_combo.itemData(index)))
        self.review_combo.setAccessibleName(self.tr("Review that raised the action"))
        self.item_combo.setAccessibleName(self.tr("Item"))
        self.what_edit.setAccessibleName(self.tr("What will be done"))
        self.responsible_edit.setAccessibleName(self.tr("Responsible"))
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.outcome_edit.setAccessibleName(self.tr("Outcome"))
        self.ok_button.setText(self.tr("Create action") if creating else self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
