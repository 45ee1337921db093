"""``cmsim rescore [CAMPAIGN|SESSION] [--scorer offline]``: score stored transcripts again (after a rubric
or scenario changed); the old scores and their versions are kept alongside the new ones."""

from __future__ import annotations

import argparse

from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.scoring.factory import make_scorer
from cmsim.store.rescore import rescore_session


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim rescore``."""
    parser.add_argument("target", nargs="?", help="a campaign name or a session id (default: every session)")
    parser.add_argument("--scorer", default="offline", help="scorer to use (default: offline)")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Rescore and print what changed per session."""
    scorer = make_scorer(args.scorer)
    with open_store(args) as store:
        if args.target is None:
            sessions = [s.id for s in store.sessions()]
        elif args.target.isdigit():
            sessions = [store.session(int(args.target)).id]
        else:
            sessions = [s.id for s in store.sessions(campaign=store.campaign(args.target))]
        total = 0
        for session_id in sessions:
            done = rescore_session(store, session_id, scorer)
            total += done.changed
            line = f"session {session_id}: {done.changed} rescored, {done.unchanged} unchanged (scenario {done.digest})"
            if done.missing_steps:
                line += f"; the scenario no longer has {', '.join(done.missing_steps)}: kept as scored"
            print(line)
    print(f"{len(sessions)} session(s), {total} answer(s) with a new score")
    return 0
