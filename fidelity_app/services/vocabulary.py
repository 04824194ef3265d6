"""The fixed values the interface offers for a review's kind and status and an action's status."""

from __future__ import annotations

from fidelity_app.storage.models import ACTION_STATUSES, REVIEW_KINDS, REVIEW_STATUSES

__all__ = ["ACTION_STATUSES", "REVIEW_KINDS", "REVIEW_STATUSES"]
