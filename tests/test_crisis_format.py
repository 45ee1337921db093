"""Crisis scenarios: the same loader, located errors, lint and schema as the other scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest
from crisis_kit import MINI_CRISIS, write

from cmsim.authoring.crisis import find_crisis, iter_crises, load_crisis, read_actions
from cmsim.authoring.lint import check_file
from cmsim.authoring.load import iter_scenarios, load_scenario
from cmsim.authoring.problems import AuthoringError
from cmsim.cli import main


def codes(path: Path) -> list[tuple[int, str]]:
    return [(p.line, p.code) for p in check_file(path) if p.severity == "error"]


def test_the_mini_crisis_loads_and_lints_clean(tmp_path: Path) -> None:
    path = write(tmp_path)
    loaded = load_crisis(path)
    assert loaded.scenario.item("headline") is not None
    assert check_file(path) == []


def test_a_crisis_file_is_not_read_as_a_thread_scenario(tmp_path: Path) -> None:
    path = write(tmp_path)
    with pytest.raises(AuthoringError) as err:
        load_scenario(path)
    assert "crisis" in str(err.value)
    assert list(iter_scenarios([tmp_path])) == []
    assert [c.scenario.id for c in iter_crises([tmp_path]) if not isinstance(c, AuthoringError)] == ["mini-crisis"]


def test_a_typo_is_located_with_did_you_mean(tmp_path: Path) -> None:
    typo = MINI_CRISIS.replace('    platform: x\n    author: "@ann"', '    platfrom: x\n    author: "@ann"')
    path = write(tmp_path, typo)
    problems = check_file(path)
    line = MINI_CRISIS.splitlines().index("    platform: x") + 1
    assert any("did you mean 'platform'" in p.message and (p.line, p.col) == (line, 5) for p in problems)


def test_yaml_numbers_where_text_is_expected_say_to_quote(tmp_path: Path) -> None:
    path = write(tmp_path, MINI_CRISIS.replace("facts: [[recall, recalling], [kettle]]", "facts: [[recall, 10:00]]"))
    with pytest.raises(AuthoringError) as err:
        load_crisis(path)
    assert "put it in quotes" in str(err.value)


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("  - id: press\n    at: 20", "  - id: press\n    at: 8", "arrival-order"),
        ("      team: quality\n", "      team: qualty\n", "unknown-team"),
        ("teams: [quality, pr, security]", "teams: [quality, pr, securiti]", "unknown-team"),
        ("when: {item: ann, did: hide, delay: 5}", "when: {item: annn, did: hide, delay: 5}", "unknown-item"),
        ("when: {after: article, delay: 10}", "when: {after: articles, delay: 10}", "unknown-reaction"),
        ("when: {after: article, delay: 10}", "when: {after: article, delay: 400}", "unreachable"),
        ("when: {item: press, unless: reply, within: 120}", "when: {item: press, unless: reply, within: 290}",
         "unreachable"),
        ("text: Acme kettles explode, everyone knows it lol", "text: " + "x" * 8100, "too-long"),
        ("  - id: troll\n", "  - id: ann\n", "duplicate-id"),
        ("  - id: good\n    when: {coverage: \">= 70\"}\n", "  - id: good\n", "unreachable"),
    ],
)
def test_lint_finds(tmp_path: Path, old: str, new: str, code: str) -> None:
    assert old in MINI_CRISIS
    found = codes(write(tmp_path, MINI_CRISIS.replace(old, new)))
    assert code in [c for _line, c in found], found


def test_lint_locates_the_unknown_team_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, MINI_CRISIS.replace("      team: quality\n", "      team: qualty\n"))
    problem = next(p for p in check_file(path) if p.code == "unknown-team")
    assert problem.line == MINI_CRISIS.splitlines().index("      team: quality") + 1
    assert "did you mean 'quality'" in problem.message


def test_validate_command_checks_crisis_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, MINI_CRISIS.replace("      team: quality\n", "      team: qualty\n"))
    assert main(["validate", str(path)]) == 1
    assert "unknown-team" in capsys.readouterr().out


def test_find_crisis_by_id_and_path(tmp_path: Path) -> None:
    path = write(tmp_path)
    by_path = find_crisis(str(path))
    assert by_path is not None and by_path.scenario.id == "mini-crisis"
    assert find_crisis("late-parcel-en") is None
    assert find_crisis("crisis-recall-en") is not None


def test_actions_file_errors_are_located(tmp_path: Path) -> None:
    answers = tmp_path / "run.yaml"
    answers.write_text("- {at: 5, item: ann, reply: hi}\n- {at: 9, item: ann, reply: hi, hide: true}\n", "utf-8")
    with pytest.raises(AuthoringError) as err:
        read_actions(answers)
    [problem] = err.value.problems
    assert (problem.line, problem.code) == (2, "bad-action")
    assert "exactly one of" in problem.message
