"""Agreement between reviewers who scored the same items. Pure functions, no I/O.

For two or more reviewers, over the items every compared reviewer has scored:

- ``exact``: the share of items where all gave the same score;
- ``within_one``: the share where the highest and lowest score are at most one point apart;
- ``kappa_quadratic``: Cohen's kappa with quadratic weights, for exactly two reviewers,
  categories 1..5: ``1 - sum(w * observed) / sum(w * expected)`` with
  ``w[i][j] = (i - j)**2 / 16`` and ``expected`` the product of the two reviewers' own score
  distributions.

Kappa is undefined when no disagreement is expected by chance (both reviewers gave every
item one and the same score), or when fewer than two items can be compared; it is then
``None`` with the reason in ``kappa_note``. When only one reviewer used a single score,
kappa is defined and exactly 0 (their agreement is all chance); the note says so, because
a high exact share can then go with a kappa of 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from fidelity_app.scale.model import SCORES

Scores = Mapping[str, int | None]
"""One reviewer's scores: item id to 1-5, or ``None``/absent for unscored."""

# Why kappa is not given, as codes an interface can put in its own words (``kappa_reason``).
TOO_FEW_ITEMS = "too-few-items"
NO_VARIATION = "no-variation"
CONSTANT_REVIEWER = "constant-reviewer"
NOT_TWO_REVIEWERS = "not-two-reviewers"


@dataclass(frozen=True)
class Agreement:
    """How far reviewers agree over the items they all scored.

    ``exact`` and ``within_one`` are shares from 0 to 1 (``None`` when no item could be
    compared); ``items`` is the number of items compared; ``kappa_quadratic`` is ``None``
    when kappa is undefined or not applicable, with the reason in ``kappa_note``.
    """

    reviewers: tuple[str, ...]
    items: int
    exact_count: int
    within_one_count: int
    kappa_quadratic: float | None
    kappa_note: str | None = None
    not_compared: int = 0
    reviews: int = 1
    kappa_reason: str | None = None

    @property
    def exact(self) -> float | None:
        """The share of compared items with the same score from everyone."""
        return self.exact_count / self.items if self.items else None

    @property
    def within_one(self) -> float | None:
        """The share of compared items whose scores are at most one point apart."""
        return self.within_one_count / self.items if self.items else None

    def as_json(self) -> dict[str, object]:
        """A plain dictionary for machine-readable output."""
        return {
            "reviewers": list(self.reviewers),
            "items": self.items,
            "exact": self.exact,
            "within_one": self.within_one,
            "kappa_quadratic": self.kappa_quadratic,
            "kappa_note": self.kappa_note,
            "exact_count": self.exact_count,
            "within_one_count": self.within_one_count,
            "not_compared": self.not_compared,
            "reviews": self.reviews,
        }


def quadratic_kappa(
    pairs: Sequence[tuple[int, int]], names: tuple[str, str] = ("the first", "the second")
) -> tuple[float | None, str | None]:
    """Quadratic-weighted kappa of paired 1-5 scores and a note (why undefined, or a caveat).

    ``names`` name the two reviewers in the note.
    """
    n = len(pairs)
    if n < 2:
        return None, (
            f"undefined: kappa needs at least 2 items scored by both reviewers, "
            f"there {'is' if n == 1 else 'are'} {n}"
        )
    k = len(SCORES)
    index = {s: i for i, s in enumerate(SCORES)}
    observed = [[0] * k for _ in range(k)]
    first = [0] * k
    second = [0] * k
    for a, b in pairs:
        if a not in index or b not in index:
            raise ValueError(f"a score must be a whole number from 1 to 5, not {a!r}/{b!r}")
        observed[index[a]][index[b]] += 1
        first[index[a]] += 1
        second[index[b]] += 1
    # Counts instead of proportions: the n and n*n factors cancel in the ratio below.
    weight = [[(i - j) ** 2 for j in range(k)] for i in range(k)]
    seen = n * sum(weight[i][j] * observed[i][j] for i in range(k) for j in range(k))
    chance = sum(weight[i][j] * first[i] * second[j] for i in range(k) for j in range(k))
    if chance == 0:
        value = pairs[0][0]
        return None, (
            f"undefined: both reviewers gave every item the same score ({value}), "
            "so no disagreement is expected by chance"
        )
    constant = [name for name, counts in zip(names, (first, second), strict=True)
                if sum(1 for c in counts if c) == 1]
    if constant:
        # The formula gives exactly 0 here whatever the other reviewer did: a figure that says
        # nothing about agreement, so it is reported as undefined rather than as a number.
        return None, (
            f"undefined: {' and '.join(constant)} gave every item the same score, so agreement "
            "beyond chance cannot be estimated; read the exact and within-one shares instead"
        )
    return 1 - seen / chance, None


def _rows(
    scores: Mapping[str, Scores], reviewers: Sequence[str]
) -> tuple[list[tuple[int, ...]], int]:
    """Score rows of the items every reviewer scored, and how many items were left out."""
    items: set[str] = set()
    for name in reviewers:
        items |= {i for i, s in scores.get(name, {}).items() if s is not None}
    rows = []
    for item in sorted(items):
        row = tuple(scores.get(name, {}).get(item) for name in reviewers)
        if all(s is not None for s in row):
            rows.append(tuple(int(s) for s in row if s is not None))
    return rows, len(items) - len(rows)


def _from_rows(
    reviewers: tuple[str, ...], rows: Sequence[tuple[int, ...]], not_compared: int, reviews: int
) -> Agreement:
    for row in rows:
        for s in row:
            if s not in SCORES:
                raise ValueError(f"a score must be a whole number from 1 to 5, not {s!r}")
    exact = sum(1 for row in rows if max(row) == min(row))
    within = sum(1 for row in rows if max(row) - min(row) <= 1)
    if len(reviewers) == 2:
        kappa, note = quadratic_kappa([(row[0], row[1]) for row in rows],
                                      (reviewers[0], reviewers[1]))
    else:
        kappa, note = None, (
            f"not applicable: kappa is given for exactly two reviewers, here {len(reviewers)}; "
            "compare them in pairs"
        )
    return Agreement(
        reviewers=reviewers,
        items=len(rows),
        exact_count=exact,
        within_one_count=within,
        kappa_quadratic=kappa,
        kappa_note=note,
        not_compared=not_compared,
        reviews=reviews,
        kappa_reason=_reason(reviewers, rows) if kappa is None else None,
    )


def _reason(reviewers: tuple[str, ...], rows: Sequence[tuple[int, ...]]) -> str:
    """The code of why kappa is not given for these rows."""
    if len(reviewers) != 2:
        return NOT_TWO_REVIEWERS
    if len(rows) < 2:
        return TOO_FEW_ITEMS
    if len({s for row in rows for s in row}) == 1:
        return NO_VARIATION
    return CONSTANT_REVIEWER


def agreement(scores: Mapping[str, Scores], reviewers: Sequence[str] | None = None) -> Agreement:
    """Agreement of ``reviewers`` (default: all in ``scores``) over the items all of them scored.

    ``scores`` maps each reviewer's name to their scores by item id. Items some compared
    reviewer has not scored are counted in ``not_compared``, not in the shares.
    """
    names = tuple(reviewers) if reviewers is not None else tuple(scores)
    if len(names) < 2:
        return Agreement(names, 0, 0, 0, None, "not applicable: agreement needs two reviewers",
                         kappa_reason=NOT_TWO_REVIEWERS)
    rows, left_out = _rows(scores, names)
    return _from_rows(names, rows, left_out, reviews=1)


def pooled_agreement(
    reviews: Sequence[Mapping[str, Scores]], pair: tuple[str, str]
) -> Agreement:
    """The agreement of a pair of reviewers over all their common items in several reviews.

    Each review counts each of its items once; an item of one review and the same item of
    another are two separate observations. Reviews without both reviewers are skipped.
    """
    rows: list[tuple[int, ...]] = []
    left_out = 0
    used = 0
    for scores in reviews:
        if not all(name in scores for name in pair):
            continue
        review_rows, review_left_out = _rows(scores, pair)
        rows.extend(review_rows)
        left_out += review_left_out
        used += 1 if review_rows else 0
    return _from_rows(tuple(pair), rows, left_out, reviews=used)


def pairwise(scores: Mapping[str, Scores]) -> list[Agreement]:
    """The agreement of every pair of reviewers in ``scores``, in the order given."""
    return [agreement(scores, pair) for pair in combinations(tuple(scores), 2)]
