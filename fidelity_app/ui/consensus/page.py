"""The Comparison tab: every item with each reviewer's score and note, and the consensus.

Opening it shows every reviewer's scores, so while someone has not finished scoring the tab
first says so and shows the scores only when asked ("Show the comparison"); after that they
stay shown for as long as the review is open.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.model import Scale
from fidelity_app.services.ratings import EQUAL, INCOMPLETE, TWO_OR_MORE, Comparison
from fidelity_app.ui.consensus.figures import AgreementStrip
from fidelity_app.ui.consensus.model import (
    DIFFERENCE_ROLE,
    ITEM_ID_ROLE,
    KIND_ROLE,
    PROPOSED_ROLE,
    ComparisonFilter,
    ComparisonModel,
)
from fidelity_app.ui.consensus.panel import ConsensusPanel
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix, quiet, scaled_font, tint
from fidelity_app.ui.scoring.widgets import WARNING_ACCENT

FILTER_ORDER = ("all", "differ", "two-or-more", "one-apart", "equal", "incomplete", "open")
SCALE_ORDER, DISAGREEMENT_FIRST = 0, 1


class CellDelegate(QStyledItemDelegate):
    """Draws the difference as a labelled pill and the agreed score as a badge.

    The pill carries a sign and words (``±1  One apart``), so colour is never the only cue.
    """

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Rows 1.65 lines high."""
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + option.fontMetrics.height(),
                     max(hint.height(), round(option.fontMetrics.height() * 1.65)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Background as usual, then the cell's own drawing."""
        kind = index.data(KIND_ROLE)
        if kind not in ("difference", "agreed", "score"):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        palette = opt.palette
        unit = opt.fontMetrics.height()
        rect = QRectF(opt.rect)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(Role.HighlightedText if selected else Role.Text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        if kind == "difference":
            difference = index.data(DIFFERENCE_ROLE)
            width = min(rect.width() - unit * 0.5, opt.fontMetrics.horizontalAdvance(text)
                        + unit * 1.1)
            pill = QRectF(rect.left() + unit * 0.35, rect.center().y() - unit * 0.62,
                          width, unit * 1.24)
            base = palette.color(Role.Base)
            if difference == TWO_OR_MORE:
                fill, border = mix(base, WARNING_ACCENT, 0.32), WARNING_ACCENT
                font.setBold(True)
            elif difference == EQUAL:
                fill, border = base, mix(palette.color(Role.Mid), base, 0.3)
            elif difference == INCOMPLETE:
                fill, border = base, mix(palette.color(Role.Mid), base, 0.5)
                font.setItalic(True)
            else:
                fill, border = tint(palette, 0.2), palette.color(Role.Highlight)
            pen = QPen(border, max(1.0, unit * 0.06))
            if difference == INCOMPLETE:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            painter.setPen(palette.color(Role.Text))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        elif kind == "agreed":
            proposed = index.data(PROPOSED_ROLE)
            size = unit * 1.3
            badge = QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size,
                           size)
            if text.isdigit():
                painter.setPen(QPen(palette.color(Role.Highlight), max(1.0, unit * 0.07)))
                painter.setBrush(tint(palette, 0.3))
                painter.drawRoundedRect(badge, unit * 0.25, unit * 0.25)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(palette.color(Role.Text))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            else:
                font.setItalic(proposed is not None)
                painter.setFont(font)
                painter.setPen(text_colour if selected else quiet(palette))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        else:
            font.setBold(text != "–")
            painter.setFont(font)
            painter.setPen(text_colour if text != "–" or selected else quiet(palette))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class Notice(QFrame):
    """A centred card with a heading, a message and an optional button (gate, empty state)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.heading, 1.2, bold=True))
        self.heading.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)
        card = QVBoxLayout()
        card.setSpacing(em(self, 0.6))
        card.addWidget(self.heading)
        card.addWidget(self.text)
        card.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QWidget(self)
        box.setLayout(card)
        box.setMaximumWidth(em(self, 34))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


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

        self._comparison: Comparison | None = None
        self._scale: Scale | None = None
        self._pending: dict[str, str] = {}
        self._opened = False
        self._read_only = False
        self._build_shortcuts()
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

    def _build_shortcuts(self) -> None:
        """Digits, 0/Delete and Enter on the table and the panel (text fields get them first)."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcuts: list[QShortcut] = []
        for area in (self.table, self.panel):
            keys: list[tuple[Qt.Key, int]] = [
                *((getattr(Qt.Key, f"Key_{n}"), n) for n in range(1, 6)),
                (Qt.Key.Key_0, 0),
                (Qt.Key.Key_Delete, 0),
            ]
            for key, score in keys:
                shortcut = QShortcut(QKeySequence(key), area, context=context)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(lambda s=score: self.score_selected(s))
                self._shortcuts.append(shortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table,
                                 context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(self.accept_selected)
            self._shortcuts.append(shortcut)

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
        if self._comparison is not None and self._scale is not None:
            self.show_comparison(self._comparison, self._scale, self._pending)

    # -- content --------------------------------------------------------------------------------

    def show_comparison(self, comparison: Comparison, scale: Scale,
                        pending: dict[str, str] | None = None) -> None:
        """Show ``comparison``; ``pending`` holds rationales typed but not yet saved."""
        self._comparison, self._scale, self._pending = comparison, scale, dict(pending or {})
        if len(comparison.reviewers) < 2:
            self.stack.setCurrentWidget(self.empty)
            return
        unfinished = self._unfinished(comparison)
        if unfinished and not self._opened and comparison.status != "final":
            self._show_gate(unfinished)
            return
        self.stack.setCurrentWidget(self.main)
        current = self.current_item_id()
        reset = self.model.reviewers() != comparison.reviewers
        self.model.set_comparison(comparison, scale)
        if reset:
            self._size_columns()
        self.figures.show_comparison(comparison)
        proposals = self.open_proposals()
        self.accept_all_button.setText(
            self.tr("Accept all proposals (%1)").replace("%1", str(len(proposals))))
        self.accept_all_button.setEnabled(bool(proposals) and not self._read_only)
        self.accept_all_button.setVisible(not self._read_only)
        self.accept_all_button.setToolTip(self.tr(
            "Set the agreed score of every item where all reviewers gave the same score and "
            "no agreed score is set yet (one step, Ctrl+Z undoes it)"))
        self._show_count()
        if current is None and self.proxy.rowCount() > 0:
            self.select(self._first_open() or self.proxy.index(0, 0).data(ITEM_ID_ROLE))
        else:
            self._show_panel()

    @staticmethod
    def _unfinished(comparison: Comparison) -> list[tuple[str, int]]:
        total = len(comparison.rows)
        out = []
        for i, name in enumerate(comparison.reviewers):
            scored = sum(1 for r in comparison.rows if r.ratings[i].score is not None)
            if scored < total:
                out.append((name, scored))
        return out

    def _show_gate(self, unfinished: list[tuple[str, int]]) -> None:
        assert self._comparison is not None
        total = len(self._comparison.rows)
        lines = "".join(
            "<li>" + self.tr("%1 has scored %2 of %3 items").replace("%1", name)
            .replace("%2", str(scored)).replace("%3", str(total)) + "</li>"
            for name, scored in unfinished
        )
        self.gate.text.setText(
            self.tr("Not everyone has finished scoring on their own:")
            + f"<ul>{lines}</ul>"
            + self.tr("Showing the comparison now lets whoever is at this screen see the other "
                      "reviewers' scores. Open it when the reviewers meet to agree.")
        )
        self.stack.setCurrentWidget(self.gate)

    def open_comparison(self) -> None:
        """Show the comparison even though not everyone has finished (asked for)."""
        self._opened = True
        if self._comparison is not None and self._scale is not None:
            self.show_comparison(self._comparison, self._scale, self._pending)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_showing_scores(self) -> bool:
        """Whether the reviewers' scores are on screen (not the gate or the empty notice)."""
        return self.stack.currentWidget() is self.main

    def set_read_only(self, read_only: bool) -> None:
        """A final review: readable, nothing changeable."""
        self._read_only = read_only
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
            elif kind == "difference":
                header.resizeSection(column, unit * 7.5)
            else:
                header.resizeSection(column, unit * 6)

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown_count.setText(
            self.tr("%1 of %2 items shown").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total else ""
        )

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
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = self.model.comparison_row(self.proxy.mapToSource(index).row())
            if row.agreed is None:
                return row.item_id
        return None

    def _show_panel(self) -> None:
        item_id = self.current_item_id()
        row_number = self.model.row_of(item_id) if item_id else -1
        if row_number < 0 or self._scale is None:
            self.panel.show_row(None, None, "", "")
            return
        row = self.model.comparison_row(row_number)
        rationale = self._pending.get(row.item_id, row.rationale)
        self.panel.show_row(row, self._scale, self.model.label(row.item_id), rationale)

    # -- user actions ---------------------------------------------------------------------------

    def score_selected(self, score: int) -> None:
        """Set (``0``: clear) the agreed score of the selected item."""
        item_id = self.current_item_id()
        if item_id is not None and not self._read_only:
            self.scoreChosen.emit(item_id, score)

    def accept_selected(self) -> None:
        """Accept the proposal of the selected item, if it has one."""
        item_id = self.current_item_id()
        if item_id is not None:
            self._accept_item(item_id)

    def _accept_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0 or self._read_only:
            return
        proposed = self.model.comparison_row(row).proposed
        if proposed is not None:
            self.scoreChosen.emit(item_id, proposed)

    def open_proposals(self) -> list[tuple[str, int]]:
        """Items where every reviewer gave the same score and no agreed score is set."""
        if self._comparison is None:
            return []
        return [(r.item_id, r.proposed) for r in self._comparison.rows
                if r.proposed is not None and r.agreed is None]

    def accept_all_proposals(self) -> None:
        """Accept every open proposal at once (an explicit click; one undoable step)."""
        proposals = self.open_proposals()
        if proposals and not self._read_only:
            self.proposalsAccepted.emit(proposals)

    def _on_rationale(self, item_id: str, text: str) -> None:
        self._pending[item_id] = text
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
