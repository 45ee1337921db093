"""Rubrics name criterion kinds by string: each must be a registered kind, or the scorer refuses the book with a
located error (file:line:col of the ``kind``) and a suggestion."""

from __future__ import annotations

from cmsim.authoring.load import RubricBook
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.wording import did_you_mean
from cmsim.authoring.yamlsource import read_yaml
from cmsim.scoring.criteria import KINDS


def check_kinds(book: RubricBook) -> None:
    """Every criterion kind of every rubric must exist; otherwise a located error naming the file."""
    problems: list[Problem] = []
    for rubric_id in book.ids():
        rubric = book.get(rubric_id)
        for index, criterion in enumerate(rubric.criteria):
            if criterion.kind in KINDS:
                continue
            message = f"unknown criterion kind '{criterion.kind}'" + did_you_mean(criterion.kind, sorted(KINDS))
            message += f"; known kinds: {', '.join(sorted(KINDS))}"
            file, line, col = _locate(book, rubric_id, index)
            problems.append(Problem(file, line, col, message, "unknown-kind"))
    if problems:
        raise AuthoringError(problems)


def _locate(book: RubricBook, rubric_id: str, index: int) -> tuple[str, int, int]:
    for file in sorted(book.folder.glob("*.yaml")):
        try:
            doc = read_yaml(file)
        except AuthoringError:
            continue
        if isinstance(doc.data, dict) and doc.data.get("id") == rubric_id:
            line, col = doc.where(("criteria", index, "kind"))
            return str(file), line, col
    return str(book.folder), 1, 1
