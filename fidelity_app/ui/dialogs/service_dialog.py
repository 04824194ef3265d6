"""Dialog: a new service to review (name, organisation, location, contact)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.services.dto import ServiceInfo
from fidelity_app.services.errors import DuplicateServiceError
from fidelity_app.ui.dialogs import choice_dialog, choice_presenter
from fidelity_app.ui.dialogs.common import ErrorLine
from fidelity_app.ui.operations import error_text
from fidelity_app.ui.outcome import attempt


class ServiceDialog(QDialog):
    """Asks for a service's details and stores it when the user accepts."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceDialog")
        self._app = app
        self.service: ServiceInfo | None = None
        self.created = False  # False when the user chose a stored service of the same name

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("serviceName")
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("serviceOrganisation")
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("serviceLocation")
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("serviceContact")
        for edit in (self.name_edit, self.organisation_edit, self.location_edit,
                     self.contact_edit):
            edit.setMaxLength(200)
            edit.setMinimumWidth(320)
        self.name_label = QLabel()
        self.organisation_label = QLabel()
        self.location_label = QLabel()
        self.contact_label = QLabel()
        for label, edit in ((self.name_label, self.name_edit),
                            (self.organisation_label, self.organisation_edit),
                            (self.location_label, self.location_edit),
                            (self.contact_label, self.contact_edit)):
            label.setBuddy(edit)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.organisation_label, self.organisation_edit)
        form.addRow(self.location_label, self.location_edit)
        form.addRow(self.contact_label, self.contact_edit)
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self.retranslateUi()
        self._update_ok()

    @property
    def ok_button(self):  # noqa: ANN201 - QPushButton
        """The button that creates the service."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        """Store the service; on a problem, say so and keep the dialog open.

        A name that matches a stored service's (same organisation) offers that service
        instead: use it, create a second one anyway, or cancel and change the name.
        """
        made = attempt(self._create)
        error = made.error
        if isinstance(error, DuplicateServiceError):
            existing = [s for s in error.existing if isinstance(s, ServiceInfo)]
            answer = choice_dialog.ask(self, choice_presenter.duplicate_service(
                self.name_edit.text(), existing))
            if answer == choice_presenter.USE_EXISTING and existing:
                self.service = existing[0]
                super().accept()
                return
            if answer != choice_presenter.CREATE_NEW:
                self.name_edit.setFocus()
                return
            made = attempt(lambda: self._create(allow_duplicate=True))
        if made.value is None:
            self.error.show_message(error_text(made.error))
            return
        self.service = made.value
        self.created = True
        super().accept()

    def _create(self, *, allow_duplicate: bool = False) -> ServiceInfo:
        return self._app.reviews.create_service(
            self.name_edit.text(),
            organisation=self.organisation_edit.text(),
            location=self.location_edit.text(),
            contact=self.contact_edit.text(),
            allow_duplicate=allow_duplicate,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.setWindowTitle(self.tr("New service"))
        self.intro.setText(self.tr("The service (IPS team or unit) whose fidelity is reviewed."))
        self.name_label.setText(self.tr("&Name:"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.location_label.setText(self.tr("&Location:"))
        self.contact_label.setText(self.tr("&Contact:"))
        self.name_edit.setPlaceholderText(self.tr("Required, e.g. Arbetsstöd Norr"))
        self.organisation_edit.setPlaceholderText(self.tr("Municipality, region or provider"))
        self.location_edit.setPlaceholderText(self.tr("Town or address"))
        self.contact_edit.setPlaceholderText(self.tr("Contact person, phone or e-mail"))
        self.name_edit.setAccessibleName(self.tr("Service name"))
        self.organisation_edit.setAccessibleName(self.tr("Organisation"))
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.contact_edit.setAccessibleName(self.tr("Contact"))
        self.ok_button.setText(self.tr("Create service"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
