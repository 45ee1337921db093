"""``cmsim assess CAMPAIGN --candidate NAME``: a candidate runs a recruiter's campaign in the terminal —
no feedback, time limits enforced, answers locked once submitted. Running it again continues where
it stopped (the next unanswered step of the next unfinished scenario)."""

from __future__ import annotations

import argparse
import sys

from cmsim.commands.scorerargs import add_scorer_argument
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.console.strings import text
from cmsim.scoring.factory import make_scorer
from cmsim.session.campaigns import next_in_campaign
from cmsim.session.playthrough import Playthrough


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim assess``."""
    parser.add_argument("campaign", help="campaign name")
    parser.add_argument("--candidate", required=True, help="the candidate's name")
    add_scorer_argument(parser)
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Play the campaign's scenarios in order until all are finished or the candidate pauses."""
    scorer = make_scorer(args.scorer)
    reader = LineReader(sys.stdin)
    with open_store(args) as store:
        campaign = store.campaign(args.campaign)
        candidate = store.person(args.candidate, "candidate")
        while (where := next_in_campaign(store, campaign, candidate)) is not None:
            loaded, info = where
            if info is None:
                play = Playthrough.start(store, candidate, loaded, scorer, "assess", campaign)
            else:
                play = Playthrough.resume(store, info.id, scorer)
            if not LineSession(play, reader, sys.stdout).run():
                return 0
        print(text(campaign.lang, "campaign_done", name=campaign.name))
    return 0
