"""``cmsim export [-o FILE]``: every stored row (people, sessions, answers, scores, drafts, campaigns,
signals) as one JSON document. ``--bundle`` writes instead a signed, verifiable record of assessments
(``cmsim.session.bundle``; checked with ``cmsim verify FILE``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cmsim.commands.abandoned import read_view, tell
from cmsim.commands.counts import count
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.store.files import record_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim export``."""
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    parser.add_argument(
        "--bundle",
        action="store_true",
        help="a signed record (scenario hashes, answers, timings, scorer and rubric versions, scores) "
        "that 'cmsim verify' checks and re-scores",
    )
    parser.add_argument("--person", help="with --bundle: only this person's sessions")
    parser.add_argument("--campaign", help="with --bundle: only this campaign's sessions")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Dump the database as JSON (or write a signed bundle)."""
    if args.bundle:
        return _bundle(args)
    with open_store(args) as store:
        data = store.export()
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
            record_file(store, args.output, "export", text, None)  # about everyone: 'people delete' names it
            rows = sum(len(rows) for rows in data["tables"].values())
            print(f"wrote {args.output}: {rows} rows from {len(data['tables'])} tables", file=sys.stderr)
        else:
            sys.stdout.write(text)
    return 0


def _bundle(args: argparse.Namespace) -> int:
    from cmsim.session.bundle import build_bundle
    from cmsim.store.records import StoreError

    with open_store(args) as store:
        person = store.find_person(args.person) if args.person else None
        if args.person and person is None:
            raise StoreError(f"no person called '{args.person}' (see 'cmsim people')")
        campaign = store.campaign(args.campaign) if args.campaign else None
        view = read_view(store)  # an abandoned crisis scored in memory: exporting records no score
        sessions = [s for s in view.sessions(person, campaign) if s.turns]
        data = build_bundle(view, sessions)
        tell(view)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
            record_file(store, args.output, "bundle", text, person)
            turns = sum(len(s["turns"]) for s in data["payload"]["sessions"])
            print(f"wrote {args.output}: {count('session', len(sessions))}, {count('answer', turns)}, signed",
                  file=sys.stderr)
        else:
            sys.stdout.write(text)
    return 0
