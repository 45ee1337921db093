"""``cmsim list``: the scenarios of the library, with their language, difficulty and qualities."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cmsim.authoring.catalog import catalog


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
    found = catalog(args.paths)  # crisis scenarios (kind: crisis) included, from the same cache
    for s in found.entries:
        if (args.lang and s.lang != args.lang) or (args.platform and args.platform not in s.platforms):
            continue
        if args.quality and args.quality not in s.qualities:
            continue
        rows.append(
            {
                "id": s.id,
                "lang": s.lang,
                "difficulty": s.difficulty,
                "platforms": list(s.platforms),
                "qualities": list(s.qualities),
                "title": s.title,
                "path": s.path,
                **({"kind": "crisis"} if s.kind == "crisis" else {}),
            }
        )
    broken = found.broken
    rows.sort(key=lambda r: (str(r["lang"]), str(r["id"])))
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for r in rows:
            mark = ("[crise] " if args.lang == "fr" else "[crisis] ") if r.get("kind") else ""
            level = _difficulty(args.lang, str(r["difficulty"]))
            print(f"{r['id']:<24} {r['lang']}  {level:<9}  {','.join(r['platforms']):<22} {mark}{r['title']}")
        total = f"{len(rows)} scénarios" if args.lang == "fr" else f"{len(rows)} scenarios"  # "--lang fr": in French
        print(total + (f" ({broken} files do not load: run 'cmsim validate')" if broken else ""))
    return 0


def _difficulty(lang: str | None, difficulty: str) -> str:
    """The difficulty in the words of ``--lang`` (the app's strings, imported only then), else its id."""
    if not lang:
        return difficulty
    from cmsim.tui.strings import tr

    return tr(lang, f"difficulty.{difficulty}")
