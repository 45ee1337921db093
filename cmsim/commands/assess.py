"""``cmsim assess CAMPAIGN --candidate NAME``: a candidate runs a recruiter's campaign in the terminal —
no feedback, time limits enforced, answers locked once submitted. Running it again continues where
it stopped (the next unanswered step of the next unfinished scenario). ``--tui`` runs it in the
terminal app in kiosk mode (``cmsim.tui.kiosk``)."""

from __future__ import annotations

import argparse
import sys

from cmsim.authoring.crisis import LoadedCrisis
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
    parser.add_argument(
        "--tui",
        action="store_true",
        help="run it in the terminal app in kiosk mode: the briefing first, then nothing but the campaign",
    )
    add_scorer_argument(parser)
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Play the campaign's scenarios in order until all are finished or the candidate pauses."""
    if args.tui:
        return run_kiosk(args)
    scorer = make_scorer(args.scorer)
    reader = LineReader(sys.stdin)
    with open_store(args) as store:
        campaign = store.campaign(args.campaign)
        candidate = store.person(args.candidate, "candidate")
        while (where := next_in_campaign(store, campaign, candidate)) is not None:
            loaded, info = where
            if isinstance(loaded, LoadedCrisis):  # a live, timed screen: the terminal app plays it
                print(text(campaign.lang, "crisis_tui", title=loaded.scenario.title, command=_tui_command(args)))
                return 2
            if info is None:
                play = Playthrough.start(store, candidate, loaded, scorer, "assess", campaign)
            else:
                play = Playthrough.resume(store, info.id, scorer)
            if not LineSession(play, reader, sys.stdout).run():
                return 0
        print(text(campaign.lang, "campaign_done", name=campaign.name))
    return 0


def _tui_command(args: argparse.Namespace) -> str:
    """The command that runs the same campaign for the same candidate in the terminal app."""
    import shlex

    words = ["cmsim", "assess", args.campaign, "--candidate", args.candidate.strip(), "--tui"]
    if args.db and "://" not in str(args.db):  # a URL may carry a password: never print it
        words += ["--db", str(args.db)]
    return shlex.join(words)


def run_kiosk(args: argparse.Namespace) -> int:
    """The terminal app in kiosk mode for this candidate and campaign (textual is imported only here)."""
    with open_store(args) as store:
        campaign = store.campaign(args.campaign)
    from cmsim.tui.app import CmsimApp
    from cmsim.tui.kiosk import Kiosk
    from cmsim.tui.scorer import LazyScorer

    kiosk = Kiosk(campaign=campaign.name, candidate=args.candidate.strip())
    CmsimApp(scorer=LazyScorer(args.scorer), lang=campaign.lang, db=args.db, kiosk=kiosk).run()
    return 0
