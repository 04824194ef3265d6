"""Dialog: a new review of a service (kind, dates, reviewers, scale and language)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.vocabulary import REVIEW_KINDS
from fidelity_app.ui.dialogs.common import ErrorLine, run_dialog
from fidelity_app.ui.dialogs.reviewers_editor import ReviewersEditor
from fidelity_app.ui.dialogs.service_dialog import ServiceDialog
from fidelity_app.ui.icons import icon
from fidelity_app.ui.labels import kind_label, language_name
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt

DATE_FORMAT = "yyyy-MM-dd"
DEFAULT_SCALE = "ips-25"


def to_date(value: QDate) -> date:
    """A Python date from a QDate."""
    return date(value.year(), value.month(), value.day())


class ReviewDialog(QDialog):
    """Asks for a new review's details and stores it as a draft when the user accepts."""

    def __init__(self, app: App, parent: QWidget | None = None, *,
                 service_uuid: str | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self._app = app
        self._language = language
        self.review: ReviewSummary | None = None

        self.service_combo = QComboBox()
        self.service_combo.setObjectName("reviewService")
        self.service_combo.setMinimumWidth(340)
        self.new_service_button = QPushButton(icon("new-service"), "")
        self.new_service_button.setObjectName("newServiceButton")
        self.new_service_button.setAutoDefault(False)
        service_row = QHBoxLayout()
        service_row.addWidget(self.service_combo, 1)
        service_row.addWidget(self.new_service_button)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("reviewKind")
        for kind in REVIEW_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)

        self.start_edit = QDateEdit(QDate.currentDate())
        self.start_edit.setObjectName("startDate")
        self.end_check = QCheckBox()
        self.end_check.setObjectName("hasEndDate")
        self.end_edit = QDateEdit(QDate.currentDate())
        self.end_edit.setObjectName("endDate")
        self.end_edit.setEnabled(False)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.end_edit.setMinimumDate(self.start_edit.date())

        self.reviewers = ReviewersEditor()
        self.scale_combo = QComboBox()
        self.scale_combo.setObjectName("reviewScale")
        for info in app.scales.infos():
            self.scale_combo.addItem(f"{app.scales.get(info.id, language).name} ({info.version})",
                                     info.id)
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(DEFAULT_SCALE), 0))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reviewLanguage")

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.service_label = QLabel()
        self.kind_label = QLabel()
        self.start_label = QLabel()
        self.reviewers_label = QLabel()
        self.scale_label = QLabel()
        self.language_label = QLabel()
        self.language_hint = QLabel()
        self.language_hint.setWordWrap(True)
        hint_font = self.language_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.language_hint.setFont(hint_font)
        self.language_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.service_label.setBuddy(self.service_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.start_label.setBuddy(self.start_edit)
        self.reviewers_label.setBuddy(self.reviewers.name_edit)
        self.scale_label.setBuddy(self.scale_combo)
        self.language_label.setBuddy(self.language_combo)

        form = QFormLayout()
        form.addRow(self.service_label, service_row)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.start_label, self.start_edit)
        form.addRow(self.end_check, self.end_edit)
        form.addRow(self.reviewers_label, self.reviewers)
        form.addRow(self.scale_label, self.scale_combo)
        form.addRow(self.language_label, self.language_combo)
        form.addRow("", self.language_hint)
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.service_combo, self.new_service_button)
        QWidget.setTabOrder(self.new_service_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_check)
        QWidget.setTabOrder(self.end_check, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.reviewers.name_edit)
        QWidget.setTabOrder(self.reviewers.name_edit, self.reviewers.add_button)
        QWidget.setTabOrder(self.reviewers.add_button, self.reviewers.list)
        QWidget.setTabOrder(self.reviewers.list, self.reviewers.remove_button)
        QWidget.setTabOrder(self.reviewers.remove_button, self.scale_combo)
        QWidget.setTabOrder(self.scale_combo, self.language_combo)

        self.new_service_button.clicked.connect(self.create_service)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.start_edit.dateChanged.connect(self.end_edit.setMinimumDate)
        self.service_combo.currentIndexChanged.connect(lambda _i: self._update_ok())
        self.scale_combo.currentIndexChanged.connect(lambda _i: self._fill_languages())

        self._fill_services(service_uuid)
        self._fill_languages()
        self.retranslateUi()
        self._update_ok()

    # -- choices ----------------------------------------------------------------------------

    def _fill_services(self, select_uuid: str | None = None) -> None:
        chosen = select_uuid or self.service_combo.currentData()
        self.service_combo.blockSignals(True)
        try:
            self.service_combo.clear()
            for s in self._app.reviews.list_services():
                text = f"{s.name} ({s.organisation})" if s.organisation else s.name
                self.service_combo.addItem(text, s.uuid)
            index = self.service_combo.findData(chosen) if chosen else -1
            self.service_combo.setCurrentIndex(index if index >= 0 else
                                               (0 if self.service_combo.count() else -1))
        finally:
            self.service_combo.blockSignals(False)
        self._update_ok()

    def _fill_languages(self) -> None:
        scale_id = self.scale_combo.currentData()
        languages = self._app.scales.languages(scale_id) if scale_id else ()
        chosen = self.language_combo.currentData() or self._language
        self.language_combo.clear()
        for code in languages:
            self.language_combo.addItem(language_name(code), code)
        index = self.language_combo.findData(chosen)
        self.language_combo.setCurrentIndex(index if index >= 0 else 0)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.service_combo.currentData() is not None
                      and self.scale_combo.currentData() is not None)

    def create_service(self) -> None:
        """Open the new-service dialog and choose the service it creates."""
        dialog = ServiceDialog(self._app, self)
        if run_dialog(dialog) and dialog.service is not None:
            self._fill_services(dialog.service.uuid)
            self.kind_combo.setFocus()

    # -- result -----------------------------------------------------------------------------

    def accept(self) -> None:
        """Store the review; on a problem, say so and keep the dialog open."""
        service_uuid = self.service_combo.currentData()
        if service_uuid is None:
            self.error.show_message(self.tr("Choose a service, or create one first."))
            return
        pending = self.reviewers.name_edit.text().strip()
        if pending:
            self.reviewers.add_from_edit()
        made = attempt(lambda: self._app.reviews.create_review(
            service_uuid,
            kind=self.kind_combo.currentData(),
            start_date=to_date(self.start_edit.date()),
            end_date=to_date(self.end_edit.date()) if self.end_check.isChecked() else None,
            language=self.language_combo.currentData() or self._language,
            scale_id=self.scale_combo.currentData(),
            reviewers=self.reviewers.names(),
        ))
        if made.value is None:
            self.error.show_message(error_text(made.error))
            return
        self.review = made.value
        super().accept()

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.setWindowTitle(self.tr("New review"))
        self.intro.setText(self.tr("A new review starts as a draft. You can score it at once."))
        self.service_label.setText(self.tr("&Service:"))
        self.new_service_button.setText(self.tr("&New service…"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.start_label.setText(self.tr("S&tart date:"))
        self.end_check.setText(self.tr("&End date:"))
        self.reviewers_label.setText(self.tr("Re&viewers:"))
        self.scale_label.setText(self.tr("Sc&ale:"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_hint.setText(self.tr("The scale's criteria are shown in this language."))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_label(self.kind_combo.itemData(i)))
        self.service_combo.setAccessibleName(self.tr("Service"))
        self.new_service_button.setAccessibleName(self.tr("Create a new service"))
        self.kind_combo.setAccessibleName(self.tr("Kind of review"))
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.end_check.setAccessibleName(self.tr("The review has an end date"))
        self.end_edit.setAccessibleName(self.tr("End date"))
        self.scale_combo.setAccessibleName(self.tr("Scale"))
        self.language_combo.setAccessibleName(self.tr("Language of the scale"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create review"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
