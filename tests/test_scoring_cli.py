# ruff: noqa: E501  (test replies are long literal strings)
"""The batch command (cmsim score), the calibration command (cmsim check) and rubric/lexicon errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from cmsim.authoring.load import RubricBook
from cmsim.authoring.problems import AuthoringError
from cmsim.cli import main
from cmsim.paths import rubrics_dir, scenarios_dir
from cmsim.scoring.lexicon import Lexicons
from cmsim.scoring.offline import OfflineScorer

LINE = {
    "id": "a1", "lang": "en", "platform": "x",
    "brand": {"name": "Brightbox", "handle": "@brightbox", "charter": {"signature": "^Sam"}},
    "thread": [{"author": "Dan", "text": "My daughter's birthday present is 9 days late, party on Saturday."}],
    "task": "Reply publicly",
    "reply": "Dan, I'm sorry, a late birthday present is stressful. DM us your order number, I'll check now. ^Sam",
}


def write_lines(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_score_jsonl_outputs_every_requested_quality(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    six = {**LINE, "id": "a2", "qualities": ["calm", "teamwork", "creativity", "multiplatform"]}
    fr = {**LINE, "id": "a3", "lang": "fr", "brand": "Chaleureux, tutoiement",
          "reply": {"public": "Dan, désolée, je vérifie ton colis.", "internal_note": "Logistique : colis en retard, urgent."}}
    path = write_lines(tmp_path, [json.dumps(LINE), json.dumps(six), json.dumps(fr, ensure_ascii=False)])
    assert main(["score", "--input", str(path)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a1", "a2", "a3"]
    assert set(out[0]["scores"]) == {"communication", "listening", "calm"}
    assert set(out[1]["scores"]) == {"calm", "teamwork", "creativity", "multiplatform"}
    assert "teamwork" in out[2]["scores"]
    for o in out:
        for c in o["criteria"]:
            assert set(c) >= {"id", "quality", "score", "evidence", "feedback"}
            assert all(len(span) == 2 and span[0] <= span[1] for span in c["evidence"])
    assert any(c["evidence"] for c in out[0]["criteria"])


def test_score_reports_bad_lines_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_lines(tmp_path, [json.dumps(LINE), "not json", json.dumps({"id": "x"}),
                                  json.dumps({**LINE, "id": "ok2"})])
    assert main(["score", "--input", str(path)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == ["a1", "ok2"]
    assert f"{path}:2: not valid JSON" in captured.err
    assert f"{path}:3: missing key 'reply'" in captured.err


def test_score_table_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_lines(tmp_path, [json.dumps(LINE)])
    assert main(["score", "--input", str(path), "--format", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["id", "communication", "listening", "calm"]
    assert lines[1].startswith("a1")


def test_score_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_lines(tmp_path, [json.dumps(LINE)] * 3)
    main(["score", "--input", str(path)])
    first, second, third = capsys.readouterr().out.splitlines()
    assert first == second == third


def test_check_passes_on_late_parcel(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(scenarios_dir() / lang / "late-parcel.yaml") for lang in ("en", "fr")]
    assert main(["check", *paths]) == 0
    assert "calibration passed" in capsys.readouterr().out


def test_check_fails_naming_file_example_and_quality(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = yaml.safe_load((scenarios_dir() / "en" / "late-parcel.yaml").read_text("utf-8"))
    data["calibration"] = [{"name": "wrongly expected", "step": "first-reply",
                            "answer": "We apologise for any inconvenience caused.", "expect": {"listening": "good"}}]
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {path}: 'wrongly expected'" in out and "listening" in out and "not in good" in out


def test_unknown_criterion_kind_is_a_located_error(tmp_path: Path) -> None:
    folder = tmp_path / "rubrics"
    shutil.copytree(rubrics_dir(), folder)
    text = (folder / "public-reply.yaml").read_text("utf-8").replace("kind: hostility", "kind: hostilty")
    (folder / "public-reply.yaml").write_text(text, "utf-8")
    with pytest.raises(AuthoringError) as info:
        OfflineScorer(RubricBook(folder))
    problem = info.value.problems[0]
    assert problem.file.endswith("public-reply.yaml") and problem.line > 1
    assert "unknown criterion kind 'hostilty'" in problem.message and "did you mean 'hostility'" in problem.message


def test_lexicon_files_are_validated(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "insults.yaml").write_text("description: x\nterms: [idiot]\nwords: [oops]\n", "utf-8")
    with pytest.raises(AuthoringError) as info:
        Lexicons("en", tmp_path)
    assert "insults.yaml" in info.value.problems[0].file
    assert "words" in info.value.problems[0].message
    assert (info.value.problems[0].line, info.value.problems[0].col) == (3, 1)  # where the unknown key is


def test_a_broken_lexicon_file_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "empathy.yaml").write_text("description: x\nterms:\n  - désolé\n  - [oops\n", "utf-8")
    (tmp_path / "fr" / "insults.yaml").write_text("description: x\nterms: [idiot, '']\n", "utf-8")
    with pytest.raises(AuthoringError) as info:
        Lexicons("fr", tmp_path)
    where = {(Path(p.file).name, p.line) for p in info.value.problems}
    assert ("insults.yaml", 2) in where  # the empty term, on its line
    assert any(name == "empathy.yaml" and line >= 4 for name, line in where)  # the unclosed list


def test_shipped_lexicons_exist_in_both_languages() -> None:
    fr, en = Lexicons("fr", rubrics_dir() / "lexicons"), Lexicons("en", rubrics_dir() / "lexicons")
    assert fr.names() == en.names()
    assert {"insults", "empathy", "stock-phrases", "teams", "grader", "function-words"} <= set(en.names())


def test_core_does_not_import_textual_or_openai() -> None:
    import subprocess
    import sys

    code = ("import sys, cmsim.scoring.offline, cmsim.scoring.batch, cmsim.commands.score, cmsim.commands.check;"
            "print(any(m.split('.')[0] in ('textual', 'openai') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
