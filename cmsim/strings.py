"""The one way to look up a UI string: tables of strings per language, and the lookup every shell uses
(console, TUI, reports each keep their own table, not their own lookup)."""

from __future__ import annotations

from collections.abc import Mapping

Table = Mapping[str, Mapping[str, str]]
"""Strings by language code, then by key; English (``en``) is the fallback language."""


class Strings:
    """A table of strings, called as ``strings(lang, key, **values)``."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __call__(self, lang: str, key: str, /, **values: object) -> str:
        """The string ``key`` in ``lang`` (English when the language is unknown), formatted with
        ``values`` (a string is used as written when no value is given)."""
        text = self.table.get(lang, self.table["en"])[key]
        return text.format(**values) if values else text
