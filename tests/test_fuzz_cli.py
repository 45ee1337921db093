"""Keep it that way: a few seconds of seeded fuzzing over the CLI's inputs (scenario files, answers
files, JSON Lines, names), in-process, and not one traceback. The long run is benchmarks/fuzz_cli.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fuzzkit import KINDS, cases, run_case, seed_database

SEED = int(os.environ.get("CMSIM_FUZZ_SEED", "20261130"))
COUNT = int(os.environ.get("CMSIM_FUZZ_COUNT", "60"))
WEIGHTS = {"scenario": 3, "answers": 1, "jsonl": 2, "names": 2}  # a played answers file is the slowest input


def test_the_cli_never_shows_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_database(tmp_path)
    failures = [f for case in cases(SEED, COUNT, WEIGHTS) if (f := run_case(case, tmp_path)) is not None]
    assert not failures, f"{len(failures)} of {COUNT} inputs ended in a traceback; the first:\n{failures[0]}"
    assert len(KINDS) == 4  # scenario files, answers files, JSON Lines, names
