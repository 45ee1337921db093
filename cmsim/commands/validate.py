"""``cmsim validate``: check scenario and rubric files, printing every problem at file:line:col."""

from __future__ import annotations

import argparse
from pathlib import Path

from cmsim.authoring.lint import check_file
from cmsim.authoring.load import is_answers_file, scenario_files
from cmsim.authoring.problems import Problem
from cmsim.sim.answers import check_answers_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim validate``."""
    parser.add_argument(
        "paths", nargs="*", help="files or folders (default: the built-in scenarios); *.answers.yaml files are "
        "checked as answers to the scenario beside them"
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")


def run(args: argparse.Namespace) -> int:
    """Check every file found, print all problems sorted, then a summary; 1 when any fails."""
    files = [_shown(f) for f in scenario_files(args.paths, answers=True)]
    problems: list[Problem] = []
    for file in files:
        try:
            problems.extend(check_answers_file(file) if is_answers_file(file) else check_file(file))
        except Exception as exc:  # one file's bug in cmsim must not hide the other files' problems
            problems.append(
                Problem(str(file), 1, 1, f"cmsim failed on this file ({type(exc).__name__}: {exc})", "internal")
            )
    for problem in sorted(problems):
        print(problem)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{_count(len(files), 'file')}, {_count(errors, 'error')}, {_count(warnings, 'warning')}")
    return 1 if errors or (args.strict and warnings) else 0


def _shown(path: Path) -> Path:
    """``path`` relative to the working folder when it is inside it (shorter lines)."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
