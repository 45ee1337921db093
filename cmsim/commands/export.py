"""``cmsim export [-o FILE]``: every stored row (people, sessions, answers, scores, drafts, campaigns,
signals) as one JSON document."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cmsim.commands.storeargs import add_db_argument, open_store
from cmsim.store.files import record_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim export``."""
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: print)")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Dump the database as JSON."""
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
