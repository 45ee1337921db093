"""Build the scorer a command or the TUI asked for, importing only what that scorer needs."""

from __future__ import annotations

from cmsim.scoring.base import Scorer

SCORERS = ("offline", "hybrid", "llm")


def configured_kind() -> str:
    """The scorer to use when no flag names one: ``hybrid`` or ``llm`` when ``CMSIM_JUDGE`` or the config
    file's ``judge.mode`` switch the judge on, else ``offline``. Raises ``AuthoringError`` on a bad value."""
    from cmsim.scoring.judge.config import judge_mode

    mode = judge_mode()
    return "offline" if mode == "off" else mode


def make_scorer(
    kind: str | None = None, *, judge_model: str | None = None, judge_base_url: str | None = None
) -> Scorer:
    """The scorer named ``kind``: ``offline`` (deterministic, no network), or ``hybrid`` / ``llm`` (the
    offline scorer with an LLM judge; ``judge_*`` override the judge's settings). ``None``: the
    configured default (:func:`configured_kind`), offline when nothing is configured."""
    kind = configured_kind() if kind is None else kind
    if kind == "offline":
        from cmsim.scoring.offline import OfflineScorer

        return OfflineScorer()
    if kind in ("hybrid", "llm"):
        from cmsim.scoring.judge.setup import make_judge_scorer

        return make_judge_scorer("llm" if kind == "llm" else "hybrid", model=judge_model, base_url=judge_base_url)
    raise ValueError(f"unknown scorer {kind!r} (known: {', '.join(SCORERS)})")
