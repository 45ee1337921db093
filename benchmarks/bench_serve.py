"""``cmsim serve`` on this machine: memory per candidate, page load to the first interactive frame, and
20 candidates at once with 0 errors. Loopback only, bounded in count and time, stops by itself.

Run on demand: ``python benchmarks/bench_serve.py [--candidates 20] [--loads 3]``.

* **first frame**: in Debian's Chromium (Playwright), from ``page.goto`` of an invitation link until the
  briefing's "I agree" button has reached the page (the app answers keys from then on); median of
  ``--loads`` page loads. Skipped when Chromium is absent.
* **concurrent**: ``--candidates`` clients speak textual-serve's websocket protocol at once (as the page's
  script does): each waits for its briefing, agrees (Enter), waits for the first step, types a draft.
  Any refusal, timeout or missing text is an error; the run fails unless there are 0.
* **RSS per session**: resident memory of the candidates' app processes while all are connected,
  divided by their number.

Anchors measured in the same run: a bare Python process importing Textual (its start-up time and RSS);
ratios to it are printed so the figures compare across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "serve"))

from browserkit import _ANSI, CAPTURE, app_processes, start_server, stop_server  # noqa: E402

TIMEOUT = 120.0


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def anchor() -> tuple[float, int]:
    """Start-up seconds and RSS (KiB) of a bare Python process that imports Textual's App."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", "import textual.app, sys; print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    seconds = time.perf_counter() - started
    rss = rss_kib(proc.pid)
    proc.communicate("")
    return seconds, rss


async def candidate(url: str, token: str, name: str) -> str | None:
    """One candidate over the websocket; None when all went well, else what went wrong."""
    import aiohttp

    screen = ""
    decoder = __import__("codecs").getincrementaldecoder("utf-8")()

    async def until(ws: aiohttp.ClientWebSocketResponse, text: str) -> None:
        nonlocal screen
        deadline = time.monotonic() + TIMEOUT
        while text not in _ANSI.sub("", screen):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{name}: no {text!r}")
            msg = await ws.receive(timeout=left)
            if msg.type == aiohttp.WSMsgType.BINARY:
                screen += decoder.decode(msg.data)
            elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                raise ConnectionError(f"{name}: closed before {text!r} ({msg.type}, {msg.data!r}, {screen[-200:]!r})")

    try:
        async with aiohttp.ClientSession() as http:
            page = await http.get(f"{url}/a/{token}")
            if page.status != 200:
                return f"{name}: page {page.status}"
            ws_url = url.replace("http", "ws", 1) + f"/ws/{token}?width=120&height=36"
            async with http.ws_connect(ws_url, heartbeat=15) as ws:
                await ws.send_str(json.dumps(["resize", {"width": 120, "height": 36}]))
                await until(ws, "I agree")
                await ws.send_str(json.dumps(["stdin", "\r"]))
                await until(ws, "Reply to Dan")
                await until(ws, "0/280")
                await ws.send_str(json.dumps(["stdin", f"Sorry {name}, on it."]))
                await until(ws, "on it.")
    except Exception as exc:  # every failure is counted, none stops the run
        return f"{name}: {type(exc).__name__} {exc}"
    return None


async def crowd(url: str, tokens: list[str], pid: int) -> tuple[list[str], list[int], float]:
    """All candidates at once; the errors, the RSS of each app process while all are up, the seconds."""
    started = time.perf_counter()
    rss: list[int] = []

    async def sample() -> None:
        while True:
            await asyncio.sleep(0.5)
            apps = app_processes(pid)
            if len(apps) >= len(tokens):
                rss[:] = [rss_kib(p) for p in apps]

    sampler = asyncio.create_task(sample())
    results = await asyncio.gather(*(candidate(url, t, f"C{i:02d}") for i, t in enumerate(tokens)))
    sampler.cancel()
    return [r for r in results if r], rss, time.perf_counter() - started


def first_frames(served: object, loads: int) -> list[float]:
    """Seconds from page load to the briefing's 'I agree' in Chromium, one page at a time."""
    chromium = "/usr/bin/chromium"
    if not Path(chromium).exists():
        print("first frame: skipped (no /usr/bin/chromium)")
        return []
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for i in range(loads):
            url = served.invite(f"Load {i}")  # type: ignore[attr-defined]
            context = browser.new_context(viewport={"width": 1200, "height": 800})
            context.add_init_script(CAPTURE)
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_function("window.__screen.includes('I agree')", timeout=TIMEOUT * 1000)
            out.append(time.perf_counter() - started)
            context.close()
        browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=20)
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    anchor_s, anchor_kib = anchor()
    print(f"anchor: bare Python + Textual import, start {anchor_s * 1000:.0f} ms, RSS {anchor_kib / 1024:.1f} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CMSIM_HOME"] = tmp
        served = start_server(Path(tmp), "--max-sessions", str(args.candidates + 5), campaign_limit=None)
        try:
            frames = first_frames(served, args.loads)
            if frames:
                median = statistics.median(frames)
                print(
                    f"page load → first interactive frame: median {median * 1000:.0f} ms "
                    f"(min {min(frames) * 1000:.0f}, max {max(frames) * 1000:.0f}; {len(frames)} loads) "
                    f"= {median / anchor_s:.1f}× the anchor's start-up"
                )
            tokens = [served.invite(f"C{i:02d}").rsplit("/", 1)[1] for i in range(args.candidates)]
            errors, rss, seconds = asyncio.run(crowd(served.url, tokens, served.proc.pid))
        finally:
            stop_server(served)
    if rss:
        per = statistics.mean(rss)
        print(
            f"RSS per candidate session: {per / 1024:.1f} MiB (max {max(rss) / 1024:.1f}; {len(rss)} processes) "
            f"= {per / anchor_kib:.1f}× the anchor"
        )
    print(f"{args.candidates} concurrent candidates: {len(errors)} errors, through the first step in {seconds:.1f} s")
    for error in errors[:10]:
        print("  " + error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
