"""A real headless session, killed with SIGKILL mid-way, loses nothing and resumes at the right step."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from killable import ANSWERS, STEPS, Cli


def draft_of(db: Path, step: str) -> str | None:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT fields FROM drafts WHERE step_id = ?", (step,)).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def test_sigkill_loses_no_answer_and_resume_continues_at_the_right_step(tmp_path: Path, linear_file: Path) -> None:
    db = tmp_path / "kill.db"
    cli = Cli(["practice", str(linear_file), "--name", "Kim"], db)
    for n, lines in enumerate(ANSWERS[:2], 1):
        cli.type(*lines)
        cli.wait_for(f"Answer {n} saved")
    cli.type("Ann, we are on it.")  # half of step 3: the first line of its first field
    deadline = time.monotonic() + 20
    while draft_of(db, "s3") is None and time.monotonic() < deadline:
        time.sleep(0.05)
    cli.kill()

    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT step_id, answer FROM turns ORDER BY seq").fetchall()
    node = conn.execute("SELECT node FROM sessions").fetchone()[0]
    conn.close()
    assert [r[0] for r in rows] == ["s1", "s2"]
    assert "I stay calm and I listen" in rows[0][1] and '"option":"a"' in rows[1][1]
    assert node == "s3"
    assert draft_of(db, "s3") == '{"public": "Ann, we are on it."}'

    again = Cli(["resume"], db)
    again.wait_for("Resumed at step 3: 2 answers already saved")
    again.wait_for("Ann, we are on it.")  # the draft is shown back
    again.type("", "Logistics: please check order 42 today.", "", *ANSWERS[3], *ANSWERS[4])
    again.wait_for("Answer 5 saved")
    assert again.finish() == 0

    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT step_id, answer FROM turns ORDER BY seq").fetchall()
    finished = conn.execute("SELECT finished FROM sessions").fetchone()[0]
    conn.close()
    assert [r[0] for r in rows] == STEPS
    assert '"public":"Ann, we are on it."' in rows[2][1] and "check order 42" in rows[2][1]
    assert finished == 1
