"""Giveaways: what a public reply grants that the brand never decided and cannot honour, read by trust (a fault that
breaks it), listening (a windfall answers as a promise does) and substance (a void step): concessions piled up blind
(:func:`windfalls`) and a gain promised to everyone (:func:`everyone_wins`). Split from ``trust``."""

from __future__ import annotations

import re

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.criteria.denial import negation_words
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, Lexicons
from cmsim.scoring.text import Analysis, fold

_NEGATIONS = negation_words(("denial", "particles", "none", "nobody", "without"))
_NEGATION_REACH = 3
"""A negation this close before a concession or a gain denies it ("we can't refund in full", "not everyone wins");
the same words and reach as trust's denied suspicion."""
_FIELDS = ("public", "post")
"""The fields where a gain promised to everyone is read (trust's public fields)."""

WINDFALL_PILE = 2
"""Concessions in one blind public reply from which they are a windfall, not a remedy."""
_PARTIES = frozenset({"you", "your", "yours", "vous", "votre", "vos", "te", "t", "toi", "ton", "ta", "tes", "tu", "we",
                      "i", "nous", "on", "je", "j"})
"""A windfall is granted by the brand or to the person: its sentence names one of them ("we'll cover the full cost", "on
vous offre…"); a rule for everyone ("a full refund applies to every recalled unit") is none."""
_CONDITIONS = frozenset({"if", "once", "unless", "provided", "si", "sauf", "lorsque"})
"""Words that make a concession wait on a check ("if the seam failed", "once we've seen the photos", "si le livreur est
en cause")."""


def windfalls(fv: FieldView) -> list[Hit]:
    """Concessions piled up in a public reply that asks the person for nothing (no request, no question, no private
    channel): their money back and a gift on top ("we'll cover the full £1,800 and put on a sailing just for you",
    "on te rembourse tes forfaits et on t'offre une semaine"). One remedy ("we'll replace it for free", "nous vous
    remboursons intégralement") is an answer; two or more, granted blind in public before any check, promise what the
    brand cannot keep. A concession counts in a sentence that names the brand or the person, outside a condition ("if",
    "once", "si"), a refusal ("we can't refund in full") and a warranty; a post's "free" is its news. The first
    concession stands for them all (trust is broken once)."""
    found = fv.hits("windfall") if fv.kind == "public" else []
    if len(found) < WINDFALL_PILE or _asks(fv):
        return []
    an = fv.an
    concessions: dict[str, Hit] = {}
    for h in found:
        sent = an.sentences[an.sentence_of[h.first]]
        words = an.norms[sent.first : sent.last]
        if h.group == "whole" or _idiom(an, h) or _NEGATIONS.intersection(
                an.norms[max(0, h.first - _NEGATION_REACH) : h.first]):
            continue
        if _PARTIES.intersection(words) and not _CONDITIONS.intersection(words) and not _WARRANTY.search(
                fold(an.text[sent.start : sent.end])):
            concessions.setdefault(fold(h.term), h)
    return [min(concessions.values())] if len(concessions) >= WINDFALL_PILE else []


_WARRANTY = re.compile(r"guarant|garant|warrant")
_ON_TOP = frozenset({"on top", "on top of that", "en prime", "en bonus"})
_BEING_ON = frozenset({"re", "are", "is", "be", "am", "m", "stay", "staying", "keep", "keeping", "get", "getting"})
_OF = frozenset({"of", "de", "du", "des", "d"})


def _idiom(an: Analysis, h: Hit) -> bool:
    """An "on top" that is no gift: being on it ("we're on top of it", "we'll stay on top of that booking system") or
    on top of something ("on top of things", "en prime de la fatigue"); a gift "on top" follows what is given ("a
    dinner on top", "an upgrade on top of that")."""
    if fold(h.term) not in _ON_TOP:
        return False
    before = an.norms[h.first - 1] if h.first > 0 else ""
    after = an.norms[h.last] if h.last < len(an.norms) else ""
    return before in _BEING_ON or (h.term.lower() != "on top of that" and after in _OF)


_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_WE = frozenset({"we", "i", "re", "ll", "m", "ve", "nous", "on", "je", "j"})
"""Subjects before a request word, in its clause, that make it the brand's own act ("we're sending you…", "we'll cover
it and put on an extra sailing"), not a request."""


def _asks(fv: FieldView) -> bool:
    """Whether a reply asks the person for something: a question, a private channel, a request word not said of the
    brand's own act ("send us a photo", not "we're sending you a new one")."""
    an = fv.an

    def ours(h: Hit) -> bool:  # "we'll cover it and put on an extra sailing": the brand's subject, same clause
        first = an.sentences[an.sentence_of[h.first]].first
        subject = next((j for j in range(h.first - 1, first - 1, -1) if an.norms[j] in _WE), None)
        return subject is not None and not _CLAUSE_BREAK.search(an.text[an.ends[subject] : an.starts[h.first]])

    return "?" in fv.raw or bool(fv.hits("private-channel")) or not all(ours(h) for h in fv.hits("requests"))


_GAIN_AFTER, _GAIN_BEFORE = 7, 6
"""How far after its universal ("everyone who takes part gets a £5 voucher") or before one led by "for"/"pour"/"à"
("free for everyone", "une entrée gratuite pour chaque participant") a gain is said of it."""
_FOR = frozenset({"for", "pour", "à", "a"})


def everyone_wins(ctx: Context, fv: FieldView) -> list[Hit]:
    """A gain promised to everyone the brief never promised it to ("tous les participants gagnent une entrée", "every
    team that plays wins a round"): a contest with a few winners or a free visit turned into a giveaway the brand never
    decided and cannot honour. A gain the brief itself gives to all ("free entry for everyone") is its news; a negated
    one ("not everyone wins") promises nothing. One per field: trust is broken once."""
    if fv.kind not in _FIELDS:
        return []
    found = fv.hits("everyone-wins")
    if not found or _promised_to_all(ctx.brief, ctx.lex):
        return []
    an = fv.an
    gains = [h for h in found if h.group == "gain"
             and not _NEGATIONS.intersection(an.norms[max(0, h.first - _NEGATION_REACH) : h.first])]
    for u in (h for h in found if h.group == "everyone"):
        for g in gains:
            if an.sentence_of[g.first] != an.sentence_of[u.first]:
                continue
            after = 0 <= g.first - u.last <= _GAIN_AFTER
            before = 0 < u.first - g.last <= _GAIN_BEFORE and an.norms[u.first - 1] in _FOR
            start, end = (u.last - 1, g.first) if after else (g.last - 1, u.first)
            if (after or before) and not _CLAUSE_BREAK.search(an.text[an.ends[start] : an.starts[end]]):
                return [u]
    return []


def _promised_to_all(brief: Analysis | None, lex: Lexicons) -> bool:
    """Whether the brief gives a gain to all in one of its sentences ("free entry for everyone", "every child gets a
    badge")."""
    if brief is None:
        return False
    hits = lex["everyone-wins"].find(brief)
    universal = {brief.sentence_of[h.first] for h in hits if h.group == "everyone"}
    return any(brief.sentence_of[h.first] in universal for h in hits if h.group == "gain")
