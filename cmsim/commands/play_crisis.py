"""``cmsim play CRISIS --answers run.yaml``: replay timed actions on a crisis and print what happened
(the actions and their scores, the reactions fired, the triage, the six qualities and the ending)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cmsim.authoring.crisis import LoadedCrisis, read_actions
from cmsim.authoring.problems import AuthoringError
from cmsim.authoring.yamlsource import Located, PathKey
from cmsim.model.crisis import Action
from cmsim.model.qualities import label
from cmsim.scoring.base import Scorer
from cmsim.sim.crisis import CrisisEngine, CrisisError, CrisisOutcome, CrisisState


def replay(loaded: LoadedCrisis, actions: list[Action], scorer: Scorer,
           where: tuple[Located, PathKey] | None = None) -> tuple[CrisisEngine, CrisisState, CrisisOutcome]:
    """Play ``actions`` in order on ``loaded`` to the end; a bad action raises ``AuthoringError`` located
    in the answers file (``where``: its ``Located`` source, with the actions' path prefix)."""
    engine = CrisisEngine(loaded, scorer)
    state = engine.start()
    for n, action in enumerate(actions):
        try:
            state, _taken = engine.act(state, action)
        except CrisisError as exc:
            if where is None:
                raise
            doc, base = where
            raise AuthoringError([doc.problem((*base, n), f"action {n + 1}: {exc}", "bad-action")]) from None
    state = engine.finish(state)
    return engine, state, engine.outcome(state)


def play_file(loaded: LoadedCrisis, answers: Path, scorer: Scorer) -> tuple[CrisisEngine, CrisisState, CrisisOutcome]:
    """Replay the timed actions of ``answers``."""
    actions, doc = read_actions(answers)
    base: PathKey = ("actions",) if isinstance(doc.data, dict) else ()
    return replay(loaded, actions, scorer, (doc, base))


def outcome_to_dict(engine: CrisisEngine, state: CrisisState, outcome: CrisisOutcome) -> dict[str, object]:
    """The run as plain data (the ``--json`` output)."""
    return {
        "scenario": state.scenario_id,
        "kind": "crisis",
        "digest": state.digest,
        "actions": [
            {"at": t.action.at, "item": t.action.item, "action": t.action.kind,
             "team": t.action.escalate,
             "scores": {str(q): v for q, v in t.result.scores.items()} if t.result else None,
             "flags": t.result.flags if t.result else []}
            for t in state.taken
        ],
        "reactions": [{"reaction": f.reaction, "at": f.at} for f in state.fired],
        "triage": {c.id: c.score for c in outcome.triage.criteria},
        "coverage": outcome.triage.coverage,
        "missed": outcome.triage.missed,
        "wrong": outcome.triage.wrong,
        "first_response": outcome.triage.first_response,
        "mood": outcome.mood,
        "scores": {str(q): v for q, v in outcome.scores.items()},
        "average": outcome.average,
        "ending": outcome.ending.id,
        "outcome": outcome.ending.outcome,
    }


def _clock(seconds: float) -> str:
    return f"{int(seconds) // 60:02d}:{int(seconds) % 60:02d}"


def print_run(engine: CrisisEngine, state: CrisisState, outcome: CrisisOutcome, as_json: bool = False) -> None:
    """Print the run for a person (or as JSON)."""
    if as_json:
        json.dump(outcome_to_dict(engine, state, outcome), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    sc = engine.scenario
    lang = sc.lang
    print(f"▶ {sc.title}  ({sc.id}, crisis, {lang}, {', '.join(sc.platforms)}, {_clock(sc.duration)})")
    print(f"  {len(engine.feed(state))} items arrived")
    events: list[tuple[float, str]] = []
    for t in state.taken:
        what = t.action.kind + (f" → {t.action.escalate}" if t.action.escalate else "")
        target = f" {t.action.item}" if t.action.item else ""
        scores = ""
        if t.result is not None:
            scores = "   " + "  ".join(f"{label(q, lang)} {v}" for q, v in t.result.scores.items())
            if t.result.flags:
                scores += f"   flags: {', '.join(t.result.flags)}"
        events.append((t.action.at, f"{what}{target}{scores}"))
    for f in state.fired:
        reaction = sc.reaction(f.reaction)
        events.append((f.at, f"⚡ {f.reaction}" + (f": {reaction.note}" if reaction and reaction.note else "")))
    for at, text in sorted(events, key=lambda e: e[0]):
        print(f"  {_clock(at)}  {text}")
    print("\n── triage")
    for c in outcome.triage.criteria:
        missing = f"   ({', '.join(c.missing)})" if c.missing else ""
        print(f"   {c.id:<26} {c.score:>3}  [{label(c.quality, lang)}]{missing}")
    print("\n── " + "  ".join(f"{label(q, lang)} {v}" for q, v in outcome.scores.items())
          + f"   (average {outcome.average}, mood {outcome.mood})")
    print(f"\n■ {outcome.ending.title}  ({outcome.ending.outcome})\n  {outcome.ending.debrief.strip()}")


__all__ = ["outcome_to_dict", "play_file", "print_run", "replay"]
