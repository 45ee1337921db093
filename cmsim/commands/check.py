"""``cmsim check [PATH…]``: score every calibration example and fail when a score leaves its band."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim check``."""
    parser.add_argument("paths", nargs="*", type=Path, help="scenario files or folders (default: the built-in library)")
    parser.add_argument("--verbose", "-v", action="store_true", help="also list the examples that pass")


def run(args: argparse.Namespace) -> int:
    """Exit 1 when any example's score falls outside its expected range, or a scenario does not load."""
    from cmsim.authoring.crisis import LoadedCrisis
    from cmsim.authoring.load import Loaded, iter_scenarios
    from cmsim.scoring.calibration import calibrate
    from cmsim.scoring.offline import OfflineScorer

    scorer = OfflineScorer()
    files = examples = failures = broken = 0
    for item in iter_scenarios(args.paths):
        if not isinstance(item, Loaded):
            broken += 1
            for problem in item.problems:
                print(problem, file=sys.stderr)
            continue
        files += 1
        for outcome in calibrate(item, scorer):
            examples += 1
            if not outcome.passed:
                failures += 1
                print(f"FAIL {outcome}")
            elif args.verbose:
                print(f"ok   {outcome}")
    # crisis hook: each crisis's calibration runs (expert, panicked, ignoring…) replayed to their ending
    from cmsim.authoring.crisis import iter_crises
    from cmsim.sim.crisis_check import check_runs

    for crisis in iter_crises(args.paths):
        if not isinstance(crisis, LoadedCrisis):
            broken += 1
            for problem in crisis.problems:
                print(problem, file=sys.stderr)
            continue
        files += 1
        for run_outcome in check_runs(crisis, scorer):
            examples += 1
            if not run_outcome.passed:
                failures += 1
                print(f"FAIL {run_outcome}")
            elif args.verbose:
                print(f"ok   {run_outcome}")
    status = "FAILED" if failures or broken else "passed"
    extra = f", {broken} file(s) not loaded" if broken else ""
    print(f"calibration {status}: {examples - failures}/{examples} examples in {files} scenario(s){extra}")
    return 1 if failures or broken else 0
