"""Table models of the service page: the item-by-review grid and the action plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from fidelity_app.services.actions import ActionInfo
from fidelity_app.services.history import FELL, IMPROVED, ItemGrid
from fidelity_app.ui.history.texts import (
    WORDS,
    action_status_label,
    change_label,
    change_text,
    iso,
    signed,
    tr,
)
from fidelity_app.ui.labels import kind_label, status_label
from fidelity_app.ui.scoring.style import Role, is_dark, mix
from fidelity_app.ui.scoring.widgets import WARNING_ACCENT

Index = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
UP_COLOUR = QColor(46, 125, 79)
DOWN_COLOUR = QColor(176, 68, 46)


def palette() -> QPalette:
    """The application palette (models have no widget of their own)."""
    return QApplication.palette()


def score_colour(pal: QPalette, score: int) -> QColor:
    """The background of a grid cell: the highlight colour, stronger for a higher score."""
    return mix(pal.color(Role.Base), pal.color(Role.Highlight), 0.08 + 0.15 * (score - 1))


def luminance(colour: QColor) -> float:
    """The relative luminance of a colour (WCAG)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def score_text_colour(pal: QPalette, score: int) -> QColor:
    """The text colour (of Text and HighlightedText) that reads best on :func:`score_colour`."""
    background = score_colour(pal, score)
    return max((pal.color(Role.Text), pal.color(Role.HighlightedText)),
               key=lambda colour: contrast(colour, background))


def change_colour(pal: QPalette, change: str | None) -> QColor | None:
    """Green for improved, red for fell (adjusted to the theme); ``None`` otherwise."""
    if change not in (IMPROVED, FELL):
        return None
    colour = UP_COLOUR if change == IMPROVED else DOWN_COLOUR
    return colour.lighter(150) if is_dark(pal) else colour


class ItemGridModel(QAbstractTableModel):
    """Rows: the items in scale order. Columns: the item, one per review, then the change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: ItemGrid | None = None

    def set_grid(self, grid: ItemGrid | None) -> None:
        """Show ``grid``."""
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def grid(self) -> ItemGrid | None:
        """The grid shown."""
        return self._grid

    @property
    def change_column(self) -> int:
        """The index of the change column."""
        return 1 + (len(self._grid.columns) if self._grid else 0)

    def retranslate(self) -> None:
        """Ask the views to fetch every text again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None or not self._grid.columns:
            return 0  # no review yet: nothing to show per item
        return len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else self.change_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Display) -> object:
        grid = self._grid
        if orientation != Qt.Orientation.Horizontal or grid is None:
            return None
        review = 1 <= section < self.change_column
        column = grid.columns[section - 1] if review else None
        if role == Display:
            if section == 0:
                return self.tr("Item")
            if column is not None:  # two lines keep the columns narrow: 2025 / 04-08
                day = column.date
                return f"{day.year}\n{day.month:02d}-{day.day:02d}" + (
                    "*" if column.partial else "")
            return self.tr("Change")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is not None:
                text = (f"{column.date.isoformat()}: {kind_label(column.kind)}, "
                        f"{status_label(column.status)}")
                if column.partial:
                    text += "\n" + self.tr("* not every item scored")
                return text + "\n" + self.tr("Double-click to open the review")
            if section == self.change_column:
                return self.tr("Between the last two reviews in which the item was scored")
        if role == UUID_ROLE and column is not None:
            return column.review_uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return CENTRE
        return None

    def data(self, index: Index, role: int = Display) -> object:
        grid = self._grid
        if grid is None or not index.isValid():
            return None
        row = grid.rows[index.row()]
        col = index.column()
        pal = palette()
        if col == 0:
            if role in (Display, Qt.ItemDataRole.AccessibleTextRole):
                return f"{row.section_title} {row.number} · {row.short_title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.title
            return None
        if col == self.change_column:
            if role == Display:
                return change_text(row.change, row.previous, row.latest)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                if row.change is None:
                    return self.tr("never scored")
                if row.previous is None:
                    return change_label(row.change)
                step = signed(row.latest - row.previous) if row.latest is not None else ""
                return self.tr("%1: from %2 to %3 (%4)").replace("%1", change_label(row.change)) \
                    .replace("%2", str(row.previous)).replace("%3", str(row.latest)) \
                    .replace("%4", step)
            if role == Qt.ItemDataRole.ForegroundRole:
                colour = change_colour(pal, row.change)
                return QBrush(colour) if colour else None
            if role == Qt.ItemDataRole.FontRole and row.change in (IMPROVED, FELL):
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        score = row.scores[col - 1]
        if role == Display:
            return "–" if score is None else str(score)
        if role == SCORE_ROLE:
            return score
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("not scored") if score is None else self.tr("score %1").replace(
                "%1", str(score))
        if role == Qt.ItemDataRole.BackgroundRole and score is not None:
            return QBrush(score_colour(pal, score))
        if role == Qt.ItemDataRole.ForegroundRole:
            if score is None:
                return QBrush(pal.color(Role.PlaceholderText))
            return QBrush(score_text_colour(pal, score))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE
        return None


class ActionTableModel(QAbstractTableModel):
    """The actions of a service: item, what, responsible, due, status, raised in, outcome."""

    ITEM, WHAT, RESPONSIBLE, DUE, STATUS, RAISED, OUTCOME = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionInfo] = []
        self.today = date.today()

    def set_actions(self, actions: list[ActionInfo], today: date | None = None) -> None:
        """Show these actions."""
        self.beginResetModel()
        self._rows = list(actions)
        self.today = today or date.today()
        self.endResetModel()

    def actions(self) -> list[ActionInfo]:
        """The actions shown."""
        return list(self._rows)

    def action(self, row: int) -> ActionInfo:
        """The action of ``row``."""
        return self._rows[row]

    def row_of(self, action_uuid: str) -> int | None:
        """The row of an action, if shown."""
        return next((i for i, a in enumerate(self._rows) if a.uuid == action_uuid), None)

    def retranslate(self) -> None:
        """Ask the views to fetch every text again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Display) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Display:
            return None
        return (self.tr("Item"), self.tr("What will be done"), self.tr("Responsible"),
                self.tr("Due"), self.tr("Status"), self.tr("Raised in"),
                self.tr("Outcome"))[section]

    def data(self, index: Index, role: int = Display) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        col = index.column()
        overdue = action.is_overdue(self.today)
        if role in (Display, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(action, col, overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ITEM:
                return action.item_title or action.item_id
            if col in (self.WHAT, self.OUTCOME):
                text = action.what if col == self.WHAT else action.outcome
                return text or None
            if col == self.DUE and overdue:
                return self.tr("The due date has passed and the action is still open.")
            return None
        if role == UUID_ROLE:
            return action.uuid
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.DUE and overdue:
                return QBrush(WARNING_ACCENT.lighter(130) if is_dark(palette())
                              else WARNING_ACCENT.darker(140))
            if not action.is_open:
                return QBrush(palette().color(Role.PlaceholderText))
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.DUE and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, action: ActionInfo, col: int, overdue: bool) -> str:
        if col == self.ITEM:
            if action.item_number is None:
                return action.item_id
            return f"{action.section_title} {action.item_number} · {action.item_short_title}"
        if col == self.WHAT:
            return action.what
        if col == self.RESPONSIBLE:
            return action.responsible
        if col == self.DUE:
            if action.due_date is None:
                return ""
            if overdue:
                return f"{iso(action.due_date)}  ⚠ {tr(WORDS['overdue'])}"
            return iso(action.due_date)
        if col == self.STATUS:
            return action_status_label(action.status)
        if col == self.RAISED:
            return iso(action.review_date)
        return action.outcome
