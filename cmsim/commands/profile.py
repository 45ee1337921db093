"""``cmsim profile [NAME]``: a person's six qualities over all their sessions, with confidence and trend
(the same data as the TUI's profile screen)."""

from __future__ import annotations

import argparse
import json
import sys

from cmsim.commands.counts import count
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.model.qualities import label
from cmsim.safetext import visible
from cmsim.session.people import configured_name
from cmsim.session.profile import Profile, profile_of

BAND_STYLE = {"good": "green", "fair": "yellow", "poor": "red"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim profile``."""
    parser.add_argument("name", nargs="?", help="whose profile (default: CMSIM_NAME, app.name, else login)")
    parser.add_argument("--mode", choices=["practice", "assess"], help="only practice or only assessments")
    parser.add_argument("--lang", choices=["fr", "en"], default="en", help="labels in this language")
    parser.add_argument("--json", action="store_true", help="print as JSON")
    add_db_argument(parser)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def profile_to_dict(profile: Profile) -> dict[str, object]:
    """The profile as plain data."""
    return {
        "name": profile.name,
        "sessions": profile.sessions,
        "steps": profile.steps,
        "qualities": {
            str(q): {
                "score": p.score,
                "band": p.band,
                "points": p.points,
                "evidence": p.evidence,
                "confidence": p.confidence,
                "trend": p.trend,
                "delta": p.delta,
                "history": [{"session": h.session_id, "at": h.at, "score": h.score} for h in p.history],
            }
            for q, p in profile.qualities.items()
        },
    }


def run(args: argparse.Namespace) -> int:
    """Print the profile as a table with bars, or as JSON."""
    name = args.name or configured_name()
    with open_store(args) as store:
        person = store.find_person(name)
        if person is None:
            hint = "see 'cmsim people list'" if args.name else "play a scenario first with 'cmsim', or name someone"
            print(f"nobody called '{name}' yet ({hint})", file=sys.stderr)
            return 1
        profile = profile_of(store, person, args.mode)
    if args.json:
        json.dump(profile_to_dict(profile), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    name = escape(visible(profile.name))  # a name is text: no rich markup, no bidi trick
    table = Table(title=f"{name} — {count('session', profile.sessions)}, {count('step', profile.steps)}")
    for column in ("Quality", "Score", "", "Confidence", "Trend"):
        table.add_column(column, justify="right" if column == "Score" else "left")
    for quality, p in profile.qualities.items():
        if p.score is None:
            table.add_row(label(quality, args.lang), "—", "", "no data", "")
            continue
        style = BAND_STYLE[p.band or "poor"]
        bar = "█" * round(p.score / 10) + "·" * (10 - round(p.score / 10))
        table.add_row(
            label(quality, args.lang),
            f"[{style}]{p.score:.0f}[/]",
            f"[{style}]{bar}[/]",
            f"{p.confidence} ({_count(p.points, 'step')}, {_count(p.evidence, 'quote')})",
            p.trend_line,
        )
    Console().print(table)
    return 0
