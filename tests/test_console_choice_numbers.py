"""The line console takes a choice option's number (as shown, and as the TUI takes it) as well as its id."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import cmsim

ROOT = Path(cmsim.__file__).resolve().parents[1]  # the subprocess runs the code under test


def practise(tmp_path: Path, scenario: str, typed: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    db = tmp_path / "p.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CMSIM_HOME": str(tmp_path / "home"), "CMSIM_JUDGE": "off"}
    done = subprocess.run(
        [sys.executable, "-m", "cmsim", "practice", scenario, "--name", "P", "--db", str(db)],
        input=typed,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    conn = sqlite3.connect(db)
    try:
        answers = [a for (a,) in conn.execute("SELECT answer FROM turns ORDER BY id")]
    finally:
        conn.close()
    return done, answers


@pytest.mark.parametrize(
    ("typed", "chosen"), [("2", "delete-quietly"), ("4", "limit-comments"), ("own-it", "own-it"), ("1", "own-it")]
)
def test_a_number_or_an_id_picks_the_option(tmp_path: Path, typed: str, chosen: str) -> None:
    done, answers = practise(tmp_path, "pile-on-en", f"{typed}\n/pause\n")
    assert done.returncode == 0, done.stderr
    assert "  1. [own-it] " in done.stdout and "  4. [limit-comments] " in done.stdout
    assert "Not an option here" not in done.stdout
    assert len(answers) == 1 and f'"{chosen}"' in answers[0], answers


@pytest.mark.parametrize("typed", ["0", "5", "٢", "-1", "2.0"])
def test_a_number_out_of_range_is_refused_and_asked_again(tmp_path: Path, typed: str) -> None:
    done, answers = practise(tmp_path, "pile-on-en", f"{typed}\n3\n/pause\n")
    assert done.returncode == 0, done.stderr
    assert "Type a number from 1 to 4, or one of: own-it, delete-quietly" in done.stdout
    assert len(answers) == 1 and '"defend-intent"' in answers[0], answers


def test_french_console_takes_numbers_too(tmp_path: Path) -> None:
    done, answers = practise(tmp_path, "pile-on-fr", "9\n1\n/pause\n")
    assert done.returncode == 0, done.stderr
    assert "Tapez le numéro (ou l'identifiant) de votre choix" in done.stdout
    assert "Tapez un numéro de 1 à 4" in done.stdout
    assert len(answers) == 1, done.stdout
