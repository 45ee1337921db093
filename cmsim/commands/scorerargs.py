"""The ``--scorer`` option shared by every command that scores answers.

One name everywhere: ``--scorer offline|hybrid|llm``. ``--judge off|hybrid|llm`` (the name ``score`` and
``grade report`` used to take) is kept as a hidden alias so old scripts still work: ``off`` is
``offline``, and both spellings land in ``args.scorer``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cmsim.scoring.factory import SCORERS

if TYPE_CHECKING:
    from cmsim.scoring.judge.config import JudgeMode

_OLD_NAMES = {"off": "offline"}


def _scorer_name(value: str) -> str:
    return _OLD_NAMES.get(value, value)


def add_scorer_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--scorer offline|hybrid|llm`` (default: ``CMSIM_JUDGE`` or the config file's
    ``judge.mode``, else offline), and its hidden alias ``--judge`` (which also takes ``off``)."""
    parser.add_argument(
        "--scorer",
        choices=SCORERS,
        help="scorer to use (default: CMSIM_JUDGE or the config file's judge.mode, else offline)",
    )
    parser.add_argument("--judge", dest="scorer", type=_scorer_name, choices=SCORERS, help=argparse.SUPPRESS)


def judge_mode_of(args: argparse.Namespace) -> JudgeMode:
    """``off``, ``hybrid`` or ``llm``: the judge the command's ``--scorer`` (or its alias) asks for,
    else ``CMSIM_JUDGE`` or the config file's ``judge.mode``."""
    if args.scorer is None:
        from cmsim.scoring.judge.config import judge_mode

        return judge_mode()
    scorer = str(args.scorer)
    if scorer == "llm":
        return "llm"
    return "hybrid" if scorer == "hybrid" else "off"
