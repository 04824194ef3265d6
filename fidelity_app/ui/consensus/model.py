"""The comparison as a table model: one row per item, each reviewer's score and note side by side.

Columns: the item; for each reviewer their score and their note; the difference; the agreed
score. ``SORT_ROLE`` gives native values (the item's place in the scale, a disagreement rank),
so sorting by the difference column puts the largest disagreements first.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from fidelity_app.scale.model import Scale
from fidelity_app.services.ratings import (
    EQUAL,
    INCOMPLETE,
    ONE_APART,
    TWO_OR_MORE,
    Comparison,
    ComparisonRow,
)
from fidelity_app.ui.consensus.texts import (
    DIFFERENCE_SIGNS,
    difference_description,
    difference_label,
)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a cell holds: ``item``, ``score``, ``note``, ``difference`` or ``agreed``."""
DIFFERENCE_ROLE = Qt.ItemDataRole.UserRole + 3
PROPOSED_ROLE = Qt.ItemDataRole.UserRole + 4

# Sorting by the difference column (ascending): the largest disagreement first.
_RANK = {TWO_OR_MORE: 0, ONE_APART: 1, INCOMPLETE: 2, EQUAL: 3}

Index = QModelIndex | QPersistentModelIndex

# Filters of the "Show" choice: which difference classes (and whether only open items) pass.
FILTERS: dict[str, tuple[frozenset[str], bool]] = {
    "all": (frozenset((EQUAL, ONE_APART, TWO_OR_MORE, INCOMPLETE)), False),
    "differ": (frozenset((ONE_APART, TWO_OR_MORE)), False),
    "two-or-more": (frozenset((TWO_OR_MORE,)), False),
    "one-apart": (frozenset((ONE_APART,)), False),
    "equal": (frozenset((EQUAL,)), False),
    "incomplete": (frozenset((INCOMPLETE,)), False),
    "open": (frozenset((EQUAL, ONE_APART, TWO_OR_MORE, INCOMPLETE)), True),
}


translate = QCoreApplication.translate


class ComparisonModel(QAbstractTableModel):
    """Rows of a :class:`Comparison`; refreshed in place so the selection survives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ComparisonRow, ...] = ()
        self._reviewers: tuple[str, ...] = ()
        self._labels: dict[str, str] = {}
        self._positions: dict[str, int] = {}
        self._short: dict[str, str] = {}

    # -- content --------------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison, scale: Scale) -> None:
        """Show ``comparison`` (items of ``scale``)."""
        same_shape = (
            comparison.reviewers == self._reviewers
            and tuple(r.item_id for r in comparison.rows) == tuple(r.item_id for r in self._rows)
        )
        labels = {
            it.id: f"{scale.section(it.section).title} {it.number}" for it in scale.items
        }
        positions = {it.id: i for i, it in enumerate(scale.items)}
        short = {it.id: it.short_title for it in scale.items}
        if same_shape:
            self._rows = comparison.rows
            self._labels, self._positions, self._short = labels, positions, short
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = comparison.rows
        self._reviewers = comparison.reviewers
        self._labels, self._positions, self._short = labels, positions, short
        self.endResetModel()

    def reviewers(self) -> tuple[str, ...]:
        """The reviewers shown, in order."""
        return self._reviewers

    def row_of(self, item_id: str) -> int:
        """The row of an item (``-1`` when it is not there)."""
        for i, r in enumerate(self._rows):
            if r.item_id == item_id:
                return i
        return -1

    def comparison_row(self, row: int) -> ComparisonRow:
        """The comparison row shown in ``row``."""
        return self._rows[row]

    def label(self, item_id: str) -> str:
        """The item's short reference (``Personal 2``)."""
        return self._labels.get(item_id, item_id)

    # -- columns --------------------------------------------------------------------------------

    def difference_column(self) -> int:
        """The column of the difference."""
        return 1 + 2 * len(self._reviewers)

    def agreed_column(self) -> int:
        """The column of the agreed score."""
        return 2 + 2 * len(self._reviewers)

    def column_kind(self, column: int) -> tuple[str, int]:
        """What a column shows, and for a reviewer's columns which reviewer."""
        if column == 0:
            return "item", -1
        if column == self.difference_column():
            return "difference", -1
        if column == self.agreed_column():
            return "agreed", -1
        reviewer = (column - 1) // 2
        return ("score" if (column - 1) % 2 == 0 else "note"), reviewer

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per item."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Item, two per reviewer, difference, agreed."""
        return 0 if parent.isValid() else 3 + 2 * len(self._reviewers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles: the reviewers' names over their score and note."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind, reviewer = self.column_kind(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if kind == "item":
                return translate("ComparisonModel", "Item")
            if kind == "difference":
                return translate("ComparisonModel", "Difference")
            if kind == "agreed":
                return translate("ComparisonModel", "Agreed")
            name = self._reviewers[reviewer]
            if kind == "score":
                return name
            return translate("ComparisonModel", "%1's note").replace("%1", name) if (
                role == Qt.ItemDataRole.ToolTipRole) else translate("ComparisonModel", "Note")
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("score", "agreed"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Texts, sort keys and the facts the delegates draw."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        kind, reviewer = self.column_kind(index.column())
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == KIND_ROLE:
            return kind
        if role == DIFFERENCE_ROLE:
            return row.difference
        if role == PROPOSED_ROLE:
            return row.proposed
        if kind == "item":
            return self._item_data(row, role)
        if kind in ("score", "note"):
            return self._rating_data(row, kind, reviewer, role)
        if kind == "difference":
            return self._difference_data(row, role)
        return self._agreed_data(row, role)

    def _item_data(self, row: ComparisonRow, role: int) -> object:
        label = self._labels.get(row.item_id, row.item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label} · {self._short.get(row.item_id, row.title)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == SORT_ROLE:
            return self._positions.get(row.item_id, 0)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}: {row.title}"
        return None

    def _rating_data(self, row: ComparisonRow, kind: str, reviewer: int, role: int) -> object:
        rating = row.ratings[reviewer]
        if kind == "score":
            if role == Qt.ItemDataRole.DisplayRole:
                return str(rating.score) if rating.score is not None else "–"
            if role == SORT_ROLE:
                return rating.score if rating.score is not None else 0
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if rating.score is None:
                    return translate("ComparisonModel", "%1: no score").replace(
                        "%1", rating.reviewer)
                return f"{rating.reviewer}: {rating.score}"
            return None
        note = " ".join(rating.note.split())
        if role == Qt.ItemDataRole.DisplayRole:
            return note
        if role == Qt.ItemDataRole.ToolTipRole:
            return rating.note or None
        if role == SORT_ROLE:
            return note.casefold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = translate("ComparisonModel", "%1's note: %2")
            return text.replace("%1", rating.reviewer).replace(
                "%2", note or translate("ComparisonModel", "none"))
        return None

    def _difference_data(self, row: ComparisonRow, role: int) -> object:
        text = difference_label(row.difference, row.spread)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{DIFFERENCE_SIGNS[row.difference]}  {text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{text}: {difference_description(row.difference)}"
        if role == SORT_ROLE:
            return _RANK[row.difference] * 10 - (row.spread or 0)
        return None

    def _agreed_data(self, row: ComparisonRow, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if row.agreed is not None:
                return str(row.agreed)
            if row.proposed is not None:
                return translate("ComparisonModel", "%1?").replace("%1", str(row.proposed))
            return "–"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.agreed is not None:
                text = translate("ComparisonModel", "Agreed score %1")
                return text.replace("%1", str(row.agreed))
            if row.proposed is not None:
                text = translate("ComparisonModel", "No agreed score yet; every reviewer gave %1 "
                                                    "(a proposal, set only when accepted)")
                return text.replace("%1", str(row.proposed))
            return translate("ComparisonModel", "No agreed score yet")
        if role == SORT_ROLE:
            return row.agreed if row.agreed is not None else 0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ComparisonFilter(QSortFilterProxyModel):
    """Shows the rows whose difference passes the chosen filter (see ``FILTERS``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._filter = "all"

    def set_filter(self, name: str) -> None:
        """Choose one of ``FILTERS``."""
        if name not in FILTERS:
            raise ValueError(f"unknown filter {name!r}")
        self.beginFilterChange()
        self._filter = name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_name(self) -> str:
        """The filter chosen."""
        return self._filter

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Whether a row's difference (and agreed score) passes the filter."""
        model = self.sourceModel()
        if not isinstance(model, ComparisonModel):
            return True
        row = model.comparison_row(source_row)
        differences, only_open = FILTERS[self._filter]
        return row.difference in differences and (not only_open or row.agreed is None)
