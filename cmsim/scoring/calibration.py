"""Calibration: score a scenario's sample answers and compare each quality with its expected band.

An example marked ``disputed: "why"`` is one the instructor stands by although the scorer disagrees:
it is scored like the others, but a miss is a known disagreement, not a failure."""

from __future__ import annotations

from dataclasses import dataclass

from cmsim.authoring.load import Loaded
from cmsim.model.base import parse_range
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Calibration
from cmsim.scoring.base import Scorer


@dataclass(frozen=True)
class Outcome:
    """One calibration example scored: the scores it got and the expectations it missed."""

    path: str
    example: Calibration
    scores: dict[Quality, int]
    misses: tuple[str, ...]
    result: StepResult | None = None

    @property
    def passed(self) -> bool:
        """True when every expected quality fell in its band."""
        return not self.misses

    @property
    def disputed(self) -> bool:
        """True when the example missed its bands but the instructor marked it as a known disagreement."""
        return bool(self.misses) and self.example.disputed is not None

    @property
    def failed(self) -> bool:
        """A miss nobody has accounted for."""
        return bool(self.misses) and self.example.disputed is None

    def __str__(self) -> str:
        head = f"{self.path}: '{self.example.name}' ({self.example.step})"
        if self.passed:
            return f"{head}: " + ", ".join(f"{q.value} {self.scores.get(q)}" for q in self.example.expect)
        return f"{head}: " + "; ".join(self.misses)

    def missed_qualities(self) -> list[Quality]:
        """The qualities whose score left the expected band."""
        return [q for q in self.example.expect if any(m.startswith(q.value + " ") for m in self.misses)]

    def why(self) -> list[str]:
        """For each missed quality, the criteria that made its score and the words that drove them."""
        if self.result is None:
            return []
        lines = []
        for quality in self.missed_qualities():
            for c in (c for c in self.result.criteria if c.quality == quality):
                lines.append(f"{quality.value} · {c.id} {c.score} (weight {c.weight:g}): {c.feedback.strip()}")
                lines += [f'    {e.polarity} "{e.text}"' for e in c.evidence]
                lines += [f"    missing: {m}" for m in c.missing]
        return lines


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
        out.append(Outcome(str(loaded.path), example, dict(result.scores), tuple(misses), result))
    return out
