"""``cmsim play SCENARIO --answers FILE``: a headless playthrough that prints each step, the branch
taken and the scores (or the whole run as JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cmsim.authoring.load import find_scenario
from cmsim.authoring.problems import AuthoringError
from cmsim.commands.scorerargs import add_scorer_argument
from cmsim.model.qualities import label
from cmsim.scoring.factory import make_scorer
from cmsim.scoring.judge.combine import unavailable_reason
from cmsim.sim.answers import check_against, read_answers
from cmsim.sim.runner import Runner, RunnerError
from cmsim.sim.state import RunState


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim play``."""
    parser.add_argument("scenario", help="scenario id or YAML file")
    parser.add_argument(
        "--answers",
        required=True,
        type=Path,
        help="YAML file mapping step ids to answers (a crisis: a list of timed actions)",
    )
    parser.add_argument("--json", action="store_true", help="print the run as JSON")
    add_scorer_argument(parser)


def play(scenario_ref: str, answers_file: Path, scorer: str | None = None) -> tuple[Runner, RunState]:
    """Play ``scenario_ref`` through with the answers of ``answers_file``; the final state."""
    loaded = find_scenario(scenario_ref)
    answers, doc = read_answers(answers_file)
    # a step the scenario does not have is a typo, not an answer to ignore (robust-input)
    unknown = [p for p in check_against(loaded.scenario, answers, doc, loaded.path.name) if p.code == "unknown-step"]
    if unknown:
        raise AuthoringError(unknown)
    runner = Runner(loaded, make_scorer(scorer))
    state = runner.start()
    while not state.finished:
        step = runner.current_step(state)
        if step.id not in answers:
            raise AuthoringError(
                [
                    doc.problem(
                        (), f"no answer for step '{step.id}' ({step.title}), which this path reaches", "missing-answer"
                    )
                ]
            )
        try:
            state, _turn = runner.submit(state, answers[step.id])
        except RunnerError as exc:
            raise AuthoringError([doc.problem((step.id,), str(exc), "bad-answer")]) from None
    return runner, state


def run_to_dict(runner: Runner, state: RunState) -> dict[str, object]:
    """The run as plain data (the ``--json`` output)."""
    ending = runner.ending(state)
    return {
        "scenario": state.scenario_id,
        "digest": state.digest,
        "turns": [
            {
                "step": t.step_id,
                "scores": {str(q): v for q, v in t.result.scores.items()},
                "average": t.result.average,
                "branch": t.branch,
                "goto": t.goto,
                "flags": t.result.flags,
                "set": dict(t.set),
                "scorer": t.result.scorer,
            }
            for t in state.turns
        ],
        "ending": ending.id if ending else None,
        "outcome": ending.outcome if ending else None,
    }


def run(args: argparse.Namespace) -> int:
    """Play and print."""
    from cmsim.authoring.crisis import find_crisis  # crisis hook: timed actions on a crisis scenario

    crisis = find_crisis(args.scenario)
    if crisis is not None:
        from cmsim.commands.play_crisis import play_file, print_run

        print_run(*play_file(crisis, args.answers, make_scorer(args.scorer)), as_json=args.json)
        return 0
    runner, state = play(args.scenario, args.answers, args.scorer)
    if args.json:
        json.dump(run_to_dict(runner, state), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    scenario = runner.scenario
    lang = scenario.lang
    print(f"▶ {scenario.title}  ({scenario.id}, {lang}, {', '.join(scenario.platforms)})")
    for i, turn in enumerate(state.turns, 1):
        step = scenario.step(turn.step_id)
        print(f"\n── {i}. {step.id}: {step.title}")
        if turn.answer.option:
            print(f"   chose: {turn.answer.option}")
        scores = "  ".join(f"{label(q, lang)} {v}" for q, v in turn.result.scores.items())
        print(f"   {scores}   (average {turn.result.average})")
        if turn.result.flags:
            print(f"   flags: {', '.join(turn.result.flags)}")
        reason = unavailable_reason(turn.result)
        if reason is not None:  # as practice does: say why the judge did not score this answer
            print(f"   LLM judge unavailable ({reason}): offline scores used")
        if turn.set:
            print(f"   sets: {', '.join(f'{k} = {v}' for k, v in turn.set.items())}")
        print(f"   → {turn.goto}   [{turn.branch}]")
    ending = runner.ending(state)
    assert ending is not None
    print(f"\n■ {ending.title}  ({ending.outcome})\n  {ending.debrief.strip()}")
    return 0
