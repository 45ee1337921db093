"""Deterministic scorers for the TUI tests: scores that never move when the real scorer is tuned."""

from __future__ import annotations

import re

from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, CriterionResult, Evidence, StepResult
from cmsim.model.scenario import Scenario, Step

GOOD_WORDS: dict[Quality, tuple[str, ...]] = {
    Quality.listening: ("birthday", "saturday", "sorry"),
    Quality.calm: ("sorry", "understand"),
    Quality.communication: ("^sam", "dan"),
    Quality.teamwork: ("logistics", "urgent"),
    Quality.creativity: ("contest",),
    Quality.multiplatform: ("dm",),
}
BAD = re.compile(r"!!!|calm down|not our fault", re.IGNORECASE)


class KeywordScorer:
    """Each quality scores 40 + 20 per good word found (max 100), minus 40 per rude phrase; the words
    found are its evidence. Choice steps score the option's scores."""

    name = "test"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        if step.kind == "choice":
            option = next(o for o in step.options if o.id == answer.option)
            return StepResult(step_id=step.id, scores=dict(option.scores), feedback=option.feedback, scorer="test")
        criteria = [self._criterion(q, answer) for q in step.qualities]
        return StepResult(
            step_id=step.id,
            scores={c.quality: c.score for c in criteria},
            criteria=criteria,
            better_reply={"reply": "A fixed better reply. ^Sam"} if step.kind == "reply" else {},
            scorer="test",
        )

    def _criterion(self, quality: Quality, answer: Answer) -> CriterionResult:
        evidence: list[Evidence] = []
        missing: list[str] = []
        for field, text in answer.fields.items():
            low = text.lower()
            for word in GOOD_WORDS[quality]:
                at = low.find(word)
                if at >= 0:
                    evidence.append(Evidence(field=field, start=at, end=at + len(word), text=text[at : at + len(word)]))
            for m in BAD.finditer(text):
                evidence.append(Evidence(field=field, start=m.start(), end=m.end(), text=m.group(), polarity="-"))
        good = sum(e.polarity == "+" for e in evidence)
        bad = sum(e.polarity == "-" for e in evidence)
        if not good:
            missing = list(GOOD_WORDS[quality])
        score = max(0, min(100, 40 + 20 * good - 40 * bad))
        return CriterionResult(
            id=f"test-{quality.value}",
            quality=quality,
            score=score,
            weight=1.0,
            feedback=f"{quality.value}: {good} good, {bad} bad.",
            evidence=evidence,
            missing=missing,
        )


class FlakyScorer(KeywordScorer):
    """Fails its first ``failures`` calls (like a broken endpoint), then scores like ``KeywordScorer``."""

    def __init__(self, failures: int = 1) -> None:
        self.failures = failures

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("the scoring endpoint is down")
        return super().score(scenario, step, answer)
