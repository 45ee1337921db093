"""Fuzz the CLI's inputs for tracebacks: scenario files, answers files, JSON Lines and names.

Run on demand: ``python benchmarks/fuzz_cli.py [--inputs 10000] [--seed 1] [--show 3]``.
Each input is a real one mutated by a seeded mutator (see ``tests/fuzzkit.py``) and run through
``cmsim.cli.main`` in-process, in a private ``$CMSIM_HOME``. Prints "N inputs, K tracebacks", the
inputs per second and the first tracebacks; exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzzkit import KINDS, cases, run_case, seed_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="how many inputs (default: 10,000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the mutator (default: 1)")
    parser.add_argument("--show", type=int, default=3, help="tracebacks to print in full (default: 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cmsim-fuzz-") as tmp:
        os.environ["CMSIM_HOME"] = str(Path(tmp) / "home")
        os.environ.pop("CMSIM_JUDGE", None)
        folder = Path(tmp) / "work"
        folder.mkdir()
        seed_database(folder)
        failures: list[str] = []
        per_kind: collections.Counter[str] = collections.Counter()
        start = time.perf_counter()
        for done, case in enumerate(cases(args.seed, args.inputs), start=1):
            per_kind[case.kind] += 1
            failure = run_case(case, folder)
            if failure is not None:
                failures.append(failure)
            if done % 1000 == 0:
                print(f"  {done} inputs, {len(failures)} tracebacks so far", file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - start
    kinds = ", ".join(f"{per_kind[k]} {k}" for k in KINDS)
    print(f"{args.inputs} inputs, {len(failures)} tracebacks")
    print(f"  ({kinds}; seed {args.seed}; {elapsed:.0f} s, {args.inputs / elapsed:.0f} inputs/s)")
    for failure in failures[: args.show]:
        print("\n" + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
