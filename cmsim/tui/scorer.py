"""A scorer built on first use, inside the scoring worker, so the app starts without loading it."""

from __future__ import annotations

from threading import Lock
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmsim.model.result import Answer, StepResult
    from cmsim.model.scenario import Scenario, Step
    from cmsim.scoring.base import Scorer


class LazyScorer:
    """Builds ``make_scorer(kind)`` the first time it scores (``None``: the configured default, offline
    unless ``CMSIM_JUDGE`` or the config file switch the judge on); a failure is raised to the caller each time."""

    def __init__(self, kind: str | None = None) -> None:
        self.name = kind or "configured"
        self._kind = kind
        self._scorer: Scorer | None = None
        self._lock = Lock()

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        """Score through the real scorer, building it first if needed."""
        with self._lock:
            if self._scorer is None:
                from cmsim.scoring.factory import make_scorer

                self._scorer = make_scorer(self._kind)
                self.name = self._scorer.name
        return self._scorer.score(scenario, step, answer)
