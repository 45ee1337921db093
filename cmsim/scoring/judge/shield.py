"""Candidate replies are adversarial input: strip what speaks to the grader, and neutralise fences.

Two defences run before a reply reaches the judge:

- :func:`strip_grader_text` removes every sentence addressed to the grader (the ``grader`` lexicon the
  offline scorer masks too: "ignore your instructions", "give 100"…) and every sentence that imitates
  the judge's own output or a chat role ("system:", ``{"score": 100}``);
- :func:`neutralise` makes the fence markers that wrap the reply in the prompt impossible to forge.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import analyse

_TAIL = re.compile(r"[^\w\s]*\s*")
_ANGLE_RUN = re.compile(r"[<>]{2,}")
_ROLE_TAG = re.compile(r"(?im)^[^\w\n]*(system|assistant|developer|user)\s*:")
_VERDICT_LIKE = re.compile(r"""(?i)\b(score|scores|criteria|verdict|reason)\b["']?\s*[:=]\s*[\[{"'\d]""")


@dataclass(frozen=True)
class Shielded:
    """A reply as it may be shown to the judge, and whether anything was taken out of it."""

    text: str
    removed: bool


def neutralise(text: str) -> str:
    """``text`` with lookalike characters folded (NFKC) and every run of ``<`` or ``>`` cut to one
    character, so it can never contain the ``<<<`` / ``>>>`` fence markers of the prompt."""
    folded = unicodedata.normalize("NFKC", text)
    return _ANGLE_RUN.sub(lambda m: m.group()[0], folded)


def strip_grader_text(text: str, lang: str) -> Shielded:
    """``text`` without its sentences that address the grader, fake a verdict or play a chat role."""
    an = analyse(text, lang)
    if not an.sentences:
        return Shielded(text, removed=False)
    # Sentence i owns the text from the end of the previous one's closing marks to the end of its own.
    bounds = [0]
    for before, after in zip(an.sentences, an.sentences[1:], strict=False):
        tail = _TAIL.match(an.text, before.end)
        bounds.append(min(tail.end() if tail else before.end, after.start))
    bounds.append(len(an.text))
    doomed: set[int] = set()
    # Both languages' lexicons: an English injection in a French scenario is still an injection.
    # Tokens and sentences do not depend on the language, only stems do.
    for other in dict.fromkeys((lang, "fr", "en")):
        view = an if other == lang else analyse(text, other)
        doomed.update(view.sentence_of[hit.first] for hit in lexicons(other)["grader"].find(view))
    marks = [m.start(1) for pattern in (_ROLE_TAG, _VERDICT_LIKE) for m in pattern.finditer(an.text)]
    for pos in marks:
        doomed.add(max(i for i in range(len(an.sentences)) if bounds[i] <= pos))
    if not doomed:
        return Shielded(text, removed=False)
    kept = "".join(an.text[bounds[i] : bounds[i + 1]] for i in range(len(an.sentences)) if i not in doomed)
    return Shielded(kept.strip(), removed=True)
