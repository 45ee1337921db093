"""``cmsim report NAME|--session N --format html|md|json|csv [-o FILE]``: a report on everything a person
did (optionally one campaign) or on one session (``--session 12``, or ``#12`` in place of the name).
The HTML is one self-contained file to mail."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmsim.commands.abandoned import read_view, tell
from cmsim.commands.sessionref import add_session_argument, session_of
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.report.data import build_report
from cmsim.report.html import render_html
from cmsim.report.markdown import render_markdown
from cmsim.report.tables import render_csv, render_json
from cmsim.store.files import record_file

RENDERERS = {"html": render_html, "md": render_markdown, "json": render_json, "csv": render_csv}
SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".json": "json", ".csv": "csv"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim report``."""
    parser.add_argument("target", nargs="?", help="a person's name (all their sessions); '#12' is session 12")
    add_session_argument(parser, "report on this session only (its id, from 'cmsim resume --list' or 'campaign show')")
    parser.add_argument("--format", choices=sorted(RENDERERS), help="default: from -o's suffix, else md")
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    parser.add_argument("--campaign", help="with a name: only this campaign's sessions")
    parser.add_argument("--lang", choices=["fr", "en"], help="report language (default: the sessions')")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Build the report and write it."""
    session = args.session if args.target is None else session_of(args.target)
    if (args.target is None) == (args.session is None):
        print("cmsim report: give a person's name or --session N (one of them)", file=sys.stderr)
        return 2
    fmt = args.format or (SUFFIXES.get(args.output.suffix.lower()) if args.output else None) or "md"
    with open_store(args) as store:
        view = read_view(store)  # an abandoned crisis scored in memory: a report writes no score
        if session is not None:
            info = view.session(session)
            person, sessions = info.person, [info]
        else:
            found = store.find_person(args.target)
            if found is None:
                print(f"nobody called '{args.target}' (see 'cmsim people list')", file=sys.stderr)
                return 1
            person = found
            campaign = store.campaign(args.campaign) if args.campaign else None
            sessions = view.sessions(person, campaign)
        report = build_report(view, person, sessions, args.lang)
        tell(view)
        output = RENDERERS[fmt](report)
        if args.output:
            args.output.write_text(output, encoding="utf-8")
            record_file(store, args.output, "report", output, person)  # 'people delete' removes it too
            print(f"wrote {args.output} ({fmt})", file=sys.stderr)
        else:
            sys.stdout.write(output)
    return 0
