"""One name for the scorer on every command (``--scorer offline|hybrid|llm``); ``--judge`` stays as a
hidden alias (with ``off`` for ``offline``) so old scripts still work."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from cmsim.cli import main
from cmsim.commands.scorerargs import add_scorer_argument, judge_mode_of

SCORING = [
    ["score", "-i", "x.jsonl"],
    ["grade", "report", "lab"],
    ["practice", "s"],
    ["assess", "c"],
    ["play", "s"],
    ["resume", "1"],
    ["rescore", "--session", "1"],
]


@pytest.mark.parametrize("command", SCORING, ids=lambda c: " ".join(c[:2]))
def test_every_scoring_command_shows_scorer_and_hides_judge(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    words = command[:2] if command[0] == "grade" else command[:1]
    with pytest.raises(SystemExit) as done:
        main([*words, "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "--scorer {offline,hybrid,llm}" in out
    assert "--judge " not in out and "--judge\n" not in out and "{off," not in out


@pytest.mark.parametrize(
    ("argv", "scorer", "mode"),
    [
        ([], None, None),
        (["--scorer", "offline"], "offline", "off"),
        (["--judge", "off"], "offline", "off"),
        (["--judge", "offline"], "offline", "off"),
        (["--judge", "hybrid"], "hybrid", "hybrid"),
        (["--scorer", "llm"], "llm", "llm"),
        (["--judge", "llm"], "llm", "llm"),
    ],
)
def test_both_spellings_land_in_one_setting(
    argv: list[str], scorer: str | None, mode: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CMSIM_JUDGE", "hybrid")  # a flag, either spelling, beats the environment
    parser = argparse.ArgumentParser()
    add_scorer_argument(parser)
    args = parser.parse_args(argv)
    assert args.scorer == scorer
    assert judge_mode_of(args) == (mode or "hybrid")


def test_a_bad_value_is_refused_under_either_name(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="p")
    add_scorer_argument(parser)
    for flag in ("--scorer", "--judge"):
        with pytest.raises(SystemExit):
            parser.parse_args([flag, "gpt"])
        assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("flag", [["--scorer", "offline"], ["--judge", "off"]])
def test_score_offline_by_either_name_needs_no_endpoint(
    flag: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CMSIM_JUDGE", "llm")  # on by the environment, and no endpoint set anywhere
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    replies = tmp_path / "r.jsonl"
    replies.write_text(json.dumps({"id": "a", "reply": "Sorry Dan, DM us your order number.", "lang": "en"}) + "\n")
    assert main(["score", "-i", str(replies), *flag]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "a" and not any(c["id"].startswith("judge:") for c in record["criteria"])
