"""A campaign's crisis left by its candidate, as a recruiter reads it: scored in memory, nothing written.

A crisis whose time ran out while its candidate was away is over: the candidate's return would score it
as it stood (its saved actions played again; every item left alone counts as missed) and record it. The
recruiter's commands (report, compare, campaign show, export --bundle) only read: through
:class:`ReadView` they see that same scoring, done in memory, and the database stays exactly as it was.
Recording it is an explicit act: the candidate's return, or ``cmsim campaign close``
(:func:`cmsim.session.crisis_assess.close_abandoned`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path

from cmsim.model.result import Answer
from cmsim.scoring.base import Scorer
from cmsim.session.crisis import _answer, stored_crisis
from cmsim.session.crisis_log import LIVE_NODE, actions_of
from cmsim.session.signals import Abandoned, ScenarioChanged
from cmsim.sim.crisis import CrisisEngine, CrisisError
from cmsim.store.db import Store
from cmsim.store.records import Campaign, Mode, Person, ScoreVersion, SessionInfo, Signal, TurnRecord
from cmsim.store.rows import Transcripts


@dataclasses.dataclass(frozen=True)
class Scored:
    """An abandoned crisis scored in memory: the session as it would stand once recorded, its turns, its
    integrity signals (the stored ones and ``abandoned``)."""

    info: SessionInfo
    turns: list[TurnRecord]
    signals: list[Signal]


def left_unscored(info: SessionInfo) -> bool:
    """True for a campaign's crisis session that never got past its live node (nothing recorded yet)."""
    return not info.finished and info.node == LIVE_NODE and not info.turns and info.campaign_id is not None


def score_in_memory(store: Store, info: SessionInfo, scorer: Scorer) -> Scored | None:
    """The crisis of ``info`` scored as it stood, when its candidate left it and its time ran out: the turns
    and signals the candidate's return would record, built in memory; None otherwise. Writes nothing."""
    if not left_unscored(info):
        return None
    loaded = stored_crisis(Path(info.scenario_path), info.scenario_id)
    if loaded is None or store.now() - info.started_at < loaded.scenario.duration:
        return None
    actions = actions_of(store, info.id)
    try:
        state, outcome = CrisisEngine(loaded, scorer).replay(actions)
    except CrisisError:
        return None  # its log no longer fits the crisis: left unfinished, as the candidate's return would fail
    duration = loaded.scenario.duration
    taken = {t.result.step_id: t.action for t in state.taken if t.result is not None}
    results, now = outcome.results, store.now()
    turns = []
    for n, result in enumerate(results):
        action = taken.get(result.step_id)
        elapsed = action.at if action is not None else float(duration)
        turns.append(TurnRecord(
            id=-(n + 1), session_id=info.id, seq=n, step_id=result.step_id,
            answer=_answer(action, loaded.scenario.platforms[0]) if action is not None else Answer(),
            goto=outcome.ending.id if n == len(results) - 1 else results[n + 1].step_id,
            branch=action.kind if action is not None else "triage", elapsed=elapsed, overtime=False,
            submitted_at=info.started_at + elapsed,
            score=ScoreVersion(result, result.scorer, loaded.digest, now, True),
        ))
    gone = Abandoned(actions=len(actions), last_action=actions[-1].at if actions else 0.0, duration=duration)
    signals = [*store.signals(info.id), Signal(info.id, LIVE_NODE, gone.kind, gone.values(), now)]
    if loaded.digest != info.digest:
        changed = ScenarioChanged(was=info.digest, now=loaded.digest)
        signals.append(Signal(info.id, LIVE_NODE, changed.kind, changed.values(), now))
    done = dataclasses.replace(info, node=outcome.ending.id, finished=True, turns=len(turns),
                               finished_at=info.started_at + duration)
    return Scored(done, turns, signals)


class ReadView(Store):
    """The store as the recruiter's read-only commands see it: every abandoned crisis among the sessions
    read scored in memory (:func:`score_in_memory`), everything else as stored. It shares the store's
    connection; nothing it is asked writes an abandoned crisis."""

    def __init__(self, store: Store, scorer: Scorer) -> None:
        super().__init__(store.conn, store.path, store.now)
        self.scorer = scorer
        self.scored: dict[int, Scored | None] = {}

    def _settled(self, info: SessionInfo) -> SessionInfo:
        if info.id not in self.scored:
            self.scored[info.id] = score_in_memory(self, info, self.scorer) if left_unscored(info) else None
        found = self.scored[info.id]
        return found.info if found is not None else info

    def settled(self, sessions: Iterable[SessionInfo]) -> list[SessionInfo]:
        """``sessions`` as the recruiter reads them (each abandoned crisis scored in memory)."""
        return [self._settled(info) for info in sessions]

    def newly_scored(self) -> list[Scored]:
        """The abandoned crises this view scored in memory, in the order it met them."""
        return [s for s in self.scored.values() if s is not None]

    def session(self, session_id: int) -> SessionInfo:
        return self._settled(super().session(session_id))

    def sessions(
        self, person: Person | None = None, campaign: Campaign | None = None, mode: Mode | None = None
    ) -> list[SessionInfo]:
        return self.settled(super().sessions(person, campaign, mode))

    def turns(self, session_id: int) -> list[TurnRecord]:
        found = self.scored.get(session_id)
        return list(found.turns) if found is not None else super().turns(session_id)

    def signals(self, session_id: int) -> list[Signal]:
        found = self.scored.get(session_id)
        return list(found.signals) if found is not None else super().signals(session_id)

    def campaign_turns(self, campaign: Campaign) -> Transcripts:
        stored = super().campaign_turns(campaign)
        self.sessions(campaign=campaign)
        extra = {s.info.id: s.turns for s in self.newly_scored() if s.info.campaign_id == campaign.id}
        return _Merged(stored, extra) if extra else stored


class _Merged(Transcripts):
    """Stored transcripts with the abandoned crises scored in memory laid over them."""

    def __init__(self, stored: Transcripts, extra: dict[int, list[TurnRecord]]) -> None:
        self._stored, self._extra = stored, extra

    def __getitem__(self, session_id: int) -> list[TurnRecord]:
        return self._extra[session_id] if session_id in self._extra else self._stored[session_id]

    def __iter__(self) -> Iterator[int]:
        yield from self._stored
        yield from (k for k in self._extra if k not in self._stored)

    def __len__(self) -> int:
        return len(set(self._stored) | set(self._extra))


__all__ = ["ReadView", "Scored", "left_unscored", "score_in_memory"]
