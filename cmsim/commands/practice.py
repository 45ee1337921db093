"""``cmsim practice SCENARIO [--name NAME]``: an interactive line-based practice session on stdin/stdout,
saved after every line typed and every answer (``cmsim resume`` continues it)."""

from __future__ import annotations

import argparse
import sys

from cmsim.authoring.load import find_scenario
from cmsim.commands.scorerargs import add_scorer_argument
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.scoring.factory import make_scorer
from cmsim.session.people import configured_name, trainee
from cmsim.session.playthrough import Playthrough


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim practice``."""
    parser.add_argument("scenario", help="scenario id or YAML file")
    parser.add_argument("--name", help="who is practising (default: CMSIM_NAME, app.name in config.yaml, else login)")
    add_scorer_argument(parser)
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Start a practice session and play it until the ending or a pause."""
    loaded = find_scenario(args.scenario)
    scorer = make_scorer(args.scorer)
    with open_store(args) as store:
        person = trainee(store, args.name or configured_name())
        play = Playthrough.start(store, person, loaded, scorer, "practice")
        LineSession(play, LineReader(sys.stdin), sys.stdout).run()
    return 0
