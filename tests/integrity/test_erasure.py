"""``cmsim people delete`` erases everything cmsim keeps about a person, or says plainly what remains."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import cmsim

ROOT = Path(cmsim.__file__).resolve().parents[1]  # the subprocesses run the code under test
SECRET = "zebra-secret-17"
READER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT COUNT(*) FROM turns").fetchone()
print("reading", flush=True)
sys.stdin.readline()  # hold the snapshot until told to stop
conn.execute("COMMIT")
"""


def cmsim_(tmp_path: Path, *args: str, typed: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CMSIM_HOME": str(tmp_path / "home"), "CMSIM_JUDGE": "off"}
    return subprocess.run([sys.executable, "-m", "cmsim", *args], input=typed, capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def practise(tmp_path: Path, db: Path, name: str, text: str) -> None:
    done = cmsim_(tmp_path, "practice", "late-parcel-en", "--name", name, "--db", str(db), typed=f"{text}\n\n/pause\n")
    assert done.returncode == 0, done.stderr


def test_delete_while_another_process_reads_says_what_is_pending_then_purge_finishes(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    practise(tmp_path, db, "Zoe", f"Dan, {SECRET}, sorry about the wait")
    assert SECRET.encode() in db.read_bytes()
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    assert reader.stdout is not None and reader.stdin is not None
    assert reader.stdout.readline().strip() == "reading"
    try:
        started = time.monotonic()
        gone = cmsim_(tmp_path, "people", "delete", "Zoe", "--yes", "--db", str(db))
        assert time.monotonic() - started < 60
        assert gone.returncode == 3, (gone.stdout, gone.stderr)
        assert "deleted Zoe" in gone.stdout
        assert "pending: old copies of Zoe's data stay in" in gone.stderr and "cmsim people purge" in gone.stderr
        assert SECRET.encode() in db.read_bytes()  # true: the file still holds them, and it was said
    finally:
        reader.stdin.write("\n")
        reader.stdin.flush()
        reader.wait(timeout=30)
    # Open something else on the database so the last close does not checkpoint behind our back.
    holder = sqlite3.connect(db)
    try:
        done = cmsim_(tmp_path, "people", "purge", "--db", str(db))
        assert done.returncode == 0 and "nothing pending" in done.stdout, (done.stdout, done.stderr)
        for file in tmp_path.glob("e.db*"):
            assert SECRET.encode() not in file.read_bytes(), file.name
    finally:
        holder.close()


def test_report_files_cmsim_wrote_go_with_the_person_and_the_others_are_named(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    practise(tmp_path, db, "Zoe", f"Dan, {SECRET}, sorry about the wait")
    practise(tmp_path, db, "Kim", "Dan, sorry, I am on it")
    reports = {name: tmp_path / f"{name}.{fmt}" for name, fmt in (("zoe-html", "html"), ("zoe-md", "md"))}
    for path in reports.values():
        assert cmsim_(tmp_path, "report", "Zoe", "-o", str(path), "--db", str(db)).returncode == 0
    edited = tmp_path / "zoe-edited.md"
    assert cmsim_(tmp_path, "report", "Zoe", "-o", str(edited), "--db", str(db)).returncode == 0
    edited.write_text(edited.read_text(encoding="utf-8") + "\nmy notes\n", encoding="utf-8")
    kim = tmp_path / "kim.md"
    assert cmsim_(tmp_path, "report", "Kim", "-o", str(kim), "--db", str(db)).returncode == 0
    export = tmp_path / "all.json"
    assert cmsim_(tmp_path, "export", "-o", str(export), "--db", str(db)).returncode == 0

    gone = cmsim_(tmp_path, "people", "delete", "Zoe", "--yes", "--db", str(db))
    assert gone.returncode == 3, (gone.stdout, gone.stderr)
    assert not any(path.exists() for path in reports.values())
    assert all(f"removed {path}" in gone.stdout for path in reports.values())
    assert edited.exists() and f"not removed: {edited}" in gone.stderr and "changed since cmsim wrote it" in gone.stderr
    assert export.exists() and f"not removed: {export}" in gone.stderr and "everyone's data" in gone.stderr
    assert kim.exists() and str(kim) not in gone.stdout + gone.stderr  # someone else's report stays

    edited.unlink()
    export.unlink()
    practise(tmp_path, db, "Ann", "Dan, sorry again")
    clean = cmsim_(tmp_path, "people", "delete", "Ann", "--yes", "--db", str(db))
    assert clean.returncode == 0 and clean.stderr == "", clean.stderr  # nothing left: a plain success
