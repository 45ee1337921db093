"""Bad input gets a one-line located error and a non-zero exit, never a traceback (issue 10).

Each test runs the CLI in-process, as a user's shell command would, and checks the exit code and
the message; ``run`` fails the test if any exception escapes ``main``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmsim.cli import main
from tests.conftest import ROOT

LATE_PARCEL = ROOT / "scenarios" / "en" / "late-parcel.yaml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refusing an argument
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def one_located_line(err: str, file: Path | str) -> tuple[int, int, str]:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    found = re.match(rf"{re.escape(str(file))}:(\d+):(\d+): error: (.*)", lines[0])
    assert found, lines[0]
    return int(found[1]), int(found[2]), found[3]


def with_char_on_line(tmp_path: Path, char: str, line: int) -> tuple[Path, int]:
    lines = LATE_PARCEL.read_text("utf-8").split("\n")
    col = len(lines[line - 1]) + 1
    lines[line - 1] += char
    path = tmp_path / "bad.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, col


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b"])
@pytest.mark.parametrize("command", ["play", "practice", "graph", "campaign", "validate"])
def test_control_character_in_a_scenario_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], char: str, command: str
) -> None:
    path, col = with_char_on_line(tmp_path, char, 10)
    answers = tmp_path / "a.yaml"
    answers.write_text("first-reply: hi\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    argv = {
        "play": ["play", str(path), "--answers", str(answers)],
        "practice": ["practice", str(path), "--name", "P", "--db", db],
        "graph": ["graph", str(path)],
        "campaign": ["campaign", "create", "c", str(path), "--lang", "en", "--db", db],
        "validate": ["validate", str(path)],
    }[command]
    code, out, err = run(argv, capsys)
    assert code == 1
    shown = "\n".join(x for x in (out + err).splitlines() if not x.startswith("1 file"))  # validate's summary
    line, column, message = one_located_line(shown, path)
    assert (line, column) == (10, col)
    assert message == f"control character U+{ord(char):04X} is not allowed [yaml-char]"


def test_deep_yaml_flow_nesting_is_a_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("id: x\nsteps: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for argv in (["graph", str(path)], ["validate", str(path)]):
        code, out, err = run(argv, capsys)
        assert code == 1
        line, _col, message = one_located_line(err or out.splitlines()[0], path)
        assert line == 2 and "nested more than 64 levels deep" in message


def test_a_device_is_refused_without_reading_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["graph", "/dev/zero"], capsys)
    assert code == 1
    assert one_located_line(err, "/dev/zero")[2].startswith("cannot read file: not a regular file")


def test_a_folder_given_as_a_scenario_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["graph", str(tmp_path)], capsys)
    assert code == 1 and "cannot read file: it is a folder" in one_located_line(err, tmp_path)[2]


def test_a_file_that_is_not_a_scenario_is_not_quoted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "shadow"
    secret.write_text("qroot:$6$s3cretHash:20228:0:99999:7::\nalice:$6$OtherHash:20228:0:99999:7::\n", "utf-8")
    answers = tmp_path / "a.yaml"
    answers.write_text("first-reply: hi\n", encoding="utf-8")
    for argv in (["play", str(secret), "--answers", str(answers)], ["validate", str(secret)], ["graph", str(secret)]):
        code, out, err = run(argv, capsys)
        assert code == 1
        assert "s3cretHash" not in out + err and "alice" not in out + err and "qroot" not in out + err
        assert "not a cmsim scenario" in out + err


def test_resume_with_a_huge_session_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["resume", "99999999999999999999", "--db", str(tmp_path / "x.db")], capsys)
    assert code == 2 and "'99999999999999999999' is not a session number" in err


@pytest.mark.parametrize("argv", [["practice", "late-parcel-en", "--name"], ["assess", "c", "--candidate"]])
def test_a_name_that_is_not_utf8_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _out, err = run([*argv, "L\udcffa", "--db", str(tmp_path / "x.db")], capsys)
    assert code == 2 and f"{argv[-1]}: not UTF-8 text" in err
    assert not (tmp_path / "x.db").exists()  # refused before anything was stored


@pytest.mark.parametrize("command", ["practice", "assess"])
@pytest.mark.parametrize(
    "typed", [b"Dan, so sorry \xff about the parcel\n\n", b"Dan, so sorry \xff about the parcel\n/pause\n"]
)
def test_a_byte_typed_that_is_not_utf8_is_kept_visible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, typed: bytes
) -> None:
    import io
    import sys

    db = str(tmp_path / "x.db")
    if command == "assess":
        assert run(["campaign", "create", "c", "late-parcel-en", "--lang", "en", "--db", db], capsys)[0] == 0
    raw = io.BytesIO(typed)  # what a terminal in another encoding sends: stdin decodes it with surrogateescape
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape"))
    argv = (
        ["practice", "late-parcel-en", "--name", "P"] if command == "practice" else ["assess", "c", "--candidate", "P"]
    )
    code, _out, _err = run([*argv, "--db", db], capsys)
    assert code == 0
    from cmsim.store.db import Store

    with Store.open(db) as store:
        exported = str(store.export())
    assert "so sorry \ufffd about the parcel" in exported  # kept (as a draft after /pause), the byte visible


@pytest.mark.parametrize("bad_id", ["ok-id\n", "ok-id\r", "../ok-id", "ok id"])
def test_new_refuses_an_id_with_more_than_the_slug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, bad_id: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(["new", "--no-input", "--id", bad_id, "--title", "T", "--brand", "B"], capsys)
    assert code == 2 and "use lowercase letters" in err
    assert not (tmp_path / "scenarios").exists()


def test_an_answers_file_naming_an_unknown_step_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("first-reply: Dan, so sorry, checking now.\nfirst-rpely: typo\ndm: {option: reship}\n", "utf-8")
    code, out, err = run(["play", "late-parcel-en", "--answers", str(answers)], capsys)
    assert code == 1 and out == ""
    line, col, message = one_located_line(err, answers)
    assert (line, col) == (2, 1)
    assert message.startswith("'first-rpely' is not a step of late-parcel.yaml (did you mean 'first-reply'?)")


def test_an_extra_indented_messages_key_in_a_folded_prompt_is_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = LATE_PARCEL.read_text("utf-8").split("\n")
    at = next(i for i, x in enumerate(lines) if x == "    prompt: >") + 3
    assert lines[at] == "    messages:"
    lines[at] = "  " + lines[at]
    path = tmp_path / "absorbed.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, out, _err = run(["validate", "--strict", str(path)], capsys)
    assert code == 1
    assert f"{path}:{at + 1}:7: warning: 'messages:' is indented like the text of 'prompt'" in out
