"""Assemble a judge scorer from the user's settings: the offline scorer, the rubrics and the cache."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Literal

from cmsim.scoring.judge.cache import VerdictCache
from cmsim.scoring.judge.config import cache_dir, check_reachable, load_settings
from cmsim.scoring.judge.scorer import JudgeScorer

if TYPE_CHECKING:
    from cmsim.scoring.offline import OfflineScorer

CACHE_FILE = "judge.sqlite3"


def add_judge_arguments(parser: argparse.ArgumentParser) -> None:
    """``--judge-model`` and ``--judge-base-url`` (flags beat env and config file); the judge itself is
    switched on by the command's ``--scorer hybrid|llm``."""
    group = parser.add_argument_group("LLM judge (optional; off by default: see --scorer)")
    group.add_argument("--judge-model", metavar="NAME", help="model name (else CMSIM_JUDGE_MODEL, config file)")
    group.add_argument(
        "--judge-base-url", metavar="URL", help="OpenAI-compatible endpoint (else OPENAI_BASE_URL, config file)"
    )


def make_judge_scorer(
    mode: Literal["llm", "hybrid"],
    *,
    model: str | None = None,
    base_url: str | None = None,
    offline: OfflineScorer | None = None,
) -> JudgeScorer:
    """A ``hybrid`` or ``llm`` scorer over ``offline`` (a fresh offline scorer when not given).

    ``model`` and ``base_url`` win over the environment and the config file. Raises ``ConfigError``
    (a located, readable message) when the settings are wrong or cannot reach any endpoint.
    """
    from cmsim.scoring.offline import OfflineScorer

    settings = load_settings(model=model, base_url=base_url)
    check_reachable(settings)
    offline = offline or OfflineScorer()
    return JudgeScorer(
        offline, offline.rubrics.get, settings, mode=mode, cache=VerdictCache(cache_dir() / CACHE_FILE)
    )
