"""Shared material of the judge's tests: a small scenario and rubric, and a deterministic offline scorer."""

from __future__ import annotations

from collections.abc import Callable

from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.rubric import Rubric
from cmsim.model.scenario import Scenario, Step
from cmsim.scoring.judge.scorer import JudgeScorer


def _band(en: str) -> dict[str, str]:
    return {"fr": en, "en": en}


def _criterion(cid: str, quality: str, weight: float = 1.0) -> dict[str, object]:
    return {
        "id": cid,
        "quality": quality,
        "kind": "test",
        "weight": weight,
        "title": _band(cid),
        "feedback": {"good": _band("good"), "fair": _band("fair"), "poor": _band("poor")},
    }


RUBRIC = Rubric.model_validate(
    {
        "id": "public-reply",
        "title": _band("Public reply"),
        "judge_weight": 0.5,
        "criteria": [
            _criterion("names-problem", "listening", 2),
            _criterion("next-step", "listening"),
            _criterion("no-hostility", "calm"),
            _criterion("charter", "communication"),
            _criterion("handover", "teamwork"),
        ],
    }
)

SCENARIO = Scenario.model_validate(
    {
        "format": 1,
        "id": "judge-test",
        "title": "Late parcel",
        "lang": "en",
        "difficulty": "easy",
        "summary": "A late parcel.",
        "platforms": ["x"],
        "brand": {"name": "Brightbox", "handle": "@brightbox", "charter": {"signature": "^Sam"}},
        "personas": [{"id": "dan", "name": "Dan", "handle": "@dan", "role": "customer"}],
        "thread": [{"author": "dan", "text": "Where is my parcel? Party is on Saturday!"}],
        "steps": [
            {
                "id": "reply",
                "title": "Answer Dan",
                "prompt": "Answer Dan in public.",
                "qualities": ["listening", "calm", "communication"],
                "expect": {"person": "Dan", "facts": [["Saturday", "party"]], "private": True},
                "next": [{"when": {"average": ">= 60"}, "goto": "good"}, {"goto": "bad"}],
            },
            {
                "id": "choose",
                "kind": "choice",
                "title": "Pick",
                "prompt": "Pick one.",
                "qualities": ["teamwork"],
                "options": [
                    {"id": "a", "text": "A", "scores": {"teamwork": 90}, "feedback": "good"},
                    {"id": "b", "text": "B", "scores": {"teamwork": 10}, "feedback": "bad"},
                ],
                "next": "good",
            },
        ],
        "endings": [
            {"id": "good", "title": "Good", "outcome": "good", "debrief": "Well done."},
            {"id": "bad", "title": "Bad", "outcome": "bad", "debrief": "Not quite."},
        ],
    }
)

GOOD_REPLY = "Dan, I'm so sorry your parcel is late with the party on Saturday. Can you DM us your order number? ^Sam"


class WordScorer:
    """A deterministic stand-in for the offline scorer: more words, higher scores (capped at 90)."""

    name = "words@test"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        if step.kind == "choice":
            option = next(o for o in step.options if o.id == answer.option)
            return StepResult(step_id=step.id, scores=dict(option.scores), scorer=self.name)
        words = sum(len(text.split()) for text in answer.fields.values())
        base = min(90, 10 + 3 * words)
        scores = {q: max(0, base - 10 * i) for i, q in enumerate(step.qualities)}
        return StepResult(step_id=step.id, scores=scores, feedback="offline feedback", scorer=self.name)


def rubric_lookup(rubric_id: str) -> Rubric:
    if rubric_id != RUBRIC.id:
        raise KeyError(rubric_id)
    return RUBRIC


def reply_step() -> Step:
    return SCENARIO.step("reply")


QUALITIES = (Quality.listening, Quality.calm, Quality.communication)


MakeJudge = Callable[..., JudgeScorer]
"""Builds a judge scorer against the fake server (the ``make_judge`` fixture); keyword arguments tune settings."""
