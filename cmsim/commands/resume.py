"""``cmsim resume [SESSION]``: reopen an interrupted session exactly where it stopped (the most recent
one when no id is given), with its answers, the text being typed and the step's timer."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from cmsim.commands.counts import count
from cmsim.commands.scorerargs import add_scorer_argument
from cmsim.commands.sessionref import session_id
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.safetext import visible
from cmsim.scoring.factory import make_scorer
from cmsim.session.playthrough import Playthrough
from cmsim.store.records import SessionInfo


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim resume``."""
    parser.add_argument(
        "session", nargs="?", type=session_id, help="session number, 12 or #12 (default: the most recent unfinished)"
    )
    parser.add_argument("--name", help="only this person's sessions")
    parser.add_argument("--list", action="store_true", help="list unfinished sessions instead")
    add_scorer_argument(parser)
    add_db_argument(parser)


def describe(info: SessionInfo) -> str:
    """One line about a session, for lists."""
    when = datetime.fromtimestamp(info.updated_at).strftime("%Y-%m-%d %H:%M")
    return (
        f"{info.id:>5}  {visible(info.person.name):<20} {info.mode:<8} {info.scenario_id:<24} "
        f"step {info.turns + 1} ({info.node})  {when}"
    )


def run(args: argparse.Namespace) -> int:
    """Resume the chosen session, or list the unfinished ones."""
    with open_store(args) as store:
        person = store.find_person(args.name) if args.name else None
        if args.name and person is None:
            print(f"nobody called '{args.name}' in {store.where}", file=sys.stderr)
            return 1
        pending = store.unfinished(person)
        if args.list:
            for info in pending:
                print(describe(info))
            print(count("unfinished session", len(pending)))
            return 0
        if args.session is None:
            if not pending:
                print("no unfinished session to resume", file=sys.stderr)
                return 1
            session_id = pending[0].id
        else:
            session_id = args.session
        info = store.session(session_id)
        if info.finished:
            print(f"session {session_id} is finished (see 'cmsim report --session {session_id}')", file=sys.stderr)
            return 1
        if info.campaign_id is not None and info.node == "crisis" and not info.turns:  # a campaign's live crisis
            name = store.campaign(info.campaign_id).name
            print(f"session {session_id} is a live crisis of the campaign '{name}': the candidate continues it "
                  f"with 'cmsim assess {name} --candidate NAME --tui' (its clock kept running)", file=sys.stderr)
            return 1
        play = Playthrough.resume(store, session_id, make_scorer(args.scorer))
        LineSession(play, LineReader(sys.stdin), sys.stdout).run()
    return 0
