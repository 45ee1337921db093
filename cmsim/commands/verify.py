"""``cmsim verify FILE``: check a bundle written by ``cmsim export --bundle`` — its signature (tampering)
and a fresh offline re-scoring of every answer against the scores it records. Exit 0 when both hold."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cmsim.commands.counts import count
from cmsim.store.records import StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim verify``."""
    parser.add_argument("file", type=Path, help="a bundle from 'cmsim export --bundle'")


def run(args: argparse.Namespace) -> int:
    """Print the verdict; 1 on tampering or any difference."""
    from cmsim.session.bundle import verify

    try:
        bundle = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{args.file}: not a readable bundle ({exc})") from None
    verdict = verify(bundle if isinstance(bundle, dict) else {})
    print(f"signature: {verdict.signature}")
    print(f"re-scored offline: {count('answer', verdict.rescored)}")
    for note in verdict.notes:
        print(f"note: {note}")
    for difference in verdict.differences:
        print(f"DIFFERENCE: {difference}")
    print("verified: the record holds" if verdict.ok else "NOT verified")
    return 0 if verdict.ok else 1
