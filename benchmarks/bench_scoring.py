"""Scoring benchmark: replies per second and p95 latency on a generated corpus of 5,000 replies.

Run on demand: ``python benchmarks/bench_scoring.py``. Targets: >= 2,000 replies/s, p95 < 5 ms. CPU-time
throughput (``time.process_time``) is printed beside wall-clock: it stays meaningful on a loaded machine.
"""

from __future__ import annotations

import json
import statistics
import time

from cmsim.authoring.load import load_scenario
from cmsim.model.result import Answer
from cmsim.paths import scenarios_dir
from cmsim.scoring.batch import score_lines
from cmsim.scoring.offline import OfflineScorer

OPENERS = ["Dan,", "Hi Dan,", "Hey,", "", "Dan!", "Hello,"]
MIDDLES = [
    "I'm really sorry, a birthday present this late is stressful",
    "sorry about the delay with your order",
    "it's not our fault if the carrier is slow",
    "we apologise for any inconvenience caused",
    "9 days for a gift before Saturday is not OK",
    "thanks for your patience",
]
ENDS = [
    "I'm checking with our delivery team now, can you DM us your order number?",
    "please contact our customer service.",
    "read the terms next time!!!",
    "I'll get back to you within the hour. ^Sam",
    "we are looking into it.",
    "DM me and I'll sort it before Saturday 🙂 ^Sam",
]
N = 5000


def corpus(n: int = N) -> list[str]:
    """Deterministic varied replies built from the parts above (no randomness)."""
    out = []
    for i in range(n):
        parts = [OPENERS[i % 6], MIDDLES[(i // 6) % 6] + ".", ENDS[(i // 36) % 6], f"(ref {i})" if i % 7 == 0 else ""]
        out.append(" ".join(p for p in parts if p))
    return out


def main() -> None:
    """Score the corpus through the scorer (per-reply latency) and through the batch path."""
    scorer = OfflineScorer()
    loaded = load_scenario(scenarios_dir() / "en" / "late-parcel.yaml").scenario
    step = loaded.step("first-reply")
    replies = corpus()
    scorer.score(loaded, step, Answer(fields={"reply": replies[0]}))  # warm caches and lexicons
    latencies = []
    start = time.perf_counter()
    cpu = time.process_time()
    for text in replies:
        t0 = time.perf_counter()
        scorer.score(loaded, step, Answer(fields={"reply": text}))
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    p95 = statistics.quantiles(latencies, n=100)[94] * 1000
    print(f"scorer: {N} replies in {elapsed:.2f} s = {N / elapsed:,.0f} replies/s wall, "
          f"{N / cpu:,.0f} replies per CPU-second (meaningful on a busy machine); "
          f"p50 {statistics.median(latencies) * 1000:.2f} ms, p95 {p95:.2f} ms")
    thread = [{"author": "Dan", "text": m.text} for m in loaded.thread]
    lines = [json.dumps({"id": str(i), "lang": "en", "platform": "x", "brand": loaded.brand.model_dump(),
                         "thread": thread, "reply": text}) for i, text in enumerate(replies)]
    start = time.perf_counter()
    cpu = time.process_time()
    done = sum(1 for _ in score_lines(lines, scorer))
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(f"batch (JSONL parse + scenario build + score): {done} lines in {elapsed:.2f} s = {done / elapsed:,.0f} "
          f"lines/s wall, {done / cpu:,.0f} lines per CPU-second")


if __name__ == "__main__":
    main()
