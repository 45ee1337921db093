"""The ``cmsim`` command line. Each command lives in ``cmsim.commands.<name>`` and is imported only
when it runs, so ``cmsim --help`` stays fast and never loads textual or openai."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> (module, one-line help). Keep the help here so listing commands imports nothing.
COMMANDS: dict[str, tuple[str, str]] = {
    "play": ("cmsim.commands.play", "play a scenario headless with an answers file"),
    "list": ("cmsim.commands.listing", "list the scenarios of the library"),
    "validate": ("cmsim.commands.validate", "check scenario files: format and lint, located at file:line:col"),
    "graph": ("cmsim.commands.graph", "draw a scenario's branches (mermaid or dot)"),
    "schema": ("cmsim.commands.schema", "print or write the JSON Schemas of the YAML formats"),
    "new": ("cmsim.commands.new", "scaffold a new scenario from a few questions or flags"),
    "score": ("cmsim.commands.score", "score replies in batch from a JSON Lines file, without a scenario"),
    "check": ("cmsim.commands.check", "score every calibration example and fail when one leaves its band"),
    "cohort": ("cmsim.commands.cohort", "how a group does: distributions, weakest criteria, progress, hard scenarios"),
    "grade": ("cmsim.commands.grade", "calibration lab: blind grading sheets, raters' grades, agreement report"),
    "practice": ("cmsim.commands.practice", "practise a scenario in the terminal, saved as you type"),
    "resume": ("cmsim.commands.resume", "reopen an interrupted session where it stopped"),
    "campaign": ("cmsim.commands.campaign", "create, list, show, invite to or close recruiters' assessment campaigns"),
    "assess": ("cmsim.commands.assess", "run an assessment campaign as a candidate (timed, locked, no feedback)"),
    "rescore": ("cmsim.commands.rescore", "score stored answers again after a rubric changed, keeping old scores"),
    "report": ("cmsim.commands.report", "a report on a session or a person: html, md, json or csv"),
    "compare": ("cmsim.commands.compare", "rank a campaign's candidates per quality (table or --csv)"),
    "people": ("cmsim.commands.people", "list stored people, or delete one and everything about them"),
    "export": ("cmsim.commands.export", "dump every stored row as JSON"),
    "verify": ("cmsim.commands.verify", "check a signed bundle (export --bundle): signature, offline re-scoring"),
    "serve": ("cmsim.commands.serve", "serve assessments to candidates' browsers, behind invitation links"),
    "db": ("cmsim.commands.db", "apply the database schema (migrate) or copy a history to another database"),
    "profile": ("cmsim.commands.profile", "a person's six qualities over all sessions, with confidence and trend"),
}


def build_parser(chosen: str | None) -> argparse.ArgumentParser:
    """The argument parser; only the chosen command's module is imported to add its arguments."""
    parser = argparse.ArgumentParser(
        prog="cmsim",
        description="A community-manager simulator. With no command, opens the terminal app.",
    )
    parser.add_argument("--version", action="version", version=f"cmsim {_version()}")
    app = parser.add_argument_group("terminal app (no command)")
    app.add_argument(
        "--lang", choices=["fr", "en"], help="language of the app (default: $CMSIM_LANG, config.yaml, else the locale)"
    )
    app.add_argument("--name", help="your name, to keep your progress under it")
    app.add_argument(
        "--db",
        metavar="PATH",
        help="database file or postgresql:// URL (default: $CMSIM_DB, config.yaml, else cmsim.db in $CMSIM_HOME "
        "or the data folder)",
    )
    app.add_argument(
        "--theme", choices=["dark", "light"], help="colour theme (default: $CMSIM_THEME, config.yaml, else dark)"
    )
    app.add_argument(
        "--keymap",
        metavar="FILE",
        help="YAML file mapping binding ids to keys, e.g. 'submit: ctrl+j' (default: $CMSIM_KEYMAP, config.yaml)",
    )
    app.add_argument("--library", metavar="DIR", action="append", default=[], help="scenario folder (repeatable)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        if chosen and name != chosen:
            continue  # building 19 sub-parsers costs more than running a quick command
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            importlib.import_module(module).add_arguments(command_parser)
    return parser


_APP_OPTIONS_WITH_VALUE = {"--lang", "--name", "--db", "--theme", "--keymap", "--library"}


def _command_of(args: list[str]) -> tuple[str | None, list[str]]:
    """The command named in ``args`` (None for the app) and the app options given before it."""
    app_options: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg.split("=", 1)[0] in _APP_OPTIONS_WITH_VALUE:
            app_options.append(arg.split("=", 1)[0])
            skip = "=" not in arg
        elif not arg.startswith("-"):
            return (arg, app_options) if arg in COMMANDS else (None, [])
    return None, []


def _version() -> str:
    from cmsim import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``cmsim`` and ``python -m cmsim``; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen, app_options = _command_of(args_list)
    parser = build_parser(chosen)
    if chosen and app_options:
        given = ", ".join(app_options)
        parser.error(f"{given}: options of the app (no command); give '{chosen}' its own options after it")
    args = parser.parse_args(args_list)
    not_text = _not_text(args, _option_names(parser, chosen))
    if not_text:
        parser.error(not_text)

    try:
        if args.command is None:
            module = importlib.import_module("cmsim.commands.app")
        else:
            module = importlib.import_module(COMMANDS[args.command][0])
        return int(module.run(args))
    except argparse.ArgumentTypeError as exc:  # an argument checked after parsing ('#12' in place of a name)
        print(f"cmsim {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an output file that cannot be written: a folder, a full disk, no permission
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"cmsim: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        # Error types are looked up only once raised, so that a command pays only for what it imports:
        # the store's loads pydantic (more than all of 'cmsim list'), the authoring one dataclasses and
        # inspect (a sixth of it). A command that never imported a module cannot have raised its error.
        if _is(exc, "cmsim.authoring.problems", "LocatedError"):
            for problem in exc.problems:  # type: ignore[attr-defined]
                print(problem, file=sys.stderr)
            return 1
        if _is(exc, "cmsim.inputs", "InputError"):
            print(exc, file=sys.stderr)
            return 1
        if _is(exc, "cmsim.store.records", "StoreError"):
            print(f"cmsim: {exc}", file=sys.stderr)
            return 1
        raise


def _is(exc: BaseException, module: str, name: str) -> bool:
    """Whether ``exc`` is an instance of ``module.name``, without importing the module: an error of a
    module that was never imported cannot have been raised."""
    loaded = sys.modules.get(module)
    kind = getattr(loaded, name, None) if loaded else None
    return isinstance(kind, type) and isinstance(exc, kind)


def _option_names(parser: argparse.ArgumentParser, chosen: str | None) -> dict[str, str]:
    """How each destination is spelled on the command line (``name`` -> ``--name``), for messages."""
    parsers = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and chosen in action.choices:
            parsers.append(action.choices[chosen])
            for inner in action.choices[chosen]._actions:
                if isinstance(inner, argparse._SubParsersAction):
                    parsers.extend(inner.choices.values())
    return {a.dest: (a.option_strings[-1] if a.option_strings else a.dest) for p in parsers for a in p._actions}


def _not_text(args: argparse.Namespace, names: dict[str, str]) -> str | None:
    """Why an argument given as text is unusable (a byte that is not UTF-8), or None. Names, ids and
    campaign names are stored and printed: they must be text. Paths (``Path`` values) are left alone."""
    from cmsim.inputs import bad_text

    for dest, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and (at := bad_text(item)) is not None:
                return f"{names.get(dest, dest)}: not UTF-8 text (a byte that is not UTF-8 at character {at + 1})"
    return None

