"""Is the weighted mean the right way to combine a quality's criteria? Measured by leaving whole sets out.

Beside today's weighted arithmetic mean, two families of one parameter each, over the same recorded criterion scores
as ``tests/devset_fit.py`` (same ceilings, civil floor, grader cap and rounding after the mean):

- ``power``: a weighted power mean of (score + 1), exponent a (a < 1 leans on the weak criteria, a > 1 on the strong);
- ``weakest``: (1 - a) x the weighted mean + a x the weakest criterion.

For each set left out, the parameter is chosen on the other sets (ties go to today's form) and measured on it.

    python tests/devset_forms.py
"""

from __future__ import annotations

import sys

import devset_fit as fit

from cmsim.scoring.ceiling import capped, floored
from cmsim.scoring.offline import GRADER_CAP, OfflineScorer

FORMS = {"power": (1.0, [0.25, 0.5, 0.75, 1.0, 1.5, 2.0]), "weakest": (0.0, [0.0, 0.1, 0.2, 0.3])}
"""Each form's parameter for today's weighted mean, and the values tried."""


def combine(row: fit.Row, weights: dict[fit.Key, float], ceilings: dict[fit.Key, float], form: str, a: float) -> int:
    """The quality's score with the criteria combined by ``form``; ceilings, civil floor, grader cap and rounding as the
    scorer."""
    if row.fixed is not None:
        return row.fixed
    total = sum(weights[k] for k, _v in row.parts)
    mean = sum(v * weights[k] for k, v in row.parts) / total
    if (form == "power" and a == 1.0) or (form == "weakest" and a == 0.0):
        value = mean  # today's form, computed as the scorer does
    elif form == "power":
        value = float((sum(weights[k] * (v + 1) ** a for k, v in row.parts) / total) ** (1 / a)) - 1
    else:
        value = (1 - a) * mean + a * min(v for _k, v in row.parts)
    value = capped(value, min([v + ceilings[k] for k, v in row.parts if k in ceilings] + [100.0]))
    value = floored(value, row.floor)
    return round(min(value, GRADER_CAP) if row.grader else value)


def agreement(rows: list[fit.Row], tables: tuple[dict[fit.Key, float], dict[fit.Key, float]], form: str,
              a: float) -> float:
    scores = [combine(r, *tables, form, a) for r in rows]
    pairs = fit.pairs_of(rows)
    return sum(scores[i] > scores[j] for i, j in pairs) / max(1, len(pairs))


def main() -> int:
    scorer = OfflineScorer()
    tables = fit.today(scorer)
    rows = fit.collect(scorer, "tuning")
    for form, (today, values) in FORMS.items():
        whole = "  ".join(f"{a:g}: {agreement(rows, tables, form, a):.1%}" for a in values)
        print(f"{form:8} whole tuning split  {whole}")
        gains = []
        for held in fit.SETS:
            train = [r for r in rows if r.set != held]
            test = [r for r in rows if r.set == held]
            chosen = max(values, key=lambda a: (agreement(train, tables, form, a), a == today))
            before, after = agreement(test, tables, form, today), agreement(test, tables, form, chosen)
            gains.append(after - before)
            print(f"  without {held:7} chose {chosen:g}; left out {before:6.1%} -> {after:6.1%}")
        print(f"  left-out sets: mean {sum(gains) / len(gains) * 100:+.2f} points, better in "
              f"{sum(g > 0 for g in gains)} of {len(gains)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
