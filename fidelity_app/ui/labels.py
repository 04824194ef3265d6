"""Translatable names for the codes stored in the database (review kinds, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fidelity_app.ui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

KIND_LABELS: dict[str, str] = {
    "external": QT_TRANSLATE_NOOP("Labels", "External review"),
    "self-assessment": QT_TRANSLATE_NOOP("Labels", "Self-assessment"),
    "peer-review": QT_TRANSLATE_NOOP("Labels", "Peer review"),
    "dialogue-meeting": QT_TRANSLATE_NOOP("Labels", "Dialogue meeting"),
}

STATUS_LABELS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "final": QT_TRANSLATE_NOOP("Labels", "Final"),
}

# Language names are written in their own language, so they are never translated.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "sv": "Svenska"}


def kind_label(kind: str) -> str:
    """The name of a kind of review in the interface language."""
    return QCoreApplication.translate(CONTEXT, KIND_LABELS.get(kind, kind))


def status_label(status: str) -> str:
    """The name of a review status in the interface language."""
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS.get(status, status))


def language_name(code: str) -> str:
    """A language's own name (``sv`` -> ``Svenska``); unknown codes are shown as they are."""
    return LANGUAGE_NAMES.get(code, code)
