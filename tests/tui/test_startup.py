"""The app's start stays light (issue 15, "Ready at once"): once its caches are warm, ``cmsim`` shows the
library without loading the validating reader (pydantic, YAML), the scenario models or the store: those
come after the first frame, in workers. Checked in a fresh interpreter, through the real command, at
the first frame that lists the library; benchmarks/bench_tui_startup.py measures the time."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

HEAVY = ("pydantic", "yaml", "sqlite3", "cmsim.config", "cmsim.model.scenario", "cmsim.authoring.load", "cmsim.store")

START = """
import sys
from textual.app import App

run = App.run
App.run = lambda self, *args, **kwargs: run(self, headless=True, size=(120, 36))
display = App._display
seen = []

def first_usable_frame(self, screen, renderable):
    if renderable is not None and not seen:
        found = screen.query("#scenarios")
        if found and found.first().option_count and found.first().has_focus:
            seen.append(sorted(m for m in HEAVY if m in sys.modules))
            print("LOADED", ",".join(seen[0]), flush=True)
            self.exit()
    return display(self, screen, renderable)

App._display = first_usable_frame
from cmsim.cli import main
sys.exit(main(["--name", "Sam"]))
"""


def loaded_by_the_usable_frame() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{START}"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"},
        timeout=60,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    return [name for name in lines[0].removeprefix("LOADED").strip().split(",") if name]


def test_a_warm_start_lists_the_library_before_loading_anything_heavy() -> None:
    loaded_by_the_usable_frame()  # the first start fills the library and settings caches
    assert loaded_by_the_usable_frame() == []
