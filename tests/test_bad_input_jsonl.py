"""``cmsim score`` on hostile or careless JSON Lines: one located line per problem, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_bad_input import run

CASES = {
    "platform-list": (b'{"reply": "hi", "platform": ["x"]}\n', ":1: unknown platform ['x']"),
    "lang-dict": (b'{"reply": "hi", "lang": {"a": 1}}\n', ":1: 'lang' must be 'fr' or 'en'"),
    "deep": (b'{"reply": "hi", "x": ' + b"[" * 1000 + b"]" * 1000 + b"}\n", ":1: JSON nested too deeply"),
    "long-int": (b'{"reply": "hi", "n": ' + b"1" * 5000 + b"}\n", ":1: a number is too long"),
    "surrogate-id": (b'{"reply": "hi", "id": "\\ud800"}\n', ":1: a lone surrogate"),
}
ENCODINGS = {
    "latin-1": ('{"reply": "café"}\n'.encode("latin-1"), ":1:15: error: not UTF-8 text (byte 0xE9)"),
    "utf-16": ('{"reply": "hi"}\n'.encode("utf-16"), ":1:1: error: the file is UTF-16 text"),
    "binary": (b"\x00\x9f\x92\x96" * 50, ":1:2: error: binary data, not text"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_line_is_one_located_message(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    data, expected = CASES[case]
    path = tmp_path / "in.jsonl"
    path.write_bytes(data + b'{"reply": "Thanks Dan, checking now.", "id": "ok"}\n')
    code, out, err = run(["score", "-i", str(path)], capsys)
    assert code == 1
    assert err.splitlines()[0].startswith(f"{path}{expected}"), err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]  # the good line is still scored


@pytest.mark.parametrize("case", sorted(ENCODINGS))
def test_input_not_in_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    data, expected = ENCODINGS[case]
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    code, _out, err = run(["score", "-i", str(path)], capsys)
    assert code == 1
    assert err.strip().startswith(f"{path}{expected}") and len(err.strip().splitlines()) == 1, err


def test_output_to_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"reply": "hi"}\n', encoding="utf-8")
    code, _out, err = run(["score", "-i", str(path), "-o", str(tmp_path)], capsys)
    assert code == 1 and err.strip() == f"cmsim: {tmp_path}: Is a directory"


def test_line_separators_inside_strings_and_a_bom_are_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    lines = ['{"reply": "Dan,\u2028so sorry\u0085 checking now", "id": "a"}', '{"reply": "Thanks\u2029", "id": "b"}']
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    code, out, err = run(["score", "-i", str(path)], capsys)
    assert (code, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]
