"""The factual-check spreadsheet (XLSX): one row per item for the reviewed service to comment on.

The sheet opens in any spreadsheet program. Its columns are found again by their headings
(Swedish or English, in any order), so a service may move columns, add blank rows or type
numbers as text. The review it belongs to is kept in a hidden sheet and in a custom document
property, so a sheet from another review is recognised. Nothing is protected.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from fidelity_app.messages import MessageError

COLUMNS = ("ref", "title", "score", "evidence", "comment")
"""The columns in the order written; the service's comment is always the last."""

HEADINGS: dict[str, dict[str, str]] = {
    "sv": {"ref": "Nr", "title": "Kriterium", "score": "Poäng",
           "evidence": "Underlag i rapporten", "comment": "Verksamhetens kommentar"},
    "en": {"ref": "No.", "title": "Item", "score": "Score",
           "evidence": "Evidence in the report", "comment": "The service's comment"},
}
# other headings a service may have typed over ours (compared folded, see _fold)
_ALIASES = {
    "ref": ("nummer", "number", "no", "nr", "item number", "kriterienummer"),
    "title": ("namn", "name", "item name", "benämning", "kriteriets namn"),
    "score": ("poang", "points"),
    "evidence": ("underlag", "evidence", "bedömarnas underlag"),
    "comment": ("kommentar", "comment", "comments", "kommentarer", "service comment",
                "verksamhetens kommentarer", "your comment", "er kommentar"),
}
WIDTHS = {"ref": 16, "title": 34, "score": 8, "evidence": 70, "comment": 60}
ID_SHEET = "fidelity-app"
ID_PROPERTY = "fidelity-app review"
FORMAT = "fidelity-app/factual-check"
MAX_SHEET_BYTES = 20_000_000
MAX_CELL = 32_000  # a spreadsheet cell holds at most 32,767 characters
HEADER_ROWS_SEARCHED = 20
MAX_ROWS = 2_000


class SheetError(MessageError, ValueError):
    """A spreadsheet that cannot be read as a factual-check sheet (the message says why)."""


@dataclass(frozen=True)
class SheetItem:
    """One item as the sheet shows it to the service."""

    ref: str  # "Bemanning 1": the item's place as the user sees it
    title: str
    score: int | None
    evidence: str


@dataclass(frozen=True)
class SheetRow:
    """One filled row read back: the cells as text (``row`` is the spreadsheet's row number)."""

    row: int
    ref: str
    title: str
    score: str
    comment: str


@dataclass(frozen=True)
class FilledSheet:
    """What a returned sheet holds: the review it names (if any) and its non-blank rows."""

    review_id: str | None
    rows: tuple[SheetRow, ...]


def _cell_text(text: str) -> str:
    """Text a spreadsheet cell can hold: no control characters, not over its length."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def sheet_bytes(items: Sequence[SheetItem], review_id: str, language: str,
                title: str) -> bytes:
    """The XLSX file for ``items`` (headings in ``language``), marked with ``review_id``."""
    headings = HEADINGS.get(language, HEADINGS["en"])
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = _cell_text(title)[:31] or "Sheet1"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DCE6F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, key in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=headings[key])
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = WIDTHS[key]
    for row, item in enumerate(items, start=2):
        values: dict[str, object] = {"ref": item.ref, "title": item.title,
                                     "score": item.score, "evidence": item.evidence}
        for column, key in enumerate(COLUMNS, start=1):
            value = values.get(key)
            cell = sheet.cell(row=row, column=column)
            if isinstance(value, str):
                cell.value = _cell_text(value)
                cell.data_type = "s"  # text that starts with "=" stays text, never a formula
            else:
                cell.value = value
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    marker = book.create_sheet(ID_SHEET)
    marker["A1"], marker["A2"], marker["B2"] = FORMAT, "review", review_id
    marker.sheet_state = "hidden"
    book.custom_doc_props.append(StringProperty(name=ID_PROPERTY, value=review_id))
    book.properties.identifier = review_id
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fold(text: str) -> str:
    """A heading as compared: lower case, no punctuation at the ends, single spaces."""
    text = " ".join(text.replace("\u00a0", " ").split()).casefold()
    return text.strip(" .:;*'\"’”")


_KNOWN = {
    _fold(word): key
    for key in COLUMNS
    for word in (*(h[key] for h in HEADINGS.values()), *_ALIASES[key])
}


def plain(value: object) -> str:
    """A cell's value as text: a whole number without ".0", other numbers as typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _columns(sheet: Worksheet) -> tuple[int, dict[str, int]] | None:
    """The heading row and the column (0-based) of each recognised heading in it."""
    for number, row in enumerate(
            sheet.iter_rows(max_row=HEADER_ROWS_SEARCHED, values_only=True), start=1):
        found: dict[str, int] = {}
        for index, value in enumerate(row):
            key = _KNOWN.get(_fold(plain(value)))
            if key is not None and key not in found:
                found[key] = index
        if "comment" in found and ("ref" in found or "title" in found):
            return number, found
    return None


def _review_id(book: Workbook) -> str | None:
    """The review the sheet was written for, from its hidden sheet or document properties."""
    if ID_SHEET in book.sheetnames:
        marker = book[ID_SHEET]
        if plain(marker["A1"].value) == FORMAT and plain(marker["B2"].value):
            return plain(marker["B2"].value)
    for prop in book.custom_doc_props:
        if prop.name == ID_PROPERTY and isinstance(prop.value, str) and prop.value.strip():
            return str(prop.value).strip()
    identifier = book.properties.identifier
    return identifier.strip() if isinstance(identifier, str) and identifier.strip() else None


def _load(path: Path) -> Workbook:
    try:
        if not path.is_file():
            raise SheetError("sheet_not_a_file")
        if path.stat().st_size > MAX_SHEET_BYTES:
            raise SheetError("sheet_too_large", mb=MAX_SHEET_BYTES // 1_000_000)
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError("sheet_cannot_read", reason=exc.strerror or exc) from None
    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):
        raise SheetError("sheet_not_xlsx") from None
    except Exception:  # openpyxl raises many kinds of error on a damaged file
        raise SheetError("sheet_not_xlsx") from None


def read_sheet(path: str | Path) -> FilledSheet:
    """The rows of a returned factual-check sheet (blank rows left out), or ``SheetError``."""
    book = _load(Path(path))
    for sheet in book.worksheets:
        if sheet.title == ID_SHEET or not isinstance(sheet, Worksheet):
            continue
        found = _columns(sheet)
        if found is None:
            continue
        header, columns = found
        rows: list[SheetRow] = []
        for number, values in enumerate(
                sheet.iter_rows(min_row=header + 1, values_only=True), start=header + 1):
            cells = {key: plain(values[index]) if index < len(values) else ""
                     for key, index in columns.items()}
            if not any(cells.values()):
                continue  # a blank row
            if len(rows) >= MAX_ROWS:
                raise SheetError("sheet_too_many_rows", max=MAX_ROWS)
            rows.append(SheetRow(number, cells.get("ref", ""), cells.get("title", ""),
                                 cells.get("score", ""), cells.get("comment", "")))
        return FilledSheet(_review_id(book), tuple(rows))
    raise SheetError("sheet_no_columns", comment=HEADINGS["sv"]["comment"],
                     comment_en=HEADINGS["en"]["comment"])


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def parse_score(text: str) -> float | None:
    """A score as typed: "3", "3,0" (decimal comma) or "3.0"; ``None`` for anything else."""
    text = text.replace("\u00a0", "").replace(" ", "")
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def fold_name(text: str) -> str:
    """An item's number or name as compared with the scale: case and spacing folded."""
    return _fold(text)
