"""Counts in the commands' own output (which speaks English, as every command does): "1 session",
"3 sessions", never a hedged plural — through the one plural rule of :mod:`cmsim.strings`."""

from __future__ import annotations

from cmsim.strings import Strings

_NOUNS = {
    "abandoned crisis": "abandoned crises", "action": "actions", "answer": "answers", "example": "examples",
    "file": "files",
    "known disagreement": "known disagreements", "scenario": "scenarios", "session": "sessions",
    "step": "steps", "thing": "things", "unfinished session": "unfinished sessions", "verdict": "verdicts",
}
WORDS = Strings({"en": {
    **{f"{one}.one": f"{{count}} {one}" for one in _NOUNS},
    **{f"{one}.other": f"{{count}} {other}" for one, other in _NOUNS.items()},
}})


def count(noun: str, n: int) -> str:
    """``n`` and ``noun`` in the right form ("1 answer", "0 answers"); ``noun`` is the singular."""
    return WORDS.count("en", noun, n)


__all__ = ["WORDS", "count"]
