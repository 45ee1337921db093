"""``/pause`` and the end of input keep what was typed as a draft and submit nothing (practice and assess)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import cmsim

ROOT = Path(cmsim.__file__).resolve().parents[1]  # the subprocesses run the code under test
HALF = "Dan, half a reply so far"


def cmsim(tmp_path: Path, *args: str, typed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CMSIM_HOME": str(tmp_path / "home"), "CMSIM_JUDGE": "off"}
    return subprocess.run(
        [sys.executable, "-m", "cmsim", *args], input=typed, capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )


def rows(db: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    conn = sqlite3.connect(db)
    try:
        turns = conn.execute("SELECT step_id, answer FROM turns ORDER BY id").fetchall()
        drafts = conn.execute("SELECT step_id, fields FROM drafts").fetchall()
    finally:
        conn.close()
    return turns, drafts


@pytest.mark.parametrize("ending", ["/pause\n", ""], ids=["pause", "end-of-input"])
@pytest.mark.parametrize("mode", ["practice", "assess"])
def test_a_half_typed_answer_stays_a_draft(tmp_path: Path, mode: str, ending: str) -> None:
    db = tmp_path / "p.db"
    if mode == "assess":
        made = cmsim(tmp_path, "campaign", "create", "c1", "late-parcel-en", "--lang", "en", "--db", str(db), typed="")
        assert made.returncode == 0, made.stderr
        command = ["assess", "c1", "--candidate", "P", "--db", str(db)]
        again_command = command
    else:
        command = ["practice", "late-parcel-en", "--name", "P", "--db", str(db)]
        again_command = ["resume", "1", "--db", str(db)]
    done = cmsim(tmp_path, *command, typed=f"{HALF}\n{ending}")
    assert done.returncode == 0, done.stderr
    assert "Answer 1" not in done.stdout and "Paused" in done.stdout
    turns, drafts = rows(db)
    assert turns == []  # nothing scored, nothing locked
    assert [(step, json.loads(fields)) for step, fields in drafts] == [("first-reply", {"reply": HALF})]

    # Resuming shows the draft and lets the answer be finished, then submits it whole.
    again = cmsim(tmp_path, *again_command, typed="and the rest of it.\n\n")
    assert HALF in again.stdout and "Answer 1" in again.stdout, again.stdout + again.stderr
    turns, _ = rows(db)
    assert turns[0][0] == "first-reply"
    assert json.loads(turns[0][1])["fields"] == {"reply": f"{HALF}\nand the rest of it."}
