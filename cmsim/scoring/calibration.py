"""Calibration: score a scenario's sample answers and compare each quality with its expected band."""

from __future__ import annotations

from dataclasses import dataclass

from cmsim.authoring.load import Loaded
from cmsim.model.base import parse_range
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer
from cmsim.model.scenario import Calibration
from cmsim.scoring.base import Scorer


@dataclass(frozen=True)
class Outcome:
    """One calibration example scored: the scores it got and the expectations it missed."""

    path: str
    example: Calibration
    scores: dict[Quality, int]
    misses: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """True when every expected quality fell in its band."""
        return not self.misses

    def __str__(self) -> str:
        head = f"{self.path}: '{self.example.name}' ({self.example.step})"
        if self.passed:
            return f"{head}: " + ", ".join(f"{q.value} {self.scores.get(q)}" for q in self.example.expect)
        return f"{head}: " + "; ".join(self.misses)


def calibrate(loaded: Loaded, scorer: Scorer) -> list[Outcome]:
    """Score every calibration example of ``loaded`` with ``scorer``."""
    scenario = loaded.scenario
    out = []
    for example in scenario.calibration:
        try:
            step = scenario.step(example.step)
        except KeyError:
            out.append(Outcome(str(loaded.path), example, {}, (f"no step '{example.step}'",)))
            continue
        result = scorer.score(scenario, step, Answer.from_data(example.answer))
        misses = []
        for quality, expr in example.expect.items():
            lo, hi = parse_range(expr)
            got = result.scores.get(quality)
            if got is None or not lo <= got <= hi:
                misses.append(f"{quality.value} {got if got is not None else 'not scored'} not in {expr.strip()}")
        out.append(Outcome(str(loaded.path), example, dict(result.scores), tuple(misses)))
    return out
