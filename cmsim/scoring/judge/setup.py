"""Assemble a judge scorer from the user's settings: the offline scorer, the rubrics and the cache."""

from __future__ import annotations

from typing import Literal

from cmsim.authoring.load import RubricBook
from cmsim.scoring.judge.cache import VerdictCache
from cmsim.scoring.judge.config import cache_dir, check_reachable, load_settings
from cmsim.scoring.judge.scorer import JudgeScorer

CACHE_FILE = "judge.sqlite3"


def make_judge_scorer(
    mode: Literal["llm", "hybrid"], *, model: str | None = None, base_url: str | None = None
) -> JudgeScorer:
    """A ``hybrid`` or ``llm`` scorer; flags given here win over the environment and the config file.

    Raises ``AuthoringError`` (a located, readable message) when the settings are wrong or unusable.
    """
    from cmsim.scoring.offline import OfflineScorer

    settings = load_settings(mode=mode, model=model, base_url=base_url)
    check_reachable(settings)
    book = RubricBook()
    return JudgeScorer(OfflineScorer(book), book.get, settings, mode=mode, cache=VerdictCache(cache_dir() / CACHE_FILE))
