"""Dialog: program settings (the interface language; how long personal notes are kept)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.privacy import MAX_RETENTION_DAYS
from fidelity_app.ui.i18n import available_languages, system_language
from fidelity_app.ui.labels import language_name


class SettingsDialog(QDialog):
    """Lets the user choose the interface language; the caller applies the choice."""

    def __init__(self, language_setting: str, parent: QWidget | None = None, *,
                 retention_days: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("interfaceLanguage")
        self.language_combo.addItem("", "")
        for code in available_languages():
            self.language_combo.addItem(language_name(code), code)
        index = self.language_combo.findData(language_setting)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow("", self.hint)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(0, MAX_RETENTION_DAYS)
        self.retention.setValue(retention_days or 0)
        self.retention_label = QLabel()
        self.retention_label.setBuddy(self.retention)
        self.retention_hint = QLabel(wordWrap=True)
        self.retention_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if retention_days is not None:  # a database setting: only when it could be read
            form.addRow(self.retention_label, self.retention)
            form.addRow("", self.retention_hint)
        self._has_retention = retention_days is not None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslateUi()

    def language_setting(self) -> str:
        """The chosen language code, or ``""`` to follow the system."""
        value = self.language_combo.currentData()
        return value if isinstance(value, str) else ""

    def retention_days(self) -> int | None:
        """How many days personal notes are kept after a review is final (``None``: the
        setting was not offered)."""
        return self.retention.value() if self._has_retention else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language_combo.setItemText(
            0, self.tr("System language (%1)").replace("%1", language_name(system_language())))
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.hint.setText(self.tr("The window changes language at once. The criteria of a "
                                  "review are shown in the review's own language."))
        self.retention_label.setText(self.tr("&Keep personal notes for:"))
        self.retention.setSuffix(self.tr(" days after a review is final"))
        self.retention.setAccessibleName(self.tr("Days personal notes are kept"))
        self.retention_hint.setText(self.tr(
            "After that the program reminds you to remove evidence notes and other notes about "
            "participants. The setting belongs to this database."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
