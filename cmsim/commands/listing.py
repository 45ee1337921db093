"""``cmsim list``: the scenarios of the library, with their language, difficulty and qualities."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cmsim.authoring.load import Loaded, iter_scenarios


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim list``."""
    parser.add_argument("paths", nargs="*", help="folders or files (default: the built-in library)")
    parser.add_argument("--lang", choices=["fr", "en"], help="only this language")
    parser.add_argument("--quality", help="only scenarios exercising this quality")
    parser.add_argument("--platform", help="only scenarios on this platform")
    parser.add_argument("--json", action="store_true", help="print as JSON")


def run(args: argparse.Namespace) -> int:
    """List, skipping files that do not load (``cmsim validate`` says why)."""
    rows: list[dict[str, Any]] = []
    broken = 0
    for item in iter_scenarios(args.paths):
        if not isinstance(item, Loaded):
            broken += 1
            continue
        s = item.scenario
        if (args.lang and s.lang != args.lang) or (args.platform and args.platform not in s.platforms):
            continue
        if args.quality and args.quality not in s.qualities():
            continue
        rows.append(
            {
                "id": s.id,
                "lang": s.lang,
                "difficulty": s.difficulty,
                "platforms": list(s.platforms),
                "qualities": [str(q) for q in s.qualities()],
                "title": s.title,
                "path": str(item.path),
            }
        )
    rows += _crises(args)  # crisis hook: crisis scenarios listed beside the others
    rows.sort(key=lambda r: (str(r["lang"]), str(r["id"])))
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for r in rows:
            mark = "[crisis] " if r.get("kind") else ""
            print(f"{r['id']:<24} {r['lang']}  {r['difficulty']:<6}  {','.join(r['platforms']):<22} {mark}{r['title']}")
        print(f"{len(rows)} scenarios" + (f" ({broken} files do not load: run 'cmsim validate')" if broken else ""))
    return 0


def _crises(args: argparse.Namespace) -> list[dict[str, Any]]:
    from cmsim.authoring.crisis import LoadedCrisis, iter_crises

    rows: list[dict[str, Any]] = []
    for item in iter_crises(args.paths):
        if not isinstance(item, LoadedCrisis):
            continue
        s = item.scenario
        if (args.lang and s.lang != args.lang) or (args.platform and args.platform not in s.platforms):
            continue
        if args.quality and args.quality not in s.qualities():
            continue
        rows.append({"id": s.id, "kind": "crisis", "lang": s.lang, "difficulty": s.difficulty,
                     "platforms": list(s.platforms), "qualities": [str(q) for q in s.qualities()],
                     "title": s.title, "path": str(item.path)})
    return rows
