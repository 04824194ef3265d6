"""The agreement between the reviewers, as a small labelled block on the report's cover.

Shown only when two or more reviewers scored items on their own: the share of items with
exactly the same score, the share at most one point apart, and quadratic-weighted kappa
(or, in words, why it is not given). The figures are the comparison's
(``services.feedback.rating_agreement``): from the reviewers' own scores before they agreed,
over the items every one of them scored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fidelity_app.reports.fonts import REGULAR
from fidelity_app.reports.richtext import inline
from fidelity_app.reports.styles import CONTENT_WIDTH, RULE
from fidelity_app.scale.agreement import (
    CONSTANT_REVIEWER,
    NO_VARIATION,
    NOT_TWO_REVIEWERS,
    TOO_FEW_ITEMS,
)

if TYPE_CHECKING:
    from fidelity_app.reports.story import Report

REASON_KEYS = {
    TOO_FEW_ITEMS: "kappa_too_few",
    NO_VARIATION: "kappa_no_variation",
    CONSTANT_REVIEWER: "kappa_constant",
    NOT_TWO_REVIEWERS: "kappa_not_two",
}


def agreement_block(report: Report) -> list[Flowable]:
    """The labelled block for the cover (empty when fewer than two reviewers scored)."""
    feedback = report.data.feedback
    if not feedback.has_agreement:
        return []
    result = feedback.agreement
    t, s = report.t, report.s

    def share(value: float | None, count: int) -> str:
        if value is None:
            return "–"
        return t("agreement_share", percent=t("percent", value=round(value * 100)),
                 count=count, items=result.items)

    if result.kappa_quadratic is not None:
        kappa = report.decimal(f"{result.kappa_quadratic:.2f}")
    else:
        reason = t(REASON_KEYS.get(result.kappa_reason or "", "kappa_too_few"))
        key = "kappa_not_given" if result.kappa_reason == NOT_TWO_REVIEWERS else "kappa_undefined"
        kappa = t(key, reason=reason)
    rows = [
        (t("agreement_exact"), share(result.exact, result.exact_count)),
        (t("agreement_within"), share(result.within_one, result.within_one_count)),
        (t("agreement_kappa"), kappa),
    ]
    table = Table(
        [[Paragraph(report.label(k), s.cell), Paragraph(inline(v), s.cell)] for k, v in rows],
        colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT",
    )
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    names = ", ".join(result.reviewers)
    return [
        Spacer(1, 7 * mm),
        Paragraph(inline(t("agreement")), s.h2),
        Paragraph(inline(t("agreement_note", reviewers=names, items=result.items)), s.muted),
        Spacer(1, 2 * mm),
        table,
    ]
