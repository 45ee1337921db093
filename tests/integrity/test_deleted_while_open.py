"""A person deleted while one of their sessions is open: the session ends with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cmsim
from cmsim.store.db import Store
from cmsim.store.records import NewSession, SessionGone

ROOT = Path(cmsim.__file__).resolve().parents[1]  # the subprocesses run the code under test


def test_the_console_session_ends_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CMSIM_HOME": str(tmp_path / "home"), "CMSIM_JUDGE": "off"}
    cmsim_ = [sys.executable, "-m", "cmsim"]
    play = subprocess.Popen(
        [*cmsim_, "practice", "late-parcel-en", "--name", "Ann", "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert play.stdin is not None
    play.stdin.write("Dan, a first line\n")
    play.stdin.flush()
    deadline = time.monotonic() + 60
    gone = None
    while time.monotonic() < deadline:
        gone = subprocess.run([*cmsim_, "people", "delete", "Ann", "--yes", "--db", str(db)],
                              capture_output=True, text=True, env=env, check=False)
        if gone.returncode == 0 or "nobody called" not in gone.stderr:
            break
        time.sleep(0.2)
    assert gone is not None and "deleted Ann" in gone.stdout, gone
    _out, err = play.communicate("a second line\n\n", timeout=60)
    assert "Traceback" not in err and "IntegrityError" not in err
    assert "no longer exists" in err and "deleted while it was open" in err
    assert play.returncode == 1


def test_every_write_of_a_deleted_session_says_so(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        ann = store.person("Ann")
        sid = store.start_session(ann, NewSession("a", "/nowhere/a.yaml", "d", "en", "s1"))
        store.delete_person("Ann")
        for write in (
            lambda: store.save_draft(sid, "s1", {"reply": "x"}),
            lambda: store.add_signal(sid, "s1", "paste", {}),
            lambda: store.open_step(sid, "s1"),
            lambda: store.reopen(sid, pause_clock=True),
        ):
            with pytest.raises(SessionGone, match="deleted while it was open"):
                write()
