"""Sessions are addressed explicitly, never guessed from a name: ``--session 12`` or ``#12``.

A person may be called "1" and a campaign "2025": a bare word is always a name."""

from __future__ import annotations

import argparse

MAX_ID = 2**63 - 1
"""Largest id SQL stores; anything above is no session (and would overflow the driver)."""


def session_id(text: str) -> int:
    """``12`` or ``#12`` as a session id; an argparse error for anything else."""
    digits = text[1:] if text.startswith("#") else text
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 19 or not 0 < int(digits) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"'{text}' is not a session number (e.g. 12 or #12)")
    return int(digits)


def session_of(target: str) -> int | None:
    """The session a ``#12`` target names, None when the target is a name (``12`` alone is a name)."""
    return session_id(target) if target.startswith("#") else None


def add_session_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--session N`` (also accepted: ``#N`` where a name is expected)."""
    parser.add_argument("--session", type=session_id, metavar="N", help=help_text)
