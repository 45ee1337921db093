"""The judge from the command line: ``cmsim score --scorer`` (or its old name ``--judge``) and
``cmsim play --scorer hybrid``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakellm import FakeLLM

from cmsim.cli import main

LINES = [
    {
        "id": "a",
        "reply": "Dan, so sorry your parcel is late. Can you DM us your order number? ^Sam",
        "thread": [{"author": "Dan", "text": "Where is my parcel?"}],
    },
    {"id": "b", "reply": "Sorry for the delay Dan, we're on it.", "lang": "en"},
]
ANSWERS = """\
first-reply: >
  Dan, I'm so sorry — your daughter's birthday present is late and the party is on Saturday,
  that's really stressful. I'm checking with our delivery team now: can you DM us your order
  number? I'll get back to you within the hour. ^Sam
dm: {option: reship}
"""


def write_lines(tmp_path: Path, *extra: str) -> Path:
    file = tmp_path / "replies.jsonl"
    file.write_text("\n".join([*(json.dumps(line) for line in LINES), *extra]) + "\n", encoding="utf-8")
    return file


@pytest.mark.parametrize("flag", ["--scorer", "--judge"])
def test_score_with_the_judge_keeps_order_and_reports_bad_lines(
    server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    file = write_lines(tmp_path, '{"id": "c"}')
    code = main(["score", "-i", str(file), flag, "hybrid", "--judge-base-url", server.url, "--judge-model", "m1"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "replies.jsonl:3: missing key 'reply'" in err
    assert [r["id"] for r in records] == ["a", "b"]
    assert all(r["scorer"].startswith("hybrid/offline") and "+llm:m1@prompt-v1-" in r["scorer"] for r in records)
    assert any(c["id"].startswith("judge:") for c in records[0]["criteria"])
    assert server.count == 2
    assert (
        main(["score", "-i", str(file), flag, "hybrid", "--judge-base-url", server.url, "--judge-model", "m1"])
        == 1
    )
    assert server.count == 2  # the second run is served from the cache


def test_score_without_any_endpoint_says_what_to_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "-i", str(write_lines(tmp_path)), "--judge", "llm", "-o", str(tmp_path / "out.jsonl")])
    _out, err = capsys.readouterr()
    assert code == 1 and "OPENAI_API_KEY" in err and "Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()


def test_play_with_a_failing_judge_finishes_on_offline_scores(
    server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("CMSIM_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "config.yaml").write_text("judge:\n  retries: 1\n  backoff: 0.01\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    server.behaviour = "500"
    assert main(["play", "late-parcel-en", "--answers", str(answers), "--json", "--scorer", "hybrid"]) == 0
    run = json.loads(capsys.readouterr().out)
    first = run["turns"][0]
    assert "judge-unavailable" in first["flags"] and first["scorer"].startswith("offline")
    assert run["outcome"] == "good"
    server.behaviour = "valid"
    assert main(["play", "late-parcel-en", "--answers", str(answers), "--json", "--scorer", "hybrid"]) == 0
    first = json.loads(capsys.readouterr().out)["turns"][0]
    assert first["scorer"].startswith("hybrid/offline") and "judge-unavailable" not in first["flags"]
