"""``cmsim new``: scaffold a new scenario from a few flags, or from questions when run in a terminal.

The file it writes is a complete, valid scenario — two paths, a reply step with an ``expect`` block,
a model answer, a second step (a choice, or a public reply plus an internal note), endings with a
debrief, and calibration examples that are real replies with real bands — so an instructor starts
from something that plays, validates and checks, and rewrites the story rather than the structure.
The work is in :mod:`cmsim.scaffold`; the texts and templates are data files there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmsim.authoring.schema import schema_ref
from cmsim.model.base import LANGS
from cmsim.scaffold.fill import render
from cmsim.scaffold.questions import gather
from cmsim.scaffold.spec import DIFFICULTIES, KINDS, PLATFORMS, Spec
from cmsim.scaffold.write import answers_beside, load_problems, write_good_answers, write_new


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim new``."""
    parser.add_argument("--id", help="scenario id, e.g. 'broken-mug-en' (lowercase, digits, '-' and '_')")
    parser.add_argument("--title", help="title shown to the trainee")
    parser.add_argument("--lang", choices=LANGS, help="language of the scenario (default: en)")
    parser.add_argument("--platform", choices=PLATFORMS, help="network the thread happens on (default: x)")
    parser.add_argument("--difficulty", choices=DIFFICULTIES, help="default: easy")
    parser.add_argument("--brand", help="brand name, e.g. 'Brightbox'")
    parser.add_argument("--kind", choices=sorted(KINDS), help="kind of situation (default: complaint)")
    parser.add_argument("--out", type=Path, help="file to write (default: scenarios/<lang>/<name>.yaml)")
    parser.add_argument(
        "--no-input", action="store_true", help="never ask questions, even in a terminal (missing flags are errors)"
    )


def run(args: argparse.Namespace) -> int:
    """Gather the answers, render the scenario, check it loads, and write it (never over a file)."""
    interactive = not args.no_input and sys.stdin.isatty()
    try:
        spec = gather(args, sys.stdin if interactive else None, sys.stdout)
    except ValueError as exc:
        print(f"cmsim new: {exc}", file=sys.stderr)
        return 2
    path = args.out or Path("scenarios") / spec.lang / f"{spec.pair}.yaml"
    answers_path = answers_beside(path)
    for existing in (path, answers_path):
        if existing.exists():
            print(
                f"cmsim new: {existing} already exists; choose another --id or --out (nothing was written)",
                file=sys.stderr,
            )
            return 1
    text = render(spec, schema_ref("scenario", path), answers_path.name)
    problem = load_problems(text, path)
    if problem:
        print(f"cmsim new: internal error, the scaffold does not load:\n{problem}", file=sys.stderr)
        return 1
    if not write_new(path, text):
        print(f"cmsim new: {path} already exists (nothing was written)", file=sys.stderr)
        return 1
    print(f"wrote {path}  ({spec.id}, {spec.lang}, {spec.platform}, {spec.kind})")
    ending = write_good_answers(path, answers_path)
    print(f"wrote {answers_path}  (the model answers: the good path, ending '{ending}')")
    print("next:")
    print(f"  cmsim validate {path.parent}")
    print(f"  cmsim graph {path}")
    print(f"  cmsim check {path}")
    print(f"  cmsim play {path} --answers {answers_path}")
    return 0


__all__ = ["KINDS", "PLATFORMS", "Spec", "add_arguments", "gather", "render", "run"]
