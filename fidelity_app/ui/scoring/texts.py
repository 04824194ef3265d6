"""Translatable labels for values stored as ids (kinds, statuses, events, note fields)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

_CONTEXT = "ScoringTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    """The name of a kind of review."""
    labels = {
        "external": _t("External review"),
        "self-assessment": _t("Self-assessment"),
        "peer-review": _t("Peer review"),
        "dialogue-meeting": _t("Dialogue meeting"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    """The name of a review status."""
    return {"draft": _t("Draft"), "final": _t("Final")}.get(status, status)


def event_label(kind: str) -> str:
    """The name of something that happened to a review."""
    labels = {
        "created": _t("Created"),
        "finalised": _t("Finalised"),
        "reopened": _t("Reopened"),
        "imported": _t("Imported"),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    """The heading of a note field."""
    labels = {
        "evidence": _t("Evidence"),
        "strengths": _t("Strengths"),
        "development": _t("Areas for development"),
        "rationale": _t("Rationale"),
        "needs_info_reason": _t("What is missing"),
    }
    return labels.get(field, field)


def format_date(value: date | None) -> str:
    """A date in the interface language's short form."""
    if value is None:
        return ""
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    """A local date and time in the interface language's short form (naive values are UTC)."""
    if value is None:
        return ""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    local = aware.astimezone().replace(tzinfo=None)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
