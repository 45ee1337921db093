"""Helpers the store tests import by name (a module of its own: ``from conftest import`` resolves to
whichever test folder's conftest was loaded first when several folders run in one pytest call)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, CriterionResult, Evidence, StepResult
from cmsim.model.scenario import Scenario, Step


class WordScorer:
    """A transparent scorer: each quality scores 90 when its first four letters appear in the text,
    else 30; each match is a criterion with the matching word as evidence."""

    name = "words-v1"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        if step.kind == "choice":
            option = next(o for o in step.options if o.id == answer.option)
            return StepResult(step_id=step.id, scores=dict(option.scores), feedback=option.feedback, scorer=self.name)
        criteria = []
        scores: dict[Quality, int] = {}
        for quality in step.qualities:
            key = quality.value[:4]
            hit = next(((f, t) for f, t in answer.fields.items() if key in t.lower()), None)
            scores[quality] = 90 if hit else 30
            evidence = []
            if hit:
                start = hit[1].lower().index(key)
                evidence = [Evidence(field=hit[0], start=start, end=start + 4, text=hit[1][start : start + 4])]
            criteria.append(
                CriterionResult(
                    id=f"{key}-word",
                    quality=quality,
                    score=scores[quality],
                    weight=1.0,
                    feedback=f"{quality.value}: {'found' if hit else 'missing'}",
                    evidence=evidence,
                )
            )
        return StepResult(step_id=step.id, scores=scores, criteria=criteria, scorer=self.name)


class Ticker:
    """A wall clock tests move by hand."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


def tamper_score(db: Path, select: str) -> None:
    """Change one quality's score of the stored result ``select`` names (``SELECT id, result …``) straight in the
    SQLite file, as someone editing the database behind the app would."""
    raw = sqlite3.connect(db)
    row = raw.execute(select).fetchone()
    result = json.loads(row[1])
    quality = next(iter(result["scores"]))
    result["scores"][quality] = 99 if result["scores"][quality] != 99 else 1
    raw.execute("UPDATE scores SET result = ? WHERE id = ?", (json.dumps(result), row[0]))
    raw.commit()
    raw.close()
