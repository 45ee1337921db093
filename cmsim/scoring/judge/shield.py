"""Candidate replies are adversarial input: strip what speaks to the grader, and neutralise fences.

Two defences run before a reply reaches the judge:

- :func:`shield_fields` removes every sentence addressed to the grader (the ``grader`` lexicon and the
  patterns of :mod:`cmsim.scoring.injection` the offline scorer masks too, read on one folded form:
  "ignore your instructions", "#GiveMe100", fullwidth text…), every sentence that imitates the
  judge's own output or a chat role ("system:", ``{"score": 100}``), and injections cut across
  sentences or fields;
- :func:`neutralise` makes the fence markers that wrap the reply in the prompt impossible to forge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from cmsim.scoring.injection import clean, units
from cmsim.scoring.injection import doomed as injection_doomed
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import analyse

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
    return shield_fields({"reply": text}, lang)["reply"]


def shield_fields(fields: Mapping[str, str], lang: str) -> dict[str, Shielded]:
    """Each field without its sentences that address the grader, fake a verdict or play a chat role.

    The fields are read as one text in their order, so an injection cut in two across a field boundary
    (or a full stop, or a line break) is withheld as a whole. Every field is first cleaned of format
    characters and folded to NFKC (:func:`cmsim.scoring.injection.clean`): the judge reads what the
    guards read.
    """
    analysed = {fid: analyse(clean(text), lang) for fid, text in fields.items()}
    spans = {fid: units(an) for fid, an in analysed.items()}
    order = [(fid, i) for fid, field_spans in spans.items() for i in range(len(field_spans))]
    texts = [analysed[fid].text[slice(*spans[fid][i])] for fid, i in order]
    doomed = {order[k] for k in injection_doomed(texts)}
    for fid, an in analysed.items():
        # Both languages' lexicons: an English injection in a French scenario is still an injection.
        # Tokens and sentences do not depend on the language, only stems do.
        for other in dict.fromkeys((lang, "fr", "en")):
            view = an if other == lang else analyse(an.text, other)
            doomed.update((fid, view.sentence_of[hit.first]) for hit in lexicons(other)["grader"].find(view))
        for pattern in (_ROLE_TAG, _VERDICT_LIKE):
            for m in pattern.finditer(an.text):
                doomed.add((fid, max(i for i, (a, _b) in enumerate(spans[fid]) if a <= m.start(1))))
    out: dict[str, Shielded] = {}
    for fid, an in analysed.items():
        gone = {i for f, i in doomed if f == fid}
        if not gone:
            out[fid] = Shielded(fields[fid] if an.text == fields[fid] else an.text, removed=False)
            continue
        kept = "".join(an.text[a:b] for i, (a, b) in enumerate(spans[fid]) if i not in gone)
        out[fid] = Shielded(kept.strip(), removed=True)
    return out
