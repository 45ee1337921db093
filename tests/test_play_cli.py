"""``cmsim play`` walks a branching scenario headless: good and bad answers take different paths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmsim.cli import main

GOOD = """\
first-reply: >
  Dan, I'm so sorry — your daughter's birthday present is late and the party is on Saturday,
  that's really stressful. I'm checking with our delivery team now: can you DM us your order
  number? I'll get back to you within the hour. ^Sam
dm: {option: reship}
"""
BAD = """\
first-reply: We apologise for any inconvenience. Please contact customer service.
pile-on:
  public: Calm down, it's the carrier's fault, not ours. Read the terms!!!
  note: fyi
"""


def play_json(tmp_path: Path, answers: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    file = tmp_path / "answers.yaml"
    file.write_text(answers, encoding="utf-8")
    assert main(["play", "late-parcel-en", "--answers", str(file), "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_good_and_bad_answers_take_different_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = play_json(tmp_path, GOOD, capsys)
    bad = play_json(tmp_path, BAD, capsys)
    assert [t["step"] for t in good["turns"]] == ["first-reply", "dm"]  # type: ignore[index, union-attr]
    assert (good["ending"], good["outcome"]) == ("recovered", "good")
    assert [t["step"] for t in bad["turns"]] == ["first-reply", "pile-on"]  # type: ignore[index, union-attr]
    assert (bad["ending"], bad["outcome"]) == ("lost", "bad")
    first_good, first_bad = good["turns"][0], bad["turns"][0]  # type: ignore[index]
    assert first_good["scores"]["listening"] > first_bad["scores"]["listening"]
    assert first_good["scores"]["calm"] >= 60 and first_good["branch"] != "else"
    assert first_bad["branch"] == "else"


def test_text_output_names_steps_branches_and_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "answers.yaml"
    file.write_text(GOOD, encoding="utf-8")
    assert main(["play", "late-parcel-en", "--answers", str(file)]) == 0
    out = capsys.readouterr().out
    assert "first-reply" in out and "→ dm" in out and "Listening" in out and "(good)" in out


def test_missing_answer_is_a_located_error_not_a_traceback(tmp_path: Path) -> None:
    file = tmp_path / "answers.yaml"
    file.write_text("first-reply: We apologise for any inconvenience.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "cmsim", "play", "late-parcel-en", "--answers", str(file)],
        capture_output=True, text=True,
    )
    assert out.returncode == 1
    assert f"{file}:1:1: error: no answer for step 'pile-on'" in out.stderr
    assert "Traceback" not in out.stderr


def test_unknown_option_is_reported_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "answers.yaml"
    file.write_text(GOOD.replace("reship", "refund"), encoding="utf-8")
    assert main(["play", "late-parcel-en", "--answers", str(file)]) == 1
    err = capsys.readouterr().err
    assert f"{file}:5:5: error: step 'dm': choose one of reship, wait, voucher (got 'refund')" in err
