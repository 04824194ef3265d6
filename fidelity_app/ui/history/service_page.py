"""The service page: one service's reviews over time, its trend, the item-by-review grid and
its action plan. A window of its own, opened from the main window.

The view is layout and signals; what it shows and decides is ``ServicePagePresenter``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.services.history import ServiceHistory
from fidelity_app.ui import prompts
from fidelity_app.ui.dialogs.action_dialog import ActionDialog
from fidelity_app.ui.dialogs.common import run_dialog
from fidelity_app.ui.history.comparison_tab import ComparisonTab
from fidelity_app.ui.history.models import UUID_ROLE, ActionTableModel, ItemGridModel
from fidelity_app.ui.history.service_page_presenter import (
    AppSource,
    EmptyPlan,
    ServicePagePresenter,
)
from fidelity_app.ui.history.tables import make_table
from fidelity_app.ui.history.texts import CHANGE_SYMBOLS
from fidelity_app.ui.history.trend_chart import TrendChart
from fidelity_app.ui.icons import icon
from fidelity_app.ui.operations import run_op
from fidelity_app.ui.review_list import ReviewTableModel
from fidelity_app.ui.scoring.style import em, heading, make_quiet, scaled_font

HISTORY_TAB, ACTIONS_TAB, COMPARISON_TAB = 0, 1, 2
RunDialog = Callable[[QDialog], bool]


class ServicePage(QWidget):
    """One service over time. ``openReviewRequested(review_uuid)`` asks to open a review.

    ``app_source`` gives the main window's current ``App``: when another database has been
    opened there, the page closes instead of showing the old one.
    """

    openReviewRequested = Signal(str)

    def __init__(self, app: App, service_uuid: str, *, language: str = "en",
                 run: RunDialog = run_dialog, app_source: Callable[[], App] | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("servicePage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.app = app
        self.presenter = ServicePagePresenter(AppSource(app), service_uuid, today)
        self._run = run
        self._language = language
        self._app_source = app_source

        # header
        self.title = QLabel()
        self.title.setObjectName("serviceTitle")
        self.title.setFont(scaled_font(self.title, 1.5, bold=True))
        self.details = make_quiet(QLabel())
        self.details.setWordWrap(True)
        self.service_label = QLabel()
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("serviceChooser")
        self.service_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service_combo.setMinimumContentsLength(18)
        self.service_label.setBuddy(self.service_combo)
        self.refresh_button = QPushButton(icon("refresh"), "")
        self.refresh_button.setObjectName("refreshServicePage")
        self.refresh_button.setAutoDefault(False)

        # history tab: reviews and trend on the left, the grid on the right
        self.reviews_heading = heading("", None, 1.1)
        self.reviews_model = ReviewTableModel(app.scales, self)
        self.reviews_model.set_language(language)
        self.reviews_table = make_table("serviceReviews")
        self.reviews_table.setModel(self.reviews_model)
        self.reviews_table.hideColumn(ReviewTableModel.SERVICE)
        self.reviews_table.setAlternatingRowColors(True)
        self.reviews_table.setShowGrid(False)
        header = self.reviews_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewTableModel.REVIEWERS, QHeaderView.ResizeMode.Stretch)
        self.scale_note = make_quiet(QLabel())
        self.scale_note.setWordWrap(True)
        self.trend_heading = heading("", None, 1.1)
        self.trend = TrendChart()

        self.grid_heading = heading("", None, 1.1)
        self.changes = QLabel()
        self.changes.setObjectName("changeCounts")
        self.changes.setWordWrap(True)
        self.grid_model = ItemGridModel(self)
        self.grid_table = make_table("itemGrid")
        self.grid_table.setModel(self.grid_model)
        self.grid_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid_table.verticalHeader().setDefaultSectionSize(round(em(self, 1.45)))
        self.grid_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid_legend = make_quiet(QLabel())
        self.grid_legend.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, em(self, 0.4), 0)
        left_layout.addWidget(self.reviews_heading)
        left_layout.addWidget(self.reviews_table)
        left_layout.addWidget(self.scale_note)
        left_layout.addWidget(self.trend_heading)
        left_layout.addWidget(self.trend, 5)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(em(self, 0.4), 0, 0, 0)
        right_layout.addWidget(self.grid_heading)
        right_layout.addWidget(self.changes)
        right_layout.addWidget(self.grid_table, 1)
        right_layout.addWidget(self.grid_legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])

        # action plan tab
        self.actions_model = ActionTableModel(self)
        self.actions_table = make_table("actionTable")
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setAlternatingRowColors(True)
        self.actions_table.setWordWrap(True)  # what and outcome are read in full
        self.actions_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionTableModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionTableModel.ITEM, em(self, 15))
        header.setSectionResizeMode(ActionTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionTableModel.OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.setObjectName("addAction")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editAction")
        self.delete_button = QPushButton(icon("remove"), "")
        self.delete_button.setObjectName("deleteAction")
        self.show_closed = QCheckBox()
        self.show_closed.setObjectName("showClosedActions")
        self.show_closed.setChecked(True)
        self.action_summary = make_quiet(QLabel())
        self.action_summary.setObjectName("actionSummary")
        self.actions_empty = make_quiet(QLabel())
        self.actions_empty.setWordWrap(True)
        self.actions_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.add_button)
        action_buttons.addWidget(self.edit_button)
        action_buttons.addWidget(self.delete_button)
        action_buttons.addSpacing(em(self, 1))
        action_buttons.addWidget(self.show_closed)
        action_buttons.addStretch(1)
        action_buttons.addWidget(self.action_summary)
        actions_page = QWidget()
        actions_layout = QVBoxLayout(actions_page)
        margin = em(self, 0.6)
        actions_layout.setContentsMargins(margin, margin, margin, margin)
        actions_layout.addLayout(action_buttons)
        actions_layout.addWidget(self.actions_table, 1)
        actions_layout.addWidget(self.actions_empty)

        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(margin, margin, margin, margin)
        history_layout.addWidget(self.splitter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("serviceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(history_page, "")
        self.tabs.addTab(actions_page, "")
        self.comparison = ComparisonTab(app, language)
        self.tabs.addTab(self.comparison, "")

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        top.addLayout(titles, 1)
        top.addWidget(self.service_label)
        top.addWidget(self.service_combo)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        margin = em(self, 0.8)
        layout.setContentsMargins(margin, margin, margin, em(self, 0.4))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.reviews_table.activated.connect(self._review_activated)
        self.grid_table.doubleClicked.connect(self._grid_double_clicked)
        self.grid_table.horizontalHeader().sectionDoubleClicked.connect(self._open_column)
        self.actions_table.activated.connect(lambda _i: self.edit_action())
        self.actions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.delete_button.clicked.connect(self.delete_action)
        self.show_closed.toggled.connect(self._show_closed_toggled)
        self.refresh_button.clicked.connect(self.refresh)
        self.service_combo.currentIndexChanged.connect(self._service_chosen)

        self.retranslateUi()
        self.refresh()
        self.resize(em(self, 66), em(self, 42))

    # -- data -------------------------------------------------------------------------------

    @property
    def service_uuid(self) -> str:
        """The service shown."""
        return self.presenter.service_uuid

    @property
    def history(self) -> ServiceHistory | None:
        """What is shown of the service (``None`` when it could not be read)."""
        return self.presenter.history

    @property
    def today(self) -> date:
        """The day that decides which actions are overdue."""
        return self.presenter.today

    def set_service(self, service_uuid: str) -> None:
        """Show another service."""
        self.presenter.service_uuid = service_uuid
        self.refresh()

    def set_language(self, language: str) -> None:
        """Band names in the interface language."""
        self._language = language
        self.reviews_model.set_language(language)
        self.comparison.presenter.language = language

    def refresh(self) -> None:
        """Read the service's reviews, trend, grid and actions again."""
        if not self.presenter.load():
            return  # nothing changed: keep selections and scroll positions as they are
        self._fill_services(self.presenter.choices)
        self._show_history()
        self._show_actions()
        if self.presenter.error:
            self.details.setText(self.presenter.error)

    def _fill_services(self, services: list[tuple[str, str]]) -> None:
        self.service_combo.blockSignals(True)
        try:
            self.service_combo.clear()
            for uuid, name in services:
                self.service_combo.addItem(name, uuid)
            self.service_combo.setCurrentIndex(self.service_combo.findData(self.service_uuid))
        finally:
            self.service_combo.blockSignals(False)

    def _service_chosen(self, index: int) -> None:
        uuid = self.service_combo.itemData(index)
        if isinstance(uuid, str) and self.presenter.choose_service(uuid):
            self.refresh()

    def _show_history(self) -> None:
        history = self.history
        if history is None:
            self.title.setText("")
            self.reviews_model.set_reviews([])
            self.trend.set_trend(None)
            self.grid_model.set_grid(None)
            self.changes.setText("")
            self.scale_note.setVisible(False)
            return
        service = history.service
        self.title.setText(service.name)
        self.setWindowTitle(self.tr("Service history – %1").replace("%1", service.name))
        parts = [p for p in (service.organisation, service.location) if p.strip()]
        parts.append(self.tr("%n review(s)", "", len(history.reviews)))
        self.details.setText(" · ".join(parts))
        self.reviews_model.set_reviews(list(history.reviews))
        self._size_reviews()
        self.trend.set_trend(history.trend)
        self.grid_model.set_grid(history.grid)
        self.comparison.show_service(service.uuid, history.scale_id)
        self._size_grid()
        others = self.presenter.other_scale_reviews()
        self.scale_note.setVisible(bool(others))
        if others:
            name = self.app.scales.get(history.scale_id, history.language).short_name
            self.scale_note.setText(
                self.tr("The trend and the grid show the reviews made with %1; %2 other "
                        "review(s) are only listed.").replace("%1", name)
                .replace("%2", str(others)))
        self._show_changes()

    def _size_reviews(self) -> None:
        """As tall as its rows (3 to 8 of them; more scroll)."""
        table = self.reviews_table
        rows = min(max(self.reviews_model.rowCount(), 3), 8)
        height = (table.horizontalHeader().sizeHint().height()
                  + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
        table.setFixedHeight(height)

    def _size_grid(self) -> None:
        header = self.grid_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _show_changes(self) -> None:
        changes = self.presenter.grid_changes()
        if not changes.comparable:
            self.changes.setText(self.tr("The grid shows how each item changes once the "
                                         "service has a second review.")
                                 if changes.first_only else "")
            return
        self.changes.setText(
            self.tr("Between the last two scores of each item: %1 improved, %2 unchanged, "
                    "%3 fell.").replace("%1", str(changes.improved))
            .replace("%2", str(changes.stalled)).replace("%3", str(changes.fell)))

    def _show_actions(self) -> None:
        keep = self.current_action_uuid()
        plan = self.presenter.action_plan()
        self.actions_model.set_actions(list(plan.shown), self.today)
        if keep and (row := self.actions_model.row_of(keep)) is not None:
            self.actions_table.selectRow(row)
        summary = self.tr("%n open action(s)", "", plan.open_count)
        if plan.overdue:
            summary += " · " + self.tr("%n overdue", "", plan.overdue)
        self.action_summary.setText(summary)
        self.tabs.setTabText(ACTIONS_TAB, self.tr("Action &plan (%1 open)").replace(
            "%1", str(plan.open_count)))
        self.actions_empty.setVisible(plan.empty is not None)
        self.actions_table.setVisible(plan.empty is None)
        if plan.empty is EmptyPlan.NO_ACTIONS:
            self.actions_empty.setText(self.tr(
                "No actions yet. Add one here, or with “Create action…” under an item's "
                "areas for development while scoring."))
        else:
            self.actions_empty.setText(self.tr("Every action is done or dropped."))
        self.add_button.setEnabled(plan.can_add)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.current_action_uuid() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _show_closed_toggled(self, on: bool) -> None:
        self.presenter.show_closed = on
        self._show_actions()

    # -- reviews ----------------------------------------------------------------------------

    def _review_activated(self, index: QModelIndex) -> None:
        uuid = index.siblingAtColumn(0).data(UUID_ROLE)
        if isinstance(uuid, str):
            self.openReviewRequested.emit(uuid)

    def _open_column(self, section: int) -> None:
        uuid = self.grid_model.headerData(section, Qt.Orientation.Horizontal, UUID_ROLE)
        if isinstance(uuid, str):
            self.openReviewRequested.emit(uuid)

    def _grid_double_clicked(self, index: QModelIndex) -> None:
        self._open_column(index.column())

    # -- actions ----------------------------------------------------------------------------

    def current_action_uuid(self) -> str | None:
        """The action selected in the action plan."""
        index = self.actions_table.currentIndex()
        if not index.isValid() or not self.actions_table.selectionModel().isRowSelected(
                index.row()):
            return None
        uuid = index.siblingAtColumn(0).data(UUID_ROLE)
        return uuid if isinstance(uuid, str) else None

    def select_action(self, action_uuid: str) -> bool:
        """Select an action in the plan (if shown)."""
        row = self.actions_model.row_of(action_uuid)
        if row is None:
            return False
        self.actions_table.selectRow(row)
        return True

    def _selected_item(self) -> str | None:
        index = self.grid_table.currentIndex()
        grid = self.grid_model.grid()
        if grid is None or not index.isValid():
            return None
        return grid.rows[index.row()].item_id

    def add_action(self) -> None:
        """Add an action, raised by one of the service's reviews (the latest by default)."""
        reviews = self.presenter.reviews_for_new_action()
        if not reviews:
            return
        dialog = ActionDialog(self.app, reviews, item_id=self._selected_item(), parent=self)
        if self._run(dialog) and dialog.action is not None:
            self._after_change(dialog.action.uuid)

    def edit_action(self) -> None:
        """Edit the selected action."""
        uuid = self.current_action_uuid()
        if uuid is None:
            return
        found = run_op(self, lambda: self.app.actions.get_action(uuid),
                       title=self.tr("Edit action"), flush=False)
        if found.value is None:
            self.refresh()
            return
        dialog = ActionDialog(self.app, action=found.value, parent=self)
        if self._run(dialog) and dialog.action is not None:
            self._after_change(dialog.action.uuid)

    def delete_action(self) -> None:
        """Delete the selected action after asking."""
        uuid = self.current_action_uuid()
        if uuid is None:
            return
        row = self.actions_model.row_of(uuid)
        what = self.actions_model.action(row).what if row is not None else ""
        if not prompts.confirm(
            self, self.tr("Delete action"),
            self.tr("Delete the action “%1”?").replace("%1", " ".join(what.split())[:120]),
            self.tr("Delete"),
            self.tr("It is removed from the action plan. This cannot be undone."),
            destructive=True,
        ):
            return
        run_op(self, lambda: self.app.actions.delete_action(uuid),
               title=self.tr("Delete action"))
        self.refresh()

    def _after_change(self, action_uuid: str) -> None:
        self.refresh()
        self.tabs.setCurrentIndex(ACTIONS_TAB)
        self.select_action(action_uuid)

    # -- events -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            if self._app_source is not None and self._app_source() is not self.app:
                self.close()  # another database was opened in the main window
            else:
                self.refresh()  # the reviews may have changed in the main window meanwhile
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.service_label.setText(self.tr("&Service:"))
        self.service_combo.setAccessibleName(self.tr("Service shown"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the service's reviews and actions again"))
        self.tabs.setTabText(HISTORY_TAB, self.tr("&History"))
        self.tabs.setTabText(ACTIONS_TAB, self.tr("Action &plan"))
        self.tabs.setTabText(COMPARISON_TAB, self.tr("Co&mpared with others"))
        self.reviews_heading.setText(self.tr("Reviews"))
        self.reviews_table.setAccessibleName(self.tr("Reviews of the service, oldest first"))
        self.reviews_table.setToolTip(self.tr("Double-click a review to open it"))
        self.trend_heading.setText(self.tr("Trend"))
        self.grid_heading.setText(self.tr("Items over time"))
        self.grid_table.setAccessibleName(self.tr("Scores of each item in each review"))
        self.grid_legend.setText(self.tr(
            "Darker cells have higher scores. %1 improved, %2 unchanged, %3 fell, %4 scored "
            "once; * marks a review with unscored items.")
            .replace("%1", CHANGE_SYMBOLS["improved"]).replace("%2", CHANGE_SYMBOLS["stalled"])
            .replace("%3", CHANGE_SYMBOLS["fell"]).replace("%4", CHANGE_SYMBOLS["new"]))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.add_button.setToolTip(self.tr("Add an action to the plan"))
        self.show_closed.setText(self.tr("Show done and dropped"))
        self.actions_table.setAccessibleName(self.tr("Action plan"))
        self.trend.retranslateUi()
        self.reviews_model.retranslate()
        self.grid_model.retranslate()
        self.actions_model.retranslate()
        if self.history is not None:
            self._show_history()
            self._show_actions()
