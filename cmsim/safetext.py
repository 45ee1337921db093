"""Text from people (names, answers) made safe for where reports put it.

- :func:`visible`: bidirectional controls (U+202E "right-to-left override" turns ``Anne‮gpj.exe``
  into something else on screen) and other control characters are shown as ``[U+202E]`` instead of
  acting on the text around them. Used for names in every report, table and listing.
- :func:`markdown`: text set inline in Markdown cannot become markup, a link, an image or raw HTML.
- :func:`csv_cell` and :class:`CsvWriter`: a cell cannot become a spreadsheet formula (OWASP "CSV
  injection": a leading ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a ``'`` in front).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _shown(char: str) -> str:
    if char in _BIDI or (unicodedata.category(char) == "Cc" and char not in "\t\n"):
        return f"[U+{ord(char):04X}]"
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return char


def visible(text: str, *, single_line: bool = True) -> str:
    """``text`` with bidi controls and control characters made visible as ``[U+XXXX]`` (and line
    breaks and tabs too when ``single_line``, as for a name)."""
    out = "".join(_shown(c) for c in text)
    if single_line:
        out = out.replace("\t", "[U+0009]").replace("\n", "[U+000A]")
    return out


_MD_INLINE = re.compile(r"([\\`*_\[\]|~])")
"""Emphasis, code, links and images (``[``), table cells and strike-through: escaped anywhere."""
_MD_LINE_START = re.compile(r"^(\s*)([#=+-])", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
"""Headings, list items and setext underlines: escaped only where they would act, at a line's start."""


def markdown(text: str) -> str:
    """``text`` for inline Markdown: visible controls, HTML characters as entities, markup escaped
    (only what would act: prose keeps its parentheses, dots and mid-line '#')."""
    out = visible(text, single_line=False)
    out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = _MD_INLINE.sub(r"\\\1", out)
    out = _MD_LINE_START.sub(r"\1\\\2", out)
    return _MD_NUMBERED.sub(r"\1\\\2", out)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with ``'``; other values as is."""
    if isinstance(value, str):
        value = visible(value, single_line=False)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


class CsvWriter:
    """``csv.writer`` whose every cell goes through :func:`csv_cell`: the one way cmsim writes CSV."""

    def __init__(self, buffer: Any) -> None:
        self._writer = csv.writer(buffer)

    def writerow(self, row: Iterable[Any]) -> None:
        """Write one row, neutralised."""
        self._writer.writerow([csv_cell(cell) for cell in row])
