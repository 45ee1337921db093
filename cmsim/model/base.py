"""Shared pydantic base classes and small value types."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
PlatformId = Literal["x", "instagram", "linkedin", "facebook", "youtube", "tiktok"]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
# A trimmed, non-empty string. YAML 1.1 booleans (no, off, yes…) never reach a ``Text``: the loader
# reports them where a string is expected.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    """Immutable model that rejects unknown keys (authors get "did you mean …?")."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class LocalText(Strict):
    """A text given in both French and English."""

    fr: Text
    en: Text

    def get(self, lang: str) -> str:
        """The text in ``lang``, English when that language is unknown."""
        return self.fr if lang == "fr" else self.en


_RANGE = re.compile(r"^\s*(?:(?P<op>>=|<=|>|<|==)\s*(?P<v>\d{1,3})|(?P<lo>\d{1,3})\s*-\s*(?P<hi>\d{1,3}))\s*$")
BANDS: dict[str, tuple[int, int]] = {"good": (70, 100), "fair": (40, 69), "poor": (0, 39)}


def parse_range(expr: str) -> tuple[int, int]:
    """Turn ``">= 60"``, ``"< 40"``, ``"40-69"`` or a band name (good/fair/poor) into an inclusive range.

    Raises ``ValueError`` with a message meant for a scenario author.
    """
    key = expr.strip().lower()
    if key in BANDS:
        return BANDS[key]
    m = _RANGE.match(key)
    if not m:
        raise ValueError(f"{expr!r} is not a score range: write '>= 60', '< 40', '40-69', 'good', 'fair' or 'poor'")
    if m["op"]:
        v = int(m["v"])
        lo, hi = {">=": (v, 100), ">": (v + 1, 100), "<=": (0, v), "<": (0, v - 1), "==": (v, v)}[m["op"]]
    else:
        lo, hi = int(m["lo"]), int(m["hi"])
    if not (0 <= lo <= hi <= 100):
        raise ValueError(f"{expr!r} is an empty or out-of-bounds range (scores go from 0 to 100)")
    return lo, hi


_FLOORS = tuple((lo, name) for name, (lo, _hi) in BANDS.items())
(_GOOD, _GOOD_FLOOR), (_FAIR, _FAIR_FLOOR), (_POOR, _POOR_FLOOR) = ((n, lo) for lo, n in _FLOORS)


def band_of(score: float) -> str:
    """Good / fair / poor band of a 0–100 score: the first band of :data:`BANDS`, in order, whose floor the score
    reaches (the scorer asks twice per criterion, some 35 times a reply: the three comparisons unrolled)."""
    if score >= _GOOD_FLOOR:
        return _GOOD
    if score >= _FAIR_FLOOR:
        return _FAIR
    return _POOR if score >= _POOR_FLOOR else "poor"


ScoreRange = Annotated[str, StringConstraints(strip_whitespace=True)]
