"""Words for differences and agreement figures, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fidelity_app.scale.agreement import (
    CONSTANT_REVIEWER,
    NO_VARIATION,
    NOT_TWO_REVIEWERS,
    TOO_FEW_ITEMS,
    Agreement,
)
from fidelity_app.services.ratings import EQUAL, INCOMPLETE, ONE_APART, TWO_OR_MORE

translate = QCoreApplication.translate

# A sign in front of each difference, so it never relies on colour alone.
DIFFERENCE_SIGNS = {EQUAL: "=", ONE_APART: "±1", TWO_OR_MORE: "≠", INCOMPLETE: "…"}


def difference_label(difference: str, spread: int | None) -> str:
    """``Equal``, ``One apart``, ``2 apart``/``3 apart``…, or ``Not all scored``."""
    if difference == EQUAL:
        return translate("Consensus", "Equal")
    if difference == ONE_APART:
        return translate("Consensus", "One apart")
    if difference == TWO_OR_MORE:
        return translate("Consensus", "%1 apart").replace("%1", str(spread or 2))
    return translate("Consensus", "Not all scored")


def difference_description(difference: str) -> str:
    """A longer name of a difference class, for tooltips and screen readers."""
    if difference == EQUAL:
        return translate("Consensus", "All reviewers gave the same score")
    if difference == ONE_APART:
        return translate("Consensus", "The scores are one point apart")
    if difference == TWO_OR_MORE:
        return translate("Consensus", "The scores are two or more points apart")
    return translate("Consensus", "Not every reviewer has scored the item")


def percent(share: float | None) -> str:
    """A share as a whole percentage in the interface's locale (``80 %``), or ``–``."""
    if share is None:
        return "–"
    return translate("Consensus", "%1%").replace("%1", QLocale().toString(round(share * 100)))


def kappa_text(value: float) -> str:
    """Kappa with two decimals and the locale's decimal mark."""
    return QLocale().toString(value, "f", 2)


def kappa_reason(agreement: Agreement) -> str:
    """Why kappa is not given, in a short clause."""
    reason = agreement.kappa_reason
    if reason == TOO_FEW_ITEMS:
        return translate("Consensus", "it needs at least two items scored by both reviewers")
    if reason == NO_VARIATION:
        return translate("Consensus", "both reviewers gave every item the same score")
    if reason == CONSTANT_REVIEWER:
        return translate("Consensus", "a reviewer gave every item the same score, so agreement "
                               "beyond chance cannot be estimated")
    if reason == NOT_TWO_REVIEWERS:
        return translate("Consensus", "kappa is given for exactly two reviewers")
    return agreement.kappa_note or ""


def kappa_undefined(agreement: Agreement) -> str:
    """``undefined: …`` (``not applicable: …`` for other than two reviewers)."""
    if agreement.kappa_reason == NOT_TWO_REVIEWERS:
        return translate("Consensus", "not applicable: %1").replace("%1", kappa_reason(agreement))
    return translate("Consensus", "undefined: %1").replace("%1", kappa_reason(agreement))
