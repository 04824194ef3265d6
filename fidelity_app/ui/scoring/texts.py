"""Translatable labels for ids stored in the database (events, note fields) and dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from fidelity_app.ui.labels import kind_label, status_label

__all__ = ["event_label", "field_label", "format_date", "format_datetime", "kind_label",
           "status_label"]


def event_label(kind: str) -> str:
    """The name of something that happened to a review."""
    labels = {
        "created": QCoreApplication.translate("ScoringTexts", "Created"),
        "finalised": QCoreApplication.translate("ScoringTexts", "Finalised"),
        "reopened": QCoreApplication.translate("ScoringTexts", "Reopened"),
        "imported": QCoreApplication.translate("ScoringTexts", "Imported"),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    """The heading of a note field."""
    labels = {
        "evidence": QCoreApplication.translate("ScoringTexts", "Evidence"),
        "strengths": QCoreApplication.translate("ScoringTexts", "Strengths"),
        "development": QCoreApplication.translate("ScoringTexts", "Areas for development"),
        "rationale": QCoreApplication.translate("ScoringTexts", "Rationale"),
        "needs_info_reason": QCoreApplication.translate("ScoringTexts", "What is missing"),
    }
    return labels.get(field, field)


def format_date(value: date | None) -> str:
    """A date as ``2026-10-14`` (the form the rest of the program uses)."""
    return "" if value is None else value.isoformat()


def format_datetime(value: datetime | None) -> str:
    """A local date and time as ``2026-10-14 09:30`` (naive values are UTC)."""
    if value is None:
        return ""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")
