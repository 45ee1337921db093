"""A crisis inside an assessment campaign: stored from its first second, resumed — never restarted.

A campaign's crisis is one session of the candidate, created when the crisis starts (the unique index
of campaigns: one session per candidate and scenario; the check and the insert are one transaction).
Every action is saved as it is taken (the session's action log, a draft of the live node). When the
candidate's browser reloads or the process dies, reopening the campaign resumes the crisis **with the
clock that kept running** from the session's start: the logged actions are replayed on the seeded
engine, the clock moves to the wall time since the start, and the interruption is recorded as an
integrity signal. A crisis whose time ran out while the candidate was away is scored as it stood (the
actions taken before the interruption) and recorded at once. There is no way to get a fresh clock."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from threading import Lock

from cmsim.authoring.crisis import LoadedCrisis
from cmsim.scoring.base import Scorer
from cmsim.session.campaigns import next_in_campaign
from cmsim.session.crisis import CrisisRun, record, stored_crisis
from cmsim.session.crisis_log import LIVE_NODE, actions_of, save_log
from cmsim.session.playthrough import Playthrough
from cmsim.session.signals import Abandoned, Interrupted, ScenarioChanged
from cmsim.sim.crisis import CrisisEngine, CrisisError, CrisisOutcome
from cmsim.store.db import Store
from cmsim.store.records import Campaign, NewSession, Person, SessionInfo, StoreError

_save_lock = Lock()


def start(store: Store, person: Person, loaded: LoadedCrisis, scorer: Scorer, campaign: Campaign) -> CrisisRun:
    """The candidate's crisis of ``campaign``, its session created now (or the one another process
    created first, resumed)."""
    c = loaded.scenario
    new = NewSession(c.id, str(loaded.path.resolve()), loaded.digest, c.lang, LIVE_NODE)
    session_id = store.start_session(person, new, "assess", campaign)
    info = store.session(session_id)
    return _open(store, info, loaded, scorer, campaign, reopened=bool(actions_of(store, session_id)))


def resume(store: Store, info: SessionInfo, loaded: LoadedCrisis, scorer: Scorer, campaign: Campaign) -> CrisisRun:
    """The crisis of an unfinished session, as it stands now: its logged actions replayed and its
    clock at the wall time since it started (the interruption recorded)."""
    return _open(store, info, loaded, scorer, campaign, reopened=True)


def _open(
    store: Store, info: SessionInfo, loaded: LoadedCrisis, scorer: Scorer, campaign: Campaign, *, reopened: bool
) -> CrisisRun:
    run = CrisisRun(CrisisEngine(loaded, scorer), "assess", session_id=info.id, campaign=campaign)
    try:
        for action in actions_of(store, info.id):
            run.state, _taken = run.engine.act(run.state, action)
    except CrisisError as exc:
        raise StoreError(f"session {info.id}: its crisis actions no longer replay: {exc}") from None
    if reopened:
        gap = store.reopen(info.id, pause_clock=False)
        store.add_signal(info.id, LIVE_NODE, "interrupted", Interrupted(seconds_away=round(gap, 1)).values())
        if loaded.digest != info.digest:
            changed = ScenarioChanged(was=info.digest, now=loaded.digest)
            store.add_signal(info.id, LIVE_NODE, "scenario-changed", changed.values())
    run.tick(max(0.0, store.now() - info.started_at - run.state.now))
    return run


def save_actions(store: Store, run: CrisisRun) -> None:
    """Save every action taken so far (call it after each action, off the UI thread); the newest state
    wins when two saves race."""
    if run.session_id is None or run.finished:
        return
    with _save_lock:
        save_log(store, run.session_id, [t.action for t in run.state.taken])


def finish(store: Store, run: CrisisRun, outcome: CrisisOutcome | None = None) -> int:
    """Record a campaign's crisis as it ends (its actions, then the triage, as turns); the session id."""
    if run.session_id is None:
        raise StoreError("this crisis is not part of a campaign")
    with _save_lock:
        if store.session(run.session_id).finished:  # another process (an older connection) recorded it first
            return run.session_id
        return record(store, None, run, outcome or run.finish())


def time_ran_out(store: Store, info: SessionInfo, duration: int) -> bool:
    """True when an unfinished crisis session's clock has passed the crisis's ``duration``: it is over,
    and is scored as it stood the next time the candidate opens the campaign."""
    return not info.finished and store.now() - info.started_at >= duration


def close_abandoned(store: Store, sessions: Iterable[SessionInfo], scorer: Scorer) -> list[SessionInfo]:
    """``sessions`` with each campaign crisis whose time ran out while its candidate was away — and who never
    came back — recorded now as it stood (its saved actions played again; every item left alone counts as
    missed), exactly as when the candidate reopens the campaign, and marked with an ``abandoned`` integrity
    signal: what ``cmsim campaign close`` does (the read-only commands score it in memory instead,
    :mod:`cmsim.session.abandoned`). The sessions, read again."""
    out = []
    for info in sessions:
        if not info.finished and info.node == LIVE_NODE and not info.turns and info.campaign_id is not None:
            _close(store, info, scorer)
            info = store.session(info.id)
        out.append(info)
    return out


def _close(store: Store, info: SessionInfo, scorer: Scorer) -> None:
    loaded = stored_crisis(Path(info.scenario_path), info.scenario_id)
    if loaded is None or not time_ran_out(store, info, loaded.scenario.duration):
        return
    assert info.campaign_id is not None
    campaign = store.campaign(info.campaign_id)
    run = CrisisRun(CrisisEngine(loaded, scorer), "assess", session_id=info.id, campaign=campaign)
    try:
        for action in actions_of(store, info.id):
            run.state, _taken = run.engine.act(run.state, action)
    except CrisisError:
        return  # its log no longer fits the crisis: left unfinished, as the candidate's reopening would fail
    taken = run.state.taken
    gone = Abandoned(actions=len(taken), last_action=taken[-1].action.at if taken else 0.0,
                     duration=loaded.scenario.duration)
    try:
        finish(store, run, run.finish())
    except StoreError:
        return  # recorded meanwhile by the candidate's own process
    store.add_signal(info.id, LIVE_NODE, gone.kind, gone.values())
    if loaded.digest != info.digest:
        changed = ScenarioChanged(was=info.digest, now=loaded.digest)
        store.add_signal(info.id, LIVE_NODE, changed.kind, changed.values())


def open_next(store: Store, campaign: Campaign, person: Person, scorer: Scorer) -> Playthrough | CrisisRun | None:
    """The candidate's next scenario of ``campaign``, opened: a playthrough, a live crisis, or None once
    every scenario is finished. A crisis whose time ran out while the candidate was away is recorded
    on the way."""
    while (where := next_in_campaign(store, campaign, person)) is not None:
        loaded, info = where
        if isinstance(loaded, LoadedCrisis):
            run = start(store, person, loaded, scorer, campaign) if info is None else resume(
                store, info, loaded, scorer, campaign)
            if not run.finished:
                return run
            finish(store, run)
            continue
        if info is None:
            return Playthrough.start(store, person, loaded, scorer, "assess", campaign)
        return Playthrough.resume(store, info.id, scorer)
    return None


__all__ = [
    "LIVE_NODE", "actions_of", "close_abandoned", "finish", "open_next", "resume", "save_actions", "start",
    "time_ran_out",
]
