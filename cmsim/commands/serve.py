"""``cmsim serve``: candidates take their assessment in a browser, through the link of
``cmsim campaign invite`` (see docs/serve.md). aiohttp and textual-serve are imported only here."""

from __future__ import annotations

import argparse
import sys

from cmsim.commands.storeargs import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim serve``."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument(
        "--public-url", help="address candidates reach, behind a proxy (e.g. https://assess.example.com)"
    )
    parser.add_argument(
        "--max-sessions", type=int, default=20, help="assessments running at once; more wait (503) (default: 20)"
    )
    parser.add_argument(
        "--idle-timeout", default="15m", help="close a connection idle this long: 90s, 15m, 1h (default: 15m)"
    )
    parser.add_argument(
        "--pass-env",
        action="append",
        default=[],
        metavar="NAME",
        help="pass this variable of the server's environment to the candidates' processes (repeatable; e.g. "
        "OPENAI_API_KEY and CMSIM_JUDGE to run the judge there). Nothing secret is passed otherwise.",
    )
    parser.add_argument("--audience", help="who sees the results, as the briefing tells candidates")
    parser.add_argument("--retention", help="how long results are kept, as the briefing tells candidates")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C."""
    from cmsim.session.invitations import parse_duration

    if args.max_sessions < 1:
        print("--max-sessions must be at least 1", file=sys.stderr)
        return 1
    idle = parse_duration(args.idle_timeout)
    from cmsim.serve.server import CandidateServer, ServeConfig

    config = ServeConfig(
        db=args.db,
        max_sessions=args.max_sessions,
        idle_timeout=float(idle),
        pass_env=tuple(args.pass_env),
        audience=args.audience,
        retention=args.retention,
    )
    public_url = args.public_url.rstrip("/") if args.public_url else None
    CandidateServer(config, host=args.host, port=args.port, public_url=public_url).serve()
    return 0
