"""Rescore stored answers with the current scorer and scenario (after a rubric changed), keeping every
older scoring and its versions alongside."""

from __future__ import annotations

from dataclasses import dataclass

from cmsim.scoring.base import Scorer
from cmsim.store.db import Store
from cmsim.store.session import load_for_session


@dataclass(frozen=True)
class Rescored:
    """What rescoring one session did: answers with a new scoring, unchanged ones, and steps the
    scenario no longer has (left as they were)."""

    session_id: int
    changed: int
    unchanged: int
    missing_steps: tuple[str, ...]
    digest: str


def rescore_session(store: Store, session_id: int, scorer: Scorer) -> Rescored:
    """Score every stored answer of the session again from its transcript; the new scorings become
    current and the old ones stay in the history (same scorer, scenario and result: nothing written)."""
    info = store.session(session_id)
    loaded = load_for_session(info)
    scenario = loaded.scenario
    changed = unchanged = 0
    missing: list[str] = []
    for turn in store.turns(session_id):
        try:
            step = scenario.step(turn.step_id)
        except KeyError:
            missing.append(turn.step_id)
            continue
        result = scorer.score(scenario, step, turn.answer)
        if store.add_scores(turn.id, result, loaded.digest):
            changed += 1
        else:
            unchanged += 1
    return Rescored(session_id, changed, unchanged, tuple(missing), loaded.digest)
