"""Helpers shared by the scoring tests: build one-step scenarios and score texts quickly."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from cmsim.authoring.load import Loaded, load_scenario
from cmsim.model.result import Answer, StepResult
from cmsim.paths import scenarios_dir
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer


@lru_cache(maxsize=1)
def scorer() -> OfflineScorer:
    """One scorer for the whole test session (rubrics and lexicons read once)."""
    return OfflineScorer()


@lru_cache(maxsize=2)
def late_parcel(lang: str = "en") -> Loaded:
    """The built-in late-parcel scenario."""
    return load_scenario(scenarios_dir() / lang / "late-parcel.yaml")


def score_late(text: str | dict[str, str], step: str = "first-reply") -> StepResult:
    """Score an answer to a step of the English late-parcel scenario."""
    scenario = late_parcel().scenario
    return scorer().score(scenario, scenario.step(step), Answer.from_data(text))


def score_line(**line: Any) -> StepResult:
    """Score a batch-style line (see cmsim.scoring.batch)."""
    item = parse_line({"id": "t", **line}, scorer())
    return scorer().score(item.scenario, item.step, item.answer)
