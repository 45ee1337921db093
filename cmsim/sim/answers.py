"""Answers files for headless playthroughs: a YAML mapping of step id to answer."""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.problems import AuthoringError
from cmsim.authoring.yamlsource import Located, read_yaml
from cmsim.model.result import Answer


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
