"""``cmsim grade report`` measures the LLM judge beside the offline scorer when the judge is on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from fakellm import FakeLLM

from cmsim.cli import main

REPLIES = [
    "Tom, three weeks without your refund after two emails is too long. DM me the order number. – Will",
    "Hi Tom, sorry your refund is taking so long. Please DM us your order number.",
    "Could you send us your order number by DM, please?",
]


@pytest.mark.parametrize("flag", ["--scorer", "--judge"])  # --judge: the old name, still accepted
def test_the_judge_is_measured_against_the_raters_when_on(
    server: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    monkeypatch.setenv("CMSIM_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    lines = tmp_path / "replies.jsonl"
    thread = [{"author": "Tom", "text": "Three weeks and still no refund. I've emailed twice."}]
    lines.write_text("\n".join(json.dumps({"id": str(i), "thread": thread, "reply": r})
                               for i, r in enumerate(REPLIES)) + "\n", encoding="utf-8")
    lab = tmp_path / "lab"
    assert main(["grade", "export", str(lab), "--replies", str(lines), "--seed", "2"]) == 0
    key = json.loads((lab / "key.json").read_text("utf-8"))
    for rater, grades in (("ann", [90, 55, 25]), ("bob", [85, 60, 30])):
        sheet = yaml.safe_load((lab / "sheet.yaml").read_text("utf-8"))
        sheet["rater"] = rater
        for row in sheet["rows"]:
            row["grade"] = grades[int(key["items"][row["item"]]["data"]["id"])]
        (tmp_path / f"{rater}.yaml").write_text(yaml.safe_dump(sheet), encoding="utf-8")
        assert main(["grade", "import", str(lab), str(tmp_path / f"{rater}.yaml")]) == 0
    capsys.readouterr()
    code = main(["grade", "report", str(lab), flag, "hybrid", "--judge-base-url", server.url,
                 "--judge-model", "m1"])
    out = capsys.readouterr().out
    assert code == 0 and server.count >= len(REPLIES)
    assert "Agreement of the offline scorer with the raters' consensus" in out
    assert "Agreement of the judge (hybrid) scorer with the raters' consensus" in out
    judge_rows = out.split("judge (hybrid)")[1].splitlines()
    assert any(line.split()[:2] == ["Listening", "3"] for line in judge_rows)  # named as the reader says it
