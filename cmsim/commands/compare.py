"""``cmsim compare CAMPAIGN [--csv]``: the campaign's candidates ranked per quality."""

from __future__ import annotations

import argparse
import sys

from cmsim.commands.abandoned import read_view, tell
from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.model.qualities import QUALITIES, label
from cmsim.report.compare import compare, compare_csv

HEADERS = {
    "en": {"title": "{name}: score (rank) per quality — not the only hiring criterion", "candidate": "Candidate",
           "done": "Done", "overall": "Overall"},
    "fr": {"title": "{name}\u00a0: score (rang) par qualité — pas le seul critère d'embauche",
           "candidate": "Candidat", "done": "Terminé", "overall": "Global"},
}
"""The table's words in the campaign's language (the CSV keeps its fixed English column names)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim compare``."""
    parser.add_argument("campaign", help="campaign name")
    parser.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    parser.add_argument("--lang", choices=["fr", "en"], help="labels in this language (default: the campaign's)")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Print the ranking."""
    with open_store(args) as store:
        campaign = store.campaign(args.campaign)
        view = read_view(store)  # an abandoned crisis scored in memory: comparing writes nothing
        standings = compare(view, campaign)
        tell(view)
    if args.csv:
        sys.stdout.write(compare_csv(standings))
        return 0
    if not standings:
        print(f"nobody has taken '{campaign.name}' yet")
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    lang = args.lang or campaign.lang
    words = HEADERS[lang]
    table = Table(title=words["title"].format(name=campaign.name))
    table.add_column("#", justify="right")
    table.add_column(words["candidate"])
    table.add_column(words["done"], justify="right")
    assessed = [q for q in QUALITIES if any(s.scores[q] is not None for s in standings)]
    for q in assessed:
        table.add_column(label(q, lang), justify="right")
    table.add_column(words["overall"], justify="right")

    def cell(score: float | None, rank: int | None) -> str:
        return "—" if score is None else f"{score:.0f} ({rank})"

    for s in standings:
        table.add_row(
            str(s.overall_rank or "—"),
            escape(s.name),  # a name is text, not rich markup
            f"{s.finished}/{s.total}",
            *[cell(s.scores[q], s.ranks[q]) for q in assessed],
            "—" if s.overall is None else f"{s.overall:.0f}",
        )
    Console(width=max(120, Console().width)).print(table)
    return 0
