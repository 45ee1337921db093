"""The ``--scorer`` option shared by the commands that score answers."""

from __future__ import annotations

import argparse

from cmsim.scoring.factory import SCORERS


def add_scorer_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--scorer offline|hybrid|llm`` (default: ``CMSIM_JUDGE`` or the config file's
    ``judge.mode``, else offline)."""
    parser.add_argument(
        "--scorer",
        choices=SCORERS,
        help="scorer to use (default: CMSIM_JUDGE or the config file's judge.mode, else offline)",
    )
