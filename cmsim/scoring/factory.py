"""Build the scorer a command or the TUI asked for, importing only what that scorer needs."""

from __future__ import annotations

from cmsim.scoring.base import Scorer


def make_scorer(kind: str = "offline", *, judge_model: str | None = None, judge_base_url: str | None = None) -> Scorer:
    """The scorer named ``kind``: ``offline`` (default, deterministic, no network), or ``hybrid`` /
    ``llm`` (the offline scorer with an LLM judge; ``judge_*`` override the judge's settings)."""
    if kind == "offline":
        from cmsim.scoring.offline import OfflineScorer

        return OfflineScorer()
    if kind in ("hybrid", "llm"):
        from cmsim.scoring.judge.setup import make_judge_scorer

        return make_judge_scorer("llm" if kind == "llm" else "hybrid", model=judge_model, base_url=judge_base_url)
    raise ValueError(f"unknown scorer {kind!r}")
