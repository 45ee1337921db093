"""A real ``cmsim serve`` on a free loopback port, real Chromium (Debian's package) driven by Playwright, and
helpers to read what the candidate's terminal shows (the bytes the app sends over the websocket)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "sk-test-secret-never-in-a-candidate-process"
TINY = """\
format: 1
id: tiny-en
title: Tiny
lang: en
difficulty: easy
summary: Two steps.
platforms: [x]
brand:
  name: Brightbox
  handle: "@brightbox"
  charter: {signature: "^Sam", avoid: [inconvenience]}
personas:
  - {id: dan, name: Dan, handle: "@dan", role: customer}
thread:
  - {author: dan, text: My parcel is late.}
steps:
  - id: first
    title: First reply
    prompt: Reply to Dan.
    qualities: [calm, listening]
    next: second
  - id: second
    title: Second reply
    prompt: Follow up.
    qualities: [communication]
    next: done
endings:
  - {id: done, title: Done, outcome: good, debrief: Both answered.}
"""

# Captures what the app sends to the browser's terminal, decoded, in ``window.__screen``.
CAPTURE = """
(() => {
  const Orig = window.WebSocket;
  window.__screen = "";
  window.WebSocket = function (url, protocols) {
    const ws = new Orig(url, protocols);
    const decoder = new TextDecoder();
    ws.addEventListener("message", (e) => {
      if (typeof e.data !== "string") window.__screen += decoder.decode(e.data, {stream: true});
    });
    return ws;
  };
  window.WebSocket.prototype = Orig.prototype;
})();
"""
_ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b[=>78]")


def chromium() -> str:
    """Debian's Chromium; the tests skip only where it is truly absent (and fail in CI, which installs it)."""
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def app_processes(pid: int) -> list[int]:
    """The candidates' app processes of the server ``pid``."""
    out = []
    for child in descendants(pid):
        try:
            if b"cmsim.serve.child" in Path(f"/proc/{child}/cmdline").read_bytes():
                out.append(child)
        except OSError:
            continue
    # textual-serve starts each app through a shell: keep the innermost process (the Python app itself)
    return [p for p in out if not set(descendants(p)) & set(out)]


def environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


@dataclass
class Served:
    """A running ``cmsim serve``."""

    url: str
    db: Path
    proc: subprocess.Popen[str]
    scenario: Path

    def invite(self, candidate: str, expires: str = "7d", campaign: str = "cm") -> str:
        from cmsim.session.invitations import invite
        from cmsim.store.db import Store

        with Store.open(self.db) as store:
            issued = invite(store, store.campaign(campaign), candidate, expires)
        return f"{self.url}/a/{issued.token}"

    def apps(self) -> list[int]:
        return app_processes(self.proc.pid)


def start_server(tmp: Path, *extra: str, campaign_limit: int | None = 300) -> Served:
    from cmsim.store.db import Store

    scenario = tmp / "tiny-en.yaml"
    scenario.write_text(TINY)
    db = tmp / "serve.db"
    with Store.open(db) as store:
        store.create_campaign("cm", "en", [str(scenario)], step_limit=campaign_limit)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": SECRET, "CMSIM_HOME": str(tmp)}
    env.pop("CMSIM_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmsim", "serve", "--port", str(port), "--db", str(db), *extra],
        env=env,
        cwd=tmp,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"cmsim serve exited: {proc.stdout.read() if proc.stdout else ''}") from None
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("cmsim serve did not start within 30 s")
    return Served(f"http://127.0.0.1:{port}", db, proc, scenario)


def stop_server(served: Served) -> None:
    children = descendants(served.proc.pid)
    served.proc.terminate()
    try:
        served.proc.wait(10)
    except subprocess.TimeoutExpired:
        served.proc.kill()
        served.proc.wait()
    for pid in children:
        with contextlib.suppress(OSError):
            os.kill(pid, 9)


def screen_text(page: Any) -> str:
    """Everything the terminal was sent, escape sequences removed."""
    return _ANSI.sub("", str(page.evaluate("window.__screen")))


def wait_for_text(page: Any, text: str, timeout: float = 60.0, since: int = 0) -> str:
    """Wait until ``text`` appears in what the terminal was sent (after character ``since``)."""
    deadline = time.monotonic() + timeout
    shown = ""
    while time.monotonic() < deadline:
        shown = screen_text(page)
        if text in shown[since:]:
            return shown
        page.wait_for_timeout(200)
    raise AssertionError(f"{text!r} never appeared; the terminal showed: {shown[-1500:]!r}")


def open_page(browser: Any, url: str, size: tuple[int, int] = (1200, 800)) -> Any:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    context.add_init_script(CAPTURE)
    page = context.new_page()
    page.goto(url)
    return page
