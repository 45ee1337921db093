"""Startup of the terminal app: time to the first interactive frame of ``cmsim`` (home screen shown),
as a ratio to a bare Textual "hello world" measured in the same run. Target: at most 1.5.

Run on demand: ``python benchmarks/bench_tui_startup.py [--runs 7]``. Each measure is a fresh
interpreter (headless, 120x36), timed from spawn to the moment the app reports its home screen ready;
the median of the runs is compared. The time until the scenario library is listed (loaded in a
worker, after the first frame) is printed for information.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HELLO = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Hello(App):
    def compose(self):
        yield Header()
        yield Static("Hello, world")
        yield Footer()

async def ready(pilot):
    print("READY", flush=True)
    pilot.app.exit()

Hello().run(headless=True, size=(120, 36), auto_pilot=ready)
"""

CMSIM = """
import time
from cmsim.cli import build_parser
build_parser(None).parse_args([])
from cmsim.tui.app import CmsimApp

async def ready(pilot):
    from cmsim.tui.screens.home import HomeScreen
    app = pilot.app
    while not isinstance(app.screen, HomeScreen):
        await pilot.pause()
    print("READY", flush=True)
    started = time.perf_counter()
    await app.workers.wait_for_complete()
    await pilot.pause()
    print(f"LIBRARY {time.perf_counter() - started:.4f}", flush=True)
    app.exit()

CmsimApp().run(headless=True, size=(120, 36), auto_pilot=ready)
"""


def measure(script: str) -> tuple[float, float | None]:
    """Seconds from spawning ``script`` to its READY line, and the extra seconds it reports, if any."""
    env = {**os.environ, "CMSIM_HOME": tempfile.mkdtemp(prefix="cmsim-bench-")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    ready = None
    extra = None
    for line in proc.stdout:
        if line.startswith("READY"):
            ready = time.perf_counter() - start
        elif line.startswith("LIBRARY"):
            extra = float(line.split()[1])
    if proc.wait() != 0 or ready is None:
        raise SystemExit(f"the measured app failed (exit {proc.returncode})")
    return ready, extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    hello: list[float] = []
    cmsim: list[float] = []
    library: list[float] = []
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits both alike
        hello.append(measure(HELLO)[0])
        ready, extra = measure(CMSIM)
        cmsim.append(ready)
        if extra is not None:
            library.append(extra)
    h, c = statistics.median(hello), statistics.median(cmsim)
    print(f"hello world, first frame: median {h * 1000:.0f} ms over {args.runs} runs")
    print(f"cmsim home ready:         median {c * 1000:.0f} ms over {args.runs} runs")
    if library:
        print(f"library listed after:     median {statistics.median(library) * 1000:.0f} ms more (worker)")
    ratio = c / h
    print(f"ratio: {ratio:.2f} (target <= 1.5) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
