"""Rubric parameters are typed per criterion kind: a misspelt or unknown key, or a value of the wrong
type, is a located error at load time (with a did-you-mean), and the scorer reads what was declared."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmsim.authoring.lint import check_file
from cmsim.authoring.load import RubricBook, load_rubric
from cmsim.authoring.problems import AuthoringError
from cmsim.model.params import PARAMS, CriterionParams, DeEscalationParams, params_model, read_params
from cmsim.paths import rubrics_dir
from cmsim.scoring.criteria import KINDS

PUBLIC = rubrics_dir() / "public-reply.yaml"


def rubric_copy(tmp_path: Path, old: str, new: str, source: Path = PUBLIC) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {source.name}"
    folder = tmp_path / "rubrics"
    folder.mkdir(exist_ok=True)
    out = folder / source.name
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_a_misspelt_ceiling_is_a_located_error_with_did_you_mean(tmp_path: Path) -> None:
    path = rubric_copy(tmp_path, "ceiling:", "celing:")
    with pytest.raises(AuthoringError) as caught:
        load_rubric(path)
    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.code) == (str(path), line_of(path, "celing:"), "unknown-key")
    assert "unknown key 'celing' (did you mean 'ceiling'?)" in problem.message
    assert str(problem).startswith(f"{path}:{problem.line}:{problem.col}: error:")
    # cmsim validate reports it the same way, and a scorer refuses the folder
    assert [p.message for p in check_file(path)] == [problem.message]
    with pytest.raises(AuthoringError):
        RubricBook(path.parent)


def test_a_kinds_own_keys_are_suggested_for_that_kind(tmp_path: Path) -> None:
    text = PUBLIC.read_text(encoding="utf-8")
    assert "kind: de-escalation" in text
    path = rubric_copy(tmp_path, "kind: de-escalation", "kind: de-escalation\n  params:\n    per_mov: 10")
    problems = check_file(path)
    assert [p.code for p in problems] == ["unknown-key"]
    assert "unknown key 'per_mov' (did you mean 'per_move'?)" in problems[0].message
    assert problems[0].line == line_of(path, "per_mov:")


def test_a_value_of_the_wrong_type_is_located(tmp_path: Path) -> None:
    path = rubric_copy(tmp_path, "ceiling:", "ceiling: high\n    old_ceiling:")
    problems = check_file(path)
    assert any(p.line == line_of(path, "ceiling: high") and "ceiling" in p.message for p in problems), problems


def test_every_built_in_rubric_loads_with_typed_params() -> None:
    for file in sorted(rubrics_dir().glob("*.yaml")):
        if file.name == "platforms.yaml":
            continue
        rubric = load_rubric(file)
        for criterion in rubric.criteria:
            assert type(criterion.params) is params_model(criterion.kind)


def test_every_kind_with_params_is_a_registered_kind() -> None:
    assert set(PARAMS) <= set(KINDS), set(PARAMS) - set(KINDS)


def test_params_read_for_another_kind_are_validated_again() -> None:
    declared = read_params(CriterionParams(ceiling=10), DeEscalationParams)
    assert (declared.ceiling, declared.base, declared.per_move) == (10, None, None)
