"""Which language a text is written in, fr or en, sentence by sentence: deterministic, offline, from the lexicons'
own function words and French accents (no model, no new dependency)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from cmsim.scoring.lexicon import one_lexicon
from cmsim.scoring.lexiconfile import ANY, term_words
from cmsim.scoring.text import Analysis, analyse
from cmsim.scoring.wordsets import all_terms, one_word_terms

OTHER = {"fr": "en", "en": "fr"}
_AMBIGUOUS = {"fr": frozenset({"car", "son", "plus", "ma", "la", "de", "le", "es", "si", "tu", "ou"}),
              "en": frozenset({"an", "or", "but", "via", "per", "do", "us", "must", "i"})}
"""Function words of one language only that are not evidence of it: words of the other language too ("car", "son",
"plus" in English; "or", "but", "an" in French) or parts of names ("de", "La", "Le")."""
_ACCENTED = re.compile(r"[éèêàçùâîôûëïœ]")
_QUOTED = re.compile(r"«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]*’|(?<!\w)'[^'\n]*'(?!\w)")
"""A quotation: the words it quotes are another's ("le « Black Friday »", "merci pour le 'like'"), not the writer's
language."""
_QUOTE_MARKS = frozenset("«“\"‘'")
EVIDENCE_MIN = 2
"""Words of evidence a sentence (or a field) needs before it is read as written in the other language."""
FIELD_SHARE = 2
"""A field is written in the other language when its evidence for it is at least this many times its evidence for
its thread's (an English reply may name "42 rue du Port")."""


@lru_cache(maxsize=4)
def evidence_words(lang: str) -> frozenset[str]:
    """Folded words that say a sentence is written in ``lang``: its function words that are not the other
    language's, nor ambiguous between them (see :data:`_AMBIGUOUS`)."""
    own = one_lexicon(lang, "function-words").words
    other = one_lexicon(OTHER[lang], "function-words").words
    return frozenset(own - other - _AMBIGUOUS[lang])


def sentence_evidence(an: Analysis, lang: str) -> list[tuple[int, int]]:
    """For each sentence, its words of evidence for ``lang`` and for the other language: function words of one
    language only, and lowercase words with a French accent ("désolés"; not a name: "Aurélie"), outside quotations."""
    own, other = evidence_words(lang), evidence_words(OTHER[lang])
    french_own = lang == "fr"
    text = an.text
    quoted = [m.span() for m in _QUOTED.finditer(text)] if not _QUOTE_MARKS.isdisjoint(text) else []
    norms, surface, is_word, starts = an.norms, an.surface, an.is_word, an.starts
    out = []
    for sent in an.sentences:
        mine = theirs = 0
        for i in range(sent.first, sent.last):
            if not is_word[i] or (quoted and any(a <= starts[i] < b for a, b in quoted)):
                continue
            norm = norms[i]
            if norm in own:
                mine += 1
            elif norm in other:
                theirs += 1
            elif norm != surface[i] and surface[i][:1].islower() and _ACCENTED.search(surface[i]):
                if french_own:
                    mine += 1
                else:
                    theirs += 1
        out.append((mine, theirs))
    return out


def written_in_other(an: Analysis, lang: str) -> bool:
    """Whether the text is written in the other language than ``lang``: at least :data:`EVIDENCE_MIN` words of
    evidence for it, :data:`FIELD_SHARE` times its evidence for ``lang``, no sentence written in ``lang`` (a
    bilingual brand's reply in both is read sentence by sentence, see :func:`other_sentences`), and most of its words
    in sentences of the other language."""
    if not _may_be_other(an, lang):
        return False
    evidence = sentence_evidence(an, lang)
    mine = sum(m for m, _t in evidence)
    theirs = sum(t for _m, t in evidence)
    if any(m >= EVIDENCE_MIN and m > t for m, t in evidence):
        return False
    if theirs < EVIDENCE_MIN or theirs < FIELD_SHARE * mine:
        return False
    return _dominates(an, evidence)


def _dominates(an: Analysis, evidence: list[tuple[int, int]]) -> bool:
    """Whether the sentences with more evidence for the other language hold more words than the rest, a sentence
    without evidence either way being the thread's ("Julie, sorry. Je suis désolée, vraiment. I'll check today." on an
    English thread is English with a French sentence, not a French reply)."""
    is_word = an.is_word
    other = own = 0
    for sent, (mine, theirs) in zip(an.sentences, evidence, strict=True):
        words = sum(is_word[sent.first : sent.last])
        if theirs > mine:
            other += words
        else:
            own += words
    return other > own


def _may_be_other(an: Analysis, lang: str) -> bool:
    """Whether the text may hold :data:`EVIDENCE_MIN` words of evidence for the other language: a count of its words
    in one pass (most replies are in their thread's language and are read no further; a reply's sentences read one by
    one cost 2 % of scoring it)."""
    theirs = sum(map(evidence_words(OTHER[lang]).__contains__, an.norms))
    return theirs >= EVIDENCE_MIN or (lang == "en" and _ACCENTED.search(an.text) is not None)


def other_sentences(an: Analysis, lang: str) -> list[int]:
    """Indexes of the sentences written in the other language than ``lang``, in a field written in both (a bilingual
    brand's "Désolés pour l'attente. Sorry for the wait."): evidence enough, more than for ``lang``."""
    if not _may_be_other(an, lang):
        return []
    return [k for k, (mine, theirs) in enumerate(sentence_evidence(an, lang)) if theirs >= EVIDENCE_MIN and
            theirs > mine]


CROSS_READ = ("insults", "profanity", "contempt", "dismissal")
"""The other language's lexicons read in the field's own sentences too. A swear word or an insult borrowed from it
("c'est du bullshit", "vous êtes vraiment stupid", "what a connard") is one in any sentence; a jab of contempt or
dismissal ("Whatever." on a French thread; "Peu importe.", "Tant pis pour toi." on an English one: too short to be
read in their language) only in a sentence holding no evidence of the field's language (see :data:`ANY_SENTENCE`).
Each language's ``false-friends`` lexicon lists its own words that these list too ("retard", "douche"; "con",
"cinema") and the other's phrases it borrows ("c'est la vie"): never read so in a sentence of that language."""
ANY_SENTENCE = frozenset({"insults", "profanity"})
"""The :data:`CROSS_READ` lexicons read in every sentence: the others' words are ordinary inside a sentence of the
field's language ("whatever the cause, on vous rembourse")."""


@lru_cache(maxsize=4)
def false_friend_words(lang: str) -> frozenset[str]:
    """The single words of ``lang``'s ``false-friends`` lexicon, folded (its phrases are found as phrases)."""
    return frozenset(analyse(term, lang).norms[0] for term in one_word_terms(one_lexicon(lang, "false-friends")))


@lru_cache(maxsize=4)
def cross_triggers(lang: str) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]:
    """What a field of ``lang`` must hold to be read for the other language's :data:`CROSS_READ` terms: one of their
    first words, or for a phrase its first two ("non negotiable": "non" alone is an ordinary French word); not
    ``lang``'s function words, false friends or own one-word terms of those lexicons ("idiot" is both). A field holding
    none is not read for them (a set look-up or two per field; the reading costs a second analysis of the field).
    Returns the first words, the first-two-word pairs and those pairs' first words."""
    other = OTHER[lang]
    grammar = one_lexicon(lang, "function-words").words | false_friend_words(lang)
    grammar |= {analyse(term, lang).norms[0] for name in CROSS_READ
                for term in one_word_terms(one_lexicon(lang, name))}  # read by the field's own lexicon
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for name in CROSS_READ:
        for term in all_terms(one_lexicon(other, name)):
            norms = term_words(term, other)
            if norms[0] in grammar:
                continue
            if len(norms) == 1 or norms[1] == ANY or name in ANY_SENTENCE:
                words.add(norms[0])
            else:
                pairs.add((norms[0], norms[1]))
    kept = frozenset(p for p in pairs if p[0] not in words)
    return frozenset(words), kept, frozenset(a for a, _b in kept)


def reads_across(an: Analysis, lang: str) -> bool:
    """Whether a field of ``lang`` holds what :func:`cross_triggers` looks for (most fields hold none)."""
    words, pairs, heads = cross_triggers(lang)
    norms = an.norms
    if not words.isdisjoint(norms):
        return True
    return not heads.isdisjoint(norms) and any(pair in pairs for pair in pairwise(norms))
