"""``cmsim check [PATH…]``: score every calibration example and fail when a score leaves its band.

Examples marked ``disputed: "why"`` are listed as known disagreements (the instructor stands by the
band, the scorer does not agree yet): they do not fail the check unless ``--strict``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmsim.commands.counts import count


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim check``."""
    parser.add_argument("paths", nargs="*", type=Path, help="scenario files or folders (default: the built-in library)")
    parser.add_argument("--verbose", "-v", action="store_true", help="also list the examples that pass")
    parser.add_argument("--strict", action="store_true", help="disputed examples that miss their band fail too")


def run(args: argparse.Namespace) -> int:
    """Exit 1 when an example's score falls outside its expected range (a disputed one only with
    ``--strict``), or a scenario does not load."""
    from cmsim.authoring.load import Loaded, iter_scenarios
    from cmsim.scoring.calibration import Outcome, calibrate
    from cmsim.scoring.offline import OfflineScorer

    scorer = OfflineScorer()
    files = examples = broken = crisis_failures = 0
    failures: list[Outcome] = []
    disputed: list[Outcome] = []
    for item in iter_scenarios(args.paths):
        if not isinstance(item, Loaded):
            broken += 1
            for problem in item.problems:
                print(problem, file=sys.stderr)
            continue
        files += 1
        for outcome in calibrate(item, scorer):
            examples += 1
            if outcome.failed:
                failures.append(outcome)
                print(f"FAIL {outcome}")
                for line in outcome.why():
                    print(f"     {line}")
            elif outcome.disputed:
                disputed.append(outcome)
            elif args.verbose:
                print(f"ok   {outcome}")
    # crisis hook: each crisis's calibration runs (expert, panicked, ignoring…) replayed to their ending
    from cmsim.authoring.crisis import LoadedCrisis, iter_crises
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
                crisis_failures += 1
                print(f"FAIL {run_outcome}")
            elif args.verbose:
                print(f"ok   {run_outcome}")
    if disputed:
        print(f"{count('known disagreement', len(disputed))} (examples marked 'disputed'):")
        for outcome in disputed:
            print(f"  DISPUTED {outcome}")
            print(f"     why: {outcome.example.disputed}")
            for line in outcome.why():
                print(f"     {line}")
    counted = len(failures) + crisis_failures + (len(disputed) if args.strict else 0)
    status = "FAILED" if counted or broken else "passed"
    extra = f", {count('file', broken)} not loaded" if broken else ""
    known = f", {len(disputed)} disputed" if disputed else ""
    passed = examples - len(failures) - crisis_failures - len(disputed)
    print(f"calibration {status}: {passed}/{examples} examples in {count('scenario', files)}{known}{extra}")
    return 1 if counted or broken else 0
