"""``cmsim people list``, ``cmsim people delete NAME`` and ``cmsim people purge``: who is stored, and
removing everything about one person — sessions, answers, scores, drafts, integrity signals, the old
copies in the database files, the judge's verdicts on their answers, the reports cmsim wrote about
them — saying plainly what could not go (exit status 3). ``purge`` finishes what an earlier delete left
pending."""

from __future__ import annotations

import argparse
import sys

from cmsim.commands.counts import count
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.safetext import visible
from cmsim.scoring.judge.cache import VerdictCache
from cmsim.session.erasure import erase_person, purge


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim people``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="everyone stored, with their number of sessions")
    add_db_argument(listing)
    delete = sub.add_parser("delete", help="remove a person and everything about them")
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_db_argument(delete)
    purging = sub.add_parser("purge", help="finish erasing what an earlier delete left pending")
    add_db_argument(purging)


def run(args: argparse.Namespace) -> int:
    """List, delete or purge."""
    with open_store(args) as store:
        if args.action == "list":
            for person in store.people():
                sessions = store.sessions(person)
                finished = sum(s.finished for s in sessions)
                played = count("session", len(sessions))
                print(f"{visible(person.name):<24} {person.role:<9} {played}, {finished} finished")
            return 0
        if args.action == "purge":
            left = purge(store)
            for line in left:
                print(f"still pending: {line}", file=sys.stderr)
            print("nothing pending" if not left else f"{count('thing', len(left))} still pending")
            return 3 if left else 0
        found = store.find_person(args.name)
        if found is None:
            print(f"nobody called '{args.name}' in {store.where}", file=sys.stderr)
            return 1
        person = found
        if not args.yes:
            if not sys.stdin.isatty():
                print("add --yes to delete without a prompt", file=sys.stderr)
                return 1
            reply = input(f"Delete {person.name} and all their sessions, answers and scores? Type their name: ")
            if reply.strip().lower() != person.name.lower():
                print("nothing deleted")
                return 1
        done = erase_person(store, person, _verdict_cache())
    removed = ", ".join(f"{n} {table}" for table, n in done.counts.items() if n)
    print(f"deleted {person.name}: {removed}")
    if done.verdicts:
        print(f"judge cache: {count('verdict', done.verdicts)} removed")
    for path in done.files_removed:
        print(f"removed {path}")
    for path, why in done.left:
        print(f"not removed: {path} ({why})", file=sys.stderr)
    if done.pending:
        print(f"pending: {done.pending}", file=sys.stderr)
    return 0 if done.complete else 3


def _verdict_cache() -> VerdictCache:
    """The judge's verdict cache, wherever the judge keeps it (cleaned even when the judge is off now)."""
    from cmsim.scoring.judge.config import cache_dir
    from cmsim.scoring.judge.setup import CACHE_FILE

    return VerdictCache(cache_dir() / CACHE_FILE)
