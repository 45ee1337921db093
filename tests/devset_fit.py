"""Fit the rubrics' criterion weights on the graded replies, and measure whether the fit generalises.

A quality is the weighted mean of its criteria's (gated) scores, lowered under the lowest ceiling a criterion with a
``ceiling`` param sets (value + ceiling), lifted to a tone guard's civil floor when it applies (``ceiling.floored``),
capped at 30 when the reply talks to the grader, then rounded
(``cmsim.scoring.offline``). The criteria's scores do not depend on the weights, so the scorer runs once: this
script records, for every graded reply and quality, each criterion's score, and re-aggregates them under candidate
weights exactly as the scorer does (it checks that today's weights give the scorer's own scores on every reply).

Objective: pairwise agreement with the hand grades (same situation and quality, different grades; a tie is a
failure), as in ``tests/test_scoring_devset.py``. Search: coordinate search, weight by weight, over a small grid of
readable values (multiples of 0.5 between half and twice today's weight), with a pull toward today's weights: a
change must win ``--pull`` pairs per doubling or halving it makes. Deterministic (fixed order, no randomness).

Validation leaves whole sets out: each set of the tuning split (the original situations, ``fresh``, ``fresh2``,
``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh9``, each written by a different session) is held out in turn;
the weights are fitted on the others and measured on it, beside today's weights.

    python tests/devset_fit.py                    # every fold, then the fit on the whole tuning split
    python tests/devset_fit.py --fold fresh6      # one fold
    python tests/devset_fit.py --ceilings         # the ceiling params too (today's, +-5, +-10)
    python tests/devset_fit.py --pull 0 --span 4 --passes 6   # a free fit (weights from a quarter to 4x today's)
    python tests/devset_fit.py --logistic         # a pairwise logistic model instead of the search
    python tests/devset_fit.py --stable           # only the changes every inner leave-one-set-out fit agrees on

Run it from a worktree with ``PYTHONPATH`` pointing at it to measure that worktree's scorer and rubrics.

With ``--held-out`` it also prints the held-out split's overall figure (never a per-reply or per-quality one)
under today's and the fitted weights.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_scoring_devset import devset_items

from cmsim.model.rubric import Criterion
from cmsim.scoring import offline
from cmsim.scoring.ceiling import capped, floored
from cmsim.scoring.offline import GRADER_CAP, OfflineScorer

Key = tuple[str, str]
"""A weight's place: (rubric id, criterion id)."""
SETS = ("orig", "fresh", "fresh2", "fresh4", "fresh5", "fresh6", "fresh7", "fresh9", "fresh14")


@dataclass(frozen=True)
class Row:
    """One graded reply on one quality: what the scorer needs to aggregate it again."""

    situation: str
    set: str
    quality: str
    grade: int
    score: int
    parts: tuple[tuple[Key, float], ...]
    fixed: int | None  # the quality had no criterion (a score the weights do not touch)
    grader: bool  # the reply talks to the grader: capped at GRADER_CAP
    floor: float = 0.0  # the civil floor the scorer lifted the quality to (0: none; see ``ceiling.floored``)
    caps: tuple[tuple[Key, float], ...] = ()  # guards of weight 0 with a ceiling: never in the mean, they only cap


def set_of(situation_id: str) -> str:
    """The set a situation belongs to: the session that wrote it."""
    head = situation_id.split("-", 1)[0]
    return head if head.startswith("fresh") else "orig"


@contextmanager
def recording() -> Iterator[tuple[list[tuple[Criterion, float | None]], list[float]]]:
    """Every criterion the scorer runs, with its clamped, gated score (None when it does not apply), and the civil
    floor of each quality in the step's order (what the scorer passes to ``floored``)."""
    seen: list[tuple[Criterion, float | None]] = []
    floors: list[float] = []
    original, original_floored = offline._run, offline.floored

    def run(plan: Any, ctx: Any, views: Any) -> Any:  # offline._run reads a criterion's plan (offline._Plan)
        outcome, gate, ungated = original(plan, ctx, views)
        value = max(0.0, min(100.0, outcome.score * gate)) if outcome.applicable else None
        seen.append((plan.criterion, value))
        return outcome, gate, ungated

    def floor(value: float, civil: float) -> float:
        floors.append(civil)
        return original_floored(value, civil)

    offline._run, offline.floored = run, floor
    try:
        yield seen, floors
    finally:
        offline._run, offline.floored = original, original_floored


def collect(scorer: OfflineScorer, split: str) -> list[Row]:
    """Every graded reply of ``split`` on every graded quality, with its criteria's scores."""
    owner = {id(c): (rid, c.id) for rid in scorer.rubrics.ids() for c in scorer.rubrics.get(rid).criteria}
    rows: list[Row] = []
    with recording() as (seen, floors):
        for situation, _index, reply, item in devset_items(scorer, split):
            seen.clear()
            floors.clear()
            result = scorer.score(item.scenario, item.step, item.answer)
            floor_of = {q.value: f for q, f in zip(item.step.qualities, floors, strict=True)}
            for quality, grade in reply["grades"].items():
                parts = tuple((owner[id(c)], v) for c, v in seen  # weight 0: shown, never counted (the checklist)
                              if v is not None and c.quality.value == quality and c.weight > 0)
                caps = tuple((owner[id(c)], v) for c, v in seen if v is not None and c.quality.value == quality
                             and c.weight == 0 and c.params.ceiling is not None)
                score = result.scores[quality]
                rows.append(Row(situation["id"], set_of(situation["id"]), quality, int(grade), score, parts,
                                None if parts else score, "addresses-grader" in result.flags, floor_of[quality], caps))
    return rows


def aggregate(row: Row, weights: dict[Key, float], ceilings: dict[Key, float]) -> int:
    """The quality's score under these weights and ceilings, computed as ``OfflineScorer.score`` does."""
    if row.fixed is not None:
        return row.fixed
    value = sum(v * weights[k] for k, v in row.parts) / sum(weights[k] for k, _v in row.parts)
    cap = 100.0
    for k, v in row.parts + row.caps:
        if k in ceilings:
            cap = min(v + ceilings[k], cap)
    value = floored(capped(value, cap), row.floor)
    if row.grader:
        value = min(value, GRADER_CAP)
    return round(value)


def pairs_of(rows: list[Row]) -> list[tuple[int, int]]:
    """(better, worse) row indexes: same situation and quality, different hand grades."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault((row.situation, row.quality), []).append(i)
    out = []
    for members in groups.values():
        for a, i in enumerate(members):
            for j in members[a + 1:]:
                if rows[i].grade != rows[j].grade:
                    out.append((i, j) if rows[i].grade > rows[j].grade else (j, i))
    return out


def agreement(rows: list[Row], weights: dict[Key, float], ceilings: dict[Key, float]) -> tuple[float, int]:
    """Share of ordered pairs (a tie is a failure) and the number of pairs."""
    scores = [aggregate(r, weights, ceilings) for r in rows]
    pairs = pairs_of(rows)
    return sum(scores[i] > scores[j] for i, j in pairs) / max(1, len(pairs)), len(pairs)


def grid(today: float, span: float = 2.0) -> list[float]:
    """Readable candidate weights: multiples of 0.5 from today's weight / span to today's x span (and today's)."""
    low, high = max(0.5, today / span), min(10.0, today * span)
    values = {today} | {k / 2 for k in range(math.ceil(low * 2), math.floor(high * 2) + 1)}
    return sorted(values)


def ceiling_grid(today: float) -> list[float]:
    """Candidate ceilings: today's, five and ten points either side."""
    return sorted({today} | {c for c in (today - 10, today - 5, today + 5, today + 10) if 0 <= c <= 100})


def fit(rows: list[Row], weights: dict[Key, float], ceilings: dict[Key, float], pull: float,
        tune_ceilings: bool = False, passes: int = 3, span: float = 2.0) -> tuple[dict[Key, float], dict[Key, float]]:
    """Coordinate search from today's weights (and ceilings) to more ordered pairs of ``rows``."""
    pairs = pairs_of(rows)
    touching: dict[Key, list[int]] = {}
    for i, row in enumerate(rows):
        for k in {k for k, _v in row.parts}:
            touching.setdefault(k, []).append(i)
    pairs_at: dict[int, list[int]] = {}
    for p, (i, j) in enumerate(pairs):
        pairs_at.setdefault(i, []).append(p)
        pairs_at.setdefault(j, []).append(p)
    w, c = dict(weights), dict(ceilings)
    scores = [aggregate(r, w, c) for r in rows]

    def cost(values: dict[Key, float], start: dict[Key, float], key: Key, log: bool) -> float:
        if log:
            return pull * abs(math.log2(values[key] / start[key]))
        return pull * abs(values[key] - start[key]) / 10

    def try_key(key: Key, table: dict[Key, float], start: dict[Key, float], candidates: list[float],
                log: bool) -> None:
        idx = touching.get(key, [])
        mine = sorted({p for i in idx for p in pairs_at.get(i, [])})
        if not mine:
            return
        base = sum(scores[pairs[p][0]] > scores[pairs[p][1]] for p in mine) - cost(table, start, key, log)
        best, best_value, best_scores = base, table[key], None
        kept = table[key]
        for value in candidates:
            if value == kept:
                continue
            table[key] = value
            trial = {i: aggregate(rows[i], w, c) for i in idx}
            won = sum((trial.get(a, scores[a]) > trial.get(b, scores[b])) for a, b in (pairs[p] for p in mine))
            gain = won - cost(table, start, key, log)
            if gain > best + 1e-9:
                best, best_value, best_scores = gain, value, trial
        table[key] = best_value
        if best_scores is not None:
            for i, s in best_scores.items():
                scores[i] = s

    for _ in range(passes):
        before = (dict(w), dict(c))
        for key in sorted(w):
            try_key(key, w, weights, grid(weights[key], span), True)
        if tune_ceilings:
            for key in sorted(c):
                try_key(key, c, ceilings, ceiling_grid(ceilings[key]), False)
        if (w, c) == before:
            break
    return w, c


def fit_logistic(rows: list[Row], weights: dict[Key, float], ceilings: dict[Key, float], pull: float,
                 temperature: float = 5.0, steps: int = 300) -> tuple[dict[Key, float], dict[Key, float]]:
    """A pairwise logistic model of the weighted mean, turned into readable weights.

    Each weight is exp(theta); a pair's margin is the difference of the two weighted means (ceilings left aside)
    over ``temperature``; the loss is the pairs' log-loss plus ``pull`` x (log2 of each weight's ratio to today's)^2.
    Adam from today's weights, a fixed number of steps, then each weight is rounded to a multiple of 0.5 (>= 0.5).
    """
    import numpy as np  # only this variant needs it, and numpy is no dependency of the project: a fresh install
    # of '.[dev]' runs the other fits and the tests without it

    keys = sorted(weights)
    col = {k: n for n, k in enumerate(keys)}
    values = np.zeros((len(rows), len(keys)))
    mask = np.zeros((len(rows), len(keys)))
    fixed = np.array([float(r.fixed) if r.fixed is not None else 0.0 for r in rows])
    live = np.array([r.fixed is None for r in rows])
    for i, row in enumerate(rows):
        for k, v in row.parts:
            values[i, col[k]], mask[i, col[k]] = v, 1.0
    pairs = np.array(pairs_of(rows)).reshape(-1, 2)
    better, worse = pairs[:, 0], pairs[:, 1]
    theta0 = np.log(np.array([weights[k] for k in keys]))
    theta = theta0.copy()
    m1, m2 = np.zeros_like(theta), np.zeros_like(theta)
    for step in range(1, steps + 1):
        w = np.exp(theta)
        total = np.where(live, mask @ w, 1.0)
        score = np.where(live, (values * mask) @ w / total, fixed)
        margin = (score[better] - score[worse]) / temperature
        slope = -1.0 / (1.0 + np.exp(margin)) / temperature  # d log-loss / d margin x d margin / d score
        by_score = np.zeros(len(rows))
        np.add.at(by_score, better, slope)
        np.add.at(by_score, worse, -slope)
        by_score = np.where(live, by_score / total, 0.0)
        grad = w * ((by_score[:, None] * mask * (values - score[:, None])).sum(axis=0))
        grad += pull * 2 * (theta - theta0) / math.log(2) ** 2
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        theta -= 0.05 * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    fitted = {k: min(10.0, max(0.5, round(float(np.exp(theta[n])) * 2) / 2)) for n, k in enumerate(keys)}
    return {k: weights[k] if abs(fitted[k] - weights[k]) < 0.25 else fitted[k] for k in keys}, dict(ceilings)


def stable(rows: list[Row], start: tuple[dict[Key, float], dict[Key, float]],
           fitter: Callable[[list[Row]], tuple[dict[Key, float], dict[Key, float]]],
           ) -> tuple[dict[Key, float], dict[Key, float]]:
    """Today's weights with only the changes every inner fit makes (each leaving one of ``rows``' sets out)."""
    fits = [fitter([r for r in rows if r.set != inner]) for inner in sorted({r.set for r in rows})]
    kept = []
    for table, base in ((0, start[0]), (1, start[1])):
        out = dict(base)
        for key in base:
            found = {f[table][key] for f in fits}
            if len(found) == 1 and (value := found.pop()) != base[key]:
                out[key] = value
        kept.append(out)
    return kept[0], kept[1]


def today(scorer: OfflineScorer) -> tuple[dict[Key, float], dict[Key, float]]:
    """Today's weights and ceilings, from the rubrics the scorer reads."""
    weights: dict[Key, float] = {}
    ceilings: dict[Key, float] = {}
    for rid in scorer.rubrics.ids():
        for criterion in scorer.rubrics.get(rid).criteria:
            if criterion.params.ceiling is not None:  # a guard of weight 0 caps too (``Row.caps``)
                ceilings[(rid, criterion.id)] = float(criterion.params.ceiling)
            if criterion.weight == 0:  # read and shown, never counted: no weight to fit
                continue
            weights[(rid, criterion.id)] = criterion.weight
    return weights, ceilings


def changes(before: dict[Key, float], after: dict[Key, float]) -> list[str]:
    return [f"{rid}/{cid} {before[(rid, cid)]:g}->{after[(rid, cid)]:g}" for rid, cid in sorted(after)
            if after[(rid, cid)] != before[(rid, cid)]]


def check_reproduces(rows: list[Row], weights: dict[Key, float], ceilings: dict[Key, float]) -> None:
    """Today's weights must give the scorer's own score on every reply and quality, or the fit measures nothing."""
    wrong = [r for r in rows if aggregate(r, weights, ceilings) != r.score]
    if wrong:
        raise SystemExit(f"re-aggregation differs from the scorer on {len(wrong)} of {len(rows)} rows "
                         f"(first: {wrong[0].situation} {wrong[0].quality})")


def report(name: str, rows: list[Row], start: tuple[dict[Key, float], dict[Key, float]],
           fitted: tuple[dict[Key, float], dict[Key, float]], out: Callable[[str], None]) -> tuple[float, float]:
    before, pairs = agreement(rows, *start)
    after, _pairs = agreement(rows, *fitted)
    out(f"{name:22} {pairs:5} pairs  today {before:6.1%}  fitted {after:6.1%}  ({(after - before) * 100:+.1f})")
    return before, after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", action="append", choices=SETS, help="hold out only these sets (default: all)")
    parser.add_argument("--pull", type=float, default=2.0, help="pairs a doubling or halving of a weight must win")
    parser.add_argument("--span", type=float, default=2.0, help="candidate weights: today's / span to x span")
    parser.add_argument("--passes", type=int, default=3, help="coordinate-search passes at most")
    parser.add_argument("--logistic", action="store_true", help="a pairwise logistic model instead of the search")
    parser.add_argument("--stable", action="store_true",
                        help="keep only the changes every inner leave-one-set-out fit of the training sets makes")
    parser.add_argument("--ceilings", action="store_true", help="fit the ceiling params too")
    parser.add_argument("--held-out", action="store_true", help="also print the held-out split's overall figure")
    parser.add_argument("--no-final", action="store_true", help="skip the fit on the whole tuning split")
    args = parser.parse_args(argv)
    scorer = OfflineScorer()
    start = today(scorer)
    rows = collect(scorer, "tuning")
    check_reproduces(rows, *start)
    print(f"re-aggregation reproduces the scorer on all {len(rows)} rows; pull {args.pull:g}, "
          f"ceilings {'fitted' if args.ceilings else 'kept'}")
    gains: list[float] = []

    def fitter(train: list[Row]) -> tuple[dict[Key, float], dict[Key, float]]:
        return stable(train, start, fit_once) if args.stable else fit_once(train)

    def fit_once(train: list[Row]) -> tuple[dict[Key, float], dict[Key, float]]:
        if args.logistic:
            return fit_logistic(train, *start, pull=args.pull)
        return fit(train, *start, pull=args.pull, tune_ceilings=args.ceilings, passes=args.passes, span=args.span)

    for held in args.fold or SETS:
        train = [r for r in rows if r.set != held]
        fitted = fitter(train)
        report(f"fit without {held}", train, start, fitted, print)
        before, after = report(f"  held out {held}", [r for r in rows if r.set == held], start, fitted, print)
        gains.append(after - before)
        print("    changed:", ", ".join(changes(start[0], fitted[0]) + changes(start[1], fitted[1])) or "nothing")
    if len(gains) > 1:
        better = sum(g > 0 for g in gains)
        print(f"held-out sets: mean {sum(gains) / len(gains) * 100:+.2f} points, better in {better} of {len(gains)}, "
              f"worse in {sum(g < 0 for g in gains)}")
    if not args.no_final:
        final = fitter(rows)
        report("whole tuning split", rows, start, final, print)
        print("    changed:", ", ".join(changes(start[0], final[0]) + changes(start[1], final[1])) or "nothing")
        if args.held_out:  # the overall figure only: never a per-reply or per-quality result of the held-out split
            held_rows = collect(scorer, "held-out")
            check_reproduces(held_rows, *start)
            print(f"held-out overall: today {agreement(held_rows, *start)[0]:6.1%}  "
                  f"fitted {agreement(held_rows, *final)[0]:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
