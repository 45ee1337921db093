"""Branch conditions: names they may test, option scores, every score or option covered, no dead branch."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from cmsim.authoring.lint.context import LintContext, hint
from cmsim.authoring.yamlsource import PathKey
from cmsim.model.scenario import Branch, Condition, Step

_MAX_GRID = 50_000

Point = dict[str, int]


def conditions(ctx: LintContext, i: int, step: Step) -> None:
    """Check step ``i``'s conditions and option scores, then that its branches cover every case and
    each can be taken."""
    option_ids = [o.id for o in step.options]
    valid: list[bool] = []
    for k, branch in enumerate(step.next):
        valid.append(_check_condition(ctx, ("steps", i, "next", k, "when"), step, branch.when, option_ids))
    if step.kind == "choice":
        for o, option in enumerate(step.options):
            missing = [q.value for q in step.qualities if q not in option.scores]
            if missing:
                ctx.error(
                    ("steps", i, "options", o, "scores"),
                    f"option '{option.id}' has no score for {', '.join(missing)}, which this step exercises",
                    "option-scores",
                )
    points = _points(step)
    if points is None:
        ctx.warn(
            ("steps", i, "next"),
            "too many score conditions to check that they cover every score",
            "coverage-unchecked",
        )
        return
    _coverage(ctx, i, step, points, valid)
    _shadowing(ctx, i, step, points, valid)


def _check_condition(
    ctx: LintContext, path: PathKey, step: Step, when: Condition | None, option_ids: list[str]
) -> bool:
    """Report bad names in a condition; False when it tests something this step never produces."""
    if when is None:
        return True
    ok = True
    exercised = {q.value for q in step.qualities}
    for name in when.ranges():
        if name != "average" and name not in exercised:
            ok = False
            ctx.error(
                (*path, name),
                f"'{name}' is never scored here: this step exercises {', '.join(sorted(exercised))}",
                "quality-not-exercised",
                key=True,
            )
    if when.option is not None:
        if step.kind == "reply":
            ok = False
            ctx.error(
                (*path, "option"),
                "a reply step has no options; 'option' applies to choice steps",
                "bad-option",
                key=True,
            )
        else:
            listed = isinstance(when.option, list)
            for n, opt in enumerate(when.options()):
                if opt not in option_ids:
                    ok = False
                    ctx.error(
                        (*path, "option", n) if listed else (*path, "option"),
                        f"unknown option '{opt}'" + hint(opt, option_ids, "options"),
                        "unknown-option",
                    )
    return ok


def _points(step: Step) -> list[tuple[Point, str | None]] | None:
    """The situations to test branches against: each option of a choice step, or the grid of
    boundary values of the scores a reply step's conditions mention (None if too big)."""
    if step.kind == "choice":
        out: list[tuple[Point, str | None]] = []
        for option in step.options:
            scores = {q.value: option.scores[q] for q in step.qualities if q in option.scores}
            point = dict(scores)
            if scores:
                point["average"] = round(sum(scores.values()) / len(scores))
            out.append((point, option.id))
        return out
    values: dict[str, set[int]] = {}
    for branch in step.next:
        if branch.when is None:
            continue
        for name, (lo, hi) in branch.when.ranges().items():
            values.setdefault(name, {0, 100}).update(v for v in (lo - 1, lo, hi, hi + 1) if 0 <= v <= 100)
    names = sorted(values)
    size = 1
    for name in names:
        size *= len(values[name])
    if size > _MAX_GRID:
        return None
    exercised = [q.value for q in step.qualities]
    grid = [dict(zip(names, combo, strict=True)) for combo in itertools.product(*(sorted(values[n]) for n in names))]
    return [(p, None) for p in grid if _feasible(p, exercised)]


def _coverage(ctx: LintContext, i: int, step: Step, points: list[tuple[Point, str | None]], valid: list[bool]) -> None:
    if any(b.when is None for b in step.next):
        return
    certain = [b for b, ok in zip(step.next, valid, strict=True) if ok and b.when is not None and not b.when.flags]
    flagged = any(b.when is not None and b.when.flags for b in step.next)
    for point, option in points:
        if any(_matches(b.when, point, option) for b in certain):
            continue
        if step.kind == "choice":
            o = next(n for n, opt in enumerate(step.options) if opt.id == option)
            where: PathKey = ("steps", i, "options", o, "id")
            what = f"choosing option '{option}'"
        else:
            where = ("steps", i, "next")
            what = "scores " + ", ".join(f"{name} = {value}" for name, value in point.items())
        fix = "add an else branch (a last '- goto: …' without 'when')"
        if flagged:
            ctx.warn(where, f"no branch is sure to match {what} unless the flags tested are set; {fix}", "uncovered")
        else:
            ctx.error(where, f"no branch matches {what}; {fix}", "uncovered")
        if step.kind == "reply":
            return  # one example of a hole is enough for a reply step


def _shadowing(ctx: LintContext, i: int, step: Step, points: list[tuple[Point, str | None]], valid: list[bool]) -> None:
    for k, branch in enumerate(step.next):
        if not valid[k]:
            continue
        mine = [(p, o) for p, o in points if _matches(branch.when, p, o)]
        label = "the else branch" if branch.when is None else "this branch"
        if not mine:
            what = "option" if step.kind == "choice" else "score"
            ctx.warn(("steps", i, "next", k), f"{label} is never taken: no {what} satisfies it", "shadowed")
            continue
        earlier = [b for b, ok in zip(step.next[:k], valid, strict=False) if ok and _flags_within(b, branch)]
        if k and all(any(_matches(b.when, p, o) for b in earlier) for p, o in mine):
            ctx.warn(
                ("steps", i, "next", k),
                f"{label} is never taken: the branches above it already match everything it would",
                "shadowed",
            )


def _feasible(point: Point, exercised: Sequence[str]) -> bool:
    """Whether the average in ``point`` can come from the quality scores in it (others free in 0–100)."""
    if "average" not in point or not exercised:
        return True
    fixed = [point[q] for q in exercised if q in point]
    free = len(exercised) - len(fixed)
    low = round(sum(fixed) / len(exercised))
    high = round((sum(fixed) + 100 * free) / len(exercised))
    return low <= point["average"] <= high


def _matches(when: Condition | None, point: Point, option: str | None) -> bool:
    """Whether a condition holds for these scores and option (flags are checked by the caller)."""
    if when is None:
        return True
    if when.option is not None and option not in when.options():
        return False
    return all(name in point and lo <= point[name] <= hi for name, (lo, hi) in when.ranges().items())


def _flags_within(earlier: Branch, later: Branch) -> bool:
    """True when ``earlier``'s flag tests hold whenever ``later``'s do."""
    if earlier.when is None or not earlier.when.flags:
        return True
    later_flags = later.when.flags if later.when is not None else {}
    return all(later_flags.get(name) == value for name, value in earlier.when.flags.items())
