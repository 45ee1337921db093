"""Rescore stored answers with the current scorer and scenario (after a rubric changed), keeping every
older scoring and its versions alongside.

A scorer that can score many answers at once (the LLM judge's ``score_batch``: concurrent, cached)
gets every answer of every session in one batch; any other scorer scores them one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.scoring.base import Scorer
from cmsim.session.crisis import replay_turns, stored_crisis
from cmsim.session.crisis_log import log_of
from cmsim.session.playthrough import load_for_session
from cmsim.sim.crisis import CrisisError
from cmsim.store.db import Store
from cmsim.store.records import TurnRecord

Progress = Callable[[int, int], None]


@runtime_checkable
class BatchScorer(Protocol):
    """A scorer that scores many answers in one call (results in the order given)."""

    def score_batch(
        self, items: Sequence[tuple[Scenario, Step, Answer]], progress: Progress | None = None
    ) -> list[StepResult]:
        """Score every ``(scenario, step, answer)``; ``progress(done, total)`` after each one."""
        ...


@dataclass(frozen=True)
class Rescored:
    """What rescoring one session did: answers with a new scoring, unchanged ones, and steps the
    scenario no longer has (left as they were)."""

    session_id: int
    changed: int
    unchanged: int
    missing_steps: tuple[str, ...]
    digest: str
    crisis: bool = False
    """A crisis session: rescored by playing it again from its action log (``replayed``), else kept as
    scored (recorded before crises kept their log, or its actions no longer fit the crisis)."""
    replayed: bool = False


@dataclass(frozen=True)
class _Pending:
    """One session to rescore: its scenario, the turns to score again and the steps it lost."""

    session_id: int
    scenario: Scenario
    digest: str
    turns: list[tuple[TurnRecord, Step]]
    missing: tuple[str, ...]
    crisis: bool = False
    kept: int = 0
    """Answers left as scored without being looked at (a crisis's)."""
    again: list[tuple[TurnRecord, StepResult]] | None = None
    """A crisis played again with the scorer: each turn and its new result."""


def rescore_session(store: Store, session_id: int, scorer: Scorer) -> Rescored:
    """Score every stored answer of the session again from its transcript; the new scorings become
    current and the old ones stay in the history (same scorer, scenario and result: nothing written)."""
    return rescore_sessions(store, [session_id], scorer)[0]


def rescore_sessions(
    store: Store, session_ids: Sequence[int], scorer: Scorer, progress: Progress | None = None
) -> list[Rescored]:
    """Rescore each session as :func:`rescore_session` does, all answers in one batch when ``scorer`` is
    a :class:`BatchScorer`; ``progress(done, total)`` counts answers scored."""
    pending = [_pending(store, session_id, scorer) for session_id in session_ids]
    items = [(p.scenario, step, turn.answer) for p in pending for turn, step in p.turns]
    if isinstance(scorer, BatchScorer):
        results = scorer.score_batch(items, progress)
    else:
        results = []
        for done, item in enumerate(items, start=1):
            results.append(scorer.score(*item))
            if progress is not None:
                progress(done, len(items))
    out: list[Rescored] = []
    scored = iter(results)
    for p in pending:
        changed = unchanged = 0
        news = [(turn, next(scored)) for turn, _step in p.turns] + (p.again or [])
        for turn, result in news:
            if store.add_scores(turn.id, result, p.digest):
                changed += 1
            else:
                unchanged += 1
        out.append(Rescored(p.session_id, changed, unchanged + p.kept, p.missing, p.digest, p.crisis,
                            p.again is not None))
    return out


def _pending(store: Store, session_id: int, scorer: Scorer) -> _Pending:
    info = store.session(session_id)
    crisis = stored_crisis(Path(info.scenario_path), info.scenario_id)
    if crisis is not None:
        return _crisis(store, session_id, crisis.digest, scorer)
    loaded = load_for_session(info)
    scenario = loaded.scenario
    turns: list[tuple[TurnRecord, Step]] = []
    missing: list[str] = []
    for turn in store.turns(session_id):
        try:
            turns.append((turn, scenario.step(turn.step_id)))
        except KeyError:
            missing.append(turn.step_id)
    return _Pending(session_id, scenario, loaded.digest, turns, tuple(missing))


def _crisis(store: Store, session_id: int, digest: str, scorer: Scorer) -> _Pending:
    """A crisis session: read as one triage step (crisis_shell), whose empty answer must never be scored
    as a reply. With its action log it is played again with ``scorer`` and each turn gets the result of
    the same step; without one (or when its actions no longer give the same turns) it is kept as scored."""
    info = store.session(session_id)
    shell = load_for_session(info).scenario
    log = log_of(store, session_id)
    kept = _Pending(session_id, shell, digest, [], (), crisis=True, kept=info.turns)
    if log is None or not info.turns:
        return kept
    crisis = stored_crisis(Path(info.scenario_path), info.scenario_id)
    assert crisis is not None
    turns = store.turns(session_id)
    try:
        replayed = replay_turns(crisis, log, scorer)
    except CrisisError:
        return kept
    if [t.step_id for t in turns] != [r.step_id for r in replayed]:
        return kept
    again = [(t, r.result) for t, r in zip(turns, replayed, strict=True)]
    return _Pending(session_id, shell, digest, [], (), crisis=True, again=again)
