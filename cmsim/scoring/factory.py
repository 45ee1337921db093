"""Build the scorer a command or the TUI asked for, importing only what that scorer needs."""

from __future__ import annotations

from cmsim.scoring.base import Scorer


def make_scorer(kind: str = "offline") -> Scorer:
    """The scorer named ``kind``: ``offline`` (default, deterministic, no network)."""
    if kind == "offline":
        from cmsim.scoring.offline import OfflineScorer

        return OfflineScorer()
    raise ValueError(f"unknown scorer {kind!r}")
