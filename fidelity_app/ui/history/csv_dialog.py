"""Dialog: what to export for analysis (all services or one) and the column separator."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.ui.scoring.style import make_quiet


class CsvExportDialog(QDialog):
    """Asks which scores to export; ``service_uuids()`` and ``delimiter()`` give the answer.

    ``service`` is the (uuid, name) of the service in view, or ``None``; ``language`` picks
    the default separator (a semicolon for Swedish spreadsheets, else a comma).
    """

    def __init__(self, service: tuple[str, str] | None, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvExportDialog")
        self._service = service
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.all_button = QRadioButton()
        self.all_button.setObjectName("exportAllServices")
        self.one_button = QRadioButton()
        self.one_button.setObjectName("exportOneService")
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.all_button)
        self.scope.addButton(self.one_button)
        self.all_button.setChecked(True)
        self.one_button.setEnabled(service is not None)
        self.separator_label = QLabel()
        self.separator = QComboBox()
        self.separator.setObjectName("csvSeparator")
        self.separator.addItem("", ";")
        self.separator.addItem("", ",")
        self.separator.setCurrentIndex(0 if language == "sv" else 1)
        self.separator_label.setBuddy(self.separator)
        self.note = make_quiet(QLabel())
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.separator_label, self.separator)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.all_button)
        layout.addWidget(self.one_button)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def service_uuids(self) -> list[str] | None:
        """The services to export (``None``: all of them)."""
        if self.one_button.isChecked() and self._service is not None:
            return [self._service[0]]
        return None

    def delimiter(self) -> str:
        """The column separator chosen."""
        return str(self.separator.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.setWindowTitle(self.tr("Export for analysis"))
        self.intro.setText(self.tr(
            "A CSV file with one row per review and item (service, review, date, kind, item, "
            "score, section), for a spreadsheet or a statistics program."))
        self.all_button.setText(self.tr("&All services"))
        name = self._service[1] if self._service else ""
        self.one_button.setText(self.tr("&Only %1").replace("%1", name) if name
                                else self.tr("&Only the current service"))
        self.separator_label.setText(self.tr("&Separator:"))
        self.separator.setItemText(0, self.tr("Semicolon (;) – spreadsheets set to Swedish"))
        self.separator.setItemText(1, self.tr("Comma (,) – spreadsheets set to English"))
        self.note.setText(self.tr("The file is UTF-8 with a byte order mark, so Å, Ä and Ö "
                                  "show correctly when it is opened."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
