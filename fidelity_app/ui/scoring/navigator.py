"""The list of items grouped by section, with each item's state and the progress."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPainterPath, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidelity_app.scale.model import Item, Scale
from fidelity_app.scale.scoring import ScoreResult
from fidelity_app.services.dto import ItemNotes
from fidelity_app.ui.scoring.evidence_presenter import coverage_view
from fidelity_app.ui.scoring.style import Role, em, make_quiet, mix, tint
from fidelity_app.ui.scoring.widgets import WARNING_ACCENT

ITEM_ID = Qt.ItemDataRole.UserRole
SCORE = Qt.ItemDataRole.UserRole + 1
FLAGGED = Qt.ItemDataRole.UserRole + 2
SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3
SOURCES = Qt.ItemDataRole.UserRole + 4  # the letters of the kinds of source of the evidence
SINGLE_SOURCE = Qt.ItemDataRole.UserRole + 5  # the evidence rests on one kind of source


class RowDelegate(QStyledItemDelegate):
    """Rows with a little air: 1.5 times the font's height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The usual size, but never shorter than 1.5 lines."""
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), round(option.fontMetrics.height() * 1.5)))


class StateDelegate(RowDelegate):
    """Paints an item's state: a score badge, an empty ring when unscored, a flag, and the
    letters of the kinds of source its evidence comes from (in the warning colour when there
    is one kind only)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the background as usual, then the badge and flag."""
        if index.data(ITEM_ID) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette = opt.palette
        score = index.data(SCORE)
        flagged = bool(index.data(FLAGGED))
        unit = opt.fontMetrics.height()
        rect = QRectF(opt.rect)
        size = unit * 1.15
        badge = QRectF(rect.right() - size - unit * 0.45, rect.center().y() - size / 2, size, size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = max(1.0, unit * 0.07)
        if score:
            painter.setPen(QPen(palette.color(Role.Highlight), line))
            painter.setBrush(tint(palette, 0.22))
            painter.drawRoundedRect(badge, unit * 0.25, unit * 0.25)
            font = opt.font
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(Role.Text))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(score))
        else:
            ring = badge.adjusted(size * 0.3, size * 0.3, -size * 0.3, -size * 0.3)
            painter.setPen(QPen(mix(palette.color(Role.Mid), palette.color(Role.Base), 0.1), line))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(ring)
        if flagged:
            pole_x = badge.left() - unit * 0.75
            top, bottom = badge.top() + size * 0.08, badge.bottom() - size * 0.05
            painter.setPen(QPen(WARNING_ACCENT, line * 1.4))
            painter.drawLine(QPointF(pole_x, top), QPointF(pole_x, bottom))
            flag = QPainterPath()
            flag.moveTo(pole_x, top)
            flag.lineTo(pole_x + unit * 0.55, top + size * 0.22)
            flag.lineTo(pole_x, top + size * 0.44)
            flag.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARNING_ACCENT)
            painter.drawPath(flag)
        letters = index.data(SOURCES) or ""
        if letters:
            font = opt.font
            font.setBold(bool(index.data(SINGLE_SOURCE)))
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.78))
            painter.setFont(font)
            painter.setPen(WARNING_ACCENT.darker(125) if index.data(SINGLE_SOURCE)
                           else palette.color(Role.PlaceholderText))
            area = QRectF(rect.left() + unit * 0.2, rect.top(),
                          badge.left() - unit * 1.05 - rect.left() - unit * 0.2, rect.height())
            painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             letters)
        painter.restore()


class ItemNavigator(QWidget):
    """Find field, progress and the tree of items.

    ``itemSelected(item_id)`` when the current item changes (arrow keys, click);
    ``itemActivated(item_id)`` on Enter or a double click (the editor then moves focus to
    scoring); a single click only selects, and digits still score while the list has focus;
    ``findFinished()`` when Escape leaves the find field.
    """

    itemSelected = Signal(str)
    itemActivated = Signal(str)
    findFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_field = QLineEdit(self)
        self.find_field.setClearButtonEnabled(True)
        self.find_field.installEventFilter(self)
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(4, em(self, 0.35)))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(em(self, 0.6))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(RowDelegate(self.tree))
        self.tree.setItemDelegateForColumn(1, StateDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, em(self, 5.6))
        self.no_match = make_quiet(QLabel(self))
        self.no_match.setVisible(False)
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        margin = em(self, 0.5)
        layout.setContentsMargins(margin, em(self, 0.6), 0, margin)
        layout.setSpacing(em(self, 0.4))
        layout.addWidget(self.find_field)
        layout.addLayout(progress_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match)
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._sections: dict[str, QTreeWidgetItem] = {}
        self._scale: Scale | None = None
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.find_field.textChanged.connect(self.apply_filter)
        self.find_field.returnPressed.connect(self._activate_first_match)

    def retranslateUi(self) -> None:
        """Placeholders and accessible names."""
        self.find_field.setPlaceholderText(self.tr("Find an item (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find an item"))
        self.tree.setAccessibleName(self.tr("Items of the scale"))
        self.progress.setAccessibleName(self.tr("Items scored"))
        self.no_match.setText(self.tr("No item matches."))

    # -- content --------------------------------------------------------------------------------

    def set_scale(self, scale: Scale) -> None:
        """Build the tree for ``scale``."""
        self._scale = scale
        self.tree.clear()
        self._rows.clear()
        self._sections.clear()
        for section in scale.sections:
            top = QTreeWidgetItem([section.title, ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(top)
            self._sections[section.id] = top
            for item in scale.items_in(section.id):
                row = QTreeWidgetItem([f"{item.number}. {item.short_title}", ""])
                row.setData(0, ITEM_ID, item.id)
                row.setData(1, ITEM_ID, item.id)
                row.setToolTip(0, item.title)
                row.setData(0, SEARCH_TEXT, self._search_text(scale, item))
                top.addChild(row)
                self._rows[item.id] = row
            top.setExpanded(True)
        self.apply_filter(self.find_field.text())

    @staticmethod
    def _search_text(scale: Scale, item: Item) -> str:
        section = scale.section(item.section).title
        parts = [
            f"{section} {item.number}", item.title, item.short_title, item.looks_for,
            *item.checklist, *(c.text for c in item.criteria), *item.questions,
        ]
        return "\n".join(parts).casefold()

    def show_state(self, notes: dict[str, ItemNotes], result: ScoreResult) -> None:
        """Update each item's state, the section subtotals and the progress."""
        for item_id in self._rows:
            self.update_item(item_id, notes.get(item_id) or ItemNotes(item_id))
        for section in result.sections:
            top = self._sections.get(section.section_id)
            if top is not None:
                top.setText(1, f"{section.subtotal}")
                top.setToolTip(
                    1,
                    self.tr("%1 of %2 points, %3 of %4 items scored")
                    .replace("%1", str(section.subtotal))
                    .replace("%2", str(section.max))
                    .replace("%3", str(section.scored))
                    .replace("%4", str(section.items)),
                )
        self.progress.setMaximum(result.items)
        self.progress.setValue(result.scored)
        self.progress_label.setText(
            self.tr("%1 / %2 scored").replace("%1", str(result.scored))
            .replace("%2", str(result.items))
        )
        self.progress.setAccessibleDescription(self.progress_label.text())

    def update_item(self, item_id: str, notes: ItemNotes) -> None:
        """Update one item's state."""
        row = self._rows.get(item_id)
        if row is None:
            return
        row.setData(1, SCORE, notes.score or 0)
        row.setData(1, FLAGGED, notes.needs_info)
        sources = coverage_view(notes)
        row.setData(1, SOURCES, sources.letters)
        row.setData(1, SINGLE_SOURCE, sources.single_source)
        state = (
            self.tr("score %1").replace("%1", str(notes.score))
            if notes.score else self.tr("not scored")
        )
        if notes.needs_info:
            state += ", " + self.tr("needs more information")
        state += ", " + self.tr("evidence: %1").replace("%1", sources.text)
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, state)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{row.text(0)}: {state}")
        row.setToolTip(1, state)

    # -- selection ----------------------------------------------------------------------------

    def row(self, item_id: str) -> QTreeWidgetItem:
        """The tree row of ``item_id``."""
        return self._rows[item_id]

    def current_item_id(self) -> str | None:
        """The item selected in the tree."""
        row = self.tree.currentItem()
        return None if row is None else row.data(0, ITEM_ID)

    def select(self, item_id: str) -> None:
        """Make ``item_id`` current without reporting it as a user choice."""
        row = self._rows.get(item_id)
        if row is None or self.tree.currentItem() is row:
            return
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(row)
        self.tree.blockSignals(False)
        self._scroll_to(row)
        self.tree.viewport().update()

    def _scroll_to(self, row: QTreeWidgetItem) -> None:
        self.tree.scrollToItem(row)
        parent = row.parent()
        if parent is not None and parent.indexOfChild(row) == 0:
            self.tree.scrollToItem(parent)  # the section's heading stays in view too

    def showEvent(self, event: QShowEvent) -> None:
        """Once the tree has its real height, bring the current item into view."""
        super().showEvent(event)
        row = self.tree.currentItem()
        if row is not None:
            self._scroll_to(row)

    def focus_find(self) -> None:
        """Put the cursor in the find field with its text selected."""
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def apply_filter(self, text: str) -> None:
        """Show only the items whose texts contain every word of ``text``."""
        words = text.casefold().split()
        any_visible = False
        for top in self._sections.values():
            visible_children = 0
            for i in range(top.childCount()):
                row = top.child(i)
                if row is None:
                    continue
                haystack = row.data(0, SEARCH_TEXT) or ""
                match = all(w in haystack for w in words)
                row.setHidden(not match)
                visible_children += match
            top.setHidden(visible_children == 0)
            any_visible = any_visible or visible_children > 0
        self.no_match.setVisible(not any_visible)

    def visible_item_ids(self) -> list[str]:
        """The items the filter lets through, in order."""
        return [item_id for item_id, row in self._rows.items() if not row.isHidden()]

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        item_id = None if current is None else current.data(0, ITEM_ID)
        if item_id:
            self.itemSelected.emit(item_id)

    def _on_activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = row.data(0, ITEM_ID)
        if item_id:
            self.itemActivated.emit(item_id)

    def _activate_first_match(self) -> None:
        matches = self.visible_item_ids()
        if matches:
            self.itemActivated.emit(matches[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the find field: Escape clears and leaves, Down moves into the list."""
        if watched is self.find_field and isinstance(event, QKeyEvent) and (
            event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.find_field.clear()
                self.findFinished.emit()
                return True
            if key == Qt.Key.Key_Down:
                matches = self.visible_item_ids()
                if matches:
                    self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                    current = self.tree.currentItem()
                    if current is None or current.isHidden():
                        self.tree.setCurrentItem(self._rows[matches[0]])
                return True
        return super().eventFilter(watched, event)
