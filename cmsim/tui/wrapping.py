"""Line breaks that keep French typography together.

Textual wraps text with Rich's word splitter, which breaks at any Unicode space, the no-break ones too
(Rich issue #3545): a French « quote » could leave its "»" alone at the start of the next line, and
"Entrée :" its colon. Authors also type French with plain spaces inside « » and before : ; ! ?.
``keep_together()`` gives Rich's splitter (every label, post and preview) and Textual's ``TextArea``
(the reply being typed) one rule: a break never falls on a no-break space (U+00A0, U+202F, U+2007), nor
on a space after « or before » : ; ! ?, nor between a number and its unit ("20 h", "40 €") or its next
group of digits ("1 300"). Nothing in the text changes, only where lines may end.
"""

from __future__ import annotations

import re

NO_BREAK_SPACES = "\u00a0\u202f\u2007"
UNITS = r"(?:h|min|s|ms|km|m|cm|mm|kg|g|l|ml|€|\$|£|%|°C?|Mo|Go|Ko)"
"""Unit symbols a number keeps on its line ("20 h", "300 km", "40 €", "5 %"), as typography wants a
no-break space there; a group of three digits counts too ("1 300")."""
_NUMBER_SPACE = rf"(?<=\d)[ \t](?=(?:{UNITS}|\d{{3}})(?![\w]))"
_GLUED = rf"(?:\S|[{NO_BREAK_SPACES}]|[ \t](?=[»:;!?])|(?<=«)[ \t]|{_NUMBER_SPACE})"
"""A character a line may not end after: not a space, or a space that holds two things together."""
_BREAK = rf"(?:(?!{_GLUED})\s)"
"""A space where a line may end."""
WORD = re.compile(rf"{_BREAK}*{_GLUED}+{_BREAK}*")
"""Rich's "word": the spaces before it, the characters held together, the spaces after."""
CHUNK = re.compile(rf"{_GLUED}+{_BREAK}*|{_BREAK}+")
"""Textual's ``TextArea`` chunk: the characters held together and the spaces after, or spaces alone."""


def keep_together() -> None:
    """Make Rich and Textual break lines only where French typography allows (idempotent)."""
    import rich._wrap
    import textual._wrap

    rich._wrap.re_word = WORD
    textual._wrap.re_chunk = CHUNK
