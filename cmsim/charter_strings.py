"""The brand's editorial charter in words, one table for every shell (the line console, the terminal
app): its labels (Address, Names, Emoji, Signature, Tone, Never say, Rules) and the words for its
values, in French and English, and the rows a shell shows, in the order it shows them.

Each shell merges ``CHARTER_STRINGS`` into its own string table (so its one lookup finds them, and
the translation test checks them with the rest) and draws ``charter_rows`` in its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cmsim.strings import Strings

if TYPE_CHECKING:  # the scenario model is pydantic: importing it here put ~100 ms on the app's start
    from cmsim.model.scenario import Charter

CHARTER_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "charter.pronoun": "Address",
        "charter.names": "Names",
        "charter.emoji": "Emoji",
        "charter.signature": "Signature",
        "charter.tone": "Tone",
        "charter.avoid": "Never say",
        "charter.rules": "Rules",
        "charter.value.tu": "tu",
        "charter.value.vous": "vous",
        "charter.value.any": "any",
        "charter.value.first_name": "first name",
        "charter.value.full_name": "full name",
        "charter.value.none": "none",
        "charter.value.sparing": "two at most",
        "charter.value.free": "free",
        "charter.value.casual": "casual",
        "charter.value.neutral": "neutral",
        "charter.value.formal": "formal",
    },
    "fr": {
        "charter.pronoun": "Adresse",
        "charter.names": "Prénoms",
        "charter.emoji": "Emoji",
        "charter.signature": "Signature",
        "charter.tone": "Ton",
        "charter.avoid": "À ne jamais dire",
        "charter.rules": "Règles",
        "charter.value.tu": "tutoiement",
        "charter.value.vous": "vouvoiement",
        "charter.value.any": "libre",
        "charter.value.first_name": "prénom",
        "charter.value.full_name": "nom complet",
        "charter.value.none": "aucun",
        "charter.value.sparing": "deux au plus",
        "charter.value.free": "libre",
        "charter.value.casual": "décontracté",
        "charter.value.neutral": "neutre",
        "charter.value.formal": "soutenu",
    },
}

_say = Strings(CHARTER_STRINGS)


def charter_rows(charter: Charter, lang: str, quote: Callable[[str], str]) -> list[tuple[str, str]]:
    """``(label, value)`` per rule worth showing, in the shells' order (address, tone, names, emoji,
    signature, words never to say, each with ``quote``); the free-text rules come apart, under
    ``charter.rules``."""
    rows: list[tuple[str, str]] = []

    def row(key: str, value: str) -> None:
        rows.append((_say(lang, f"charter.{key}"), value))

    if charter.pronoun != "any":
        row("pronoun", _say(lang, f"charter.value.{charter.pronoun}"))
    row("tone", _say(lang, f"charter.value.{charter.tone}"))
    if charter.names != "any":
        row("names", _say(lang, f"charter.value.{charter.names}"))
    row("emoji", _say(lang, f"charter.value.{charter.emoji}"))
    if charter.signature:
        row("signature", charter.signature)
    if charter.avoid:
        row("avoid", ", ".join(quote(word) for word in charter.avoid))
    return rows
