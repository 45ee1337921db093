"""``cmsim grade export|import|report|promote``: the calibration lab — blind grading sheets for people,
their grades read back, agreement between raters and with the scorer, and agreed replies turned into
calibration examples."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from cmsim.commands.counts import count
from cmsim.commands.storeargs import add_db_argument, open_store


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """``--campaign``, ``--scenario``, ``--tag``, ``--since``, ``--person``: which stored sessions."""
    parser.add_argument("--campaign", help="sessions of this campaign (name or id)")
    parser.add_argument("--scenario", help="sessions of this scenario (id, or pair name for both languages)")
    parser.add_argument("--tag", help="sessions of scenarios with this tag")
    parser.add_argument("--since", metavar="DATE", help="sessions started on or after this date (YYYY-MM-DD)")
    parser.add_argument("--person", action="append", default=[], help="sessions of this person (repeatable: a cohort)")
    add_db_argument(parser)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim grade``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write a blind grading sheet (YAML and CSV) into a new folder")
    export.add_argument("lab", type=Path, help="folder to create (the lab): sheet.yaml, sheet.csv, key.json")
    export.add_argument("--replies", type=Path, metavar="FILE.jsonl", help="grade the replies of a JSON Lines file "
                        "(cmsim score's format) instead of stored sessions")
    export.add_argument("--seed", type=int, help="shuffle seed (default: random; recorded in key.json)")
    export.add_argument("--lang", choices=["fr", "en"], default="en", help="language of the sheet's instructions")
    add_selection_arguments(export)
    imp = sub.add_parser("import", help="read one or several raters' filled sheets into the lab")
    imp.add_argument("lab", type=Path)
    imp.add_argument("sheets", nargs="+", type=Path, help="filled sheets (.yaml or .csv), one per rater")
    imp.add_argument("--rater", help="the rater's name (default: the sheet's 'rater:', else its file name)")
    report = sub.add_parser("report", help="agreement between raters and with the scorer; worst disagreements")
    report.add_argument("lab", type=Path)
    report.add_argument("--html", type=Path, metavar="FILE", help="also write the report as a self-contained page")
    report.add_argument("--lang", choices=["fr", "en"], default="en", help="language of the report (default: en)")
    report.add_argument("--tui", action="store_true", help="show the report as a screen: 'p' promotes agreed replies")
    report.add_argument("--worst", type=int, default=5, help="how many disagreements to show (default: 5)")
    report.add_argument("--spread", type=float, default=20, help="raters agree when their grades are within this")
    from cmsim.commands.scorerargs import add_scorer_argument
    from cmsim.scoring.judge.setup import add_judge_arguments

    add_scorer_argument(report)
    add_judge_arguments(report)
    promote = sub.add_parser("promote", help="add the replies the raters agree on to their scenarios' calibration")
    promote.add_argument("lab", type=Path)
    promote.add_argument("--spread", type=float, default=20, help="raters agree when their grades are within this")
    promote.add_argument("--dry-run", action="store_true", help="print the examples without writing")


def run(args: argparse.Namespace) -> int:
    """Run the chosen action."""
    try:
        return int({"export": _export, "import": _import, "report": _report, "promote": _promote}[args.action](args))
    except ValueError as exc:
        print(f"cmsim grade {args.action}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"cmsim grade {args.action}: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1


def _export(args: argparse.Namespace) -> int:
    from cmsim.session.grading import export, replies_from_jsonl, replies_from_sessions
    from cmsim.session.selection import Selection, parse_since, select

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    if args.replies:
        replies, described = replies_from_jsonl(args.replies), f"replies of {args.replies.name}"
    else:
        selection = Selection(args.campaign, args.scenario, args.tag,
                              parse_since(args.since) if args.since else None, tuple(args.person))
        with open_store(args) as store:
            replies = replies_from_sessions(select(store, selection))
        described = selection.describe()
    rows = export(replies, args.lab, seed=seed, described=described, lang=args.lang)
    print(f"wrote {args.lab}/sheet.yaml and sheet.csv: {len(replies)} replies, {rows} rows to grade ({described})")
    print(f"give raters sheet.yaml or sheet.csv only; keep {args.lab}/key.json (where each reply came from)")
    print(f"then: cmsim grade import {args.lab} FILLED-SHEET…   and   cmsim grade report {args.lab}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from cmsim.session.grading import read_key, read_sheet, save_grades

    key = read_key(args.lab)
    if args.rater and len(args.sheets) > 1:
        raise ValueError("--rater names one rater: give one sheet with it")
    for sheet in args.sheets:
        rater, grades = read_sheet(sheet, key, args.rater)
        path = save_grades(args.lab, rater, grades)
        count = sum(len(q) for q in grades.values())
        print(f"{sheet}: {count} grades from {rater} → {path}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from cmsim.commands.scorerargs import judge_mode_of
    from cmsim.report.grades import html_report, text_report
    from cmsim.scoring.base import Scorer
    from cmsim.scoring.factory import make_scorer
    from cmsim.session.gradereport import build_report

    scorers: dict[str, Scorer] = {"offline": make_scorer("offline")}
    judge = judge_mode_of(args)
    if judge != "off":  # measured too whenever the judge is on (flag, CMSIM_JUDGE or the config file)
        scorers[f"judge ({judge})"] = make_scorer(judge, judge_model=args.judge_model,
                                                  judge_base_url=args.judge_base_url)
    report = build_report(args.lab, scorers, worst=args.worst, spread=args.spread)
    if args.tui:
        from cmsim.session.promote import promote
        from cmsim.tui.screens.grades import GradeApp

        def promote_all() -> list[str]:
            done = promote(report.promotable, args.lab.resolve().name)
            return [f"{d.path}: {len(d.added)} added" for d in done]

        GradeApp(report, str(args.lab), promote_all, args.lang).run()
        return 0
    sys.stdout.write(text_report(report, str(args.lab), args.lang))
    if args.html:
        args.html.write_text(html_report(report, str(args.lab), args.lang), encoding="utf-8")
        print(f"wrote {args.html}")
    return 0


def _promote(args: argparse.Namespace) -> int:
    from cmsim.scoring.factory import make_scorer
    from cmsim.session.gradereport import build_report
    from cmsim.session.promote import example_yaml, promote

    report = build_report(args.lab, {"offline": make_scorer("offline")}, worst=0, spread=args.spread)
    if not report.promotable:
        print(f"no reply has grades from two raters within {args.spread:g} points of each other: nothing to add")
        return 0
    lab = args.lab.resolve().name
    if args.dry_run:
        for p in report.promotable:
            print(f"# {p.scenario_path}\n{example_yaml(p, lab)}")
        return 0
    for done in promote(report.promotable, lab):
        print(f"{done.path}: {count('example', len(done.added))} added" +
              (f", {len(done.skipped)} already there" if done.skipped else ""))
    print("then: cmsim check (examples the scorer contradicts are listed as disputed)")
    return 0
