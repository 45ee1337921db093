"""Answers files for headless playthroughs: a YAML mapping of step id to answer.

Their names end in ``.answers.yaml`` so that they can live beside the scenario they play
(``broken-mug.yaml`` and ``broken-mug.answers.yaml``, ``broken-mug.bad.answers.yaml``): the library
skips them as scenarios and ``cmsim validate`` checks them as answers to that scenario.
"""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.load import ANSWERS_SUFFIXES as SUFFIXES
from cmsim.authoring.load import is_answers_file, load_scenario
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.wording import did_you_mean
from cmsim.authoring.yamlsource import Located, read_yaml
from cmsim.model.result import Answer
from cmsim.model.scenario import Scenario

__all__ = ["SUFFIXES", "check_against", "check_answers_file", "is_answers_file", "read_answers", "scenario_beside"]



def read_answers(path: Path | str) -> tuple[dict[str, Answer], Located]:
    """Answers by step id. A value is a text, a mapping of field id to text, or ``{option: id}``."""
    doc = read_yaml(path)
    if not isinstance(doc.data, dict):
        raise AuthoringError([doc.problem((), "an answers file maps step ids to answers", "not-a-mapping")])
    answers: dict[str, Answer] = {}
    problems = []
    for step_id, value in doc.data.items():
        try:
            answers[step_id] = Answer.from_data(value)
        except ValueError as exc:
            problems.append(doc.problem((step_id,), str(exc), "bad-answer"))
    if problems:
        raise AuthoringError(problems)
    return answers, doc


def scenario_beside(path: Path) -> Path | None:
    """The scenario an answers file plays: ``x.answers.yaml`` → ``x.yaml``; ``x.bad.answers.yaml`` →
    ``x.bad.yaml`` or else ``x.yaml``. None when there is no such file."""
    name = path.name
    stem = name[: -len(next(s for s in SUFFIXES if name.lower().endswith(s)))]
    while stem:
        for ext in (".yaml", ".yml"):
            candidate = path.with_name(stem + ext)
            if candidate.is_file():
                return candidate
        if "." not in stem:
            return None
        stem = stem.rsplit(".", 1)[0]
    return None


def check_answers_file(path: Path) -> list[Problem]:
    """Every problem of an answers file: its format, then (when its scenario sits beside it) steps,
    fields and options it names that the scenario does not have."""
    try:
        answers, doc = read_answers(path)
    except AuthoringError as exc:
        return exc.problems
    scenario_path = scenario_beside(path)
    if scenario_path is None:
        return []
    try:
        scenario = load_scenario(scenario_path).scenario
    except AuthoringError:
        return []  # the scenario's own problems are reported on the scenario
    return check_against(scenario, answers, doc, scenario_path.name)


def check_against(scenario: Scenario, answers: dict[str, Answer], doc: Located, name: str) -> list[Problem]:
    """What the answers name that ``scenario`` (from file ``name``) does not have: steps, fields, options."""
    problems = []
    steps = {s.id: s for s in scenario.steps}
    for step_id, answer in answers.items():
        step = steps.get(step_id)
        if step is None:
            problems.append(
                doc.problem(
                    (step_id,),
                    f"'{step_id}' is not a step of {name}" + did_you_mean(step_id, steps),
                    "unknown-step",
                    key=True,
                )
            )
            continue
        if step.kind == "choice":
            options = [o.id for o in step.options]
            if answer.option is None:
                problems.append(
                    doc.problem((step_id,), f"'{step_id}' is a choice: answer {{option: {options[0]}}}", "bad-answer")
                )
            elif answer.option not in options:
                hint = did_you_mean(answer.option, options) or f" (options: {', '.join(options)})"
                problems.append(
                    doc.problem((step_id, "option"), f"'{answer.option}' is not an option of '{step_id}'{hint}",
                                "bad-answer")
                )
            continue
        fields = [f.id for f in scenario.fields_of(step)]
        if answer.option is not None:
            problems.append(doc.problem((step_id,), f"'{step_id}' is a reply step: answer with text", "bad-answer"))
            continue
        given = list(answer.fields)
        if given == ["reply"] and "reply" not in fields:
            if len(fields) > 1:
                problems.append(
                    doc.problem((step_id,), f"'{step_id}' has several fields ({', '.join(fields)}): "
                                "give one text per field", "answer-fields")
                )
            continue
        for key in given:
            if key not in fields:
                problems.append(
                    doc.problem(
                        (step_id, key),
                        f"'{key}' is not a field of '{step_id}'" + (did_you_mean(key, fields) or
                                                                    f" (fields: {', '.join(fields)})"),
                        "answer-fields",
                        key=True,
                    )
                )
    return problems
