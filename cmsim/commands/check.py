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
    from cmsim.authoring.load import Loaded, iter_scenarios
    from cmsim.model.base import parse_range
    from cmsim.model.result import Answer
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
        scenario = item.scenario
        for example in scenario.calibration:
            examples += 1
            try:
                step = scenario.step(example.step)
            except KeyError:
                failures += 1
                print(f"FAIL {item.path}: '{example.name}': no step '{example.step}'")
                continue
            result = scorer.score(scenario, step, Answer.from_data(example.answer))
            bad = []
            for quality, expr in example.expect.items():
                lo, hi = parse_range(expr)
                got = result.scores.get(quality)
                if got is None or not lo <= got <= hi:
                    bad.append(f"{quality.value} {got if got is not None else 'not scored'} not in {expr.strip()}")
            if bad:
                failures += 1
                print(f"FAIL {item.path}: '{example.name}' ({example.step}): {'; '.join(bad)}")
            elif args.verbose:
                scores = ", ".join(f"{q.value} {result.scores.get(q)}" for q in example.expect)
                print(f"ok   {item.path}: '{example.name}': {scores}")
    status = "FAILED" if failures or broken else "passed"
    extra = f", {broken} file(s) not loaded" if broken else ""
    print(f"calibration {status}: {examples - failures}/{examples} examples in {files} scenario(s){extra}")
    return 1 if failures or broken else 0
