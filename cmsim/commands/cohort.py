"""``cmsim cohort``: how a group does — per-quality distributions, the weakest criteria across it (with
quotes), progress over sessions, the scenarios where it struggles; as text, a shareable HTML page, or
a screen of the terminal app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmsim.commands.grade import add_selection_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim cohort``."""
    add_selection_arguments(parser)
    parser.add_argument("--html", type=Path, metavar="FILE", help="write a self-contained page (SVG plots, no network)")
    parser.add_argument("--lang", choices=["fr", "en"], default="en", help="language of the view (default: en)")
    parser.add_argument("--tui", action="store_true", help="show the cohort as a screen of the terminal app")


def run(args: argparse.Namespace) -> int:
    """Print (or write, or show) the cohort view of the selected sessions."""
    from cmsim.commands.storeargs import open_store
    from cmsim.report.cohort import html_cohort, text_cohort
    from cmsim.session.cohort import build_cohort
    from cmsim.session.selection import Selection, parse_since, select

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as exc:
        print(f"cmsim cohort: {exc}", file=sys.stderr)
        return 2
    selection = Selection(args.campaign, args.scenario, args.tag, since, tuple(args.person))
    with open_store(args) as store:
        cohort = build_cohort(select(store, selection), selection.describe(args.lang))
    if args.tui:
        from cmsim.tui.screens.cohort import run_cohort_app

        run_cohort_app(cohort, args.lang)
        return 0
    sys.stdout.write(text_cohort(cohort, args.lang))
    if args.html:
        args.html.write_text(html_cohort(cohort, args.lang), encoding="utf-8")
        print(f"wrote {args.html}")
    return 0
