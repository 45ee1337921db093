"""Startup of the terminal app as a user sees it, side by side with a bare Textual "hello world"
measured in the same run. Target: cmsim's usable frame within 1.5x hello world's first frame.

Run on demand: ``python benchmarks/bench_tui_startup.py [--runs 9]``.

Each start is a fresh interpreter on a pseudo-terminal of 120x36 (Textual's real terminal driver, as
in a terminal emulator; not headless), timed from spawn until the frame is written to the terminal:

- hello world: its first frame, the moment "Hello, world" is written;
- cmsim: ``python -m cmsim --name bench``, the command a user types (argument parsing, settings,
  app), until the home screen is written with the library listed: the title of the second scenario
  (the first one is also in the preview, the second only in the list). The list has the focus from
  its first frame, so Enter then plays; a last start checks it by pressing Enter and waiting for the
  play screen ("Step 1").

The checkout measured is the one holding this file (``python -m cmsim`` runs from its root, whatever
the current folder). The text is read from what the app writes, escape sequences removed. Both sides
run from compiled bytecode, as after ``pip install`` (cmsim's modules are compiled first: with
PYTHONDONTWRITEBYTECODE set, a checkout would otherwise compile them at every start while textual's
come compiled). The
library comes from the cache keyed by each file's hash (``cmsim.authoring.catalog``): the first start
fills it and is printed apart as the cold start. Medians are compared, with the CPU time each process
had used when the frame appeared (less sensitive than wall time to a busy machine) and the load.
"""

from __future__ import annotations

import argparse
import compileall
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

HELLO = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Hello(App):
    def compose(self):
        yield Header()
        yield Static("Hello, world")
        yield Footer()

Hello().run()
"""

COLUMNS, ROWS = 120, 36
ROOT = Path(__file__).resolve().parent.parent  # the checkout measured: `-m cmsim` runs from here
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


class Start:
    """One start on a pseudo-terminal: spawned at once, read until ``wait_for`` is on screen."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        self.text = b""  # what the app wrote, escape sequences removed
        self.pending = b""  # written, not yet stripped: from the last escape character on

    def wait_for(self, text: str, timeout: float = 30.0) -> float:
        """Seconds from spawn until ``text`` is among what the app wrote (escape sequences removed).

        The text is kept as it comes, escape sequences removed once complete (an unfinished one waits
        for the next read), and only its newest part is searched: a big frame arrives in many reads,
        and stripping all of it again at each read cost the reader milliseconds per frame."""
        wanted = text.encode()
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if not select.select([self.master], [], [], 0.2)[0]:
                continue
            try:
                chunk = os.read(self.master, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            arrived = time.perf_counter() - self.started
            self.pending += chunk
            cut = self.pending.rfind(b"\x1b")
            cut = len(self.pending) if cut < 0 else cut
            searched_from = max(0, len(self.text) - len(wanted))
            self.text += _ESCAPES.sub(b"", self.pending[:cut])
            self.pending = self.pending[cut:]
            if wanted in self.text[searched_from:] or wanted in _ESCAPES.sub(b"", self.pending):
                return arrived
        shown = self.text.decode(errors="replace")[-800:]
        self.stop()
        raise SystemExit(f"{text!r} never appeared (exit {self.proc.poll()}); the end of the screen:\n{shown}")

    def press(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def stop(self) -> float:
        """Kill the app; the CPU time (user + system) it had used."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        _, _, usage = os.wait4(self.proc.pid, 0)
        os.close(self.master)
        return usage.ru_utime + usage.ru_stime


def measure(command: list[str], text: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds until ``text`` is on screen, and the CPU seconds used by then."""
    start = Start(command, env)
    seconds = start.wait_for(text)
    return seconds, start.stop()


def second_title(env: dict[str, str]) -> str:
    """The title of the second English scenario on the home list (sorted as the app sorts them), read
    with a cache of its own so that the first start measured is really the cold one."""
    listing = [sys.executable, "-m", "cmsim", "list", "--lang", "en", "--json"]
    own = {**env, "CMSIM_HOME": tempfile.mkdtemp(prefix="cmsim-bench-")}
    found = subprocess.run(listing, env=own, cwd=ROOT, capture_output=True, check=True)
    titles = sorted((r["title"] for r in json.loads(found.stdout) if "kind" not in r), key=str.casefold)
    return str(titles[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "cmsim", quiet=1)
    home = tempfile.mkdtemp(prefix="cmsim-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CMSIM_", "LC_"))}
    env.update({"CMSIM_HOME": home, "LANG": "C.UTF-8", "TERM": "xterm-256color", "COLUMNS": str(COLUMNS)})
    title = second_title(env)
    hello_cmd = [sys.executable, "-c", HELLO]
    cmsim_cmd = [sys.executable, "-m", "cmsim", "--name", "bench"]
    cold = measure(cmsim_cmd, title, env)  # fills the library cache, as a user's first start does
    hello: list[tuple[float, float]] = []
    usable: list[tuple[float, float]] = []
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits both alike
        hello.append(measure(hello_cmd, "Hello, world", env))
        usable.append(measure(cmsim_cmd, title, env))
        loads.append(os.getloadavg()[0])
    check = Start(cmsim_cmd, env)  # the usable frame is usable: Enter plays the highlighted scenario
    listed = check.wait_for(title)
    check.press(b"\r")
    played = check.wait_for("Step 1") - listed
    check.stop()

    h, u = statistics.median(w for w, _ in hello), statistics.median(w for w, _ in usable)
    hc, uc = statistics.median(c for _, c in hello), statistics.median(c for _, c in usable)
    ms = 1000
    print(f"pseudo-terminal {COLUMNS}x{ROWS}, {args.runs} runs each, load (1 min) {min(loads):.2f}-{max(loads):.2f}")
    print(f"hello world, first frame:       median {h * ms:.0f} ms (CPU {hc * ms:.0f} ms)")
    print(f"cmsim, library listed (usable): median {u * ms:.0f} ms (CPU {uc * ms:.0f} ms)", end="  ")
    print(f"ratio {u / h:.2f} (CPU {uc / hc:.2f})")
    print(f"first start (cache cold):       listed {cold[0] * ms:.0f} ms", end="; ")
    print(f"Enter then shows the play screen in {played * ms:.0f} ms")
    print(f"usable ratio: {u / h:.2f} (target <= 1.5) {'OK' if u / h <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
