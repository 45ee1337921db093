"""Writing a scaffold: only if it loads as a scenario, and never over an existing file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from cmsim.authoring.load import ANSWERS_SUFFIXES, load_scenario
from cmsim.authoring.problems import AuthoringError
from cmsim.authoring.schema import schema_ref
from cmsim.model.scenario import Step
from cmsim.scoring.offline import OfflineScorer
from cmsim.sim.answers import read_answers
from cmsim.sim.runner import Runner


def load_problems(text: str, path: Path) -> str | None:
    """Load ``text`` as the scenario file ``path`` would be loaded; the problems, or None."""
    fd, tmp = tempfile.mkstemp(suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        load_scenario(tmp)
    except AuthoringError as exc:
        return "\n".join(str(p) for p in exc.problems).replace(tmp, str(path))
    finally:
        os.unlink(tmp)
    return None


def write_new(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` (creating its folder); False, writing nothing, if the file exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True


def answers_beside(path: Path) -> Path:
    """The answers file that goes with the scenario ``path``: ``x.yaml`` → ``x.answers.yaml``."""
    return path.with_name(path.stem + ANSWERS_SUFFIXES[0])


def write_good_answers(scenario_path: Path, answers_path: Path) -> str:
    """Write the scenario's model answers as an answers file beside it (with a ``$schema`` line that
    resolves from there); the id of the ending they reach."""
    loaded = load_scenario(scenario_path)
    body = "".join(_answer_lines(step) for step in loaded.scenario.steps)
    head = (
        f"# yaml-language-server: $schema={schema_ref('answers', answers_path)}\n"
        "# The good path: step id -> answer (a text, field id -> text, or {option: id}).\n"
        f"# cmsim play {scenario_path.name} --answers {answers_path.name}\n"
    )
    write_new(answers_path, head + body)
    runner = Runner(loaded, OfflineScorer())
    state = runner.start()
    parsed, _ = read_answers(answers_path)
    while not state.finished and runner.current_step(state).id in parsed:
        state, _turn = runner.submit(state, parsed[runner.current_step(state).id])
    return state.node


def _answer_lines(step: Step) -> str:
    """A step's model answer as answers-file lines (a choice without one: its best-scored option)."""
    if step.kind == "choice":
        best = step.model_answer if isinstance(step.model_answer, str) else max(
            step.options, key=lambda o: sum(o.scores.values()) / max(1, len(o.scores))
        ).id
        return f"{step.id}: {{option: {best}}}\n"
    if isinstance(step.model_answer, str):
        return f"{step.id}: {json.dumps(step.model_answer, ensure_ascii=False)}\n"
    if isinstance(step.model_answer, dict):
        inner = "".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in step.model_answer.items())
        return f"{step.id}:\n{inner}"
    return ""
