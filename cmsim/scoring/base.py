"""The scorer interface every scorer (offline, LLM judge, hybrid) implements."""

from __future__ import annotations

from typing import Protocol

from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step


class Scorer(Protocol):
    """Scores one answer to one step. Must be deterministic for the offline scorer."""

    name: str

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        """Score ``answer`` to ``step`` of ``scenario``; a score for each quality the step exercises."""
        ...
