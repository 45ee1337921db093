"""``cmsim people list`` and ``cmsim people delete NAME``: who is stored, and removing everything about
one person (sessions, answers, scores, drafts, integrity signals)."""

from __future__ import annotations

import argparse
import sys

from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.safetext import visible


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim people``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="everyone stored, with their number of sessions")
    add_db_argument(listing)
    delete = sub.add_parser("delete", help="remove a person and everything about them")
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_db_argument(delete)


def run(args: argparse.Namespace) -> int:
    """List or delete."""
    with open_store(args) as store:
        if args.action == "list":
            for person in store.people():
                sessions = store.sessions(person)
                done = sum(s.finished for s in sessions)
                print(f"{visible(person.name):<24} {person.role:<9} {len(sessions)} session(s), {done} finished")
            return 0
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
        counts = store.delete_person(person.name)
        removed = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
        print(f"deleted {person.name}: {removed}")
    return 0
