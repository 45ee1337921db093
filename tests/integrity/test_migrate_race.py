"""Processes opening a new database at the same moment migrate it one after the other, never twice."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import cmsim
from cmsim.store.schema import SCHEMA_VERSION

ROOT = Path(cmsim.__file__).resolve().parents[1]  # the subprocesses run the code under test
OPENER = """
import sys, time
from cmsim.store.db import Store
start = float(sys.argv[2])
while time.time() < start:
    pass
with Store.open(sys.argv[1]) as store:
    print(len(store.people()))
"""


def test_concurrent_first_opens_all_succeed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    failures: list[str] = []
    for attempt in range(4):
        db = tmp_path / f"new{attempt}.db"
        start = time.time() + 1.5  # every process is loaded and spinning when the moment comes
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(db), str(start)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
            )
            for _ in range(4)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            if proc.returncode != 0 or out.strip() != "0":
                failures.append(err.strip().splitlines()[-1] if err.strip() else out)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.close()
    assert failures == []
