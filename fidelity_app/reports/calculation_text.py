"""The calculator figures of an item as report lines ("22 deltagare / 1,0 heltid = 22")."""

from __future__ import annotations

import math
from fractions import Fraction

from fidelity_app.reports.texts import Texts
from fidelity_app.scale.calculators import (
    CaseloadInputs,
    FigureInputs,
    PerWorkerInputs,
    ShareInputs,
    caseload_totals,
    exact,
)
from fidelity_app.scale.model import Item
from fidelity_app.services.dto import ItemCalculation


def number(t: Texts, value: float | Fraction, decimals: int = 1, *, fixed: bool = False) -> str:
    """A figure cut (never rounded up) to ``decimals``, with the language's decimal mark;
    whole numbers without decimals unless ``fixed``."""
    scaled = Fraction(value) * 10**decimals
    cut = Fraction(math.floor(scaled), 10**decimals)
    text = f"{float(cut):.{decimals}f}"
    if not fixed and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if t.language == "sv" else text


def calculation_lines(t: Texts, item: Item, calc: ItemCalculation) -> list[str]:
    """What was entered, the figure it gives, the proposal and the reviewers' decision."""
    c, measure, inputs, proposal = item.calculator, item.measure, calc.inputs, calc.proposal
    assert c is not None
    lines: list[str] = []
    if isinstance(inputs, CaseloadInputs):
        rows = [t("calc_caseload_row", label=r.label, participants=r.participants,
                  part_label=c.part, fte=_fte(t, r.fte), whole_label=c.whole)
                for r in inputs.rows]
        participants, fte = caseload_totals(inputs)
        if len(rows) > 1:
            lines.append("; ".join(rows))
        lines.append(t("calc_ratio", part=participants, part_label=c.part,
                       whole=_fte(t, fte), whole_label=c.whole,
                       figure=number(t, proposal.figure or 0)))
    elif isinstance(inputs, ShareInputs):
        text = t("calc_share", part=number(t, exact(inputs.part), 2), part_label=c.part,
                 whole=number(t, exact(inputs.whole), 2), whole_label=c.whole,
                 figure=number(t, proposal.figure or 0))
        if proposal.too_few:
            text += " – " + t("calc_too_few", minimum=c.min_whole, whole_label=c.whole)
        lines.append(text)
    elif isinstance(inputs, FigureInputs):
        assert measure is not None
        lines.append(f"{measure.label}: {number(t, exact(inputs.value), 2)} {measure.unit}")
    elif isinstance(inputs, PerWorkerInputs):
        if measure is None:
            rows = [t("calc_rating_row", label=r.label, value=int(r.value)) for r in inputs.rows]
        else:
            rows = [t("calc_worker_row", label=r.label,
                      value=f"{number(t, exact(r.value), 2)} {measure.unit}".strip(),
                      score=score)
                    for r, score in zip(inputs.rows, proposal.worker_scores, strict=True)]
        lines.append("; ".join(rows))
        average = proposal.average or Fraction(0)
        text = t("calc_average", average=number(t, average, 2), score=proposal.score)
        if average.denominator == 2:
            text += t("calc_half")
        lines.append(text)
    decision = t("calc_proposed", score=proposal.score)
    if calc.overrides:
        decision += " " + t("calc_override", score=calc.score, proposed=proposal.score)
    elif calc.pending:
        decision += " " + t("calc_pending")
    else:
        decision += " " + t("calc_confirmed")
    lines.append(decision)
    return lines


def _fte(t: Texts, value: float | Fraction) -> str:
    """Full-time equivalents with one decimal at least ("1,0", "0,75")."""
    fraction = Fraction(value) if isinstance(value, Fraction) else exact(value)
    two = number(t, fraction, 2, fixed=True)
    return two[:-1] if two.endswith("0") else two
