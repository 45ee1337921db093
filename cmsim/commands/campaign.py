"""``cmsim campaign create|list|show|invite|close``: a recruiter's assessment — scenarios in order, a language,
time limits and whether hints are allowed. Candidates run it with ``cmsim assess CAMPAIGN --candidate
NAME``, or in a browser through the link ``cmsim campaign invite`` prints (served by ``cmsim serve``).
``show`` only reads (a crisis left by its candidate is scored in memory); ``close`` records those crises."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cmsim.commands.abandoned import read_view, tell
from cmsim.commands.counts import count
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.safetext import visible
from cmsim.session.campaigns import resolve
from cmsim.store.db import Store
from cmsim.store.records import Campaign, SessionInfo

if TYPE_CHECKING:
    from cmsim.session.abandoned import ReadView


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim campaign``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a campaign")
    create.add_argument("name", help="campaign name, e.g. 'cm-junior-2025'")
    create.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="scenario or crisis ids or files, in order")
    create.add_argument("--lang", choices=["fr", "en"], required=True, help="language of the assessment")
    create.add_argument(
        "--step-time", type=int, metavar="SECONDS", help="time limit of every step (default: each step's own)"
    )
    create.add_argument("--hints", action="store_true", help="let candidates ask for hints (default: no)")
    add_db_argument(create)
    listing = sub.add_parser("list", help="list campaigns")
    add_db_argument(listing)
    show = sub.add_parser("show", help="a campaign's settings and candidates")
    show.add_argument("name")
    add_db_argument(show)
    invite = sub.add_parser("invite", help="print a single-use link to the campaign for one candidate")
    invite.add_argument("name", help="campaign name")
    invite.add_argument("--candidate", required=True, help="the candidate's name")
    invite.add_argument("--expires", default="7d", help="how long the link works: 7d, 12h, 30m… (default: 7d)")
    invite.add_argument(
        "--url",
        default=None,
        help="public address of 'cmsim serve' (default: $CMSIM_PUBLIC_URL, else http://127.0.0.1:8000)",
    )
    add_db_argument(invite)
    close = sub.add_parser(
        "close", help="record every crisis its candidate left once its time ran out (scored as it stood)"
    )
    close.add_argument("name", help="campaign name")
    add_db_argument(close)


def describe(campaign: Campaign) -> str:
    """The campaign's settings on a few lines."""
    limit = f"{campaign.step_limit} s per step" if campaign.step_limit else "each step's own time limit"
    created = datetime.fromtimestamp(campaign.created_at).strftime("%Y-%m-%d")
    lines = [
        f"{campaign.name} ({campaign.lang}, created {created}): {limit}, hints {'allowed' if campaign.hints else 'off'}"
    ]
    lines += [f"  {i}. {_kind(path):<8} {path}" for i, path in enumerate(campaign.scenarios, 1)]
    return "\n".join(lines)


def _kind(path: str) -> str:
    """``crisis`` or ``scenario``, from the file's head (a missing file is said so)."""
    from cmsim.authoring.crisis import crisis_file

    file = Path(path)
    return "crisis" if crisis_file(file) else "scenario" if file.is_file() else "missing"


def run(args: argparse.Namespace) -> int:
    """Create, list or show."""
    with open_store(args) as store:
        if args.action == "create":
            if args.step_time is not None and args.step_time <= 0:
                print("--step-time must be a positive number of seconds")
                return 1
            loaded = resolve(args.scenarios, args.lang)
            campaign = store.create_campaign(
                args.name, args.lang, [str(item.path.resolve()) for item in loaded], args.step_time, args.hints
            )
            print(describe(campaign))
            print(f"Candidates start with: cmsim assess {campaign.name} --candidate NAME")
        elif args.action == "invite":
            return _invite(store, args)
        elif args.action == "close":
            return _close(store, args.name)
        elif args.action == "list":
            for campaign in store.campaigns():
                done = sum(s.finished for s in store.sessions(campaign=campaign))
                scenarios = count("scenario", len(campaign.scenarios))
                print(f"{campaign.name:<24} {campaign.lang}  {scenarios}, {done} finished")
        else:
            campaign = store.campaign(args.name)
            print(describe(campaign))
            view = read_view(store)  # an abandoned crisis scored in memory: showing writes nothing
            for info in view.sessions(campaign=campaign):
                state = _finished(view, info) if info.finished else _where(store, info)
                print(f"  session {info.id:>4}  {visible(info.person.name):<20} {info.scenario_id:<24} {state}")
            tell(view)
    return 0


def _close(store: Store, name: str) -> int:
    """Record each crisis of campaign ``name`` left by its candidate once its time ran out, scored as it stood
    (offline), as the candidate's return would; say which."""
    from cmsim.scoring.offline import OfflineScorer
    from cmsim.session.crisis_assess import close_abandoned

    campaign = store.campaign(name)
    before = store.sessions(campaign=campaign)
    after = close_abandoned(store, before, OfflineScorer())
    closed = [new for old, new in zip(before, after, strict=True) if new.finished and not old.finished]
    for info in closed:
        print(f"  session {info.id:>4}  {visible(info.person.name):<20} {info.scenario_id:<24} recorded (abandoned)")
    print(f"{count('abandoned crisis', len(closed))} recorded in {campaign.name}")
    return 0


def _finished(view: ReadView, info: SessionInfo) -> str:
    """``finished``, and whether the candidate had left it (a crisis scored as it stood: in memory until
    ``campaign close`` or the candidate's return records it)."""
    if not any(s.kind == "abandoned" for s in view.signals(info.id)):
        return "finished"
    in_memory = any(s.info.id == info.id for s in view.newly_scored())
    return f"finished (abandoned: the crisis was left, scored as it stood{', not recorded yet' if in_memory else ''})"


def _where(store: Store, info: SessionInfo) -> str:
    """Where an unfinished session stands (a crisis: in progress, or over and waiting to be scored)."""
    from cmsim.session.crisis_assess import LIVE_NODE, actions_of, time_ran_out

    if info.node != LIVE_NODE or info.turns:
        return f"at step {info.turns + 1}"
    from cmsim.authoring.crisis import crisis_file, load_crisis

    done = f"{count('action', len(actions_of(store, info.id)))} saved"
    path = Path(info.scenario_path)
    if crisis_file(path) and time_ran_out(store, info, load_crisis(path).scenario.duration):
        return f"crisis interrupted, its time ran out ({done}; scored when the candidate reopens the campaign)"
    return f"crisis in progress ({done})"


def _invite(store: Store, args: argparse.Namespace) -> int:
    import os

    from cmsim.session.invitations import invite

    campaign = store.campaign(args.name)
    issued = invite(store, campaign, args.candidate, args.expires)
    base = (args.url or os.environ.get("CMSIM_PUBLIC_URL") or "http://127.0.0.1:8000").rstrip("/")
    until = datetime.fromtimestamp(issued.expires_at).strftime("%Y-%m-%d %H:%M")
    print(f"{base}/a/{issued.token}")
    print(
        f"Single-use link for {visible(args.candidate.strip())} to '{visible(campaign.name)}', valid until {until}. "
        "Send it to the candidate only: it is shown once and stored hashed; a new invitation replaces it.",
        file=sys.stderr,
    )
    return 0
