"""The service page's comparison tab: the service among all services, item by item, or its
self-assessment beside its external review. Layout and signals; ``ComparisonPresenter``
decides what is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.ui.history.comparison_presenter import (
    CHOICES,
    ComparisonPresenter,
    ComparisonTable,
    choice_text,
)
from fidelity_app.ui.history.tables import make_table
from fidelity_app.ui.scoring.style import em, make_quiet


class ComparisonTab(QWidget):
    """Compares one service with the others; ``show_service`` fills it."""

    def __init__(self, app: App, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = ComparisonPresenter(app.comparisons, app.scales, language)
        self._service: tuple[str, str] | None = None
        self.label = QLabel()
        self.choice = QComboBox()
        self.choice.setObjectName("comparisonChoice")
        self.label.setBuddy(self.choice)
        self.headline = QLabel()
        self.headline.setObjectName("comparisonHeadline")
        self.headline.setWordWrap(True)
        self.note = make_quiet(QLabel())
        self.note.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.table = make_table("comparisonTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(round(em(self, 1.45)))

        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.choice)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        margin = em(self, 0.6)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Set every text in the current interface language."""
        self.label.setText(self.tr("&Compare with:"))
        self.choice.blockSignals(True)
        current = self.presenter.choice
        self.choice.clear()
        for choice in CHOICES:
            self.choice.addItem(choice_text(choice), choice)
        self.choice.setCurrentIndex(self.choice.findData(current))
        self.choice.blockSignals(False)
        self.note.setText(self.tr(
            "Each service counts once, with its latest final review of the kind compared. "
            "Other services are shown only as counts: how many gave each score."))
        self._show()

    def show_service(self, service_uuid: str, scale_id: str) -> None:
        """Compare this service (its reviews with ``scale_id``)."""
        self._service = (service_uuid, scale_id)
        self._show()

    def _chosen(self, index: int) -> None:
        self.presenter.choice = str(self.choice.itemData(index))
        self._show()

    def _show(self) -> None:
        if self._service is None:
            return
        self.fill(self.presenter.table(*self._service))

    def fill(self, table: ComparisonTable) -> None:
        """Show ``table``."""
        self.headline.setText(table.headline)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(table.columns)
        bold = QFont(self.font())
        bold.setBold(True)
        for cells, highlight in zip(table.rows, table.highlight, strict=True):
            items = []
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                item.setEditable(False)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == highlight:
                    item.setFont(bold)
                    item.setBackground(self.palette().highlight().color().lighter(170))
                items.append(item)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if table.columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
