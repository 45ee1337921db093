"""The same candidate started twice at once gets one session per scenario of a campaign, not two."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cmsim
from cmsim.store.db import Store
from cmsim.store.records import NewSession
from cmsim.store.schema import connect, migrate

ROOT = Path(cmsim.__file__).resolve().parents[1]  # the subprocesses run the code under test
STARTER = """
import sys, time
from cmsim.cli import main
start = float(sys.argv[1])
while time.time() < start:
    pass
sys.exit(main(sys.argv[2:]))
"""


def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CMSIM_HOME": str(tmp_path / "home"), "CMSIM_JUDGE": "off"}


def test_candidates_started_at_the_same_moment_share_one_session(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    made = subprocess.run(
        [sys.executable, "-m", "cmsim", "campaign", "create", "c1", "late-parcel-en", "pile-on-en", "--lang", "en",
         "--db", str(db)], capture_output=True, text=True, env=env(tmp_path), check=False,
    )
    assert made.returncode == 0, made.stderr
    for _attempt in range(3):
        start = time.time() + 2.0  # every process is loaded and spinning when the moment comes
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", STARTER, str(start), "assess", "c1", "--candidate", "Ann", "--db", str(db)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                env=env(tmp_path),
            )
            for _ in range(4)
        ]
        for proc in procs:
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT scenario_id, COUNT(*) FROM sessions GROUP BY scenario_id").fetchall()
    conn.close()
    assert rows == [("late-parcel-en", 1)]


def new(scenario: str) -> NewSession:
    return NewSession(scenario, f"/nowhere/{scenario}.yaml", "d", "en", "s1")


def test_the_database_refuses_a_second_session_for_one_campaign_scenario(tmp_path: Path) -> None:
    with Store.open(tmp_path / "u.db") as store:
        campaign = store.create_campaign("c", "en", ["/nowhere/a.yaml"])
        ann = store.person("Ann", "candidate")
        first = store.start_session(ann, new("a"), "assess", campaign)
        assert store.start_session(ann, new("a"), "assess", campaign) == first  # joined, not doubled
        assert store.start_session(ann, new("a"), "practice") != first  # practice is free
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(
                "INSERT INTO sessions (person_id, mode, scenario_id, scenario_path, digest, lang, node, started_at, "
                "updated_at, seen_at, campaign_id) VALUES (?, 'assess', 'a', 'p', 'd', 'en', 's1', 1, 1, 1, ?)",
                (ann.id, campaign.id),
            )


def test_duplicates_made_before_the_upgrade_keep_the_session_that_went_furthest(tmp_path: Path) -> None:
    file = tmp_path / "v2.db"
    conn = connect(file)
    assert migrate(conn, target=2) == 2
    conn.execute("INSERT INTO people (name, role, created_at) VALUES ('Ann', 'candidate', 1)")
    conn.execute("INSERT INTO campaigns (name, lang, scenarios, created_at) VALUES ('c', 'en', '[]', 1)")
    for _ in range(3):
        conn.execute(
            "INSERT INTO sessions (person_id, mode, scenario_id, scenario_path, digest, lang, node, started_at, "
            "updated_at, seen_at, campaign_id) VALUES (1, 'assess', 'a', 'p', 'd', 'en', 's1', 1, 1, 1, 1)"
        )
    conn.execute(
        "INSERT INTO turns (session_id, seq, step_id, answer, goto, branch, submitted_at) "
        "VALUES (2, 0, 's1', '{}', 's2', 'b', 1)"
    )
    conn.close()
    with Store.open(file) as store:
        rows = store.conn.execute("SELECT id, campaign_id FROM sessions ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(1, None), (2, 1), (3, None)]
