"""Silent traps and parser jargon: each mistake a trainer makes in YAML gets a message in their words,
located where it happened."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from authoring_kit import MINI, at, check, tweak, write

from cmsim.authoring.problems import Problem
from cmsim.authoring.schema import json_schema
from cmsim.cli import main
from cmsim.paths import data_root


def one(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, problems
    return found[0]


def test_a_colon_in_a_plain_text_says_quote_it(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann: now please."))
    problem = one(check(tmp_path, text), "yaml-needs-quotes")
    assert problem.line == at(text, "prompt: Answer")[0]
    assert "this line needs quotes because its text holds ': '" in problem.message
    assert 'write: prompt: "Answer Ann: now please."' in problem.message
    assert "mapping values" not in problem.message


def test_an_over_indented_key_is_not_told_to_use_quotes(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.\n", "    prompt: Answer Ann.\n      hints: []\n"))
    problem = one(check(tmp_path, text), "yaml-indent")
    assert "'hints:' is indented deeper than the key above it" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "fixed"),
    [
        ('      - when: {calm: ">= 60"}', "      - when: {calm: >= 60}", 'write: - when: {calm: ">= 60"}'),
        ('      - when: {calm: ">= 60"}', "      - when:\n          calm: >= 60", 'write: calm: ">= 60"'),
    ],
)
def test_an_unquoted_condition_says_quote_conditions(tmp_path: Path, old: str, new: str, fixed: str) -> None:
    text = tweak((old, new))
    problem = one(check(tmp_path, text), "yaml-needs-quotes")
    assert problem.message.startswith('quote conditions such as ">= 60"')
    assert fixed in problem.message
    assert "cannot start any token" not in problem.message and "chomping" not in problem.message


def test_a_hint_turned_into_a_mapping_by_its_colon(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n    hints:\n      - Note: be kind"))
    problem = one(check(tmp_path, text), "string_type")
    assert (problem.line, problem.col) == at(text, "Note: be kind")
    assert "this text holds ': ', so YAML read it as a key 'Note'" in problem.message
    assert 'put the whole text in quotes: "Note: be kind"' in problem.message
    assert "valid string" not in problem.message


def test_a_misaligned_line_is_not_block_end_jargon(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n   ? x"))
    problem = one(check(tmp_path, text), "yaml-indent")
    assert "<block end>" not in problem.message
    assert "this line is not lined up with the block it belongs to" in problem.message
    assert problem.line == at(text, "   ? x")[0]


def test_an_unclosed_quote_says_where_it_opened(tmp_path: Path) -> None:
    text = tweak(("    debrief: Try again.", '    debrief: "Try again.'))
    problem = one(check(tmp_path, text), "yaml-quote")
    opened = at(text, 'debrief: "Try')[0]
    assert problem.message == f"a quote opened at line {opened} is never closed"


@pytest.mark.parametrize(
    ("old", "new", "opened_at"),
    [
        # The next line's own quotes close the one left open: YAML then complains about that line.
        ("    title: Choose", '    title: "Choose', 'title: "Choose'),
        ("    title: Reply", '    title: "Reply', 'title: "Reply'),
        # ... and would have said "a text cannot start with '@' unless it is in quotes" of a quoted handle.
        ("  name: Acme", '  name: "Acme', 'name: "Acme'),
    ],
)
def test_a_quote_left_open_mid_file_names_where_it_opened(tmp_path: Path, old: str, new: str, opened_at: str) -> None:
    text = tweak((old, new))
    if "Acme" not in new:
        # the line after the open quote holds quotes of its own, as in a real scenario
        text = text.replace("    prompt: What now?", '    prompt: "What now?"').replace(
            "    prompt: Answer Ann.", '    prompt: "Answer Ann."'
        )
    problem = one(check(tmp_path, text), "yaml-quote")
    opened = at(text, opened_at)[0]
    assert problem.message.startswith(f"the quote opened at line {opened} is only closed here")
    assert f"add the missing closing quote on line {opened}" in problem.message
    assert problem.line == opened + 1
    assert "lined up" not in problem.message and "cannot start with" not in problem.message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    title: Reply", "    title: 'Ann's reply'", "an apostrophe is written twice (''), or use double quotes: "
         'title: "Ann\'s reply"'),
        ("    title: Reply", '    title: "Reply" (public)', "put all of the text inside the quotes"),
    ],
)
def test_text_after_a_closing_quote_is_explained(tmp_path: Path, old: str, new: str, expected: str) -> None:
    text = tweak((old, new))
    problem = one(check(tmp_path, text), "yaml-quote")
    assert problem.message.startswith("the quoted text ends at its closing quote and more follows on the line")
    assert expected in problem.message
    assert problem.line == at(text, new.strip())[0]
    assert "lined up" not in problem.message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    qualities: [calm, listening]", "    qualities: [calm, listening", "the '[' opened at line {n} is never "
         "closed: end it with ']'"),
        ("        scores: {listening: 90}", "        scores: {listening: 90", "the '{' opened at line {n} is never "
         "closed: end it with '}'"),
        ('      - when: {calm: ">= 60"}', '      - when: {calm: ">= 60" listening: ">= 50"}',
         "the items between '{' and '}' need a ',' between them (or the '}' is missing)"),
    ],
)
def test_an_unclosed_bracket_or_a_missing_comma_in_words(tmp_path: Path, old: str, new: str, expected: str) -> None:
    text = tweak((old, new))
    problem = one(check(tmp_path, text), "yaml-flow")
    assert problem.message == expected.replace("{n}", str(at(text, new.strip())[0]))
    assert "expected ','" not in problem.message and "flow" not in problem.message


def test_a_handle_starting_with_at_says_quote_it(tmp_path: Path) -> None:
    text = tweak(('  handle: "@acme"', "  handle: @acme"))
    problem = one(check(tmp_path, text), "yaml-needs-quotes")
    assert problem.message == "a text cannot start with '@' unless it is in quotes; write: handle: \"@acme\""


def test_an_id_breaking_the_pattern_gets_the_rule_in_words(tmp_path: Path) -> None:
    text = tweak(("  - id: reply\n", "  - id: Reply_Step\n"), ("    outcome: bad", "    outcome: bad"))
    problem = one(check(tmp_path, text), "string_pattern_mismatch")
    assert "ids use lowercase letters, digits and '-', e.g. 'note-equipes'" in problem.message
    assert "try 'reply_step'" in problem.message
    assert "pattern" not in problem.message and "^[a-z" not in problem.message


def test_a_goto_with_an_accent_gets_did_you_mean(tmp_path: Path) -> None:
    text = tweak(("        goto: choose\n", "        goto: chosé\n"))
    problem = one(check(tmp_path, text), "string_pattern_mismatch")
    assert (problem.line, problem.col) == at(text, "chosé")
    assert problem.message.endswith(
        "'chosé' is not an id: ids use lowercase letters, digits and '-', e.g. 'note-equipes' (did you mean 'choose'?)"
    )


def test_a_key_swallowed_by_a_folded_text_is_pointed_at(tmp_path: Path) -> None:
    old = "    prompt: Answer Ann.\n    qualities: [calm, listening]"
    text = tweak((old, "    prompt: >\n      Answer Ann.\n      qualities: [calm, listening]"))
    problems = check(tmp_path, text)
    problem = one(problems, "absorbed-key")
    assert (problem.line, problem.col) == at(text, "qualities: [calm")
    assert "'qualities:' is indented like the text of 'prompt' above it" in problem.message
    assert problem.severity == "error"
    assert not [p for p in problems if "list the qualities" in p.message]  # the consequence, not the cause


def test_a_swallowed_optional_key_is_a_warning_in_a_valid_scenario(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "    prompt: >\n      Answer Ann.\n      hints: [Be kind]"))
    problem = one(check(tmp_path, text), "absorbed-key")
    assert problem.severity == "warning" and (problem.line, problem.col) == at(text, "hints: [Be")


def test_a_comment_cutting_a_text_short_is_a_warning(tmp_path: Path) -> None:
    text = tweak(("    text: Where is my parcel?", "    text: Where is order #42, my parcel?"))
    problem = one(check(tmp_path, text), "comment-in-text")
    assert problem.severity == "warning"
    assert (problem.line, problem.col) == at(text, "#42")
    assert "so this text ends at '…Where is order'" in problem.message


def test_a_comment_after_a_non_text_value_is_fine(tmp_path: Path) -> None:
    text = tweak(("difficulty: easy", "difficulty: easy   # easy | medium | hard"))
    assert [p for p in check(tmp_path, text) if p.code == "comment-in-text"] == []


def test_teams_are_checked_against_the_teams_lexicon(tmp_path: Path) -> None:
    new = "    qualities: [calm, listening]\n    expect:\n      teams: [managment, community, legal]"
    text = tweak(("    qualities: [calm, listening]", new))
    problems = [p for p in check(tmp_path, text) if p.code == "unknown-team"]
    assert [(p.line, p.col) for p in problems] == [at(text, "managment"), at(text, "community")]
    assert problems[0].message.startswith("unknown team 'managment' (did you mean 'management'?)")
    assert "teams the scorer knows: quality, legal, security" in problems[1].message


def test_the_guide_lists_every_team_of_the_lexicon() -> None:
    guide = (data_root() / "docs" / "authoring.md").read_text("utf-8")
    for lang in ("en", "fr"):
        import yaml

        groups = yaml.safe_load((data_root() / "rubrics" / "lexicons" / lang / "teams.yaml").read_text("utf-8"))
        for team in groups["groups"]:
            assert f"| `{team}` |" in guide, team


def _keys(node: object, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        out.update(node.get("properties", {}))
        for value in node.values():
            _keys(value, out)
    elif isinstance(node, list):
        for value in node:
            _keys(value, out)
    return out


@pytest.mark.parametrize("kind", ["scenario", "rubric", "answers"])
def test_every_key_is_documented_in_the_guide(kind: str) -> None:
    guide = (data_root() / "docs" / "authoring.md").read_text("utf-8")
    keys = _keys(json_schema(kind), set())
    if kind == "scenario":
        assert {"hashtags", "teams", "start", "shares", "disputed"} <= keys
    missing = [k for k in sorted(keys) if not re.search(rf"(`{re.escape(k)}`|\b{re.escape(k)}:)", guide)]
    assert missing == [], f"{kind} keys missing from docs/authoring.md: {missing}"


def test_x_direct_messages_get_the_dm_limit_not_280(tmp_path: Path) -> None:
    long_dm = "Hello Ann, " + "we are checking your parcel with the carrier right now. " * 8
    assert 280 < len(long_dm) < 10_000
    fields = (
        "    qualities: [calm, listening]",
        "    qualities: [calm, listening]\n    fields:\n      - id: dm\n        label: DM\n        kind: private\n"
        f"    model_answer: {{dm: \"{long_dm.strip()}\"}}",
    )
    assert [p for p in check(tmp_path, tweak(fields)) if p.code == "too-long"] == []
    public = (fields[0], fields[1].replace("kind: private", "kind: public"))
    [problem] = [p for p in check(tmp_path, tweak(public)) if p.code == "too-long"]
    assert "the limit is 280" in problem.message


def test_play_json_prints_the_flags_each_turn_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "x.answers.yaml"
    answers.write_text("first-reply: hi\ndm: {option: reship}\npile-on: {public: ok, note: ok}\n", encoding="utf-8")
    scenario = data_root() / "scenarios" / "en" / "late-parcel.yaml"
    sets = "set:" in scenario.read_text("utf-8")
    assert main(["play", str(scenario), "--answers", str(answers), "--json"]) == 0
    run = json.loads(capsys.readouterr().out)
    assert all("set" in turn and isinstance(turn["set"], dict) for turn in run["turns"])
    if sets:
        assert any(turn["set"] for turn in run["turns"])


def test_play_json_set_comes_from_the_branch_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tweak(
        ("        goto: choose\n", "        goto: choose\n        set: {warm: true}\n"),
        ("      - goto: bad\n  - id: choose", "      - goto: bad\n        set: {warm: false}\n  - id: choose"),
    )
    scenario = write(tmp_path, text)
    answers = tmp_path / "scenario.answers.yaml"
    answers.write_text("reply: whatever\nchoose: {option: wait}\n", encoding="utf-8")
    assert main(["play", str(scenario), "--answers", str(answers), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["turns"][0]
    assert first["set"] == {"warm": first["goto"] == "choose"}


def test_validate_dir_checks_answers_files_as_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, MINI, "mini.yaml")
    (tmp_path / "mini.answers.yaml").write_text("reply: Hello Ann\nchoose: {option: refund}\n", encoding="utf-8")
    (tmp_path / "mini.bad.answers.yaml").write_text(
        "repyl: Hello\nchoose: {option: refnd}\n", encoding="utf-8"
    )
    assert main(["validate", "."]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "3 files, 2 errors, 0 warnings"
    expected = "mini.bad.answers.yaml:1:1: error: 'repyl' is not a step of mini.yaml (did you mean 'reply'?)"
    assert f"{expected} [unknown-step]" in out
    assert any("mini.bad.answers.yaml:2:" in line and "(did you mean 'refund'?)" in line for line in out)
    assert not any(line.startswith("mini.answers.yaml") for line in out)


def test_new_writes_an_answers_file_whose_schema_resolves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "elsewhere" / "deep" / "mug.yaml"
    assert main(["new", "--id", "mug-en", "--brand", "Mugs", "--title", "Mug", "--no-input", "--out", str(out)]) == 0
    answers = out.with_name("mug.answers.yaml")
    assert answers.is_file() and "mug.answers.yaml" in capsys.readouterr().out
    for file, kind in ((out, "scenario"), (answers, "answers")):
        first = file.read_text("utf-8").splitlines()[0]
        ref = first.removeprefix("# yaml-language-server: $schema=")
        assert (file.parent / ref).resolve() == (data_root() / "schema" / f"{kind}.schema.json").resolve()
    assert main(["validate", str(out.parent)]) == 0
    capsys.readouterr()
    assert main(["play", str(out), "--answers", str(answers), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcome"] == "good"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("difficulty: easy", "difficulty: hardcore",
         "'hardcore' is not one of: easy, medium, hard (did you mean 'hard'?)"),
        ("    role: customer", "    role: costumer", "(did you mean 'customer'?)"),
        ("    qualities: [calm, listening]", "    qualities: [calm, listenning]",
         "'listenning' is not one of: communication, listening, calm, teamwork, creativity, multiplatform "
         "(did you mean 'listening'?)"),
    ],
)
def test_a_value_outside_a_list_names_the_choices_and_the_closest(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    [problem] = check(tmp_path, tweak((old, new)))
    assert message in problem.message and "Input should be" not in problem.message


def test_a_text_list_item_with_two_colons_is_quoted_whole(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n    hints:\n      - Tip: name it: the parcel"))
    problem = one(check(tmp_path, text), "yaml-needs-quotes")
    assert problem.message.endswith('write: - "Tip: name it: the parcel"')
