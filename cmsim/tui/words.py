"""Model data said in the UI language: the branch a step took (stored as a condition such as
``calm >= 60, listening 55-100`` or ``else``), the default reply field's label, "Label:" with the
typography of the language."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cmsim.model.qualities import Quality, label
from cmsim.tui.strings import tr

PLATFORM_NAMES = {
    "x": "X", "instagram": "Instagram", "linkedin": "LinkedIn", "facebook": "Facebook", "youtube": "YouTube",
    "tiktok": "TikTok",
}
"""How each network is named on screen (its brand name, the same in every language; the start of its
label in rubrics/platforms.yaml, which the home screen does not load: a warm start reads no YAML)."""

_RANGE = re.compile(r"^(?P<name>[a-z_]+) (?:(?P<op>>=|<=) (?P<value>\d+)|(?P<lo>\d+)-(?P<hi>\d+))$")


def platform_names(ids: Iterable[str]) -> str:
    """Networks by name, "X, Instagram" (an id this table does not know as written)."""
    return ", ".join(PLATFORM_NAMES.get(p, p) for p in ids)


def colon(text: str, lang: str) -> str:
    """``text:`` in English, ``text :`` (no-break space) in French."""
    return f"{text}\u00a0:" if lang == "fr" else f"{text}:"


def quoted(text: str, lang: str) -> str:
    """``« text »`` (no-break spaces inside) in French, ``“text”`` in English."""
    return f"«\u00a0{text}\u00a0»" if lang == "fr" else f"“{text}”"


def _name(name: str, lang: str) -> str:
    if name in Quality.__members__:
        return label(name, lang)
    if name == "average":
        return tr(lang, "branch.average")
    return name  # an author's score name (a crisis measure…): their own word


def _part(part: str, lang: str) -> str:
    found = _RANGE.match(part)
    if found:
        name = _name(found["name"], lang)
        if found["op"]:
            sign = "≥" if found["op"] == ">=" else "≤"
            return f"{name}\u00a0{sign}\u00a0{found['value']}"
        return tr(lang, "branch.between", name=name, lo=found["lo"], hi=found["hi"])
    if part.startswith("option: "):
        return tr(lang, "branch.option")
    name, equals, value = part.partition(" = ")
    if not equals:
        return part
    # a flag an earlier answer set (``regles_claires = True``): its name in words, never a Python value
    key = {"True": "branch.flag_on", "False": "branch.flag_off"}.get(value, "branch.flag_is")
    return tr(lang, key, name=name.replace("_", " ").replace("-", " "), value=value)


def branch_in_words(branch: str, lang: str) -> str:
    """Why the thread went where it did, in ``lang``: "because Calm ≥ 60 and Listening ≥ 55"."""
    if branch == "else":
        return tr(lang, "branch.else")
    if branch == "always":
        return tr(lang, "branch.always")
    parts = [_part(p.strip(), lang) for p in branch.split(", ") if p.strip()]
    return tr(lang, "branch.because", conditions=tr(lang, "branch.and").join(parts))


def field_label(field_id: str, text: str, lang: str) -> str:
    """The label of a reply field: the author's, or ours for the default single field."""
    return tr(lang, "composer.reply") if field_id == "reply" and text == "Reply" else text
