"""``cmsim schema``: print the JSON Schema of a YAML format, or rewrite the published files."""

from __future__ import annotations

import argparse
import sys

from cmsim.authoring.schema import MODELS, render, write_schemas


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim schema``."""
    parser.add_argument("format", nargs="?", choices=sorted(MODELS), default="scenario", help="default: scenario")
    parser.add_argument("--write", action="store_true", help="rewrite schema/*.schema.json from the models")


def run(args: argparse.Namespace) -> int:
    """Print one schema, or write them all and say where."""
    if args.write:
        for path in write_schemas():
            print(f"wrote {path}")
        return 0
    sys.stdout.write(render(args.format))
    return 0
