"""The list of reviews: a table model over service records and the page that shows it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
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

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.errors import ServiceError
from fidelity_app.services.reviews import ReviewFilter
from fidelity_app.storage.models import REVIEW_KINDS, REVIEW_STATUSES
from fidelity_app.ui.labels import kind_label, status_label

Index = QModelIndex | QPersistentModelIndex

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE,
                   UUID_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                   Qt.ItemDataRole.FontRole})


def score_text(review: ReviewSummary) -> str:
    """The total as shown in the list; a partial one carries the count of scored items."""
    score = review.score
    if score.partial:
        return f"{score.total} ({score.scored}/{score.items})"
    return str(score.total)


class ReviewTableModel(QAbstractTableModel):
    """Reviews as rows: service, date, kind, status, total, band and reviewers."""

    SERVICE, DATE, KIND, STATUS, SCORE, BAND, REVIEWERS = range(7)

    def __init__(self, scales: ScaleCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scales = scales
        self._rows: list[ReviewSummary] = []
        self._language = "en"

    # -- content ----------------------------------------------------------------------------

    def set_reviews(self, reviews: list[ReviewSummary]) -> None:
        """Show these reviews."""
        self.beginResetModel()
        self._rows = list(reviews)
        self.endResetModel()

    def set_scales(self, scales: ScaleCatalogue) -> None:
        """Use another scale catalogue (for band names)."""
        self._scales = scales

    def set_language(self, language: str) -> None:
        """Show band names in ``language`` and every label anew (after a language change)."""
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Ask the views to fetch headers and cells again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _at(self, row: int) -> ReviewSummary | None:
        """The review in ``row`` (``None`` outside the list)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def review(self, row: int) -> ReviewSummary | None:
        """The review shown in ``row``."""
        return self._at(row)

    def reviews(self) -> list[ReviewSummary]:
        """All reviews shown."""
        return list(self._rows)

    def row_of(self, review_uuid: str) -> int | None:
        """The row of a review, if it is shown."""
        for row, review in enumerate(self._rows):
            if review.uuid == review_uuid:
                return row
        return None

    def band_text(self, review: ReviewSummary) -> str:
        """The band's name in the interface language, or a mark that it is not known yet."""
        score = review.score
        if score.partial or score.band is None:
            return self.tr("incomplete")
        try:
            scale = self._scales.get(review.scale_id, self._language)
            return scale.band_for(score.total).label
        except (KeyError, ValueError):
            return score.band.label

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Service"), self.tr("Date"), self.tr("Kind"), self.tr("Status"),
                    self.tr("Total"), self.tr("Band"), self.tr("Reviewers"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in ROLES:  # views ask for many roles per cell: answer the rest at once
            return None
        review = self._at(index.row()) if index.isValid() else None
        if review is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(review, column)
        if role == SORT_ROLE:
            return self._sort_value(review, column)
        if role == UUID_ROLE:
            return review.uuid
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(review, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            column in (self.SCORE, self.BAND) and review.score.partial
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, review: ReviewSummary, column: int) -> str:
        if column == self.SERVICE:
            return review.service_name
        if column == self.DATE:
            return review.start_date.isoformat()
        if column == self.KIND:
            return kind_label(review.kind)
        if column == self.STATUS:
            return status_label(review.status)
        if column == self.SCORE:
            return score_text(review)
        if column == self.BAND:
            return self.band_text(review)
        return ", ".join(review.reviewers)

    def _sort_value(self, review: ReviewSummary, column: int) -> object:
        if column == self.DATE:
            return review.start_date.isoformat()
        if column == self.SCORE:
            return review.score.total
        if column == self.BAND:
            return -1 if review.score.partial else review.score.total
        return self._display(review, column).casefold()

    def _tooltip(self, review: ReviewSummary, column: int) -> str:
        if column == self.SERVICE and review.organisation:
            return f"{review.service_name}\n{review.organisation}"
        if column == self.DATE and review.end_date and review.end_date != review.start_date:
            return f"{review.start_date.isoformat()} – {review.end_date.isoformat()}"
        if column in (self.SCORE, self.BAND) and review.score.partial:
            return self.tr("%1 of %2 items scored; the total and band are not final yet.").replace(
                "%1", str(review.score.scored)).replace("%2", str(review.score.items))
        return ""


class DatabaseReviewModel(ReviewTableModel):
    """The reviews of the database that match a filter, in the order the user chose.

    Only the order (the reviews' ids) is read up front; the rows the view shows are read a
    block at a time when first asked for. A database of 20,000 reviews lists, filters and
    sorts as quickly as one of 20, and holds only the rows looked at.
    """

    BLOCK = 100
    FIELDS = {ReviewTableModel.SERVICE: "service", ReviewTableModel.DATE: "date",
              ReviewTableModel.KIND: "kind", ReviewTableModel.STATUS: "status",
              ReviewTableModel.SCORE: "total", ReviewTableModel.BAND: "band",
              ReviewTableModel.REVIEWERS: "reviewers"}

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(app.scales, parent)
        self._app = app
        self._filter = ReviewFilter()
        self._column = self.DATE
        self._order = Qt.SortOrder.DescendingOrder
        self._uuids: list[str] = []
        self._positions: dict[str, int] = {}
        self._read: dict[str, ReviewSummary | None] = {}  # None: gone from the database
        self._keys: dict[str, tuple[list[str], list[Any]]] = {}  # per field, until a load
        self._loaded = False

    def set_app(self, app: App) -> None:
        """Read from another database (call ``load`` next)."""
        self._app = app
        self.set_scales(app.scales)

    def load(self, flt: ReviewFilter) -> None:
        """Show the reviews that match ``flt``, read anew from the database."""
        self._filter = flt
        self._loaded = True
        self._keys = {}
        uuids = self._ordered()
        self.beginResetModel()
        self._set_order(uuids)
        self._read = {}
        self.endResetModel()

    def set_reviews(self, reviews: list[ReviewSummary]) -> None:
        """Show exactly these reviews (in this order) until the next ``load``."""
        self.beginResetModel()
        self._set_order([r.uuid for r in reviews])
        self._read = {r.uuid: r for r in reviews}
        self.endResetModel()

    def _set_order(self, uuids: list[str]) -> None:
        self._uuids = uuids
        self._positions = {uuid: row for row, uuid in enumerate(uuids)}

    def _ordered(self) -> list[str]:
        """The ids of the matching reviews in the chosen order (ties newest first, as a
        stable sort of the newest-first list gives). The values sorted by are read once per
        column until the next ``load``, so reversing the order reads nothing."""
        field = self.FIELDS.get(self._column, "date")
        if field not in self._keys:
            values = self._app.reviews.sort_values(self._filter, field)
            key = self._sort_key(field)
            known = {v: key(v) for v in {v for _, v in values}}  # each distinct value once
            self._keys[field] = ([uuid for uuid, _ in values], [known[v] for _, v in values])
        uuids, keys = self._keys[field]
        descending = self._order == Qt.SortOrder.DescendingOrder
        if field == "date" and descending:
            return list(uuids)
        order = sorted(range(len(uuids)), key=keys.__getitem__, reverse=descending)
        return [uuids[i] for i in order]

    @staticmethod
    def _sort_key(field: str):  # noqa: ANN205 - a key function
        """How a value of ``sort_values`` compares, as ``_sort_value`` compares the cells."""
        if field == "kind":
            return lambda code: kind_label(code).casefold()
        if field == "status":
            return lambda code: status_label(code).casefold()
        if field in ("service", "reviewers"):  # reviewers: the names as shown, joined
            return lambda text: text.casefold()
        return lambda value: value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by ``column``, keeping the selection on the same reviews."""
        if (column, order) == (self._column, self._order) and self._loaded:
            return  # already in this order (the view asks twice)
        self._column, self._order = column, order
        if not self._loaded:
            return  # the view's initial order: read by the first load
        uuids = self._ordered()
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_uuids = [self._uuids[i.row()] if 0 <= i.row() < len(self._uuids) else None
                     for i in old]
        self._set_order(uuids)
        new = [self.index(self._positions[u], i.column()) if u in self._positions
               else QModelIndex() for i, u in zip(old, old_uuids, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _at(self, row: int) -> ReviewSummary | None:
        if not 0 <= row < len(self._uuids):
            return None
        uuid = self._uuids[row]
        if uuid not in self._read:
            self._read_block(row)
        return self._read.get(uuid)

    def _read_block(self, row: int) -> None:
        start = row - row % self.BLOCK
        wanted = [u for u in self._uuids[start:start + self.BLOCK] if u not in self._read]
        try:
            found = self._app.reviews.summaries(wanted)
        except ServiceError:
            return  # shown empty now, read again when next asked for
        self._read.update(dict.fromkeys(wanted))
        self._read.update((s.uuid, s) for s in found)

    def reviews(self) -> list[ReviewSummary]:
        """All reviews in the list (reading every row)."""
        return [r for row in range(len(self._uuids)) if (r := self._at(row)) is not None]

    def row_of(self, review_uuid: str) -> int | None:
        return self._positions.get(review_uuid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uuids)


class ReviewListPage(QWidget):
    """Search, filters and the table of reviews."""

    openRequested = Signal(str)
    currentChanged = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewListPage")
        self._app = app
        self._total_reviews = 0
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
        self.service_filter = QComboBox()
        self.service_filter.setObjectName("serviceFilter")
        self.service_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service_filter.setMinimumContentsLength(12)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.year_filter = QComboBox()
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

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)

        self.search.textChanged.connect(lambda _text: self.apply_filter())
        for combo in (self.service_filter, self.kind_filter, self.status_filter,
                      self.year_filter):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.currentChanged.emit())
        self.proxy.modelReset.connect(self.currentChanged)

        self._updating = False
        self.retranslateUi()
        self.refresh()

    # -- data -------------------------------------------------------------------------------

    def set_app(self, app: App) -> None:
        """Show the reviews of another database."""
        self._app = app
        self.model.set_app(app)
        self._updating = True
        try:
            for combo in (self.service_filter, self.year_filter):
                combo.setCurrentIndex(0)
        finally:
            self._updating = False
        self.refresh()

    def set_language(self, language: str) -> None:
        """Show band names in the interface language."""
        self.model.set_language(language)

    def current_filter(self) -> ReviewFilter:
        """The filter the controls describe."""
        year = self.year_filter.currentData()
        return ReviewFilter(
            text=self.search.text(),
            service_uuid=self.service_filter.currentData() or None,
            kind=self.kind_filter.currentData() or None,
            status=self.status_filter.currentData() or None,
            year=int(year) if year else None,
        )

    def refresh(self, select_uuid: str | None = None) -> None:
        """Read the reviews again (keeping the selection, or selecting ``select_uuid``)."""
        if self._updating:
            return
        keep = select_uuid or self.current_uuid()
        self._total_reviews = self._app.reviews.count_reviews()
        self._fill_choices()
        self._show(keep)

    def apply_filter(self) -> None:
        """Show the reviews the search and filters now describe (a keystroke in the search:
        only the list is read again, not the choices of the filters)."""
        if not self._updating:
            self._show(self.current_uuid())

    def _show(self, keep: str | None) -> None:
        self.model.load(self.current_filter())
        self._update_count()
        if keep:
            self.select(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def _fill_choices(self) -> None:
        """Refill the service and year filters, keeping what was chosen."""
        self._updating = True
        try:
            services = [(s.uuid, s.name if not s.organisation else f"{s.name} ({s.organisation})")
                        for s in self._app.reviews.list_services()]
            self._refill(self.service_filter, self.tr("All services"), services)
            self._refill(self.year_filter, self.tr("All years"),
                         [(str(y), str(y)) for y in self._app.reviews.review_years()])
        finally:
            self._updating = False

    @staticmethod
    def _refill(combo: QComboBox, all_text: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(all_text, None)
            for value, text in choices:
                combo.addItem(text, value)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self._total_reviews == 0:
            self.count_label.setText("")
            self.placeholder.setText(self.tr(
                "There are no reviews yet.\n\nStart one with “New review” (Ctrl+N), "
                "or import a review file."))
            self.body.setCurrentWidget(self.placeholder)
            return
        if shown == 0:
            self.placeholder.setText(self.tr("No review matches the search and filters."))
            self.body.setCurrentWidget(self.placeholder)
        else:
            self.body.setCurrentWidget(self.table)
        if shown == self._total_reviews:
            self.count_label.setText(self.tr("%n review(s)", "", shown))
        else:
            self.count_label.setText(
                self.tr("%1 of %n review(s) shown", "", self._total_reviews).replace(
                    "%1", str(shown)))

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
        self._updating = True
        try:
            self.search.clear()
            for combo in (self.service_filter, self.kind_filter, self.status_filter,
                          self.year_filter):
                combo.setCurrentIndex(0)
        finally:
            self._updating = False
        self.refresh()

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
        self._updating = True
        try:
            self._refill(self.kind_filter, self.tr("All kinds"),
                         [(k, kind_label(k)) for k in REVIEW_KINDS])
            self._refill(self.status_filter, self.tr("All statuses"),
                         [(s, status_label(s)) for s in REVIEW_STATUSES])
            if self.service_filter.count():
                self.service_filter.setItemText(0, self.tr("All services"))
            if self.year_filter.count():
                self.year_filter.setItemText(0, self.tr("All years"))
        finally:
            self._updating = False
        self.model.retranslate()
        if self.body.count():
            self._update_count()
