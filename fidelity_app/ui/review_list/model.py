"""The review list's table models: reviews as rows, read from the database a block at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QWidget,
)

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.services.app import App
from fidelity_app.services.dto import ReviewSummary
from fidelity_app.services.listing import PAGED_FIELDS
from fidelity_app.services.reviews import ReviewFilter
from fidelity_app.ui.labels import kind_label, status_label
from fidelity_app.ui.outcome import attempt

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

    In date order (the list's own), and by total or band, only the number of matching reviews
    is read up front and the rows a block at a time, by position, when first asked for. In
    any other order, and for a search, the reviews' ids are read in that order up front, and
    the rows a block at a time. A database of 20,000 reviews lists, filters and sorts as
    quickly as one of 20, and holds only the rows looked at.
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
        self._uuids: list[str | None] = []  # None: read by position, a row not read yet
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
        # the first rows are read at once (when read by position): a database that cannot be
        # read says so here, before the list is shown
        first = (self._app.reviews.page(flt, 0, self.BLOCK, field=self._field,
                                        descending=self._descending)
                 if self._by_position else [])
        self.beginResetModel()
        self._set_order(uuids)
        self._read = {}
        self._fill_page(0, first)
        self.endResetModel()

    def set_reviews(self, reviews: list[ReviewSummary]) -> None:
        """Show exactly these reviews (in this order) until the next ``load``."""
        self.beginResetModel()
        self._set_order([r.uuid for r in reviews])
        self._read = {r.uuid: r for r in reviews}
        self.endResetModel()

    def _set_order(self, uuids: list[str | None]) -> None:
        self._uuids = uuids
        self._positions = {uuid: row for row, uuid in enumerate(uuids) if uuid is not None}

    @property
    def _field(self) -> str:
        """What the list is sorted by (``listing.SORT_FIELDS``)."""
        return self.FIELDS.get(self._column, "date")

    @property
    def _by_position(self) -> bool:
        """Whether the list is read by position, a block at a time: in date, total or band
        order, unless a search narrows it (then the matching reviews are found in one pass
        over the database instead of once for their number and again for each block)."""
        return self._field in PAGED_FIELDS and not self._filter.text.strip()

    @property
    def _descending(self) -> bool:
        return self._order == Qt.SortOrder.DescendingOrder

    def _ordered(self) -> list[str | None]:
        """The ids of the matching reviews in the chosen order (ties newest first, as a
        stable sort of the newest-first list gives); when read by position, as many unknowns
        as there are matching reviews. The values sorted by are read once per column until
        the next ``load``, so reversing the order reads nothing."""
        if self._by_position:
            return [None] * self._app.reviews.count_reviews(self._filter)
        field = self._field
        if field not in self._keys:
            values = self._app.reviews.sort_values(self._filter, field)
            key = self._sort_key(field)
            known = {v: key(v) for v in {v for _, v in values}}  # each distinct value once
            self._keys[field] = ([uuid for uuid, _ in values], [known[v] for _, v in values])
        uuids, keys = self._keys[field]
        order = sorted(range(len(uuids)), key=keys.__getitem__, reverse=self._descending)
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
        rows = [self.row_of(u) if u is not None else None for u in old_uuids]
        new = [self.index(row, i.column()) if row is not None else QModelIndex()
               for i, row in zip(old, rows, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _at(self, row: int) -> ReviewSummary | None:
        if not 0 <= row < len(self._uuids):
            return None
        uuid = self._uuids[row]
        if uuid is None:
            self._read_page(row)
            uuid = self._uuids[row]
            return self._read.get(uuid) if uuid is not None else None
        if uuid not in self._read:
            self._read_block(row)
        return self._read.get(uuid)

    def _read_page(self, row: int) -> None:
        """The block of rows around ``row``, by position. Reviews removed elsewhere since the
        list was read leave empty rows at its end until the next load."""
        start = row - row % self.BLOCK
        found = attempt(lambda: self._app.reviews.page(
            self._filter, start, self.BLOCK, field=self._field,
            descending=self._descending)).value
        self._fill_page(start, found or [])

    def _fill_page(self, start: int, found: list[ReviewSummary]) -> None:
        """Put the rows of a page read from position ``start`` in their places."""
        for offset, summary in enumerate(found):
            at = start + offset
            if at >= len(self._uuids):
                break
            if self._uuids[at] is None:
                self._uuids[at] = summary.uuid
                self._positions.setdefault(summary.uuid, at)
                self._read[summary.uuid] = summary

    def _read_block(self, row: int) -> None:
        start = row - row % self.BLOCK
        wanted = [u for u in self._uuids[start:start + self.BLOCK]
                  if u is not None and u not in self._read]
        found = attempt(lambda: self._app.reviews.summaries(wanted)).value
        if found is None:
            return  # shown empty now, read again when next asked for
        self._read.update(dict.fromkeys(wanted))
        self._read.update((s.uuid, s) for s in found)

    def reviews(self) -> list[ReviewSummary]:
        """All reviews in the list (reading every row)."""
        return [r for row in range(len(self._uuids)) if (r := self._at(row)) is not None]

    def row_of(self, review_uuid: str) -> int | None:
        row = self._positions.get(review_uuid)
        if row is not None or not self._by_position or not self._loaded:
            return row
        # a row not read yet: ask where it stands, and read its block
        row = attempt(lambda: self._app.reviews.position(
            self._filter, review_uuid, field=self._field, descending=self._descending)).value
        if row is None or row >= len(self._uuids):
            return None
        self._at(row)
        return self._positions.get(review_uuid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uuids)
