"""``cmsim rescore [CAMPAIGN | --session N] [--scorer offline|hybrid|llm]``: score stored transcripts again
(after a rubric or scenario changed); the old scores and their versions are kept alongside the new ones."""

from __future__ import annotations

import argparse
import sys

from cmsim.commands.counts import count
from cmsim.commands.scorerargs import add_scorer_argument
from cmsim.commands.sessionref import add_session_argument, session_of
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.scoring.factory import make_scorer
from cmsim.session.rescore import rescore_sessions


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim rescore``."""
    parser.add_argument("target", nargs="?", help="a campaign name, or '#12' for session 12 (default: every session)")
    add_session_argument(parser, "rescore this session only")
    add_scorer_argument(parser)
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Rescore and print what changed per session."""
    scorer = make_scorer(args.scorer)
    with open_store(args) as store:
        session = args.session if args.target is None else session_of(args.target)
        if session is not None:
            sessions = [store.session(session).id]
        elif args.target is None:
            sessions = [s.id for s in store.sessions()]
        else:
            sessions = [s.id for s in store.sessions(campaign=store.campaign(args.target))]
        show = sys.stderr.isatty()
        done = rescore_sessions(store, sessions, scorer, _progress if show else None)
        if show:
            print(file=sys.stderr)
        for rescored in done:
            if rescored.crisis and not rescored.replayed:
                print(f"session {rescored.session_id}: a crisis with no action log to play again (recorded by an "
                      f"older version): {count('answer', rescored.unchanged)} kept as scored")
                continue
            line = (
                f"session {rescored.session_id}: {rescored.changed} rescored, {rescored.unchanged} unchanged "
                f"(scenario {rescored.digest}{', a crisis played again' if rescored.crisis else ''})"
            )
            if rescored.missing_steps:
                line += f"; the scenario no longer has {', '.join(rescored.missing_steps)}: kept as scored"
            print(line)
    total = sum(r.changed for r in done)
    print(f"{count('session', len(sessions))}, {count('answer', total)} with a new score")
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\rrescored {done}/{total}", end="", file=sys.stderr, flush=True)
