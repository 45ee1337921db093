"""``cmsim people delete`` forgets the judge's verdicts on the person's answers (their reasons quote them)."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest
from fakellm import FakeLLM

from cmsim.cli import main

SECRET = "Dan, zebra-secret-17: I am so sorry your parcel is late."


def test_deleting_a_person_removes_the_verdicts_quoting_them(
    server: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CMSIM_HOME", str(home))
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.delenv("CMSIM_JUDGE", raising=False)
    server.behaviour = "quoting"
    db = str(tmp_path / "j.db")
    for name, text in (("Zoe", SECRET), ("Kim", "Dan, kiwi-other-42: sorry, I'm on it.")):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{text}\n\n/pause\n"))
        assert main(["practice", "late-parcel-en", "--name", name, "--scorer", "hybrid", "--db", db]) == 0
    cache = home / "cache" / "judge.sqlite3"
    assert b"zebra-secret-17" in cache.read_bytes()  # the judge's reasons quote the answer
    capsys.readouterr()

    assert main(["people", "delete", "Zoe", "--yes", "--db", db]) == 0
    out = capsys.readouterr().out
    assert re.search(r"judge cache: (1 verdict|\d+ verdicts) removed", out), out
    assert b"zebra-secret-17" not in cache.read_bytes()
    conn = sqlite3.connect(cache)
    reasons = [r[0] for r in conn.execute("SELECT reason FROM verdicts")]
    conn.close()
    assert reasons and all("kiwi-other-42" in reason for reason in reasons)  # Kim's verdicts stay
