"""The values of an agreed item: one list that the database row, the records, the review file
and the copy, import and export code all follow."""

from __future__ import annotations

from typing import Any

AGREED_TEXT_FIELDS = ("strengths", "development", "rationale", "needs_info_reason")
"""The free-text notes of an agreed item (in the order the review file writes them); its
evidence is a list of entries (``fidelity_app.exchange.evidence``), kept apart."""

AGREED_FIELDS = (
    "score",
    "strengths",
    "development",
    "rationale",
    "needs_info",
    "needs_info_reason",
    "checklist_met",
)
"""Every value of an agreed item (besides its item id): the one list that the database row,
the records, the review file and the copy, import and export code all follow."""


def agreed_values(obj: object) -> dict[str, Any]:
    """The agreed-item values (``AGREED_FIELDS``) of any object that has them as attributes."""
    return {name: getattr(obj, name) for name in AGREED_FIELDS}
