"""Pick the branch that follows a step, from its scores, the option chosen and the flags set so far."""

from __future__ import annotations

from collections.abc import Mapping

from cmsim.model.result import StepResult
from cmsim.model.scenario import Branch, Condition, Scalar, Step


def matches(condition: Condition | None, result: StepResult, option: str | None, flags: Mapping[str, Scalar]) -> bool:
    """True when every part of ``condition`` holds (no condition: the 'else', always true)."""
    if condition is None:
        return True
    for name, (lo, hi) in condition.ranges().items():
        value = result.average if name == "average" else result.scores.get(name)  # type: ignore[call-overload]
        if value is None or not lo <= value <= hi:
            return False
    options = condition.options()
    if options and option not in options:
        return False
    return all(flags.get(key) == value for key, value in condition.flags.items())


def choose(step: Step, result: StepResult, option: str | None, flags: Mapping[str, Scalar]) -> Branch | None:
    """The first branch of ``step`` whose condition holds, or None when none does (lint prevents it)."""
    return next((b for b in step.next if matches(b.when, result, option, flags)), None)


def describe(condition: Condition | None) -> str:
    """A short human reading of a condition, e.g. ``calm >= 60, listening 55-100`` or ``else``."""
    if condition is None:
        return "else"
    parts = []
    for name, (lo, hi) in condition.ranges().items():
        parts.append(f"{name} >= {lo}" if hi == 100 else f"{name} <= {hi}" if lo == 0 else f"{name} {lo}-{hi}")
    if condition.options():
        parts.append("option: " + " | ".join(condition.options()))
    parts.extend(f"{k} = {v}" for k, v in condition.flags.items())
    return ", ".join(parts) or "always"
