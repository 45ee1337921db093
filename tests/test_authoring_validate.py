"""``cmsim validate``: every problem of every file on its own line, a summary, and never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from authoring_kit import MINI, at, tweak, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmsim.authoring.lint import check_file
from cmsim.cli import main
from cmsim.paths import scenarios_dir

RUBRIC = """\
format: 1
id: tiny
title: {fr: Petite, en: Tiny}
criteria:
  - id: names
    quality: listening
    kind: names
    title: {fr: Prénom, en: First name}
    feedback:
      good: {fr: Bien., en: Good.}
      fair: {fr: Moyen., en: Fair.}
      poor: {fr: Faible., en: Poor.}
"""


def validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_typo_bad_target_and_tab_give_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tweak(
        ("    title: Reply", "    titel: Reply"),
        ("goto: choose", "goto: chose"),
        ("    prompt: What now?", "\tprompt: What now?"),
    )
    path = write(tmp_path, text)
    code, lines, err = validate(capsys, str(path))
    assert code == 1
    assert err == ""
    assert lines == [
        f"{path}:{':'.join(map(str, at(text, 'titel')))}: error: unknown key 'titel' (did you mean 'title'?) "
        "[unknown-key]",
        f"{path}:{':'.join(map(str, at(text, 'chose')))}: error: unknown jump target 'chose' (did you mean "
        "'choose'?) [unknown-target]",
        f"{path}:{at(text, chr(9))[0]}:1: error: a tab is used for indentation; YAML needs spaces [yaml-tab]",
        "1 file, 3 errors, 0 warnings",
    ]


@pytest.mark.parametrize("args", [[], [str(scenarios_dir())]])
def test_the_library_passes(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, lines, _ = validate(capsys, *args)
    n = len([p for p in scenarios_dir().rglob("*") if p.suffix in (".yaml", ".yml")])
    assert (code, lines) == (0, [f"{n} files, 0 errors, 0 warnings"])


def test_folders_are_searched_and_problems_sorted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, tweak(("  - author: ann", "  - author: anne")), "b.yaml")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "", "a.yaml")
    write(tmp_path, MINI, "c.yaml")
    code, lines, _ = validate(capsys, str(tmp_path))
    assert code == 1
    assert [line.split(":")[0] for line in lines[:-1]] == [str(tmp_path / "b.yaml"), str(tmp_path / "sub" / "a.yaml")]
    assert lines[-1] == "3 files, 2 errors, 0 warnings"


def test_warnings_fail_only_with_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, MINI.split("\n", 1)[1])
    assert validate(capsys, str(path))[0] == 0
    code, lines, _ = validate(capsys, "--strict", str(path))
    assert code == 1
    assert lines[-1] == "1 file, 0 errors, 1 warning"


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = validate(capsys, str(tmp_path / "nope.yaml"))
    assert code == 1
    assert lines[0] == f"{tmp_path / 'nope.yaml'}:1:1: error: cannot read file: No such file or directory [io]"


def test_rubric_files_are_checked_as_rubrics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, RUBRIC, "tiny.yaml")
    assert validate(capsys, str(good))[0] == 0
    folder = tmp_path / "rubrics"
    folder.mkdir()
    bad = write(folder, RUBRIC.replace("criteria:", "criterias:"), "bad.yaml")
    code, lines, _ = validate(capsys, str(bad))
    assert code == 1
    assert lines[0] == f"{bad}:4:1: error: unknown key 'criterias' (did you mean 'criteria'?) [unknown-key]"


# -- garbage in: located problems out, never an exception ------------------------------------------

YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-? []{}#&*!|>'\"\t\n ,%@`=\\é🎂0")), max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=YAMLISH)
def test_garbage_yaml_never_raises(tmp_path: Path, text: str) -> None:
    problems = check_file(write(tmp_path, text))
    assert all(p.line >= 1 and p.col >= 1 and p.code != "internal" for p in problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mangled_scenarios_never_raise(tmp_path: Path, data: st.DataObject) -> None:
    lines = MINI.split("\n")
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "indent", "value", "key"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = data.draw(st.sampled_from(["  ", "\t", " "])) + lines[i]
        elif ":" in lines[i]:
            key, _, value = lines[i].partition(":")
            new = data.draw(st.sampled_from(["no", "12", "~", "[]", "{}", "'x'", "-1", "a" * 300, "🎂", "!!str x"]))
            lines[i] = f"{key}: {new}" if action == "value" else f"{key}x:{value}"
    problems = check_file(write(tmp_path, "\n".join(lines)))
    assert all(p.line >= 1 and p.col >= 1 and p.code != "internal" for p in problems)
