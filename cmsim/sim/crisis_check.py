"""Calibration runs of a crisis: replay each run and compare its ending and scores with what it expects."""

from __future__ import annotations

from dataclasses import dataclass

from cmsim.authoring.crisis import LoadedCrisis
from cmsim.model.base import parse_range
from cmsim.model.crisis import Run
from cmsim.model.qualities import Quality
from cmsim.scoring.base import Scorer
from cmsim.sim.crisis import CrisisEngine, CrisisError


@dataclass(frozen=True)
class RunOutcome:
    """One calibration run replayed: its ending, its scores and the expectations it missed."""

    path: str
    run: Run
    outcome: str | None
    scores: dict[Quality, int]
    misses: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """True when the run ended as expected with every quality in its band."""
        return not self.misses

    def __str__(self) -> str:
        head = f"{self.path}: run '{self.run.name}'"
        if self.passed:
            scores = ", ".join(f"{q.value} {self.scores.get(q)}" for q in self.run.expect)
            return f"{head}: {self.outcome}" + (f", {scores}" if scores else "")
        return f"{head}: " + "; ".join(self.misses)


def check_runs(loaded: LoadedCrisis, scorer: Scorer) -> list[RunOutcome]:
    """Replay every calibration run of ``loaded``."""
    engine = CrisisEngine(loaded, scorer)
    out = []
    for run in loaded.scenario.runs:
        try:
            _state, result = engine.replay(list(run.actions))
        except CrisisError as exc:
            out.append(RunOutcome(str(loaded.path), run, None, {}, (str(exc),)))
            continue
        misses = []
        if run.outcome is not None and result.ending.outcome != run.outcome:
            misses.append(f"outcome {result.ending.outcome} ({result.ending.id}), expected {run.outcome}")
        for quality, expr in run.expect.items():
            lo, hi = parse_range(expr)
            got = result.scores.get(quality)
            if got is None or not lo <= got <= hi:
                misses.append(f"{quality.value} {got if got is not None else 'not scored'} not in {expr.strip()}")
        out.append(RunOutcome(str(loaded.path), run, result.ending.outcome, dict(result.scores), tuple(misses)))
    return out


__all__ = ["RunOutcome", "check_runs"]
