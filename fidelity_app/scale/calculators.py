"""Calculator inputs of an item and the score they propose. Pure functions, no I/O.

The inputs are what a reviewer enters for an item with a calculator (``Item.calculator``):

- ``caseload``: ``{"rows": [{"label", "participants", "fte"}, ...]}``, one row per
  employment specialist; the figure is all participants divided by all full-time equivalents;
- ``share``: ``{"part", "whole"}``; the figure is ``part / whole`` as a percentage;
- ``figure``: ``{"value"}``, the figure itself (for example an average number of days);
- ``per-worker``: ``{"rows": [{"label", "value"}, ...]}``, one figure per specialist (scored
  by the measure) or, for an item without a measure, one rating 1-5 per specialist.

The scale's one scoring rule applies throughout: a figure is compared with the whole-number
cut-offs as calculated, never rounded up (the measure's half-open ranges do exactly that);
per-worker scores are averaged and the nearest scale point proposed, a half going to the
lower point.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, StrictStr, ValidationError

from fidelity_app.messages import MessageError
from fidelity_app.scale.model import Item

MAX_ROWS = 60
MAX_LABEL = 60

Label = Annotated[StrictStr, Field(min_length=1, max_length=MAX_LABEL, pattern=r"\S")]
Number = Annotated[float, Field(allow_inf_nan=False)]
Count = Annotated[
    float,
    Field(allow_inf_nan=False),
    PlainSerializer(lambda v: int(v) if v == int(v) else v),  # 3, not 3.0, in files
]


class CalculatorError(MessageError, ValueError):
    """Inputs that do not fit the item's calculator; the message says what to correct."""


class _Inputs(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class CaseloadRow(_Inputs):
    """One specialist's caseload: a label (not a name), participants and full-time share."""

    label: Label
    participants: int = Field(ge=0, le=10_000)
    fte: Number = Field(gt=0, le=1)


class CaseloadInputs(_Inputs):
    """Caseload per specialist."""

    kind: Literal["caseload"] = "caseload"
    rows: list[CaseloadRow] = Field(min_length=1, max_length=MAX_ROWS)


class ShareInputs(_Inputs):
    """A part of a whole (jobs, contacts, hours)."""

    kind: Literal["share"] = "share"
    part: Count = Field(ge=0, le=1_000_000)
    whole: Count = Field(gt=0, le=1_000_000)


class FigureInputs(_Inputs):
    """The figure itself."""

    kind: Literal["figure"] = "figure"
    value: Count


class WorkerRow(_Inputs):
    """One specialist's figure or rating, under a label (not a name)."""

    label: Label
    value: Count


class PerWorkerInputs(_Inputs):
    """One figure or rating per specialist."""

    kind: Literal["per-worker"] = "per-worker"
    rows: list[WorkerRow] = Field(min_length=1, max_length=MAX_ROWS)


Inputs = CaseloadInputs | ShareInputs | FigureInputs | PerWorkerInputs
INPUT_MODELS: dict[str, type[_Inputs]] = {
    "caseload": CaseloadInputs, "share": ShareInputs, "figure": FigureInputs,
    "per-worker": PerWorkerInputs,
}


@dataclass(frozen=True)
class Proposal:
    """What the inputs propose: the figure compared with the cut-offs, and the score.

    For per-worker items ``worker_scores`` holds each specialist's score and ``average``
    their mean; ``figure`` is then ``None`` (there is no single figure).
    """

    score: int
    figure: Fraction | None = None
    worker_scores: tuple[int, ...] = ()
    average: Fraction | None = None
    too_few: bool = False  # a share whose whole is below the calculator's ``min_whole``


def parse_inputs(item: Item, raw: object) -> Inputs:
    """Validate ``raw`` (decoded JSON) as inputs of ``item``'s calculator."""
    calculator = item.calculator
    if calculator is None:
        raise CalculatorError("calc_no_calculator", item=item.id)
    if not isinstance(raw, dict):
        raise CalculatorError("calc_not_object")
    kind = raw.get("kind", calculator.kind)
    if kind != calculator.kind:
        raise CalculatorError("calc_wrong_kind", item=item.id, kind=calculator.kind,
                              given=str(kind)[:30])
    try:
        inputs = INPUT_MODELS[calculator.kind].model_validate({**raw, "kind": kind})
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(p) for p in first["loc"]) or "inputs"
        raise CalculatorError("calc_invalid", place=place, detail=first["msg"]) from None
    _check_bounds(item, inputs)
    return inputs  # type: ignore[return-value]


def _check_bounds(item: Item, inputs: _Inputs) -> None:
    """Figures inside the measure's bounds, a part no larger than its whole, ratings 1-5."""
    measure = item.measure

    def within(value: float, where: str) -> None:
        if measure is None:
            if value != int(value) or not 1 <= value <= 5:
                raise CalculatorError("calc_rating_range", place=where)
            return
        if value < measure.lowest or (measure.highest is not None and value > measure.highest):
            if measure.highest is None:
                raise CalculatorError("calc_figure_at_least", place=where,
                                      lowest=_plain(measure.lowest))
            raise CalculatorError("calc_figure_between", place=where,
                                  lowest=_plain(measure.lowest), highest=_plain(measure.highest))

    if isinstance(inputs, ShareInputs) and inputs.part > inputs.whole:
        raise CalculatorError("calc_part_above_whole")
    if isinstance(inputs, FigureInputs):
        within(inputs.value, "value")
    if isinstance(inputs, PerWorkerInputs):
        for index, row in enumerate(inputs.rows):
            within(row.value, f"rows[{index}].value")
    if isinstance(inputs, CaseloadInputs | PerWorkerInputs):
        labels = [row.label.strip() for row in inputs.rows]
        if len(set(labels)) != len(labels):
            raise CalculatorError("calc_label_twice")


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def nearest_point(scores: list[int] | tuple[int, ...]) -> tuple[int, Fraction]:
    """The scale point nearest the mean of ``scores`` (a half goes to the lower point)."""
    if not scores:
        raise CalculatorError("calc_no_scores")
    mean = Fraction(sum(scores), len(scores))
    return math.ceil(mean - Fraction(1, 2)), mean


def propose(item: Item, inputs: Inputs) -> Proposal:
    """The score the inputs propose for ``item`` under the scale's scoring rule."""
    measure = item.measure
    if isinstance(inputs, PerWorkerInputs):
        if measure is None:
            scores = tuple(int(row.value) for row in inputs.rows)
        else:
            scores = tuple(measure.score_for(row.value) for row in inputs.rows)
        score, mean = nearest_point(scores)
        return Proposal(score=score, worker_scores=scores, average=mean)
    assert measure is not None  # the loader gives these calculators a measure
    figure: Fraction
    if isinstance(inputs, CaseloadInputs):
        participants, fte = caseload_totals(inputs)
        figure = participants / fte
    elif isinstance(inputs, ShareInputs):
        figure = exact(inputs.part) / exact(inputs.whole) * 100
        minimum = item.calculator.min_whole if item.calculator else None
        if minimum is not None and inputs.whole < minimum:
            return Proposal(score=1, figure=figure, too_few=True)
    else:
        figure = exact(inputs.value)
    return Proposal(score=measure.score_for(figure), figure=figure)  # type: ignore[arg-type]


def exact(value: float) -> Fraction:
    """A typed decimal figure as an exact fraction (0.1 + 0.2 is then exactly 0.3)."""
    return Fraction(repr(value))


def caseload_totals(inputs: CaseloadInputs) -> tuple[int, Fraction]:
    """All participants and all full-time equivalents of a caseload (exact)."""
    return (sum(r.participants for r in inputs.rows),
            sum((exact(r.fte) for r in inputs.rows), Fraction(0)))


def inputs_json(inputs: Inputs) -> str:
    """The canonical JSON text of inputs (stored, compared and written to files)."""
    return json.dumps(inputs.model_dump(mode="json"), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
