"""``cmsim score --input FILE.jsonl``: score replies in batch, without a scenario."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

LONG_INPUT = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim score``."""
    parser.add_argument("--input", "-i", required=True, type=Path, help="JSON Lines file ('-': stdin)")
    parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("--output", "-o", type=Path, help="write results here instead of stdout")
    from cmsim.commands.scorerargs import add_scorer_argument
    from cmsim.scoring.judge.setup import add_judge_arguments

    add_scorer_argument(parser)
    add_judge_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Score every line; report bad lines as FILE:LINE: message and exit 1 if any failed."""
    from cmsim.inputs import read_text, split_lines
    from cmsim.scoring.batch import Failure, score_lines
    from cmsim.scoring.offline import OfflineScorer

    name = str(args.input)
    lines = split_lines(read_text(args.input))  # bounded, UTF-8 (BOM accepted), split on \n only
    scorer = OfflineScorer()
    show = sys.stderr.isatty() or len(lines) >= LONG_INPUT
    from cmsim.commands.scorerargs import judge_mode_of

    judge = judge_mode_of(args)
    if judge != "off":
        from cmsim.scoring.judge.batch import judge_records

        items: Iterable[dict[str, Any] | Failure] = judge_records(
            lines, scorer, judge, model=args.judge_model, base_url=args.judge_base_url,
            progress=_progress if show else None,
        )
    else:
        items = score_lines(lines, scorer)
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    rows: list[dict[str, Any]] = []
    unavailable: Counter[str] = Counter()
    try:
        for done, item in enumerate(items, start=1):
            if isinstance(item, Failure):
                failed += 1
                print(f"{name}:{item.line}: {item.message}", file=sys.stderr)
            else:
                if "judge_unavailable" in item:
                    unavailable[str(item["judge_unavailable"])] += 1
                if args.format == "jsonl":
                    out.write(json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n")
                else:
                    rows.append(item)
            if show:
                _progress(done, len(lines))
        if show and lines:
            print(file=sys.stderr)
        for reason, count in unavailable.items():  # as practice does: say why the judge did not score
            print(f"cmsim score: LLM judge unavailable for {count} repl{'y' if count == 1 else 'ies'} "
                  f"({reason}): offline scores used", file=sys.stderr)
        if args.format == "table":
            _table(rows, out)
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        width = 30
        filled = width * done // max(1, total)
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end="", file=sys.stderr, flush=True)
    elif done % 1000 == 0:
        print(f"scored {done}/{total}", file=sys.stderr)


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    from cmsim.model.qualities import QUALITIES

    present = [q.value for q in QUALITIES if any(q.value in r["scores"] for r in rows)]
    width = max([len("id"), *(len(str(r["id"])) for r in rows)])
    out.write("  ".join(["id".ljust(width), *(q[:13].rjust(13) for q in present), "flags"]) + "\n")
    for r in rows:
        cells = [str(r["scores"].get(q, "")).rjust(13) for q in present]
        out.write("  ".join([str(r["id"]).ljust(width), *cells, ",".join(r["flags"])]).rstrip() + "\n")
