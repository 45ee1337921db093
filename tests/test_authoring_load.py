"""The loader's messages: every problem located at the exact line and column, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from authoring_kit import MINI, at, tweak, write

from cmsim.authoring.load import load_scenario
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.yamlsource import MAX_BYTES


def problems_of(tmp_path: Path, text: str | bytes) -> list[Problem]:
    path = tmp_path / "s.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(AuthoringError) as info:
        load_scenario(path)
    return info.value.problems


def test_the_minimal_scenario_loads(tmp_path: Path) -> None:
    loaded = load_scenario(write(tmp_path, MINI))
    assert loaded.scenario.first_step == "reply"
    assert len(loaded.digest) == 12


def test_typod_key_is_one_problem_with_did_you_mean(tmp_path: Path) -> None:
    text = tweak(("    title: Reply", "    titel: Reply"))
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col) == at(text, "titel")
    assert problem.message == "unknown key 'titel' (did you mean 'title'?)"
    assert problem.code == "unknown-key"


def test_unknown_key_without_close_match_lists_allowed_keys(tmp_path: Path) -> None:
    text = tweak(('  handle: "@acme"', '  handle: "@acme"\n  colour: red'))
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col) == at(text, "colour")
    assert "allowed here: name, handle, sector, voice, charter" in problem.message


def test_yaml_11_no_where_text_is_expected(tmp_path: Path) -> None:
    text = tweak(("    name: Ann", "    name: no"))
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col) == at(text, "no\n")
    assert problem.message == 'YAML reads no as a yes/no boolean, not text; put it in quotes: "no"'


def test_duplicate_key_points_at_the_second_and_names_the_first(tmp_path: Path) -> None:
    text = tweak(("title: Mini\n", "title: Mini\ntitle: Again\n"))
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col) == (5, 1)
    assert problem.message == "duplicate key 'title' (first at line 4)"


@pytest.mark.parametrize(
    ("edits", "needle", "message"),
    [
        ((("  name: Acme", "  name: &n Acme"),), "&n", "anchors ('&n') are not allowed"),
        ((('  handle: "@acme"', "  handle: *n"),), "*n", "aliases ('*name') are not allowed"),
    ],
)
def test_anchors_and_aliases_are_refused(
    tmp_path: Path, edits: tuple[tuple[str, str], ...], needle: str, message: str
) -> None:
    text = tweak(*edits)
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col, problem.message, problem.code) == (*at(text, needle), message, "yaml-alias")


def test_tab_indentation_is_reported_and_other_problems_still_are(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "\tprompt: Answer Ann."), ("    name: Ann", "    nmae: Ann"))
    problems = problems_of(tmp_path, text)
    assert [(p.line, p.col, p.code) for p in problems] == [
        (*at(text, "nmae"), "unknown-key"),
        (at(text, "\tprompt")[0], 1, "yaml-tab"),
    ]
    assert problems[1].message == "a tab is used for indentation; YAML needs spaces"


def test_every_missing_key_is_reported_at_its_mapping(tmp_path: Path) -> None:
    text = tweak(("    title: Reply\n    prompt: Answer Ann.\n", ""))
    problems = problems_of(tmp_path, text)
    step = at(text, "id: reply")
    assert [(p.line, p.col, p.message) for p in problems] == [
        (*step, "missing key 'prompt'"),
        (*step, "missing key 'title'"),
    ]


def test_oversize_file(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, MINI + "#" * MAX_BYTES)
    assert (problem.line, problem.col, problem.code) == (1, 1, "too-big")
    assert f"the limit is {MAX_BYTES}" in problem.message


def test_not_utf8(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, MINI.encode("utf-8") + "é".encode("latin-1"))
    lines = MINI.split("\n")  # the bad byte is located where it is, not at 1:1
    assert (problem.line, problem.col, problem.code) == (len(lines), len(lines[-1]) + 1, "encoding")
    assert problem.message == "not UTF-8 text (byte 0xE9); save the file as UTF-8"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col, problem.message) == (1, 1, "the file is empty")


def test_a_list_is_not_a_scenario(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, "- a\n- b\n")
    assert (problem.line, problem.col, problem.code) == (1, 1, "not-a-mapping")


def test_syntax_error_is_located(tmp_path: Path) -> None:
    text = tweak(("title: Mini", "title: [Mini"))
    [problem] = problems_of(tmp_path, text)
    assert problem.code == "yaml-flow"
    assert problem.message == f"the '[' opened at line {at(text, 'title: [Mini')[0]} is never closed: end it with ']'"
    assert problem.line == at(text, "lang: en")[0]


def test_number_inside_a_list_of_alternatives_is_one_problem(tmp_path: Path) -> None:
    text = tweak(
        ("    qualities: [calm, listening]", "    qualities: [calm, listening]\n    expect:\n      facts: [[a, 17]]")
    )
    [problem] = problems_of(tmp_path, text)
    assert (problem.line, problem.col) == at(text, "17")
    assert problem.message == 'YAML reads 17 as a number, not text; put it in quotes: "17"'
