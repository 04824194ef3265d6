"""Translatable names for action statuses and item changes, and small formatting helpers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fidelity_app.services.actions import ActionInfo
from fidelity_app.services.history import FELL, IMPROVED, NEW, STALLED
from fidelity_app.ui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "HistoryTexts"

ACTION_STATUS_LABELS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("HistoryTexts", "Planned"),
    "in-progress": QT_TRANSLATE_NOOP("HistoryTexts", "In progress"),
    "done": QT_TRANSLATE_NOOP("HistoryTexts", "Done"),
    "dropped": QT_TRANSLATE_NOOP("HistoryTexts", "Dropped"),
}

CHANGE_LABELS: dict[str, str] = {
    IMPROVED: QT_TRANSLATE_NOOP("HistoryTexts", "improved"),
    STALLED: QT_TRANSLATE_NOOP("HistoryTexts", "unchanged"),
    FELL: QT_TRANSLATE_NOOP("HistoryTexts", "fell"),
    NEW: QT_TRANSLATE_NOOP("HistoryTexts", "scored once"),
}

WORDS: dict[str, str] = {
    "due": QT_TRANSLATE_NOOP("HistoryTexts", "due %1"),
    "overdue": QT_TRANSLATE_NOOP("HistoryTexts", "overdue"),
}

# A symbol per change, so the change is readable without colour.
CHANGE_SYMBOLS: dict[str, str] = {IMPROVED: "▲", STALLED: "=", FELL: "▼", NEW: "○"}


def tr(text: str) -> str:
    """``text`` in the interface language (context ``HistoryTexts``)."""
    return QCoreApplication.translate(CONTEXT, text)


def action_status_label(status: str) -> str:
    """The name of an action status in the interface language."""
    return tr(ACTION_STATUS_LABELS.get(status, status))


def change_label(change: str | None) -> str:
    """How an item changed between its last two scores, in words."""
    return tr(CHANGE_LABELS[change]) if change in CHANGE_LABELS else ""


def signed(value: int) -> str:
    """A signed difference: ``+2``, ``−1``, ``±0``."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"−{-value}"
    return "±0"


def change_text(change: str | None, previous: int | None, latest: int | None) -> str:
    """The short cell text of a change: a symbol and the difference (``▲ +1``, ``=``)."""
    if change is None:
        return ""
    symbol = CHANGE_SYMBOLS[change]
    if change in (NEW, STALLED) or previous is None or latest is None:
        return symbol
    return f"{symbol} {signed(latest - previous)}"


def iso(value: date | None) -> str:
    """A date as ``2026-10-14`` ('' for none)."""
    return value.isoformat() if value else ""


def action_line(action: ActionInfo, today: date) -> str:
    """One line about an action: status, who, by when, overdue (plain text, no item)."""
    parts = [action_status_label(action.status)]
    if action.responsible:
        parts.append(action.responsible)
    if action.due_date is not None:
        parts.append(tr(WORDS["due"]).replace("%1", iso(action.due_date)))
    if action.is_overdue(today):
        parts.append(tr(WORDS["overdue"]))
    return " · ".join(parts)
