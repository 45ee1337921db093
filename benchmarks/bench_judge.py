"""LLM judge benchmark: 200 replies against a local OpenAI-compatible server answering in 200 ms.

Run on demand: ``python benchmarks/bench_judge.py [--replies 200] [--latency 0.2] [--concurrency 16]``.
Prints the time of sequential requests (concurrency 1), of concurrent ones, the speed-up (target:
at least 10x), and the time of a second, fully cached run (target: no request at all).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "judge"))

from fakellm import FakeLLM  # noqa: E402

from cmsim.authoring.load import RubricBook, find_scenario  # noqa: E402
from cmsim.model.result import Answer  # noqa: E402
from cmsim.scoring.judge.cache import VerdictCache  # noqa: E402
from cmsim.scoring.judge.config import JudgeSettings  # noqa: E402
from cmsim.scoring.judge.scorer import JudgeScorer  # noqa: E402
from cmsim.scoring.offline import OfflineScorer  # noqa: E402

OPENERS = ["Dan,", "Hi Dan,", "Hey,", "Dan!", "Hello,"]
MIDDLES = [
    "I'm really sorry, a birthday present this late is stressful",
    "sorry about the delay with your order",
    "9 days for a gift before Saturday is not OK",
    "thanks for your patience",
]
ENDS = [
    "I'm checking with our delivery team now, can you DM us your order number?",
    "please contact our customer service.",
    "we'll get back to you within the hour. ^Sam",
]


def replies(count: int) -> list[str]:
    """``count`` distinct replies (a numbered postscript keeps them apart)."""
    out = []
    for i in range(count):
        text = f"{OPENERS[i % 5]} {MIDDLES[i // 5 % 4]}, {ENDS[i // 20 % 3]}"
        out.append(f"{text} (ref {i})")
    return out


def timed_run(server: FakeLLM, texts: list[str], concurrency: int, cache: Path) -> tuple[float, int]:
    """Seconds to score ``texts`` with this concurrency, and requests sent."""
    loaded = find_scenario("late-parcel-en")
    step = loaded.scenario.step("first-reply")
    book = RubricBook()
    settings = JudgeSettings(mode="hybrid", model="bench", base_url=server.url, concurrency=concurrency, timeout=10)
    judge = JudgeScorer(OfflineScorer(book), book.get, settings, cache=VerdictCache(cache))
    before = server.count
    start = time.perf_counter()
    results = judge.score_batch([(loaded.scenario, step, Answer(fields={"reply": t})) for t in texts])
    elapsed = time.perf_counter() - start
    unavailable = sum("judge-unavailable" in r.flags for r in results)
    if unavailable:
        raise SystemExit(f"{unavailable} replies fell back to offline: the benchmark is not valid")
    return elapsed, server.count - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the server takes per request")
    parser.add_argument("--concurrency", type=int, default=JudgeSettings().concurrency)
    args = parser.parse_args()
    texts = replies(args.replies)
    with FakeLLM(latency=args.latency) as server, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sequential, sent_seq = timed_run(server, texts, 1, folder / "seq.sqlite3")
        concurrent, sent_conc = timed_run(server, texts, args.concurrency, folder / "conc.sqlite3")
        cached, sent_cached = timed_run(server, texts, args.concurrency, folder / "conc.sqlite3")
    print(f"{args.replies} replies, {args.latency * 1000:.0f} ms per request")
    print(f"sequential (concurrency 1):   {sequential:6.2f} s  ({sent_seq} requests)")
    print(f"concurrent (concurrency {args.concurrency}): {concurrent:6.2f} s  ({sent_conc} requests)")
    print(f"speed-up: {sequential / concurrent:.1f}x  (target >= 10x)")
    print(f"second run, cached:           {cached:6.2f} s  ({sent_cached} requests; target 0)")


if __name__ == "__main__":
    main()
