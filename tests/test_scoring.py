"""Scoring: totals, section subtotals, bands at every edge, partial reviews."""

from __future__ import annotations

import pytest

from fidelity_app.scale.loader import ScaleCatalogue
from fidelity_app.scale.model import Scale
from fidelity_app.scale.scoring import ScoreError, check_score, score_review


@pytest.fixture(scope="module")
def scale(catalogue: ScaleCatalogue) -> Scale:
    return catalogue.get("ips-25", "en")


def scores_summing_to(scale: Scale, total: int) -> dict[str, int]:
    """A complete set of item scores with the given total (spread as evenly as possible)."""
    n = len(scale.items)
    base, extra = divmod(total - n, n)
    return {it.id: 1 + base + (1 if i < extra else 0) for i, it in enumerate(scale.items)}


BAND_EDGES = [
    (25, "not-ips"), (26, "not-ips"), (73, "not-ips"),
    (74, "fair"), (75, "fair"), (99, "fair"),
    (100, "good"), (101, "good"), (114, "good"),
    (115, "exemplary"), (116, "exemplary"), (125, "exemplary"),
]


@pytest.mark.parametrize(("total", "band"), BAND_EDGES)
def test_band_at_every_edge(scale: Scale, total: int, band: str) -> None:
    result = score_review(scale, scores_summing_to(scale, total))
    assert result.total == total
    assert result.complete and not result.partial
    assert result.band is not None and result.band.id == band


def test_every_possible_total_has_exactly_one_band(scale: Scale) -> None:
    for total in range(25, 126):
        result = score_review(scale, scores_summing_to(scale, total))
        matching = [b for b in scale.bands if b.min <= total <= b.max]
        assert len(matching) == 1
        assert result.band == matching[0]


def test_synthetic_vectors_from_the_fact_sheet(scale: Scale) -> None:
    ids = [it.id for it in scale.items]
    t3 = {i: (5 if k < 15 else 4) for k, i in enumerate(ids)}
    t4 = dict(t3, **{ids[0]: 4})
    t7 = {i: 3 for i in ids} | {ids[-1]: 2}
    t8 = {i: 3 for i in ids} | {ids[-1]: 2, ids[-2]: 2}
    cases = [(t3, 115, "exemplary"), (t4, 114, "good"), (t7, 74, "fair"), (t8, 73, "not-ips")]
    for scores, total, band in cases:
        result = score_review(scale, scores)
        assert (result.total, result.band.id if result.band else None) == (total, band)


def test_section_subtotals_and_maxima(scale: Scale) -> None:
    scores = {it.id: {"staffing": 5, "organization": 2, "services": 3}[it.section]
              for it in scale.items}
    result = score_review(scale, scores)
    by_id = {s.section_id: s for s in result.sections}
    assert (by_id["staffing"].subtotal, by_id["staffing"].max) == (15, 15)
    assert (by_id["organization"].subtotal, by_id["organization"].max) == (16, 40)
    assert (by_id["services"].subtotal, by_id["services"].max) == (42, 70)
    assert result.total == 15 + 16 + 42
    assert result.max == 125


def test_partial_review_has_no_band_and_lists_missing_items(scale: Scale) -> None:
    scores = {it.id: 5 for it in scale.items[:17]}
    result = score_review(scale, scores)
    assert result.partial and not result.complete
    assert result.band is None
    assert result.total == 85
    assert result.scored == 17
    assert result.missing == tuple(it.id for it in scale.items[17:])
    data = result.as_json()
    assert data["band"] is None and data["partial"] is True
    assert data["missing"] == [it.id for it in scale.items[17:]]


def test_one_missing_item_is_enough_to_withhold_the_band(scale: Scale) -> None:
    scores = {it.id: 5 for it in scale.items}
    scores[scale.items[-1].id] = None  # type: ignore[assignment]
    result = score_review(scale, scores)
    assert result.band is None
    assert result.missing == (scale.items[-1].id,)
    assert result.total == 120


def test_empty_review(scale: Scale) -> None:
    result = score_review(scale, {})
    assert result.total == 0 and result.scored == 0 and len(result.missing) == 25


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, "3", True])
def test_scores_outside_one_to_five_are_refused(scale: Scale, bad: object) -> None:
    with pytest.raises(ScoreError):
        score_review(scale, {scale.items[0].id: bad})  # type: ignore[dict-item]


def test_unknown_item_is_refused(scale: Scale) -> None:
    with pytest.raises(ScoreError, match="staffing-9"):
        score_review(scale, {"staffing-9": 3})


def test_check_score_accepts_exactly_one_to_five() -> None:
    assert [check_score(s) for s in (1, 2, 3, 4, 5)] == [1, 2, 3, 4, 5]
