"""Readability shared by communication's clarity: a word norm per platform (no reward for length under the limit)
and a reply written in the other language than the thread's."""

from __future__ import annotations

import math
import re

from cmsim.model.params import ClarityParams, read_params
from cmsim.scoring.criteria.base import Context, Params, Span
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.language import OTHER, evidence_words, written_in_other
from cmsim.scoring.names import brand_words

WORD_NORMS: dict[str, dict[str, int]] = {
    "reply": {"x": 45, "tiktok": 30, "instagram": 60, "facebook": 90, "youtube": 90, "linkedin": 110},
    "post": {"x": 50, "tiktok": 60, "instagram": 120, "facebook": 150, "youtube": 150, "linkedin": 220},
}
"""Words a reply or post of each platform reads well within: length under the limit earns nothing more."""
FORMAL_ALLOWANCE = 1.3
"""A formal charter may take this much more room (salutations, full names)."""
VERBOSE_STEP = 0.25
VERBOSE_COST = 10.0
"""Each quarter of the norm beyond it costs this much clarity."""


def verbosity_cost(ctx: Context, fv: FieldView, params: Params, evidence: list[Span]) -> float:
    """Clarity lost to length beyond the platform's norm (a rubric may set ``norms`` per platform), with the
    sentences past the norm as evidence."""
    kind = "post" if fv.kind == "post" else "reply"
    if fv.kind not in ("public", "post") or not fv.platform:
        return 0.0
    declared = read_params(params, ClarityParams).norms
    norms = {**WORD_NORMS[kind], **{str(platform): words for platform, words in declared.items()}}
    norm = norms.get(fv.platform)
    if not norm:
        return 0.0
    if ctx.brand.charter.tone == "formal":
        norm = int(norm * FORMAL_ALLOWANCE)
    an = fv.an
    words = [i for i in range(len(an)) if an.is_word[i]]
    if len(words) <= norm:
        return 0.0
    over = (len(words) - norm) / norm
    first = words[norm]
    evidence.append((fv.id, an.starts[first], an.ends[words[-1]], "-"))
    return VERBOSE_COST * math.ceil(over / VERBOSE_STEP)


SWITCHED_SHARE = 0.3
"""What is left of clarity when the reply is written in the other language than the thread's (fr vs en)."""


def other_language(ctx: Context, fv: FieldView) -> list[int]:
    """Token indexes of the other language's words of evidence when the field is written in it (a reply in English
    to a French thread, see :func:`cmsim.scoring.language.written_in_other`): empty when the reply is in the thread's
    language, in both (a bilingual brand answering in each), or in the language the person answered wrote in."""
    if not fv.written_in_other(ctx.lang) or any(written_in_other(an, ctx.lang) for an in ctx.person_said):
        return []  # in the thread's language, or in the person's own (a tourist writing in English to a French brand)
    evidence = evidence_words(OTHER[ctx.lang])
    an = fv.an
    words = fv.live_words()
    return [i for i in words if an.norms[i] in evidence] or words[:1]


SHOUT_MIN_LETTERS = 5
"""A word in capitals this long shouts on its own; shorter ones ("DM", "SNCF", "RGPD") are acronyms unless they stand
in a run of capitals ("SO SORRY", "ON ITS WAY") or are grammatical words ("NOT", "PAS")."""
_RUN = re.compile(r"[!?][!?]+")  # "[!?]{2,}" and "[…]{2}", opening on a class the engine scans for fast
_UPPER_PAIR = re.compile(r"[^\W\d_a-zà-ÿ][^\W\d_a-zà-ÿ]")


def shouted(ctx: Context, fv: FieldView) -> list[tuple[int, int]]:
    """Character spans of words in capitals that shout and of runs like ``!!!`` or ``?!`` (the brand's own name in
    capitals is not shouting)."""
    an = fv.an
    marks = [(m.start(), m.end()) for m in _RUN.finditer(fv.raw[: len(an.text)])]
    if not _UPPER_PAIR.search(an.text):
        return marks  # no two letters in a row that are not lowercase: no word in capitals
    caps = [tok.isupper() and len(tok) >= 2 and an.is_word[i] and not fv.mask[i] and tok.isalpha()
            for i, tok in enumerate(an.surface)]
    if not any(caps):
        return marks
    function = fv.lex["function-words"].words
    brand = brand_words(ctx, shortest=1)
    caps = [c and an.norms[i] not in brand for i, c in enumerate(caps)]
    for i, is_caps in enumerate(caps):
        if not is_caps:
            continue
        run = (i > 0 and caps[i - 1]) or (i + 1 < len(caps) and caps[i + 1])
        if run or len(an.surface[i]) >= SHOUT_MIN_LETTERS or (len(an.surface[i]) >= 3 and an.norms[i] in function):
            marks.append((an.starts[i], an.ends[i]))
    return sorted(marks)


_OPEN_QUOTES, _CLOSE_QUOTES = "«“\"'‘", "»”\"'’"


def quoted(fv: FieldView, start: int, end: int) -> bool:
    """Whether a phrase of the field stands between quotation marks: a formula mentioned ("pas de « merci pour votre
    retour » ici", "no 'thank you for your feedback' from me"), not used."""
    before = fv.raw[:start].rstrip()
    after = fv.raw[end:].lstrip()
    return bool(before) and before[-1] in _OPEN_QUOTES and bool(after) and after[0] in _CLOSE_QUOTES


_QUOTE_REACH = 60
"""Characters a quotation reaches either side of a phrase it holds."""
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_PAIRS = {"«": "»", "“": "”", "‘": "’", '"': '"', "'": "'"}


def within_quotes(fv: FieldView, start: int, end: int) -> bool:
    """Whether a phrase of the field stands inside a quotation of its sentence: a claim mentioned to be discussed
    (the label's « 100 % imperméable », an ad's "never again soaked"), not made. A straight single quote opens only
    after a space or a bracket and closes only before one or a punctuation mark (never an apostrophe)."""
    raw = fv.raw
    left = raw[max(0, start - _QUOTE_REACH) : start]
    cut = list(_SENTENCE_END.finditer(left))
    if cut:
        left = left[cut[-1].end() :]
    right = raw[end : end + _QUOTE_REACH]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start() + 1]
    for i in range(len(left) - 1, -1, -1):
        mark = left[i]
        if (mark in _CLOSE_QUOTES and mark not in _OPEN_QUOTES) or (mark == '"' and left[:i].count('"') % 2):
            return False  # a quotation closes before the phrase
        if mark not in _PAIRS or (mark == "'" and i > 0 and left[i - 1] not in " (["):
            continue
        close = _PAIRS[mark]
        for k, c in enumerate(right):
            if c == close and (close != "'" or k + 1 == len(right) or not right[k + 1].isalnum()):
                return True
            if c in _OPEN_QUOTES and c not in _CLOSE_QUOTES:
                return False
        return False
    return False
