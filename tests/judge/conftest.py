"""Fixtures of the judge's tests: a scripted OpenAI-compatible server on 127.0.0.1, and judge scorers
built against it with fast retries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakellm import FakeLLM
from judgekit import MakeJudge, WordScorer, rubric_lookup

from cmsim.scoring.judge.cache import VerdictCache
from cmsim.scoring.judge.client import JudgeClient
from cmsim.scoring.judge.config import JudgeSettings
from cmsim.scoring.judge.scorer import JudgeScorer


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    with FakeLLM() as fake:
        yield fake


@pytest.fixture
def make_judge(server: FakeLLM, tmp_path: Path) -> MakeJudge:
    """Build a judge scorer against ``server`` with fast retries; keyword arguments tune settings.

    The default budget is 5 s: the local fake answers in milliseconds, but on a loaded 2-core machine the first
    request (client start-up included) once took over 1 s and the judge fell back to the offline scores. Tests of
    the budget itself pass their own ``timeout``."""

    def build(mode: str = "hybrid", cache: bool = True, offline: object = None, **overrides: object) -> JudgeScorer:
        values: dict[str, object] = {
            "model": "fake-model",
            "base_url": server.url,
            "timeout": 5.0,
            "retries": 2,
            "backoff": 0.01,
            "max_backoff": 0.05,
            "concurrency": 4,
        }
        values.update(overrides)
        settings = JudgeSettings.model_validate(values)
        return JudgeScorer(
            offline or WordScorer(),  # type: ignore[arg-type]
            rubric_lookup,
            settings,
            mode=mode,  # type: ignore[arg-type]
            cache=VerdictCache(tmp_path / "judge.sqlite3") if cache else None,
            client=JudgeClient(settings),
        )

    return build
