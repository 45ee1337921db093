"""Platform limits (read from ``rubrics/platforms.yaml``, dated), X's weighted character count, and the addresses a
text holds (web addresses, e-mail addresses, handles: :func:`addresses`), read the same way by every criterion."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from cmsim.paths import rubrics_dir

_TRAIL = r"(?=[.,;:!?)\]}»\"'…]*(?:\s|$))"
"""A link ends before the punctuation that closes its sentence or its brackets ("see shop.com/help.")."""
URL = re.compile(r"(?i:https?://|\bwww\.)\S+?" + _TRAIL)
"""A web address written with its scheme or "www."; a bare domain is one too, with a known suffix (:func:`links`)."""
_URL_WEIGHT = 23
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address ("care@brand.co.uk")."""
HANDLE = re.compile(r"(?<![\w.@])@\w+(?:\.\w+)*")
"""A handle ("@skerryair", "@lea.pornic"): an "@" that does not end an e-mail address's local part."""
_LINKISH = re.compile(r"://|(?i:www\.)|\.[a-z]")
"""What every link holds (a scheme, "www.", or a dot then a bare domain's suffix's first letter): most texts have none,
and skip the rest (one scan, no lowercased copy of the text)."""


class PlatformInfo(BaseModel):
    """Limits and conventions of one network."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    post: int
    comment: int
    counting: str = "plain"
    visible: int | None = None
    hashtags_max: int
    tone: str
    dm: int | None = None
    """Private messages' limit, when the network has one of its own (X: 10,000, not 280)."""


class PlatformBook(BaseModel):
    """Every platform, with the date the limits were checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: str
    platforms: dict[str, PlatformInfo]
    link_suffixes: list[str] = Field(min_length=1)
    """Domain suffixes that make a bare domain a link ("shop.com", "velo-nantes.fr"; X counts it as 23 characters):
    lowercase letters, each once. A dot between two words is no link otherwise ("e.g.", "3.5", "Mr.Smith")."""

    @field_validator("link_suffixes")
    @classmethod
    def _suffixes(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not re.fullmatch(r"[a-z]{2,24}", v)]
        if bad:
            raise ValueError(f"a link suffix is 2 to 24 lowercase letters, without its dot: {', '.join(bad)}")
        twice = sorted({v for v in value if value.count(v) > 1})
        if twice:
            raise ValueError(f"link suffixes listed twice: {', '.join(twice)}")
        return value


@lru_cache(maxsize=4)
def platform_book(path: Path | None = None) -> PlatformBook:
    """The platform data (cached)."""
    file = path or rubrics_dir() / "platforms.yaml"
    return PlatformBook.model_validate(yaml.safe_load(file.read_text("utf-8")))


def platform(platform_id: str) -> PlatformInfo:
    """Limits of one platform (KeyError if unknown)."""
    return platform_book().platforms[platform_id]


def _char_weight(ch: str) -> int:
    """X's weighting: Latin, punctuation and common symbols count 1, everything else (emoji, CJK) 2."""
    code = ord(ch)
    if code == 0x200D:  # zero-width joiner inside an emoji sequence
        return 0
    if code <= 0x10FF or 0x2000 <= code <= 0x200C or 0x2010 <= code <= 0x201F or 0x2032 <= code <= 0x2037:
        return 1
    if 0xFE0E <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF:  # variation selectors, skin tones
        return 0
    return 2


def weighted_length(text: str, platform_id: str | None = "x") -> int:
    """Characters as the platform counts them: X weights links as 23 and emoji/CJK as 2 (after NFC)."""
    text = unicodedata.normalize("NFC", text)
    if platform_id is None or platform(platform_id).counting != "weighted":
        return len(text)
    total = 0
    last = 0
    for start, end in links(text):
        total += _weight(text[last:start]) + _URL_WEIGHT
        last = end
    return total + _weight(text[last:])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Links (:data:`URL` or a bare domain with a known suffix), and e-mail addresses or handles (an e-mail address
    first: read whole before a handle could be), compiled once."""
    suffixes = "|".join(sorted(platform_book().link_suffixes, key=len, reverse=True))
    bare = rf"(?<![\w@.+-])(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:{suffixes})(?![\w-])(?:[/?#]\S*?)?{_TRAIL}"
    # an e-mail address opens where a run of its characters does: tried inside every word, its greedy local part
    # read each word to its end again and again (a quarter of a millisecond a reply)
    return re.compile(f"{URL.pattern}|{bare}"), re.compile(rf"(?<![\w.+-]){EMAIL.pattern}|{HANDLE.pattern}")


def links(text: str) -> list[tuple[int, int]]:
    """Character spans of the links in ``text``: a web address, or a bare domain whose suffix is one of
    ``platforms.yaml``'s ``link_suffixes`` ("shop.com/help", not "e.g." nor "3.5" nor "Mr.Smith")."""
    if _LINKISH.search(text) is None:
        return []
    return [m.span() for m in _patterns()[0].finditer(text)]


def _weight(text: str) -> int:
    """Weighted length of text without URLs (plain ASCII counts 1 a character)."""
    if text.isascii():
        return len(text)
    wide = _BEYOND_ONE.findall(text)  # only characters past U+10FF may weigh other than 1 (see _char_weight)
    return len(text) - len(wide) + sum(_char_weight(c) for c in wide)


_BEYOND_ONE = re.compile("[^\x00-\u10ff]")


def addresses(text: str) -> list[tuple[int, int]]:
    """Character spans of the web addresses, e-mail addresses and handles in ``text``, in order: names, not words
    ("refund" in "skerryair.com/refund-help" or "@refundbot" is said by nobody)."""
    found = links(text)
    if "@" in text:  # what every e-mail address and handle holds; a link opens after no "@", but may hold a handle
        found = sorted(found + [(a, b) for a, b in (m.span() for m in _patterns()[1].finditer(text))
                                if not any(x < b and a < y for x, y in found)])
    return found


PRIVATE_DEFAULT = 10_000
"""Limit of a private message on a network whose data gives none of its own."""


def limit_for(platform_id: str, kind: str) -> int:
    """Character limit for a field of ``kind`` (post, public reply, private message) on a platform."""
    info = platform(platform_id)
    if kind == "private":
        return info.dm or PRIVATE_DEFAULT
    return info.post if kind == "post" else info.comment
