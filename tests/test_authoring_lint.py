"""Each lint rule, with a case that trips it (at the exact line and column) and one that does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from authoring_kit import MINI, at, check, place, tweak

from cmsim.authoring.load import load_scenario
from cmsim.authoring.problems import Problem
from cmsim.paths import scenarios_dir

REPLY_ELSE = "      - goto: bad\n  - id: choose"


def reply_else(branches: str) -> tuple[str, str]:
    """An edit replacing the first step's else branch with ``branches`` (YAML list items)."""
    return (REPLY_ELSE, branches + "  - id: choose")


def only(problems: list[Problem], code: str) -> Problem:
    """The single problem with ``code`` (and fail if there are others of any code)."""
    assert [p.code for p in problems] == [code], [str(p) for p in problems]
    return problems[0]


def test_minimal_scenario_is_clean(tmp_path: Path) -> None:
    assert check(tmp_path, MINI) == []


def test_library_scenarios_are_clean() -> None:
    from cmsim.authoring.crisis import crisis_file
    from cmsim.authoring.lint import lint

    for file in sorted(scenarios_dir().rglob("*.yaml")):
        if not crisis_file(file):  # crisis files: tests/test_crisis_library.py
            assert [str(p) for p in lint(load_scenario(file))] == []


# -- jump targets, ids, reachability, endings ---------------------------------------------------


def test_unknown_jump_target_with_did_you_mean(tmp_path: Path) -> None:
    text = tweak(("goto: choose", "goto: chose"))
    problems = check(tmp_path, text)
    problem = next(p for p in problems if p.code == "unknown-target")
    assert (problem.line, problem.col) == at(text, "chose")
    assert problem.message == "unknown jump target 'chose' (did you mean 'choose'?)"
    # 'choose' is unreachable now, but that follows from the typo: reachability waits for valid targets
    assert [p.code for p in problems] == ["unknown-target"]


def test_unknown_jump_target_far_from_any_id_lists_them(tmp_path: Path) -> None:
    text = tweak(("goto: choose", "goto: zzz"))
    problem = next(p for p in check(tmp_path, text) if p.code == "unknown-target")
    assert problem.message == "unknown jump target 'zzz'; steps and endings: bad, choose, good, reply"


def test_unknown_start(tmp_path: Path) -> None:
    text = tweak(("platforms: [x]\n", "platforms: [x]\nstart: chooze\n"))
    problem = only(check(tmp_path, text), "unknown-target")
    assert (problem.line, problem.col) == at(text, "chooze")
    assert problem.message == "'start' names no step: 'chooze' (did you mean 'choose'?)"


def test_start_must_be_a_step(tmp_path: Path) -> None:
    text = tweak(("platforms: [x]\n", "platforms: [x]\nstart: good\n"))
    problem = only(check(tmp_path, text), "bad-start")
    assert (problem.line, problem.col) == at(text, "good\n")


def test_explicit_start_is_followed(tmp_path: Path) -> None:
    text = tweak(("platforms: [x]\n", "platforms: [x]\nstart: choose\n"))
    assert place(check(tmp_path, text), "unreachable") == [at(text, "reply\n")]


def test_duplicate_id_across_steps_and_endings(tmp_path: Path) -> None:
    text = tweak(("  - id: bad\n", "  - id: choose\n"), ("goto: bad", "goto: good"), ("goto: bad", "goto: good"))
    problem = only(check(tmp_path, text), "duplicate-id")
    assert (problem.line, problem.col) == at(text, "choose", 2)
    assert problem.message == f"id 'choose' is already used by the step at line {at(text, 'id: choose')[0]}"


def test_unreachable_step_and_ending(tmp_path: Path) -> None:
    orphan = "  - id: orphan\n    title: O\n    prompt: P\n    qualities: [calm]\n    next: good\n"
    text = tweak(("endings:\n", orphan + "endings:\n"), ("goto: bad\n  - id: choose", "goto: good\n  - id: choose"))
    text = tweak(("        goto: good\n      - goto: bad", "        goto: good\n      - goto: good"), text=text)
    problems = check(tmp_path, text)
    assert place(problems, "unreachable") == [at(text, "orphan"), at(text, "bad\n", 0)]
    assert {p.code for p in problems} == {"unreachable"}


def test_cycle_with_an_exit_is_fine(tmp_path: Path) -> None:
    text = tweak(("goto: bad\n  - id: choose", "goto: reply\n  - id: choose"))
    assert check(tmp_path, text) == []


def test_paths_that_never_end(tmp_path: Path) -> None:
    text = tweak(
        ("goto: bad\n  - id: choose", "goto: choose\n  - id: choose"),
        ("goto: good", "goto: reply"),
        ("goto: bad\nendings", "goto: reply\nendings"),
    )
    problems = check(tmp_path, text)
    line, col = at(text, "id: choose")
    assert place(problems, "never-ends") == [at(text, "reply\n"), (line, col + 4)]
    assert "every path from it loops or stops" in problems[0].message


# -- branches -------------------------------------------------------------------------------------


def test_uncovered_score_range_without_else(tmp_path: Path) -> None:
    text = tweak(reply_else('      - when: {calm: "< 50"}\n        goto: bad\n'))
    problem = only(check(tmp_path, text), "uncovered")
    assert problem.severity == "error"
    assert (problem.line, problem.col) == at(text, '- when: {calm: ">= 60"}')
    assert problem.message.startswith("no branch matches scores calm = 50;")


def test_complementary_ranges_need_no_else(tmp_path: Path) -> None:
    text = tweak(reply_else('      - when: {calm: "< 60"}\n        goto: bad\n'))
    assert check(tmp_path, text) == []


def test_average_and_quality_ranges_are_checked_together(tmp_path: Path) -> None:
    text = tweak(
        ('{calm: ">= 60"}', '{average: ">= 50"}'),
        reply_else('      - when: {calm: "< 50"}\n        goto: bad\n'),
    )
    problem = only(check(tmp_path, text), "uncovered")
    # average = 0 with calm = 50 cannot happen (listening would have to be negative): the first real hole
    assert "scores average = 49, calm = 50;" in problem.message


def test_branch_on_a_quality_the_step_does_not_exercise(tmp_path: Path) -> None:
    text = tweak(('{calm: ">= 60"}', '{teamwork: ">= 60"}'))
    problem = only(check(tmp_path, text), "quality-not-exercised")
    assert (problem.line, problem.col) == at(text, "teamwork")
    assert problem.message == "'teamwork' is never scored here: this step exercises calm, listening"


def test_flags_only_without_else_is_a_warning(tmp_path: Path) -> None:
    text = tweak(reply_else("      - when: {flags: {vip: true}}\n        goto: bad\n"))
    text = tweak(('{calm: ">= 60"}', "{flags: {vip: false}}"), text=text)
    problem = only(check(tmp_path, text), "uncovered")
    assert problem.severity == "warning"
    assert "unless the flags tested are set" in problem.message


def test_choice_option_reaching_no_branch(tmp_path: Path) -> None:
    text = tweak(("goto: good\n      - goto: bad", "goto: good"))
    problem = only(check(tmp_path, text), "uncovered")
    assert (problem.line, problem.col) == at(text, "wait")
    assert problem.message.startswith("no branch matches choosing option 'wait';")


def test_choice_branches_on_option_scores_cover_every_option(tmp_path: Path) -> None:
    text = tweak(
        (
            "{option: refund}\n        goto: good\n      - goto: bad",
            '{listening: ">= 50"}\n        goto: good\n      - when: {option: wait}\n        goto: bad',
        )
    )
    assert check(tmp_path, text) == []


def test_unknown_option_in_a_condition(tmp_path: Path) -> None:
    text = tweak(("{option: refund}", "{option: [wait, refnud]}"))
    problem = only(check(tmp_path, text), "unknown-option")
    assert (problem.line, problem.col) == at(text, "refnud")
    assert problem.message == "unknown option 'refnud' (did you mean 'refund'?)"


def test_option_condition_on_a_reply_step(tmp_path: Path) -> None:
    text = tweak(('{calm: ">= 60"}', "{option: refund}"))
    problem = only(check(tmp_path, text), "bad-option")
    assert (problem.line, problem.col) == at(text, "option: refund")


def test_option_without_a_score_for_an_exercised_quality(tmp_path: Path) -> None:
    text = tweak(("scores: {listening: 20}", "scores: {calm: 20}"))
    problem = only(check(tmp_path, text), "option-scores")
    assert (problem.line, problem.col) == at(text, "{calm: 20}")


def test_shadowed_branch_is_a_warning(tmp_path: Path) -> None:
    text = tweak(reply_else('      - when: {calm: ">= 70"}\n        goto: bad\n      - goto: bad\n'))
    problem = only(check(tmp_path, text), "shadowed")
    assert problem.severity == "warning"
    assert (problem.line, problem.col) == at(text, 'when: {calm: ">= 70"}')


def test_else_after_complete_conditions_is_shadowed(tmp_path: Path) -> None:
    text = tweak(reply_else('      - when: {calm: "< 60"}\n        goto: bad\n      - goto: bad\n'))
    problem = only(check(tmp_path, text), "shadowed")
    assert problem.message.startswith("the else branch is never taken")
    assert (problem.line, problem.col) == at(text, "goto: bad", 1)


def test_branch_with_different_flags_is_not_shadowed(tmp_path: Path) -> None:
    text = tweak(('{calm: ">= 60"}', '{calm: ">= 60", flags: {vip: true}}'))
    text = tweak(reply_else('      - when: {calm: ">= 60"}\n        goto: bad\n      - goto: bad\n'), text=text)
    assert check(tmp_path, text) == []


# -- messages, answers, calibration ---------------------------------------------------------------


def test_unknown_message_author(tmp_path: Path) -> None:
    text = tweak(("  - author: ann", "  - author: anne"))
    problem = only(check(tmp_path, text), "unknown-author")
    assert (problem.line, problem.col) == at(text, "anne")
    assert problem.message == "author 'anne' is neither a persona id nor 'brand' (did you mean 'ann'?)"


def test_brand_is_a_valid_author(tmp_path: Path) -> None:
    step_message = "    messages:\n      - author: brand\n        text: Hello.\n    qualities: [listening]"
    assert check(tmp_path, tweak(("    qualities: [listening]", step_message))) == []


def test_model_answer_keys_must_be_field_ids(tmp_path: Path) -> None:
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n    model_answer: {replly: Sorry Ann.}"))
    problem = only(check(tmp_path, text), "answer-fields")
    assert (problem.line, problem.col) == at(text, "replly")
    assert problem.message == "'replly' is not a field of step 'reply' (did you mean 'reply'?)"


def test_plain_string_model_answer_needs_a_single_field(tmp_path: Path) -> None:
    single = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n    model_answer: Sorry Ann."))
    assert check(tmp_path, single) == []
    fields = "    fields:\n      - {id: public, label: Public}\n      - {id: note, label: Note, kind: internal}"
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n    model_answer: Sorry Ann.\n" + fields))
    problem = only(check(tmp_path, text), "answer-fields")
    assert (problem.line, problem.col) == at(text, "Sorry Ann.")
    assert "(public, note)" in problem.message


def test_choice_model_answer_is_an_option_id(tmp_path: Path) -> None:
    assert check(tmp_path, tweak(("    prompt: What now?", "    prompt: What now?\n    model_answer: refund"))) == []
    text = tweak(("    prompt: What now?", "    prompt: What now?\n    model_answer: refun"))
    problem = only(check(tmp_path, text), "bad-option")
    assert (problem.line, problem.col) == at(text, "refun\n")
    assert problem.message == "model answer 'refun' is not an option (did you mean 'refund'?)"


CALIBRATION = """\
calibration:
  - name: sample
    step: reply
    answer: Sorry Ann, checking now.
    expect: {calm: good}
"""


def test_calibration_is_clean(tmp_path: Path) -> None:
    assert check(tmp_path, MINI + CALIBRATION) == []


@pytest.mark.parametrize(
    ("edit", "code", "needle", "message"),
    [
        (("step: reply", "step: replyy"), "unknown-target", "replyy", "no step 'replyy' (did you mean 'reply'?)"),
        (
            ("step: reply", "step: choose"),
            "bad-calibration",
            "choose\n",
            "step 'choose' is a choice step; calibration answers are replies",
        ),
        (
            ("{calm: good}", "{teamwork: good}"),
            "bad-calibration",
            "teamwork",
            "step 'reply' does not exercise 'teamwork' (calm, listening)",
        ),
        (
            ("answer: Sorry", "answer:\n      text: Sorry"),
            "answer-fields",
            "text:",
            "'text' is not a field of step 'reply'; fields: reply",
        ),
    ],
)
def test_calibration_problems(tmp_path: Path, edit: tuple[str, str], code: str, needle: str, message: str) -> None:
    calibration = tweak(edit, text=CALIBRATION)
    problem = only(check(tmp_path, MINI + calibration), code)
    line, col = at(calibration, needle)
    assert (problem.line, problem.col, problem.message) == (line + MINI.count("\n"), col, message)


# -- lengths ----------------------------------------------------------------------------------------


def with_answer(answer: str) -> str:
    return tweak(("    prompt: Answer Ann.", f'    prompt: Answer Ann.\n    model_answer: "{answer}"'))


def test_model_answer_over_the_x_limit(tmp_path: Path) -> None:
    text = with_answer("a" * 281)
    problem = only(check(tmp_path, text), "too-long")
    assert (problem.line, problem.col) == at(text, '"aaa')
    assert problem.message == (
        "the model answer for 'reply' is 281 characters as X (Twitter) counts them (links count 23, emoji 2); "
        "the limit is 280"
    )


def test_x_counts_links_as_23_and_emoji_as_2(tmp_path: Path) -> None:
    link = "https://example.com/" + "x" * 200
    assert check(tmp_path, with_answer("a" * 250 + " " + link)) == []
    assert check(tmp_path, with_answer("🎂" * 140)) == []
    assert place(check(tmp_path, with_answer("🎂" * 141)), "too-long")


def test_field_max_chars_overrides_the_platform(tmp_path: Path) -> None:
    fields = "    fields:\n      - {id: public, label: P, max_chars: 20}\n      - {id: note, label: N, kind: internal}"
    answer = "    model_answer:\n      public: This reply is longer than twenty.\n      note: " + "n" * 400
    text = tweak(("    prompt: Answer Ann.", "    prompt: Answer Ann.\n" + fields + "\n" + answer))
    problem = only(check(tmp_path, text), "too-long")
    assert (problem.line, problem.col) == at(text, "This reply")
    assert problem.message.endswith("the limit is 20")


def test_thread_message_over_its_platform_limit(tmp_path: Path) -> None:
    text = tweak(("    text: Where is my parcel?", "    platform: x\n    text: " + "w" * 281))
    problem = only(check(tmp_path, text), "too-long")
    assert (problem.line, problem.col) == at(text, "www")
    assert check(tmp_path, tweak(("    text: Where is my parcel?", "    platform: x\n    text: " + "w" * 280))) == []


# -- warnings -----------------------------------------------------------------------------------------


def test_pronoun_on_an_english_scenario(tmp_path: Path) -> None:
    text = tweak(('  handle: "@acme"', '  handle: "@acme"\n  charter:\n    pronoun: vous'))
    problem = only(check(tmp_path, text), "pronoun-en")
    assert (problem.line, problem.col, problem.severity) == (*at(text, "pronoun"), "warning")
    assert check(tmp_path, tweak(("lang: en", "lang: fr"), text=text)) == []


@pytest.mark.parametrize(("seconds", "warned"), [(20, True), (30, False)])
def test_short_time_limit(tmp_path: Path, seconds: int, warned: bool) -> None:
    text = tweak(("    prompt: Answer Ann.", f"    prompt: Answer Ann.\n    time_limit: {seconds}"))
    expected = [at(text, str(seconds))] if warned else []
    assert place(check(tmp_path, text), "short-time-limit") == expected


def test_missing_schema_line(tmp_path: Path) -> None:
    text = MINI.split("\n", 1)[1]
    problem = only(check(tmp_path, text), "schema-line")
    assert (problem.line, problem.col, problem.severity) == (1, 1, "warning")
