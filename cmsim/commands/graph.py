"""``cmsim graph``: draw a scenario's steps, endings and branches as Mermaid or DOT text."""

from __future__ import annotations

import argparse
import sys

from cmsim.authoring.graph import FORMATS, dot, mermaid
from cmsim.authoring.load import find_scenario


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim graph``."""
    parser.add_argument("scenario", help="a scenario file, or the id of a library scenario")
    parser.add_argument("--format", choices=FORMATS, default="mermaid", help="default: mermaid")


def run(args: argparse.Namespace) -> int:
    """Print the graph (problems loading the scenario are reported by the CLI at file:line:col)."""
    scenario = find_scenario(args.scenario).scenario
    sys.stdout.write(mermaid(scenario) if args.format == "mermaid" else dot(scenario))
    return 0
