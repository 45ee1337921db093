"""The crisis room under a flood: does the TUI keep up with 120 items a minute?

Run on demand: ``python benchmarks/bench_crisis.py [--minutes 4] [--rate 120]``. Headless, 120x36, the
offline scorer. A library crisis is copied with its noise raised to ``--rate`` items a minute; the test
clock then moves the crisis second by second at the app's own tick (0.25 s of crisis per tick) and times:

* **frame**: one tick — the engine advances, the status line, feed and queue are redrawn, the screen
  refreshes (median and 95th percentile);
* **input**: one key press in the queue (↓, then ``s`` to skip the item) until the screen has handled it.

Both are printed in milliseconds and as ratios to an anchor measured in the same run: a bare Textual
app with one 60-option list that is rebuilt (frame anchor) or moved in (input anchor). The TUI keeps up
when a frame's 95th percentile stays under the tick interval, so the clock never falls behind.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cmsim.authoring.crisis import load_crisis  # noqa: E402
from cmsim.scoring.offline import OfflineScorer  # noqa: E402
from cmsim.tui.app import CmsimApp  # noqa: E402
from cmsim.tui.screens.crisis import TICK, CrisisScreen  # noqa: E402

SIZE = (120, 36)


class Anchor(App[None]):
    """A bare app: one list of 60 two-line options."""

    def compose(self) -> ComposeResult:
        yield OptionList(*self.options(0))

    @staticmethod
    def options(n: int) -> list[Option]:
        return [Option(f"X @someone {n}:{i:02d}\nA line of text that says something about the brand", id=f"o{i}")
                for i in range(60)]


async def anchor(samples: int) -> tuple[list[float], list[float]]:
    frames, inputs = [], []
    app = Anchor()
    async with app.run_test(size=SIZE) as pilot:
        box = app.query_one(OptionList)
        box.focus()
        for n in range(samples):
            start = time.perf_counter()
            box.clear_options()
            box.add_options(Anchor.options(n))
            box.highlighted = 0
            await pilot.pause()
            frames.append(time.perf_counter() - start)
        for _ in range(samples):
            start = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            inputs.append(time.perf_counter() - start)
    return frames, inputs


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def crisis(path: Path, minutes: float, presses: int) -> tuple[list[float], list[float], int]:
    clock = Clock()
    app = CmsimApp(scorer=OfflineScorer(), library=[path.parent], lang="en", typing_delay=0, clock=clock,
                   db=Path(tempfile.mkdtemp(prefix="cmsim-bench-")) / "b.db")
    frames, inputs = [], []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.start_crisis(load_crisis(path))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CrisisScreen)
        screen.tick()
        ticks = int(minutes * 60 / TICK)
        for n in range(ticks):
            clock.now += TICK
            start = time.perf_counter()
            screen.tick()
            await pilot.pause()
            frames.append(time.perf_counter() - start)
            if n % max(1, ticks // presses) == 0 and len(inputs) < presses:
                key = "down" if len(inputs) % 2 == 0 else "s"
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                inputs.append(time.perf_counter() - start)
        arrived = len(screen.run.engine.feed(screen.run.state))
    return frames, inputs, arrived


def flood_copy(rate: float, minutes: float) -> Path:
    source = ROOT / "scenarios" / "en" / "crisis-recall.yaml"
    data: dict[str, Any] = yaml.safe_load(source.read_text("utf-8"))
    data["noise"]["rate"] = rate
    data["duration"] = int(minutes * 60) + 30
    data["runs"] = []
    folder = Path(tempfile.mkdtemp(prefix="cmsim-flood-"))
    target = folder / "flood.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=4.0, help="crisis minutes simulated")
    parser.add_argument("--rate", type=float, default=120.0, help="noise items a minute")
    parser.add_argument("--presses", type=int, default=60, help="key presses timed")
    args = parser.parse_args()
    path = flood_copy(args.rate, args.minutes)
    a_frames, a_inputs = asyncio.run(anchor(args.presses))
    frames, inputs, arrived = asyncio.run(crisis(path, args.minutes, args.presses))
    per_minute = arrived / args.minutes
    af, ai = statistics.median(a_frames), statistics.median(a_inputs)
    f50, f95, i50, i95 = statistics.median(frames), p95(frames), statistics.median(inputs), p95(inputs)
    print(f"feed: {arrived} items in {args.minutes:g} crisis minutes ({per_minute:.0f} a minute)")
    print(f"anchor: list rebuild {af * 1000:.1f} ms, key press {ai * 1000:.1f} ms (median)")
    print(f"frame: median {f50 * 1000:.1f} ms ({f50 / af:.2f}× anchor), p95 {f95 * 1000:.1f} ms ({f95 / af:.2f}×)")
    print(f"input: median {i50 * 1000:.1f} ms ({i50 / ai:.2f}× anchor), p95 {i95 * 1000:.1f} ms ({i95 / ai:.2f}×)")
    keeps_up = f95 < TICK
    print(f"tick every {TICK * 1000:.0f} ms: {'keeps up' if keeps_up else 'FALLS BEHIND'} "
          f"(frame p95 is {f95 / TICK:.2f} of a tick)")
    sys.exit(0 if keeps_up else 1)


if __name__ == "__main__":
    main()
