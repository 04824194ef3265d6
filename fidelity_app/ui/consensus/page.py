"""The Comparison tab: every item with each reviewer's score and note, and the consensus.

Opening it shows every reviewer's scores, so while someone has not finished scoring the tab
first says so and shows the scores only when asked ("Show the comparison"); after that they
stay shown for as long as the review is open. What it shows is decided by
:class:`~fidelity_app.ui.consensus.presenter.ComparisonPresenter`; its keys (digits, 0/Delete,
Enter) are declared in :data:`fidelity_app.ui.scoring_actions.SCORING_ACTIONS`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.model import Scale
from fidelity_app.services.ratings import Comparison
from fidelity_app.ui.consensus.cells import CellDelegate, Notice
from fidelity_app.ui.consensus.figures import AgreementStrip
from fidelity_app.ui.consensus.model import (
    ITEM_ID_ROLE,
    ComparisonFilter,
    ComparisonModel,
)
from fidelity_app.ui.consensus.panel import ConsensusPanel
from fidelity_app.ui.consensus.presenter import ComparisonPresenter, Screen
from fidelity_app.ui.consensus.texts import DIFFERENCE_SIGNS, difference_label
from fidelity_app.ui.scoring.style import em, make_quiet

FILTER_ORDER = ("all", "differ", "two-or-more", "one-apart", "equal", "incomplete", "open")
SCALE_ORDER, DISAGREEMENT_FIRST = 0, 1


class ComparisonPage(QWidget):
    """The comparison tab.

    Signals: ``scoreChosen(item_id, score)`` (``0`` clears the agreed score),
    ``proposalsAccepted(list of (item_id, score))``, ``rationaleEdited(item_id, text)``,
    ``focusLeft()`` when the rationale loses focus, ``finaliseRequested()``.
    """

    scoreChosen = Signal(str, int)
    proposalsAccepted = Signal(list)
    rationaleEdited = Signal(str, str)
    focusLeft = Signal()
    finaliseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComparisonModel(self)
        self.proxy = ComparisonFilter(self)
        self.proxy.setSourceModel(self.model)
        self.figures = AgreementStrip(self)
        self.show_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.show_label.setBuddy(self.filter_combo)
        self.order_label = QLabel(self)
        self.order_combo = QComboBox(self)
        self.order_label.setBuddy(self.order_combo)
        self.shown_count = make_quiet(QLabel(self))
        self.accept_all_button = QPushButton(self)
        self.accept_all_button.setAutoDefault(False)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.panel = ConsensusPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.table.setMinimumHeight(em(self, 8))
        self.panel.setMinimumHeight(em(self, 9))
        self.splitter.setSizes([em(self, 13), em(self, 16)])

        tools = QHBoxLayout()
        tools.setContentsMargins(em(self, 0.9), em(self, 0.5), em(self, 0.9), em(self, 0.3))
        tools.setSpacing(em(self, 0.4))
        tools.addWidget(self.show_label)
        tools.addWidget(self.filter_combo)
        tools.addSpacing(em(self, 0.8))
        tools.addWidget(self.order_label)
        tools.addWidget(self.order_combo)
        tools.addSpacing(em(self, 0.8))
        tools.addWidget(self.shown_count, 1)
        tools.addWidget(self.accept_all_button)
        self.main = QWidget(self)
        main = QVBoxLayout(self.main)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self.figures)
        main.addLayout(tools)
        main.addWidget(self.splitter, 1)
        self.gate = Notice(self)
        self.empty = Notice(self)
        self.empty.button.setVisible(False)
        self.stack = QStackedWidget(self)
        for page in (self.empty, self.gate, self.main):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.presenter = ComparisonPresenter()
        self.gate.button.clicked.connect(self.open_comparison)
        self.figures.finaliseRequested.connect(self.finaliseRequested)
        self.filter_combo.activated.connect(self._on_filter)
        self.order_combo.activated.connect(self._on_order)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sorted)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_panel())
        self.accept_all_button.clicked.connect(self.accept_all_proposals)
        self.panel.scoreChosen.connect(self.scoreChosen)
        self.panel.acceptRequested.connect(self._accept_item)
        self.panel.rationaleEdited.connect(self._on_rationale)
        self.panel.focusLeft.connect(self.focusLeft)

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Every fixed text, then the content again."""
        self.show_label.setText(self.tr("Sho&w:"))
        names = {
            "all": self.tr("All items"),
            "differ": self.tr("Scores that differ"),
            "two-or-more": self.tr("Two or more apart"),
            "one-apart": self.tr("One apart"),
            "equal": self.tr("Equal scores"),
            "incomplete": self.tr("Not scored by everyone"),
            "open": self.tr("Without an agreed score"),
        }
        current = self.proxy.filter_name()
        self.filter_combo.clear()
        for key in FILTER_ORDER:
            self.filter_combo.addItem(names[key], key)
        self.filter_combo.setCurrentIndex(FILTER_ORDER.index(current))
        self.filter_combo.setAccessibleName(self.tr("Show items"))
        self.order_label.setText(self.tr("&Order:"))
        order = max(0, self.order_combo.currentIndex())
        self.order_combo.clear()
        self.order_combo.addItem(self.tr("Scale order"))
        self.order_combo.addItem(self.tr("Largest difference first"))
        self.order_combo.setCurrentIndex(order)
        self.order_combo.setAccessibleName(self.tr("Order of the items"))
        self.table.setAccessibleName(self.tr("Items with each reviewer's score and note"))
        self.gate.heading.setText(self.tr("The comparison shows every reviewer's scores"))
        self.gate.button.setText(self.tr("Show the comparison"))
        self.gate.button.setAccessibleName(self.tr("Show the comparison"))
        self.empty.heading.setText(self.tr("The comparison needs two reviewers"))
        self.empty.text.setText(self.tr(
            "When two or more reviewers score the items on their own, their scores are "
            "compared here side by side and the agreed score is set for each item. Add "
            "reviewers with <b>Reviewers…</b> in the Scoring tab."))
        self.figures.retranslateUi()
        self.panel.retranslateUi()
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              self.model.columnCount() - 1)
        self._show()

    # -- content --------------------------------------------------------------------------------

    def show_comparison(self, comparison: Comparison, scale: Scale,
                        pending: dict[str, str] | None = None) -> None:
        """Show ``comparison``; ``pending`` holds rationales typed but not yet saved."""
        self.presenter.show(comparison, scale, pending)
        self._show()

    def _show(self) -> None:
        presenter = self.presenter
        comparison, scale = presenter.comparison, presenter.scale
        screen = presenter.screen()
        if comparison is None or scale is None or screen is Screen.EMPTY:
            self.stack.setCurrentWidget(self.empty)
            return
        if screen is Screen.GATE:
            self.gate.text.setText(presenter.gate_text())
            self.stack.setCurrentWidget(self.gate)
            return
        self.stack.setCurrentWidget(self.main)
        current = self.current_item_id()
        reset = self.model.reviewers() != comparison.reviewers
        self.model.set_comparison(comparison, scale)
        if reset:
            self._size_columns()
        self.figures.show_comparison(comparison)
        self.accept_all_button.setText(presenter.accept_all_text())
        self.accept_all_button.setEnabled(presenter.can_accept_all())
        self.accept_all_button.setVisible(not presenter.read_only)
        self.accept_all_button.setToolTip(self.tr(
            "Set the agreed score of every item where all reviewers gave the same score and "
            "no agreed score is set yet (one step, Ctrl+Z undoes it)"))
        self._show_count()
        if current is None and self.proxy.rowCount() > 0:
            self.select(self._first_open() or self.proxy.index(0, 0).data(ITEM_ID_ROLE))
        else:
            self._show_panel()

    def open_comparison(self) -> None:
        """Show the comparison even though not everyone has finished (asked for)."""
        self.presenter.open()
        if self.presenter.comparison is not None:
            self._show()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_showing_scores(self) -> bool:
        """Whether the reviewers' scores are on screen (not the gate or the empty notice)."""
        return self.stack.currentWidget() is self.main

    def set_read_only(self, read_only: bool) -> None:
        """A final review: readable, nothing changeable."""
        self.presenter.read_only = read_only
        self.panel.set_read_only(read_only)
        self.figures.set_read_only(read_only)
        self.accept_all_button.setVisible(not read_only)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        unit = em(self)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, unit * 17)
        for column in range(1, self.model.columnCount()):
            kind, _ = self.model.column_kind(column)
            if kind == "note":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif kind == "score":
                name = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                width = self.table.fontMetrics().horizontalAdvance(name) + unit * 2
                header.resizeSection(column, max(unit * 4, min(width, unit * 11)))
            elif kind == "difference":  # the widest pill ("≠  4 apart") fits
                metrics = self.table.fontMetrics()
                widest = max(metrics.horizontalAdvance(f"{sign}  {difference_label(key, 4)}")
                             for key, sign in DIFFERENCE_SIGNS.items())
                header.resizeSection(column, max(round(unit * 7.5), widest + unit * 2))
            else:
                header.resizeSection(column, unit * 6)

    def _show_count(self) -> None:
        self.shown_count.setText(
            self.presenter.count_text(self.proxy.rowCount(), self.model.rowCount()))

    # -- selection ------------------------------------------------------------------------------

    def current_item_id(self) -> str | None:
        """The item selected in the table."""
        index = self.table.currentIndex()
        return index.data(ITEM_ID_ROLE) if index.isValid() else None

    def select(self, item_id: str) -> None:
        """Select ``item_id`` in the table (when the filter shows it)."""
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_panel()

    def _first_open(self) -> str | None:
        return self.presenter.first_open(
            self.model.comparison_row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount()))

    def _show_panel(self) -> None:
        item_id = self.current_item_id()
        row_number = self.model.row_of(item_id) if item_id else -1
        scale = self.presenter.scale
        if row_number < 0 or scale is None:
            self.panel.show_row(None, None, "", "")
            return
        row = self.model.comparison_row(row_number)
        self.panel.show_row(row, scale, self.model.label(row.item_id),
                            self.presenter.rationale(row))

    # -- user actions ---------------------------------------------------------------------------

    def score_selected(self, score: int | None) -> None:
        """Set (``0`` or ``None``: clear) the agreed score of the selected item."""
        chosen = self.presenter.score_to_set(self.current_item_id(), score or 0)
        if chosen is not None:
            self.scoreChosen.emit(*chosen)

    def accept_selected(self) -> None:
        """Accept the proposal of the selected item, if it has one."""
        item_id = self.current_item_id()
        if item_id is not None:
            self._accept_item(item_id)

    def _accept_item(self, item_id: str) -> None:
        proposed = self.presenter.proposal(item_id)
        if proposed is not None:
            self.scoreChosen.emit(item_id, proposed)

    def open_proposals(self) -> list[tuple[str, int]]:
        """Items where every reviewer gave the same score and no agreed score is set."""
        return self.presenter.open_proposals()

    def accept_all_proposals(self) -> None:
        """Accept every open proposal at once (an explicit click; one undoable step)."""
        proposals = self.presenter.open_proposals()
        if proposals and not self.presenter.read_only:
            self.proposalsAccepted.emit(proposals)

    def _on_rationale(self, item_id: str, text: str) -> None:
        self.presenter.edit_rationale(item_id, text)
        self.rationaleEdited.emit(item_id, text)

    def _on_filter(self, index: int) -> None:
        key = self.filter_combo.itemData(index)
        self.proxy.set_filter(key if isinstance(key, str) else "all")
        self._show_count()
        if self.current_item_id() is None and self.proxy.rowCount():
            self.select(self.proxy.index(0, 0).data(ITEM_ID_ROLE))
        self._show_panel()

    def _on_order(self, index: int) -> None:
        if index == DISAGREEMENT_FIRST:
            self.table.sortByColumn(self.model.difference_column(), Qt.SortOrder.AscendingOrder)
        else:
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _on_sorted(self, column: int, order: Qt.SortOrder) -> None:
        ascending = order == Qt.SortOrder.AscendingOrder
        if column == self.model.difference_column() and ascending:
            self.order_combo.setCurrentIndex(DISAGREEMENT_FIRST)
        elif column == 0 and ascending:
            self.order_combo.setCurrentIndex(SCALE_ORDER)
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)
