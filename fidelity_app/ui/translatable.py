"""Marking texts for translation where they are defined, and translating them where shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context`` (lupdate finds it); it is translated
    where it is shown. Typed, unlike PySide6's own, whose stubs return ``object``."""
    return text
