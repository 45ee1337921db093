"""Startup of the terminal app, side by side with a bare Textual "hello world" measured in the same run:
the first frame of ``cmsim`` (home screen shown) and its usable frame (the scenario library listed,
so Enter plays), each as a ratio to hello world's first frame. Target: the usable frame within 1.5.

Run on demand: ``python benchmarks/bench_tui_startup.py [--runs 7]``. Each measure is a fresh
interpreter (headless, 120x36), timed from spawn; the medians are compared. The library comes from a
cache keyed by each file's hash (``cmsim.authoring.catalog``): the first start fills it and is printed
apart as the cold start, the runs after it are the ones compared.
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
    from textual.widgets import OptionList
    from cmsim.tui.screens.home import HomeScreen
    app = pilot.app
    while not isinstance(app.screen, HomeScreen):
        await pilot.pause()
    print("READY", flush=True)
    options = app.screen.query_one("#scenarios", OptionList)
    while options.option_count == 0:
        await pilot.pause(0.002)
    print("USABLE", flush=True)
    app.exit()

CmsimApp().run(headless=True, size=(120, 36), auto_pilot=ready)
"""


def measure(script: str, home: str) -> tuple[float, float | None]:
    """Seconds from spawning ``script`` to its READY line, and to its USABLE line if it prints one."""
    env = {**os.environ, "CMSIM_HOME": home}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    ready = None
    usable = None
    for line in proc.stdout:
        if line.startswith("READY"):
            ready = time.perf_counter() - start
        elif line.startswith("USABLE"):
            usable = time.perf_counter() - start
    if proc.wait() != 0 or ready is None:
        raise SystemExit(f"the measured app failed (exit {proc.returncode})")
    return ready, usable


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="cmsim-bench-")
    cold = measure(CMSIM, home)  # fills the library cache, as a user's first start does
    hello: list[float] = []
    cmsim: list[float] = []
    usable: list[float] = []
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits both alike
        hello.append(measure(HELLO, home)[0])
        ready, listed = measure(CMSIM, home)
        cmsim.append(ready)
        usable.append(listed if listed is not None else float("nan"))
    h, c, u = statistics.median(hello), statistics.median(cmsim), statistics.median(usable)
    print(f"hello world, first frame:       median {h * 1000:.0f} ms over {args.runs} runs")
    print(f"cmsim home shown (first frame): median {c * 1000:.0f} ms  ratio {c / h:.2f}")
    print(f"cmsim library listed (usable):  median {u * 1000:.0f} ms  ratio {u / h:.2f}")
    print(f"first start (cache cold):       home {cold[0] * 1000:.0f} ms, listed {(cold[1] or 0) * 1000:.0f} ms")
    ratio = u / h
    print(f"usable ratio: {ratio:.2f} (target <= 1.5) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")

if __name__ == "__main__":
    main()
