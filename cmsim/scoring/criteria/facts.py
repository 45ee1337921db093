"""Fact coverage: the facts a reply should pick up (the brief's expected facts, or salient words of the thread), where
it names them, and whether it owes an answer at all. Listening, communication, teamwork and multi-platform ask."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from cmsim.scoring.criteria.base import Context, Coverage, Span
from cmsim.scoring.criteria.hostility import HEAT, upset
from cmsim.scoring.figures import find_figure, term_keys
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.names import brand_words, is_name, name_mask, names_in
from cmsim.scoring.text import analyse, analyse_cached, stem
from cmsim.scoring.wordforms import find_form, look_alike

SHORT_WORD = 3
"""A term's word of at most this many characters ("PIN", "TV", "5G", "DM", "app") matches only itself as a whole word,
plural included ("PINs", "apps"): its stem is no word ("pin" also stems "pinned", "fee" is the start of "feedback")."""
PLURALS = ("", "s", "x")
_PROPER = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+")
"""A word written as a proper name (a capital, then small letters: "Rose", "March", "Lille"; not "PIN")."""


class _Term(NamedTuple):
    stems: tuple[str, ...]
    folded: str
    asks: tuple[tuple[int, str, bool], ...]
    """What its words ask beyond their stems, read for facts: (position, folded form, proper) for a short word (matched
    as written, see :data:`SHORT_WORD`) or a proper name (matched only capitalised: "May" is not "may")."""
    firsts: tuple[str, ...]
    """Stems its first word may have in a fact: its own, and its plurals' when it is short ("TVs" stems "tvs")."""


@lru_cache(maxsize=8192)  # the dev set reads ~4,200 terms (facts, checklist words): 4,096 thrashed
def _term(term: str, lang: str) -> _Term:
    an = analyse(term, lang)
    words = enumerate(zip(an.surface, an.norms, strict=True))
    asks = tuple((j, norm, bool(_PROPER.fullmatch(written))) for j, (written, norm) in words
                 if len(norm) <= SHORT_WORD or _PROPER.fullmatch(written))
    firsts = tuple(an.stems[:1])
    if an.norms and len(an.norms[0]) <= SHORT_WORD:
        firsts = tuple(dict.fromkeys((*firsts, *(stem(an.norms[0] + end, lang) for end in PLURALS if end))))
    return _Term(tuple(an.stems), " ".join(an.norms), asks, firsts)


def _as_written(fv: FieldView, i: int, term: _Term) -> bool:
    """Whether the words from token ``i`` are the term's: the same stems, and written as its short words and proper
    names ask (a reply all in lower case writes names in lower case too, and so does a hashtag: "#nantes")."""
    an = fv.an
    short = {j for j, norm, _proper in term.asks if len(norm) <= SHORT_WORD}
    if any(an.stems[i + j] != s for j, s in enumerate(term.stems) if j not in short):
        return False
    for j, norm, proper in term.asks:
        got = an.norms[i + j]
        if j in short and not (got.startswith(norm) and got[len(norm):] in PLURALS):
            return False
        if proper and not _capitalised(fv, i + j):
            return False
    return True


def find_term(fv: FieldView, term: str, mask: list[bool] | None = None, names: list[bool] | None = None,
              fact: bool = False) -> tuple[int, int] | None:
    """Character span of ``term`` in the field's unmasked text: same stems, or a close spelling; never on a name of
    ``names`` (True on the tokens of names, see ``cmsim.scoring.names.name_mask``): "Rose" is not found in "Rose & Co"
    nor in "@rose_bakery". A ``fact``'s short words and proper names match as written (see :class:`_Term`)."""
    read = _term(term, fv.lex.lang)
    stems, folded = read.stems, read.folded
    if not stems:
        return None
    an = fv.an
    mask = fv.mask if mask is None else mask
    k = len(stems)
    if fact and read.asks:
        positions = fv.positions()
        found = sorted(i for first in read.firsts for i in positions.get(first, ()) if i + k <= len(an.stems))
        for i in found:
            if _as_written(fv, i, read) and not any(mask[i : i + k]) and not (names and any(names[i : i + k])):
                return an.starts[i], an.ends[i + k - 1]
    else:
        for i in fv.positions().get(stems[0], ()):
            if tuple(an.stems[i : i + k]) == stems and not any(mask[i : i + k]) \
                    and not (names and any(names[i : i + k])):
                return an.starts[i], an.ends[i + k - 1]
    keys = term_keys(term, fv.lex.lang) if fact and fv.kind != "post" else None
    if keys is not None:  # "three weeks" for "3 weeks", "June 20th" for "20 June", "1200 euros" for "1 200 €"
        span = find_figure(an, keys, mask, names)
        if span is not None:
            return span
    proper = any(capital for _j, _norm, capital in read.asks)  # "May" is found only as written, capitalised
    if fact and fv.kind != "post" and not proper:  # "shelf" in "shelves", « œil » in « yeux »
        span = find_form(fv, term, mask)
        if span is not None and not (names and any(names[i] for i in _between(fv, span))):
            return span
    if k == 1 and len(folded) >= 5:
        close = _CLOSE.get(folded)
        if close is None or len(close) > _CLOSE_WORDS:
            if len(_CLOSE) > _CLOSE_WORDS:
                _CLOSE.clear()
            close = _CLOSE[folded] = {}
        norms = an.norms
        for i in fv.near_lengths(len(folded), 2):  # a close spelling is within two letters of the term's length
            if mask[i] or (names and names[i]):
                continue
            near = close.get(norms[i])
            if near is None:
                near = close[norms[i]] = fuzz.ratio(norms[i], folded) >= 84
            if near and not (fact and read.asks and _PROPER.fullmatch(term.strip()) and not _capitalised(fv, i)):
                return an.starts[i], an.ends[i]
    return None


def _between(fv: FieldView, span: tuple[int, int]) -> range:
    """The tokens of a character span."""
    an = fv.an
    return range(bisect_left(an.starts, span[0]), bisect_left(an.starts, span[1]))


def _capitalised(fv: FieldView, i: int) -> bool:
    """Whether token ``i`` is written as a name: capitalised, in a hashtag, or in a reply all in lower case."""
    an = fv.an
    return an.surface[i][:1].isupper() or not any(c.isupper() for c in fv.raw) \
        or an.text[an.starts[i] - 1 : an.starts[i]] == "#"


_CLOSE: dict[str, dict[str, bool]] = {}
"""Whether a word is a close spelling of a term, by term then word: a function of the two words alone, remembered
because the same words come back reply after reply (a dictionary look-up costs a quarter of a comparison)."""
_CLOSE_WORDS = 4096
"""Past this many terms, or words for one term, the memo starts afresh."""


def facts_to_check(ctx: Context) -> tuple[list[list[str]], bool]:
    """The facts a reply should pick up: the step's expected facts, or salient words of the thread.

    Returns the facts (each a list of alternatives) and whether they were derived from the thread.
    """
    if ctx.expect.facts:
        return [[f] if isinstance(f, str) else list(f) for f in ctx.expect.facts], False
    if ctx.derived_facts is None:
        ctx.derived_facts = _derived_facts(ctx)
    return ctx.derived_facts, True


def _derived_facts(ctx: Context) -> list[list[str]]:
    """Salient words of the thread: not a function word, a figure, an insult, nor a name (the brand's words, handles,
    the people's names and signatures: "Lumen", "julie_bdx" are no fact the reply owes, see ``cmsim.scoring.names``)."""
    function = ctx.lex["function-words"].words
    brand = brand_words(ctx)
    seen: dict[str, str] = {}
    for an in ctx.thread:
        heat = {i for name in HEAT for h in ctx.lex[name].find(an) for i in range(h.first, h.last)}
        named = names_in(ctx, an)
        for i, norm in enumerate(an.norms):
            if an.is_word[i] and len(norm) >= 4 and norm not in function and norm not in brand and not norm.isdigit() \
                    and i not in heat and not named[i]:  # "clown", "trash": insults are not facts to pick up
                opens = an.sentences[an.sentence_of[i]].first == i  # "Delivery was late": no proper name
                seen.setdefault(an.stems[i], an.surface[i].lower() if opens else an.surface[i])
    return [[w] for w in list(seen.values())[:8]]


def fact_coverage(ctx: Context, fields: list[FieldView]) -> Coverage:
    """The facts to check (see :func:`facts_to_check`) found in any of ``fields``.

    A fact counts with the gate of the best field naming it; a short recap in the customer's own
    words counts too (see ``FieldView.recap_mask``). Facts derived from the thread list nothing missing.
    """
    key = tuple(fv.id for fv in fields)
    known = ctx.coverage.get(key)
    if known is None:
        known = ctx.coverage[key] = _coverage(ctx, fields)
    return known


def _coverage(ctx: Context, fields: list[FieldView]) -> Coverage:
    wanted, derived = facts_to_check(ctx)
    evidence: list[Span] = []
    missing: list[str] = []
    earned = 0.0
    live = [fv for fv in fields if not fv.empty]
    masks = [_fact_mask(fv) for fv in live]
    names = [name_mask(ctx, fv) for fv in live]
    for alternatives in wanted:
        best: tuple[float, str, tuple[int, int]] | None = None
        for fv, mask, named in zip(live, masks, names, strict=True):
            found = next((s for s in (_find_fact(fv, a, mask, None if is_name(ctx, a) else named)
                                      for a in alternatives) if s), None)
            if found and (best is None or fv.gate > best[0]):
                best = (fv.gate, fv.id, found)
        if best is None:
            missing.append(" / ".join(alternatives))
            continue
        earned += best[0]
        evidence.append((best[1], best[2][0], best[2][1], "+"))
    ratio = derived_ratio(earned, len(wanted)) if derived else earned / max(1, len(wanted))
    return Coverage(ratio if wanted else 0.0, evidence, [] if derived else missing)


def _find_fact(fv: FieldView, term: str, mask: list[bool], names: list[bool] | None) -> tuple[int, int] | None:
    """Where a fact stands (:func:`find_term`), never on a word that only looks like its plural ("news" for "new",
    « fils » for « fil », « cours » for « cour »: ``cmsim.scoring.wordforms.look_alike``, as the checklist reads)."""
    for _attempt in range(4):
        span = find_term(fv, term, mask, names, fact=True)
        if span is None or not look_alike(fv, term, span):
            return span
        mask = list(mask)
        for k in _between(fv, span):
            mask[k] = True
    return None


def _fact_mask(fv: FieldView) -> list[bool]:
    """Where facts may be found: the recap mask, minus non-apologies and justifications ("sorry if anyone was
    offended" does not pick up the apology owed)."""
    mask = fv.recap_mask()
    defensive = fv.hits("defensive")
    if not defensive:
        return mask
    mask = list(mask)
    for h in defensive:
        mask[h.first : h.last] = [True] * (h.last - h.first)
    return mask


def derived_ratio(matched: float, total: int) -> float:
    """Coverage of facts derived from the thread: a third of its salient words is already full marks."""
    return min(1.0, matched / max(1, math.ceil(total / 3)))


def needs_an_answer(ctx: Context, fields: list[FieldView]) -> bool:
    """Whether the reply owes information: a post always does; a reply does when the person asked
    something, voiced distress or heat (a troll's claim needs the facts), needs a private follow-up, or the brief
    gives news to pass on (a fan sharing joy needs warmth and a question back, not data)."""
    if any(fv.kind in ("post", "internal") for fv in fields):
        return True
    asked = any("?" in an.text for an in ctx.person_said)
    inquire = ctx.expect.question and not ctx.joyful
    needs = asked or upset(ctx) or ctx.expect.private or inquire or bool(ctx.expect.teams)
    return needs or _news_to_pass_on(ctx)


def _news_to_pass_on(ctx: Context) -> bool:
    """Whether some expected fact is not in the thread: information the brief gives to pass on."""
    said = {tuple(an.stems) for an in ctx.thread}
    for fact in ctx.expect.facts:
        alternatives = [fact] if isinstance(fact, str) else fact
        if not any(_said_in(analyse_cached(a, ctx.lang).stems, said) for a in alternatives):
            return True
    return False


def _said_in(stems: list[str], thread: set[tuple[str, ...]]) -> bool:
    k = len(stems)
    return bool(k) and any(tuple(text[i : i + k]) == tuple(stems) for text in thread for i in range(len(text) - k + 1))
