"""``cmsim list`` against a bare interpreter: the time to print the library, as a ratio to
``python -c pass`` measured in the same run (interleaved). Target: at most 5.

Run on demand: ``python benchmarks/bench_list.py [--runs 15]``. The first ``cmsim list`` fills the
library cache (keyed by each file's hash) and is reported apart as the cold start; the median of the
next runs is the one compared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "CMSIM_HOME": tempfile.mkdtemp(prefix="cmsim-bench-")}
    bare = [sys.executable, "-c", "pass"]
    listing = [sys.executable, "-m", "cmsim", "list"]
    cold = timed(listing, env)
    passes: list[float] = []
    lists: list[float] = []
    for _ in range(args.runs):
        passes.append(timed(bare, env))
        lists.append(timed(listing, env))
    p, c = statistics.median(passes), statistics.median(lists)
    print(f"python -c pass:           median {p * 1000:.0f} ms over {args.runs} runs")
    print(f"cmsim list (cache warm):  median {c * 1000:.0f} ms over {args.runs} runs")
    print(f"cmsim list (cold cache):  {cold * 1000:.0f} ms, once")
    ratio = c / p
    print(f"ratio: {ratio:.2f} (target <= 5) {'OK' if ratio <= 5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
