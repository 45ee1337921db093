"""Agreement statistics for the calibration lab: between raters (Krippendorff's α), and between the
scorer and the raters' consensus (pairwise concordance with ties as failures, quadratic-weighted κ).

Grades and scores are on the 0–100 scale. κ needs categories: scores are put in five bands of twenty
points (:func:`band5`). α is computed on the raw values (interval) and on their ranks (ordinal).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import combinations
from typing import Literal

Metric = Literal["interval", "ordinal"]
BANDS5 = ("0-19", "20-39", "40-59", "60-79", "80-100")


def band5(score: float) -> int:
    """The five-band category (1–5) of a 0–100 score: 0–19 → 1 … 80–100 → 5."""
    return min(5, max(1, int(score // 20) + 1))


def krippendorff_alpha(units: Sequence[Sequence[float]], metric: Metric = "interval") -> float | None:
    """Krippendorff's α over ``units`` (each: the values the raters gave one item; missing values simply
    left out). Units with fewer than two values are not pairable and are ignored. None when there is no
    variation at all to compare against (α is undefined)."""
    pairable = [list(u) for u in units if len(u) >= 2]
    coincidences: dict[tuple[float, float], float] = {}
    for values in pairable:
        weight = 1 / (len(values) - 1)
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidences[(a, b)] = coincidences.get((a, b), 0.0) + weight
    totals: dict[float, float] = {}
    for (a, _b), count in coincidences.items():
        totals[a] = totals.get(a, 0.0) + count
    n = sum(totals.values())
    if n <= 1:
        return None
    delta = _delta(totals, metric)
    observed = sum(count * delta(a, b) for (a, b), count in coincidences.items())
    expected = sum(totals[a] * totals[b] * delta(a, b) for a in totals for b in totals) / (n - 1)
    if expected == 0:
        return None
    return float(1 - observed / expected)


def _delta(totals: Mapping[float, float], metric: Metric) -> Callable[[float, float], float]:
    if metric == "interval":
        return lambda a, b: float((a - b) ** 2)
    values = sorted(totals)

    def ordinal(a: float, b: float) -> float:
        lo, hi = min(a, b), max(a, b)
        between = sum(totals[v] for v in values if lo <= v <= hi)
        return float((between - (totals[a] + totals[b]) / 2) ** 2)

    return ordinal


def quadratic_kappa(a: Sequence[int], b: Sequence[int], categories: int = 5) -> float | None:
    """Quadratic-weighted Cohen's κ between two ratings of the same items (categories 1…``categories``).
    None for fewer than two items or when chance agreement leaves nothing to measure."""
    if len(a) != len(b):
        raise ValueError("both ratings must cover the same items")
    n = len(a)
    if n < 2:
        return None

    def weight(i: int, j: int) -> float:
        return (i - j) ** 2 / (categories - 1) ** 2

    observed = sum(weight(x, y) for x, y in zip(a, b, strict=True)) / n
    rows, cols = Counter(a), Counter(b)
    expected = sum(rows[i] * cols[j] * weight(i, j) for i in rows for j in cols) / (n * n)
    if expected == 0:
        return None
    return 1 - observed / expected


def concordance(reference: Sequence[float], predicted: Sequence[float]) -> tuple[float | None, int]:
    """Share of the pairs of items that ``reference`` orders (ties there are skipped) which
    ``predicted`` orders the same way; a tie in ``predicted`` counts as a failure. Also the number of
    pairs compared."""
    pairs = good = 0
    for i, j in combinations(range(len(reference)), 2):
        if reference[i] == reference[j]:
            continue
        pairs += 1
        if (reference[i] - reference[j]) * (predicted[i] - predicted[j]) > 0:
            good += 1
    return (good / pairs if pairs else None), pairs
