"""Drive ``cmsim practice``/``resume`` in a subprocess, line by line, to kill it mid-session."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

LINEAR = """\
format: 1
id: linear
title: Linear
lang: en
difficulty: easy
summary: Five steps in a row, to test sessions.
platforms: [x]
brand: {name: B, handle: "@b"}
personas:
  - {id: ann, name: Ann, handle: "@ann", role: customer}
thread:
  - {author: ann, text: "Where is my order?"}
steps:
  - id: s1
    title: First reply
    prompt: Answer Ann.
    qualities: [calm, listening]
    time_limit: 60
    hints: [Use her name., Say what you will do.]
    next: s2
  - id: s2
    kind: choice
    title: A choice
    prompt: What now?
    qualities: [teamwork]
    options:
      - {id: a, text: Call logistics, scores: {teamwork: 90}, feedback: Right team.}
      - {id: b, text: Wait, scores: {teamwork: 20}, feedback: Too passive.}
    next: s3
  - id: s3
    title: Two fields
    prompt: Reply and write a note.
    qualities: [calm, teamwork]
    messages:
      - {author: ann, text: Still nothing.}
    fields:
      - {id: public, label: Public}
      - {id: note, label: Note, kind: internal}
    next: s4
  - id: s4
    title: Fourth
    prompt: Follow up.
    qualities: [communication]
    next: s5
  - id: s5
    kind: choice
    title: Last choice
    prompt: Close?
    qualities: [listening]
    options:
      - {id: close, text: Close it, scores: {listening: 80}, feedback: Good.}
      - {id: keep, text: Leave it open, scores: {listening: 40}, feedback: Hmm.}
    next: done
endings:
  - {id: done, title: Done, outcome: good, debrief: All answered.}
"""

# What the linear scenario's steps receive, as typed lines.
ANSWERS: list[list[str]] = [
    ["Ann, I am sorry, I stay calm and I listen.", ""],
    ["a"],
    ["Ann, we are on it.", "", "Logistics: please check order 42 today.", ""],
    ["Ann, here is the news: it ships tomorrow.", ""],
    ["close"],
]
STEPS = ["s1", "s2", "s3", "s4", "s5"]


class Cli:
    """A running ``cmsim`` whose stdout lines are collected on a thread."""

    def __init__(self, args: list[str], db: Path) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "cmsim", *args, "--db", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def type(self, *lines: str) -> None:
        """Send lines to the session's stdin."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("".join(line + "\n" for line in lines))
        self.proc.stdin.flush()

    def wait_for(self, needle: str, timeout: float = 30.0) -> str:
        """The first output line containing ``needle`` (AssertionError after ``timeout``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(line)
            if needle in line:
                return line
        stderr = self.proc.stderr.read() if self.proc.poll() is not None and self.proc.stderr else ""
        raise AssertionError(f"never saw {needle!r}; output: {self.seen[-8:]} {stderr}")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no flush, no goodbye."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                with contextlib.suppress(BrokenPipeError):
                    stream.close()

    def finish(self, timeout: float = 60.0) -> int:
        """Close stdin and wait for a normal exit; the exit code."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        code = self.proc.wait(timeout=timeout)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        return code
