"""Likely personal data in free text: identity numbers, e-mail addresses, telephone numbers and
names of people. Pure functions over strings (no database), below the services."""

from fidelity_app.privacy.detector import KINDS, Detector, Match, redact

__all__ = ["KINDS", "Detector", "Match", "redact"]
