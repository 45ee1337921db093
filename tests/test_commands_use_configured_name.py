"""``cmsim practice`` and ``cmsim profile`` keep progress under the name the app was given (config.yaml's
``app.name``, or ``CMSIM_NAME``), not silently under the login name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cmsim

ROOT = Path(cmsim.__file__).resolve().parents[1]
REPLY = "Dan, sorry for the wait. DM us your order number and I will chase the carrier today. ^Sam\n\n"


def run(home: Path, *args: str, typed: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "CMSIM_NAME"}
    full = {**base, "PYTHONPATH": str(ROOT), "CMSIM_HOME": str(home), "CMSIM_JUDGE": "off", **env}
    return subprocess.run(
        [sys.executable, "-m", "cmsim", *args], input=typed, capture_output=True, text=True, env=full, timeout=120,
        check=False,
    )


def test_practice_and_profile_use_the_name_in_the_config_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.yaml").write_text("app:\n  name: Léa Config\n", encoding="utf-8")
    practice = run(home, "practice", "late-parcel-en", typed=REPLY + "/pause\n")
    assert "Léa Config" in practice.stdout.splitlines()[0], practice.stdout
    profile = run(home, "profile")
    assert profile.returncode == 0, profile.stderr
    assert "Léa Config" in profile.stdout


def test_the_environment_and_the_flag_win_over_the_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.yaml").write_text("app:\n  name: Léa Config\n", encoding="utf-8")
    assert "Env Name" in run(home, "practice", "late-parcel-en", typed="/pause\n", CMSIM_NAME="Env Name").stdout
    flagged = run(home, "practice", "late-parcel-en", "--name", "Flag Name", typed="/pause\n", CMSIM_NAME="Env Name")
    assert "Flag Name" in flagged.stdout.splitlines()[0]
