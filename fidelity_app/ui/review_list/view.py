"""The review list page: search, filters and the table of reviews (layout and signals).

What it shows and decides is ``ReviewListPresenter``'s; the rows come from
``DatabaseReviewModel``. ``openRequested(review_uuid)`` asks to open a review,
``serviceRequested(service_uuid)`` (a double-click on a service name) to show a service's page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.reviews import ReviewFilter
from fidelity_app.services.vocabulary import REVIEW_KINDS, REVIEW_STATUSES
from fidelity_app.ui.labels import kind_label, status_label
from fidelity_app.ui.review_list.choice_combo import ChoiceCombo
from fidelity_app.ui.review_list.model import UUID_ROLE, DatabaseReviewModel, ReviewTableModel
from fidelity_app.ui.review_list.presenter import Choice, Placeholder, ReviewListPresenter


class ReviewListPage(QWidget):
    """Search, filters and the table of reviews."""

    openRequested = Signal(str)
    serviceRequested = Signal(str)
    currentChanged = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewListPage")
        self.presenter = ReviewListPresenter(app.reviews)
        self.model = DatabaseReviewModel(app, self)
        # rows pass through as they are; sorting is the model's own (QAbstractProxyModel.sort
        # hands it on), done in the database instead of comparing every cell in Python
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(420)
        self.service_filter = ChoiceCombo(self._fill_choices_of)
        self.service_filter.setObjectName("serviceFilter")
        self.service_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service_filter.setMinimumContentsLength(12)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.year_filter = ChoiceCombo(self._fill_choices_of)
        self.year_filter.setObjectName("yearFilter")
        for combo in (self.kind_filter, self.status_filter, self.year_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilters")
        self.service_label = QLabel()
        self.kind_label = QLabel()
        self.status_label = QLabel()
        self.year_label = QLabel()
        for label, combo in ((self.service_label, self.service_filter),
                             (self.kind_label, self.kind_filter),
                             (self.status_label, self.status_filter),
                             (self.year_label, self.year_filter)):
            label.setBuddy(combo)

        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReviewTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewTableModel.SERVICE, QHeaderView.ResizeMode.Stretch)
        # column widths from the first rows only: a long list is read a block at a time
        header.setResizeContentsPrecision(30)
        header.setStretchLastSection(False)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("emptyPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.placeholder.setBackgroundRole(QPalette.ColorRole.Base)
        self.placeholder.setAutoFillBackground(True)
        self.placeholder.setMargin(24)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.placeholder)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for label, combo, stretch in ((self.service_label, self.service_filter, 3),
                                      (self.kind_label, self.kind_filter, 2),
                                      (self.status_label, self.status_filter, 1),
                                      (self.year_label, self.year_filter, 1)):
            filters.addWidget(label)
            filters.addWidget(combo, stretch)
            filters.addSpacing(10)
        filters.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

        QWidget.setTabOrder(self.search, self.service_filter)
        QWidget.setTabOrder(self.service_filter, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.year_filter)
        QWidget.setTabOrder(self.year_filter, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.table)

        self.search.textChanged.connect(self._search_changed)
        for name, combo in self._filters():
            combo.currentIndexChanged.connect(
                lambda _index, name=name, combo=combo: self._filter_chosen(name, combo))
        self.table.viewport().installEventFilter(self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.currentChanged.emit())
        self.proxy.modelReset.connect(self.currentChanged)

        self._updating = False
        self.retranslateUi()
        self.refresh()

    # -- data -------------------------------------------------------------------------------

    def _filters(self) -> tuple[tuple[str, QComboBox], ...]:
        return (("service_uuid", self.service_filter), ("kind", self.kind_filter),
                ("status", self.status_filter), ("year", self.year_filter))

    def set_app(self, app: App) -> None:
        """Show the reviews of another database."""
        self.presenter.set_source(app.reviews)
        self.model.set_app(app)
        self.refresh()

    def set_language(self, language: str) -> None:
        """Show band names in the interface language."""
        self.model.set_language(language)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The entries of the table's context menu."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(actions)

    def current_filter(self) -> ReviewFilter:
        """The filter the controls describe."""
        return self.presenter.filter

    def refresh(self, select_uuid: str | None = None) -> None:
        """Read the reviews again (keeping the selection, or selecting ``select_uuid``)."""
        if self._updating:
            return
        keep = select_uuid or self.current_uuid()
        self.presenter.reload()
        self._fill_choices()
        self._show(keep)

    def apply_filter(self) -> None:
        """Show the reviews the search and filters now describe (a keystroke in the search:
        only the list is read again, not the choices of the filters)."""
        if not self._updating:
            self._show(self.current_uuid())

    def _search_changed(self, text: str) -> None:
        if self.presenter.set_search(text):
            self.apply_filter()

    def _filter_chosen(self, name: str, combo: QComboBox) -> None:
        if not self._updating and self.presenter.set_filter(name, combo.currentData()):
            self.apply_filter()

    def _show(self, keep: str | None) -> None:
        self.model.load(self.current_filter())
        self._update_count()
        if keep:
            self.select(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def _fill_choices(self) -> None:
        """Refill the service and year filters with the presenter's choices and chosen. A
        filter that filters by nothing holds only its "all" entry until the user opens it
        (or moves in it by key or wheel): its choices are read then."""
        for combo in (self.service_filter, self.year_filter):
            all_text, _choices, chosen = self._choices_of(combo)
            if chosen:
                self._fill_choices_of(combo)
            else:
                self._refill(combo, all_text, [], None)
                combo.needs_choices = True

    def _fill_choices_of(self, combo: ChoiceCombo) -> None:
        """Fill the service or year filter with the presenter's choices, keeping its choice."""
        combo.needs_choices = False
        all_text, choices, chosen = self._choices_of(combo)
        self._refill(combo, all_text, choices(), chosen)

    def _choices_of(self, combo: ChoiceCombo
                    ) -> tuple[str, Callable[[], list[Choice]], str | None]:
        """The service or year filter's "all" entry, its choices (read when called) and
        the value chosen."""
        flt = self.presenter.filter
        if combo is self.service_filter:
            return self.tr("All services"), lambda: self.presenter.services, flt.service_uuid
        return (self.tr("All years"), lambda: self.presenter.years,
                str(flt.year) if flt.year else None)

    @staticmethod
    def _refill(combo: QComboBox, all_text: str, choices: list[Choice],
                chosen: str | None) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(all_text, None)
            for choice in choices:
                combo.addItem(choice.text, choice.value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        finally:
            combo.blockSignals(False)

    def _update_count(self) -> None:
        status = self.presenter.status(self.model.rowCount())
        if status.placeholder is Placeholder.NO_REVIEWS:
            self.placeholder.setText(self.tr(
                "There are no reviews yet.\n\nStart one with “New review” (Ctrl+N), "
                "or import a review file."))
        elif status.placeholder is Placeholder.NO_MATCH:
            self.placeholder.setText(self.tr("No review matches the search and filters."))
        self.body.setCurrentWidget(self.table if status.placeholder is Placeholder.NONE
                                   else self.placeholder)
        if status.total == 0:
            self.count_label.setText("")
        elif status.all_shown:
            self.count_label.setText(self.tr("%n review(s)", "", status.shown))
        else:
            self.count_label.setText(
                self.tr("%1 of %n review(s) shown", "", status.total).replace(
                    "%1", str(status.shown)))

    # -- selection --------------------------------------------------------------------------

    def current_uuid(self) -> str | None:
        """The selected review's UUID."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = index.siblingAtColumn(0).data(UUID_ROLE)
        return value if isinstance(value, str) else None

    def current_review(self) -> ReviewSummary | None:
        """The selected review."""
        uuid = self.current_uuid()
        row = self.model.row_of(uuid) if uuid else None
        return self.model.review(row) if row is not None else None

    def select(self, review_uuid: str) -> bool:
        """Select a review if it is shown."""
        row = self.model.row_of(review_uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(UUID_ROLE)
        if isinstance(value, str):
            self.openRequested.emit(value)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        """Put keyboard focus on the table of reviews."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_filters(self) -> None:
        """Show every review."""
        self.presenter.clear()
        self._updating = True
        try:
            self.search.clear()
            for _name, combo in self._filters():
                combo.setCurrentIndex(0)
        finally:
            self._updating = False
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A double-click on a service name asks for the service's page."""
        if (event.type() == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent)
                and watched is self.table.viewport()):
            index = self.table.indexAt(event.position().toPoint())
            if index.isValid() and index.column() == ReviewTableModel.SERVICE:
                row = self.model.row_of(str(index.siblingAtColumn(0).data(UUID_ROLE)))
                review = self.model.review(row) if row is not None else None
                if review is not None:
                    self.serviceRequested.emit(review.service_uuid)
                    return True
        return super().eventFilter(watched, event)

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the interface language."""
        self.title.setText(self.tr("Reviews"))
        self.search.setPlaceholderText(self.tr("Search service, organisation or reviewer…"))
        self.search.setAccessibleName(self.tr("Search reviews"))
        self.search.setToolTip(self.tr("Search by service, organisation, place or reviewer "
                                       "(Ctrl+F)"))
        self.service_label.setText(self.tr("&Service:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.year_label.setText(self.tr("&Year:"))
        self.service_filter.setAccessibleName(self.tr("Filter by service"))
        self.kind_filter.setAccessibleName(self.tr("Filter by kind of review"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.year_filter.setAccessibleName(self.tr("Filter by year"))
        self.clear_button.setText(self.tr("Show &all"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.table.setAccessibleName(self.tr("Reviews"))
        self.count_label.setAccessibleName(self.tr("Number of reviews"))
        self.placeholder.setAccessibleName(self.tr("No reviews"))
        flt = self.presenter.filter
        self._refill(self.kind_filter, self.tr("All kinds"),
                     [Choice(k, kind_label(k)) for k in REVIEW_KINDS], flt.kind)
        self._refill(self.status_filter, self.tr("All statuses"),
                     [Choice(s, status_label(s)) for s in REVIEW_STATUSES], flt.status)
        if self.service_filter.count():
            self.service_filter.setItemText(0, self.tr("All services"))
        if self.year_filter.count():
            self.year_filter.setItemText(0, self.tr("All years"))
        self.model.retranslate()
        if self.body.count():
            self._update_count()
