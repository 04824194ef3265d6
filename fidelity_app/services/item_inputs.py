"""Calculator inputs as records: checked, scored and read back from stored rows."""

from __future__ import annotations

import json

from fidelity_app.scale.calculators import CalculatorError, Inputs, Proposal, parse_inputs, propose
from fidelity_app.scale.model import Item, Scale
from fidelity_app.services.dto import ItemCalculation
from fidelity_app.services.errors import InvalidInputError, NotFoundError
from fidelity_app.storage.models import ItemInputs, Review


def calculator_item(scale: Scale, item_id: str) -> Item:
    """The item ``item_id`` of ``scale`` if it has a calculator, else a user message."""
    try:
        item = scale.item(item_id)
    except KeyError:
        raise NotFoundError("item_not_in_scale", scale=scale.id, item=item_id) from None
    if item.calculator is None:
        raise InvalidInputError("item_no_calculator", item=item_id)
    return item


def check_inputs(scale: Scale, item_id: str, raw: object) -> tuple[Inputs, Proposal]:
    """Validated inputs of an item and their proposal; ``InvalidInputError`` if they do not fit."""
    item = calculator_item(scale, item_id)
    try:
        inputs = parse_inputs(item, raw)
    except CalculatorError as exc:
        raise InvalidInputError("item_inputs_invalid", item=item_id, problem=exc.message) from None
    return inputs, propose(item, inputs)


def stored_calculation(scale: Scale, row: ItemInputs, score: int | None) -> ItemCalculation:
    """The record of a stored row (its figures scored again, so the rule is applied once)."""
    inputs, proposal = check_inputs(scale, row.item_id, json.loads(row.inputs))
    return ItemCalculation(item_id=row.item_id, inputs=inputs, proposal=proposal, score=score)


def review_calculations(scale: Scale, review: Review) -> dict[str, ItemCalculation]:
    """Every stored calculation of a loaded review, by item id (items the scale lacks left out)."""
    scores = {a.item_id: a.score for a in review.assessments}
    known = {it.id for it in scale.items if it.calculator is not None}
    return {row.item_id: stored_calculation(scale, row, scores.get(row.item_id))
            for row in review.inputs if row.item_id in known}
