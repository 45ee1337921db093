"""The one way to look up a UI string: tables of strings per language, and the lookup every shell uses
(console, TUI, reports each keep their own table, not their own lookup)."""

from __future__ import annotations

from collections.abc import Mapping

Table = Mapping[str, Mapping[str, str]]
"""Strings by language code, then by key; English (``en``) is the fallback language."""


def plural_form(lang: str, count: int) -> str:
    """The plural category of a cardinal ``count`` in ``lang`` (Unicode CLDR): ``one`` or ``other``.
    French says "0 message" and "1 message", English "0 items" and "1 item"."""
    if lang == "fr":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


class Strings:
    """A table of strings, called as ``strings(lang, key, **values)``; a count of things is
    ``strings.count(lang, key, n, **values)``, its forms kept under ``key.one`` and ``key.other``."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __call__(self, lang: str, key: str, /, **values: object) -> str:
        """The string ``key`` in ``lang`` (English when the language is unknown), formatted with
        ``values`` (a string is used as written when no value is given)."""
        text = self.table.get(lang, self.table["en"])[key]
        return text.format(**values) if values else text

    def count(self, lang: str, key: str, count: int, /, **values: object) -> str:
        """``count`` things in ``lang``: the string ``key.one`` or ``key.other`` that the language's plural
        rule picks, formatted with ``count`` and ``values`` ("1 message", "3 messages")."""
        return self(lang, f"{key}.{plural_form(lang, count)}", count=count, **values)
