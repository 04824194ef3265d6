"""Agreement between reviewers, checked against values worked out by hand.

Quadratic-weighted kappa over n items scored by reviewers A and B:

    kappa = 1 - sum(w * observed) / sum(w * expected),  w(i, j) = (i - j)**2 / 16

With counts instead of proportions the 1/16 and the n factors cancel to

    kappa = 1 - n * sum((a_k - b_k)**2) / sum over all k, l of (a_k - b_l)**2

and the double sum is n*sum(a**2) + n*sum(b**2) - 2*sum(a)*sum(b). The cases below use
this short form by hand; the code uses the weight matrix, so they check each other.
"""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

import pytest

from fidelity_app.cli import main
from fidelity_app.scale.agreement import (
    agreement,
    pairwise,
    pooled_agreement,
    quadratic_kappa,
)
from fidelity_app.services.app import App


def two(a: list[int | None], b: list[int | None]) -> dict[str, dict[str, int | None]]:
    """Scores of reviewers A and B for items i0, i1, ..."""
    return {
        "A": {f"i{k}": s for k, s in enumerate(a)},
        "B": {f"i{k}": s for k, s in enumerate(b)},
    }


def test_perfect_agreement() -> None:
    # A = B = 1 2 3 4 5: every difference is 0, so the observed sum is 0 and kappa = 1 - 0 = 1.
    # Expected: 5*55 + 5*55 - 2*15*15 = 550 - 450 = 100 (not 0, so kappa is defined).
    result = agreement(two([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]))
    assert result.items == 5
    assert result.exact == 1.0 and result.within_one == 1.0
    assert result.kappa_quadratic == 1.0
    assert result.kappa_note is None


def test_total_disagreement() -> None:
    # A = 1 5 1 5, B = 5 1 5 1: every pair is 4 apart, none equal, none within one.
    # n = 4; sum(a) = sum(b) = 12; sum(a**2) = sum(b**2) = 1+25+1+25 = 52;
    # observed: 4 * (16+16+16+16) = 256; expected: 4*52 + 4*52 - 2*12*12 = 416 - 288 = 128;
    # kappa = 1 - 256/128 = -1.
    result = agreement(two([1, 5, 1, 5], [5, 1, 5, 1]))
    assert (result.exact, result.within_one) == (0.0, 0.0)
    assert result.exact_count == 0 and result.within_one_count == 0
    assert result.kappa_quadratic == -1.0


def test_both_reviewers_one_constant_value_is_undefined() -> None:
    # A = B = 3 3 3 3: expected = 4*36 + 4*36 - 2*12*12 = 0, so kappa = 1 - 0/0: undefined.
    result = agreement(two([3, 3, 3, 3], [3, 3, 3, 3]))
    assert result.exact == 1.0 and result.within_one == 1.0
    assert result.kappa_quadratic is None
    assert result.kappa_note is not None and result.kappa_note.startswith("undefined:")
    assert "same score (3)" in result.kappa_note
    assert result.as_json()["kappa_quadratic"] is None


def test_one_constant_reviewer_makes_kappa_undefined() -> None:
    # A = 4 4 4 4 4, B = 4 4 4 5 3: exact 3/5, within one 5/5.
    # sum(a) = 20, sum(a**2) = 80; sum(b) = 20, sum(b**2) = 16*3 + 25 + 9 = 82;
    # observed: 5 * (0+0+0+1+1) = 10; expected: 5*80 + 5*82 - 2*20*20 = 400 + 410 - 800 = 10;
    # the formula gives 1 - 10/10 = 0 whatever B does: observed equals chance by construction,
    # so the figure says nothing and is reported as undefined.
    result = agreement(two([4, 4, 4, 4, 4], [4, 4, 4, 5, 3]))
    assert result.exact == pytest.approx(3 / 5)
    assert result.within_one == 1.0
    assert result.kappa_quadratic is None
    assert result.kappa_note is not None and result.kappa_note.startswith("undefined:")
    assert "A gave every item the same score" in result.kappa_note


def test_two_different_constant_reviewers() -> None:
    # A = 2 2 2, B = 3 3 3: observed 3 * 3 = 9; expected 3*12 + 3*27 - 2*6*9 = 36+81-108 = 9;
    # the formula gives 1 - 9/9 = 0 by construction: undefined; no item equal, all within one.
    result = agreement(two([2, 2, 2], [3, 3, 3]))
    assert (result.exact, result.within_one, result.kappa_quadratic) == (0.0, 1.0, None)
    assert result.kappa_note is not None and "A and B gave every item" in result.kappa_note


# A typical 25-item review (the IPS-25 item order), one reviewer a little stricter on a few
# items and a little kinder on others:
TYPICAL_A = [4, 3, 4, 3, 3, 2, 4, 3, 4, 2, 2, 2, 4, 3, 4, 4, 2, 3, 4, 4, 5, 3, 3, 2, 3]
TYPICAL_B = [4, 3, 3, 3, 4, 2, 4, 2, 4, 2, 3, 2, 4, 3, 5, 4, 1, 3, 4, 3, 5, 3, 3, 4, 3]
# |a - b| item by item: 0 0 1 0 1 0 0 1 0 0 1 0 0 0 1 0 1 0 0 1 0 0 0 2 0
#   equal: 17 of 25 = 0.68; within one: 24 of 25 = 0.96 (item 24 is 2 apart)
# sum(a) = 80, sum(b) = 81
# A has six 2s, nine 3s, nine 4s, one 5; B one 1, four 2s, ten 3s, eight 4s, two 5s:
# sum(a**2) = 6*4 + 9*9 + 9*16 + 1*25 = 24 + 81 + 144 + 25 = 274
# sum(b**2) = 1*1 + 4*4 + 10*9 + 8*16 + 2*25 = 1 + 16 + 90 + 128 + 50 = 285
# sum((a-b)**2) = 7*1 + 1*4 = 11
# observed: 25 * 11 = 275
# expected: 25*274 + 25*285 - 2*80*81 = 6850 + 7125 - 12960 = 1015
# kappa = 1 - 275/1015 = 740/1015 = 148/203 = 0.72906...
TYPICAL_KAPPA = Fraction(148, 203)


def test_typical_25_item_case() -> None:
    result = agreement(two(TYPICAL_A, TYPICAL_B))
    assert result.items == 25
    assert result.exact_count == 17 and result.exact == pytest.approx(0.68)
    assert result.within_one_count == 24 and result.within_one == pytest.approx(0.96)
    assert result.kappa_quadratic == pytest.approx(float(TYPICAL_KAPPA), abs=1e-12)
    assert result.kappa_note is None
    assert result.as_json()["kappa_quadratic"] == pytest.approx(0.729064, abs=1e-6)


def test_kappa_is_symmetric_in_the_two_reviewers() -> None:
    forward = agreement(two(TYPICAL_A, TYPICAL_B)).kappa_quadratic
    backward = agreement(two(TYPICAL_B, TYPICAL_A)).kappa_quadratic
    assert forward == pytest.approx(backward, abs=1e-12)


@pytest.mark.parametrize(("a", "b", "items"), [([], [], 0), ([3], [4], 1)])
def test_fewer_than_two_common_items(a: list[int], b: list[int], items: int) -> None:
    result = agreement(two(a, b))
    assert result.items == items
    assert result.kappa_quadratic is None
    assert result.kappa_note is not None
    assert result.kappa_note.startswith("undefined: kappa needs at least 2 items")
    if items == 0:
        assert result.exact is None and result.within_one is None
    else:
        # one item, 3 against 4: not equal, within one
        assert (result.exact, result.within_one) == (0.0, 1.0)


def test_only_items_scored_by_both_are_compared() -> None:
    # Items i2 (only A) and i3 (only B) are left out: compared are (2,2) and (5,3).
    result = agreement(two([2, 5, 4, None], [2, 3, None, 1]))
    assert result.items == 2 and result.not_compared == 2
    assert (result.exact, result.within_one) == (0.5, 0.5)
    # n = 2; sum(a) = 7, sum(a**2) = 29; sum(b) = 5, sum(b**2) = 13;
    # observed 2 * (0 + 4) = 8; expected 2*29 + 2*13 - 2*7*5 = 58 + 26 - 70 = 14;
    # kappa = 1 - 8/14 = 3/7
    assert result.kappa_quadratic == pytest.approx(3 / 7)


def test_three_reviewers_give_shares_but_no_kappa() -> None:
    scores = {
        "A": {"x": 3, "y": 4, "z": 2},
        "B": {"x": 3, "y": 5, "z": 4},
        "C": {"x": 3, "y": 4, "z": 3},
    }
    # x: 3 3 3 equal; y: 4 5 4 within one; z: 2 4 3 spread 2
    result = agreement(scores)
    assert result.reviewers == ("A", "B", "C")
    assert (result.exact_count, result.within_one_count, result.items) == (1, 2, 3)
    assert result.kappa_quadratic is None
    assert result.kappa_note is not None and "exactly two reviewers" in result.kappa_note
    pairs = pairwise(scores)
    assert [p.reviewers for p in pairs] == [("A", "B"), ("A", "C"), ("B", "C")]
    assert all(p.kappa_quadratic is not None for p in pairs)


def test_one_reviewer_alone_is_not_agreement() -> None:
    result = agreement({"A": {"x": 3, "y": 4}})
    assert (result.items, result.exact, result.kappa_quadratic) == (0, None, None)
    assert result.kappa_note is not None and "two reviewers" in result.kappa_note


def test_pooled_over_reviews_for_a_pair() -> None:
    first = {"A": {"x": 2, "y": 3, "z": 4}, "B": {"x": 2, "y": 3, "z": 5}, "C": {"x": 1}}
    second = {"A": {"x": 4, "y": 4, "w": 1}, "B": {"x": 3, "y": 4}}
    unrelated = {"A": {"x": 1}, "D": {"x": 1}}
    # Pooled pairs: (2,2) (3,3) (4,5) | (4,3) (4,4); w of the second review is left out;
    # the third review has no B and is skipped.
    # exact 3/5, within one 5/5; n = 5; sum(a) = 17, sum(b) = 17;
    # sum(a**2) = 4+9+16+16+16 = 61; sum(b**2) = 4+9+25+9+16 = 63; sum((a-b)**2) = 2;
    # observed 5*2 = 10; expected 5*61 + 5*63 - 2*17*17 = 305 + 315 - 578 = 42;
    # kappa = 1 - 10/42 = 16/21
    result = pooled_agreement([first, second, unrelated], ("A", "B"))
    assert result.items == 5 and result.reviews == 2 and result.not_compared == 1
    assert result.exact == pytest.approx(0.6) and result.within_one == 1.0
    assert result.kappa_quadratic == pytest.approx(16 / 21)


def test_kappa_refuses_scores_outside_the_scale() -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        agreement(two([0, 3], [1, 3]))
    with pytest.raises(ValueError, match="1 to 5"):
        quadratic_kappa([(6, 1), (1, 1)])


# -- the command line -----------------------------------------------------------------------


def _rated_review(app: App, a: list[int], b: list[int], day: int = 14) -> str:
    service = app.reviews.create_service("Arbetsstöd Norr", "Exempelkommun",
                                         allow_duplicate=True)
    review = app.reviews.create_review(
        service.uuid, kind="external", start_date=date(2026, 10, day),
        reviewers=["A. Andersson", "B. Berg"],
    )
    for item, x, y in zip(app.scales.get("ips-25", "sv").items, a, b, strict=False):
        app.ratings.set_rating(review.uuid, "A. Andersson", item.id, x)
        app.ratings.set_rating(review.uuid, "B. Berg", item.id, y)
    return review.uuid


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_agreement_command(app: App, capsys: pytest.CaptureFixture[str], db: str) -> None:
    typical = _rated_review(app, TYPICAL_A, TYPICAL_B)
    constant = _rated_review(app, [3, 3, 3], [3, 3, 3], day=15)

    code, out, _ = _run(capsys, "--db", db, "agreement", typical, "--json")
    data = json.loads(out)
    assert code == 0
    assert {"exact", "within_one", "kappa_quadratic", "items", "kappa_note"} <= data.keys()
    assert (data["exact"], data["within_one"], data["items"]) == (0.68, 0.96, 25)
    assert data["kappa_quadratic"] == pytest.approx(float(TYPICAL_KAPPA))
    assert data["kappa_note"] is None and data["review"] == typical

    code, out, _ = _run(capsys, "--db", db, "agreement", typical[:8])
    assert code == 0
    assert "Exact agreement: 68% (17 of 25)" in out
    assert "Within one point: 96% (24 of 25)" in out
    assert "Weighted kappa (quadratic): 0.73" in out

    code, out, _ = _run(capsys, "--db", db, "agreement", constant, "--json")
    data = json.loads(out)
    assert code == 0 and data["kappa_quadratic"] is None and data["exact"] == 1.0
    assert data["kappa_note"].startswith("undefined:")
    code, out, _ = _run(capsys, "--db", db, "agreement", constant)
    assert "Weighted kappa (quadratic): -" in out and "Kappa is not given: both reviewers" in out

    # Pooled: 25 + 3 items; the constant review adds three exact agreements.
    code, out, _ = _run(capsys, "--db", db, "agreement", "--pair", "B. Berg", "A. Andersson",
                        "--json")
    data = json.loads(out)
    assert code == 0 and data["items"] == 28 and data["reviews"] == 2
    assert data["exact"] == pytest.approx(20 / 28)
    code, out, _ = _run(capsys, "--db", db, "agreement", "--pair", "A. Andersson", "B. Berg")
    assert "Reviews: 2" in out and "Items compared: 28" in out

    code, _, err = _run(capsys, "--db", db, "agreement")
    assert code == 2 and "give either REVIEW_ID or --pair" in err
    code, _, err = _run(capsys, "--db", db, "agreement", "--pair", "A. Andersson", "Nobody")
    assert code == 1 and "no reviewer called 'Nobody'" in err and "Traceback" not in err
