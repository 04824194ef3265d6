"""The scale's one scoring rule: fractions at every cut-off, per-worker averages with halves,
input bounds, and the scale data that states the rule."""

from __future__ import annotations

import copy
import json
from fractions import Fraction

import pytest

from fidelity_app.resources import scales_dir
from fidelity_app.scale.calculators import (
    CalculatorError,
    nearest_point,
    parse_inputs,
    propose,
)
from fidelity_app.scale.loader import ScaleCatalogue, ScaleError, parse_scale
from fidelity_app.scale.model import Item, Scale, as_data

PER_WORKER = {"services-6", "services-7", "services-13"}


def _raw(language: str = "en") -> dict:
    return json.loads((scales_dir() / f"ips-25.{language}.json").read_text("utf-8"))


def _propose(item: Item, raw: dict) -> int:
    return propose(item, parse_inputs(item, raw)).score


def _figure_inputs(item: Item, value: float) -> dict:
    """Inputs of ``item``'s calculator that give exactly the figure ``value``."""
    kind = item.calculator.kind
    if kind == "share":
        return {"part": value, "whole": 100}
    if kind == "figure":
        return {"value": value}
    return {"rows": [{"label": "AS 1", "value": value}]}


def test_one_scoring_rule_is_stated_in_both_languages(catalogue: ScaleCatalogue) -> None:
    for language in ("sv", "en"):
        rules = catalogue.get("ips-25", language).scoring_rules
        assert rules is not None
        assert all(len(text) > 40 for text in as_data(rules).values())
    assert "74,9 %" in catalogue.get("ips-25", "sv").scoring_rules.fractions
    assert "lower point" in catalogue.get("ips-25", "en").scoring_rules.per_worker


def test_numeric_exactly_where_there_is_a_measure(catalogue: ScaleCatalogue) -> None:
    scale = catalogue.get("ips-25", "en")
    for item in scale.items:
        assert (item.scoring == "numeric") == (item.measure is not None), item.id
        if item.measure is not None:
            assert item.calculator is not None, item.id
    assert scale.item("organization-1").scoring == "descriptive"
    assert scale.item("organization-3").scoring == "descriptive"
    assert {it.id for it in scale.items if it.calculator and it.calculator.kind == "per-worker"} \
        == PER_WORKER


def test_percentages_are_bounded_0_to_100(catalogue: ScaleCatalogue) -> None:
    for item in catalogue.get("ips-25", "en").items:
        if item.measure is not None:
            assert item.measure.lowest == 0
            assert (item.measure.highest == 100) == (item.measure.unit == "%"), item.id


@pytest.mark.parametrize("language", ["sv", "en"])
def test_fractions_at_every_cut_off_count_as_the_whole_number_below(
    catalogue: ScaleCatalogue, language: str
) -> None:
    """Just below a cut-off scores as the level below; the cut-off and the cut-off plus a
    fraction score as the level it opens (never rounded up)."""
    scale = catalogue.get("ips-25", language)
    checked = 0
    for item in scale.items:
        measure = item.measure
        if measure is None:
            continue
        for r in measure.ranges:
            if r.min is None:
                continue
            below = measure.score_for(r.min - 1)
            for value in (r.min - 0.5, r.min - 0.1, r.min - 0.01):
                assert measure.score_for(value) == below, (item.id, value)
            for value in (r.min, r.min + 0.5, r.min + 0.99):
                if measure.highest is not None and value > measure.highest:
                    continue
                assert measure.score_for(value) == r.score, (item.id, value)
                if item.calculator.kind in ("share", "figure"):
                    assert _propose(item, _figure_inputs(item, value)) == r.score
            checked += 1
    assert checked == 36


def test_audit_examples_of_truncation(catalogue: ScaleCatalogue) -> None:
    scale = catalogue.get("ips-25", "sv")
    share = {"services-8": (59.6, 2), "staffing-2": (74.9, 2), "services-13": (29.9, 1)}
    for item_id, (percent, expected) in share.items():
        item = scale.item(item_id)
        if item.calculator.kind == "share":
            assert _propose(item, {"part": percent, "whole": 100}) == expected
        else:
            assert _propose(item, {"rows": [{"label": "AS 1", "value": percent}]}) == expected
    caseload = scale.item("staffing-1")
    assert _propose(caseload, {"rows": [{"label": "AS 1", "participants": 41, "fte": 1.0},
                                        {"label": "AS 2", "participants": 0, "fte": 1.0}]}) == 5
    assert _propose(caseload, {"rows": [{"label": "AS 1", "participants": 51,
                                         "fte": 1.0},
                                        {"label": "AS 2", "participants": 0,
                                         "fte": 1.0}]}) == 4  # 25.5 counts as 25
    assert _propose(scale.item("services-4"), {"value": 30.5}) == 5
    assert _propose(scale.item("services-4"), {"value": 31}) == 4


def test_shares_are_exact_at_a_cut_off(catalogue: ScaleCatalogue) -> None:
    """29 of 100 is 29 %, 3 of 5 is 60 % exactly (floating point would give 59.99…)."""
    item = catalogue.get("ips-25", "en").item("services-8")
    assert _propose(item, {"part": 3, "whole": 5}) == 3
    assert _propose(item, {"part": 0.6, "whole": 1}) == 3
    ratio = catalogue.get("ips-25", "en").item("staffing-1")
    thirds = {"rows": [{"label": f"AS {i}", "participants": 7, "fte": 0.1} for i in range(3)]}
    assert propose(ratio, parse_inputs(ratio, thirds)).figure == Fraction(70)


@pytest.mark.parametrize(("scores", "expected", "mean"), [
    ((3, 4), 3, Fraction(7, 2)),          # a half goes to the lower point
    ((4, 5), 4, Fraction(9, 2)),
    ((1, 2), 1, Fraction(3, 2)),
    ((3, 4, 4), 4, Fraction(11, 3)),
    ((3, 3, 4), 3, Fraction(10, 3)),
    ((2, 3, 3, 4), 3, Fraction(3)),
    ((1, 5), 3, Fraction(3)),
    ((5,), 5, Fraction(5)),
    ((2, 3, 3, 3), 3, Fraction(11, 4)),   # 2.75 is nearer 3
    ((2, 2, 2, 3), 2, Fraction(9, 4)),    # 2.25 is nearer 2
])
def test_per_worker_average_proposes_the_nearest_point(
    scores: tuple[int, ...], expected: int, mean: Fraction
) -> None:
    assert nearest_point(scores) == (expected, mean)


def test_per_worker_items_rate_each_specialist(catalogue: ScaleCatalogue) -> None:
    scale = catalogue.get("ips-25", "en")
    contacts = scale.item("services-6")
    proposal = propose(contacts, parse_inputs(contacts, {"rows": [
        {"label": "AS 1", "value": 6}, {"label": "AS 2", "value": 4},
        {"label": "AS 3", "value": 3.5}]}))
    assert proposal.worker_scores == (5, 3, 2) and proposal.score == 3
    quality = scale.item("services-7")
    proposal = propose(quality, parse_inputs(quality, {"rows": [
        {"label": "AS 1", "value": 3}, {"label": "AS 2", "value": 4}]}))
    assert proposal.worker_scores == (3, 4) and proposal.score == 3
    community = scale.item("services-13")
    proposal = propose(community, parse_inputs(community, {"rows": [
        {"label": "AS 1", "value": 65}, {"label": "AS 2", "value": 49.9}]}))
    assert proposal.worker_scores == (5, 3) and proposal.score == 4


def test_too_few_jobs_score_1(catalogue: ScaleCatalogue) -> None:
    item = catalogue.get("ips-25", "en").item("services-10")
    proposal = propose(item, parse_inputs(item, {"part": 9, "whole": 9}))
    assert proposal.score == 1 and proposal.too_few
    assert _propose(item, {"part": 10, "whole": 10}) == 5


@pytest.mark.parametrize(("item_id", "raw", "problem"), [
    ("staffing-2", {"part": 101, "whole": 100}, "larger than the whole"),
    ("services-8", {"part": -1, "whole": 10}, "greater than or equal to 0"),
    ("services-8", {"part": 1, "whole": 0}, "greater than 0"),
    ("services-4", {"value": -3}, "at least 0"),
    ("services-13", {"rows": [{"label": "AS 1", "value": 100.5}]}, "at most 100"),
    ("services-6", {"rows": [{"label": "AS 1", "value": -1}]}, "at least 0"),
    ("services-7", {"rows": [{"label": "AS 1", "value": 6}]}, "whole number from 1 to 5"),
    ("services-7", {"rows": [{"label": "AS 1", "value": 2.5}]}, "whole number from 1 to 5"),
    ("services-7", {"rows": [{"label": "AS 1", "value": 3}, {"label": "AS 1", "value": 4}]},
     "used once"),
    ("services-7", {"rows": []}, "at least 1"),
    ("staffing-1", {"rows": [{"label": "AS 1", "participants": 10, "fte": 0}]}, "greater than 0"),
    ("staffing-1", {"rows": [{"label": "AS 1", "participants": 10, "fte": 1.5}]},
     "less than or equal to 1"),
    ("staffing-1", {"rows": [{"label": "AS 1", "participants": 2.5, "fte": 1}]}, "integer"),
    ("staffing-1", {"rows": [{"label": " ", "participants": 2, "fte": 1}]}, "pattern"),
    ("staffing-1", {"part": 1, "whole": 2}, "rows: Field required"),
    ("staffing-1", {"kind": "share", "part": 1, "whole": 2}, "'caseload' inputs"),
    ("services-8", {"part": True, "whole": 2}, "valid number"),
    ("services-8", {"part": 1, "whole": 2, "extra": 1}, "Extra inputs"),
    ("services-4", {"value": float("nan")}, "finite"),
    ("organization-1", {"value": 1}, "no calculator"),
])
def test_inputs_out_of_bounds_are_refused(
    catalogue: ScaleCatalogue, item_id: str, raw: dict, problem: str
) -> None:
    item = catalogue.get("ips-25", "en").item(item_id)
    with pytest.raises(CalculatorError, match=problem):
        parse_inputs(item, raw)


def _broken(change) -> dict:  # noqa: ANN001 - a function that edits the raw scale
    raw = copy.deepcopy(_raw())
    change(raw)
    return raw


def _item(raw: dict, item_id: str) -> dict:
    return next(it for it in raw["items"] if it["id"] == item_id)


@pytest.mark.parametrize(("change", "problem"), [
    (lambda r: _item(r, "organization-2").update(scoring="numeric"),
     "item 'organization-2': an item is scored 'numeric' exactly when it has a measure"),
    (lambda r: _item(r, "staffing-2").update(scoring="descriptive", calculator=None),
     "item 'staffing-2': an item is scored 'numeric' exactly when it has a measure"),
    (lambda r: _item(r, "services-8")["measure"]["ranges"][1].update(min=50.5),
     "item 'services-8'"),
    (lambda r: _item(r, "services-8")["measure"].update(highest=80),
     "item 'services-8': the measure's cut-off 85"),
    (lambda r: _item(r, "services-8")["calculator"].update(part=""),
     "item 'services-8': a 'share' calculator names its 'part' and 'whole'"),
    (lambda r: _item(r, "organization-3").update(calculator={"kind": "share", "part": "a",
                                                             "whole": "b"}),
     "item 'organization-3': a 'share' calculator needs a measure"),
])
def test_loader_refuses_a_broken_rule(change, problem: str) -> None:  # noqa: ANN001
    with pytest.raises(ScaleError) as info:
        parse_scale(_broken(change), "ips-25.en.json")
    assert problem in str(info.value)
    assert str(info.value).startswith("ips-25.en.json: ")


def test_fractional_cut_off_is_refused() -> None:
    def change(raw: dict) -> None:
        ranges = _item(raw, "services-8")["measure"]["ranges"]
        ranges[1]["min"] = ranges[0]["below"] = 49.5

    with pytest.raises(ScaleError, match="cut-off 49.5 is not a whole number"):
        parse_scale(_broken(change), "x")


def test_bundled_scales_parse_with_the_rule() -> None:
    for language in ("sv", "en"):
        scale: Scale = parse_scale(_raw(language), language)
        assert scale.edition is not None and scale.text_note and scale.about
