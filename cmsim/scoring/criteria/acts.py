"""A first person acting on the problem: "je relance le transporteur", "on bloque la 4471", "I'm chasing the courier",
"we've refunded the second charge".

Lexicons of next steps and commitments list phrases; people write the same move with any verb. This reading finds
the move by its shape instead: a first-person subject (je, j', nous, on / I, we), then, past the words that may stand
between (object pronouns, auxiliaries, adverbs: "je vous renvoie", "we've just rebooked", "I'm going to call"), a verb
that does something. It does not fire on verbs that state a position ("je comprends", "we hope", "nous vous
invitons à"), on a negation or a hypothesis ("nous ne pouvons pas", "we would", "si nous"), on "be" or "have" not
followed by an act ("we're sorry", "we have many roasts"), on a habit ("nous contrôlons chaque trottinette", "we
always test"), on a promise of effort ("we'll do better", "je ferai mon possible") or in a question. The working
words are data: ``rubrics/lexicons/<lang>/first-person-acts.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, Lexicon, Lexicons
from cmsim.scoring.text import fold, stem

ACTS = "first-person-acts"
GROUP = "charge"
"""The group of the hits: taking the matter on, as the de-escalation lexicon names it."""
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_LEADS = frozenset({"et", "mais", "puis", "donc", "alors", "ensuite", "and", "but", "so", "then", "now", "today"})
"""Words after which "nous" is still a subject ("et nous remboursons")."""
_FR_CONDITIONAL = ("rais", "rait", "rions", "riez", "raient")
_FR_PARTICIPLE = ("é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "us", "ue", "ert", "erte", "ait")
_MAX_BETWEEN = 4
"""Words that may stand between the subject and its verb ("je vais vous le renvoyer")."""


@dataclass(frozen=True)
class _Words:
    subjects: frozenset[str]
    skip: frozenset[str]
    have: frozenset[str]
    be: frozenset[str]
    participles: frozenset[str]
    stance: frozenset[str]  # stems
    stop: frozenset[str]
    conditions: frozenset[str]
    habit: frozenset[str]
    after: frozenset[str]
    function: frozenset[str]
    effort: frozenset[str]
    light: frozenset[str]


@lru_cache(maxsize=4)
def _words(lex: Lexicons) -> _Words:
    acts = lex[ACTS]

    def group(name: str) -> frozenset[str]:
        return frozenset(fold(w) for w in _group_terms(acts, name))

    return _Words(group("subjects"), group("skip"), group("have"), group("be"), group("participles"),
                  frozenset(stem(w, lex.lang) for w in _group_terms(acts, "stance")), group("stop"),
                  group("conditions"), group("habit"), group("after"), lex["function-words"].words,
                  group("effort"), group("light"))


def _group_terms(acts: Lexicon, name: str) -> list[str]:
    return [term for cands in acts.table.values() for _seq, term, group, _wild in cands if group == name]


def first_person_acts(fv: FieldView) -> list[Hit]:
    """One hit per sentence where a first person does something about the matter (subject to verb, see the module)."""
    found = fv.readings.get(ACTS)
    if found is None:
        found = fv.readings[ACTS] = [] if fv.empty else _read(fv)
    return list(found)


def _read(fv: FieldView) -> list[Hit]:
    words = _words(fv.lex)
    an, raw, mask = fv.an, fv.raw, fv.mask
    out: list[Hit] = []
    for sent in an.sentences:
        if raw[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?"):
            continue  # "on regarde ensemble ?" asks, it does not act
        norms = an.norms[sent.first : sent.last]
        if words.habit.intersection(norms):
            continue
        for i in range(sent.first, sent.last):
            if mask[i] or an.norms[i] not in words.subjects or not _is_subject(fv, i, sent.first, words):
                continue
            verb = _verb_after(fv, i, sent.last, words)
            if verb is not None:
                out.append(Hit(an.norms[i], GROUP, i, verb + 1, an.starts[i], an.ends[verb]))
                break
    return out


def _is_subject(fv: FieldView, i: int, first: int, words: _Words) -> bool:
    """Whether the pronoun at ``i`` is the subject of its clause and no condition opens the clause ("si nous…")."""
    an = fv.an
    k = i - 1
    while k >= first and not _CLAUSE_BREAK.search(fv.raw, an.ends[k], an.starts[k + 1]):
        if an.norms[k] in words.conditions:
            return False
        k -= 1
    if an.norms[i] != "nous" or i == first:
        return True
    before = fv.raw[an.ends[i - 1] : an.starts[i]]
    return "-" not in before and (bool(_CLAUSE_BREAK.search(before)) or an.norms[i - 1] in _LEADS)


def _verb_after(fv: FieldView, i: int, last: int, words: _Words) -> int | None:
    """The index of the acting verb after the subject at ``i``, or None when the clause is no act."""
    an = fv.an
    fr = fv.lex.lang == "fr"
    aux = ""  # "have" or "be" when the verb must be a participle or an -ing form
    going = False
    k = i + 1
    while k < last and k - i <= _MAX_BETWEEN + 1:
        norm = an.norms[k]
        if fv.mask[k] or not an.is_word[k] or norm in words.stop:
            return None
        if fr and norm in ("en", "train") and aux == "be":
            k += 1
            continue
        if norm in words.have and not aux:
            aux = "have"
        elif norm in words.be and aux != "be-done":
            aux = "be"
        elif norm in words.skip:
            going = going or norm == "going"
            if aux == "be" and fr and norm in ("de", "d"):
                aux = "be-done"  # "je suis en train de"
        else:
            return k if _acts(fv, k, aux, going, words) else None
        k += 1
    return None


_EFFORT_REACH = 3
"""How many words after a light verb a word of effort voids the act ("on va faire de notre mieux")."""


def _effort_follows(fv: FieldView, k: int, words: _Words) -> bool:
    an = fv.an
    sentence = an.sentence_of[k]
    reach = range(k + 1, min(len(an.norms), k + 1 + _EFFORT_REACH))
    return any(an.sentence_of[j] == sentence and an.norms[j] in words.effort for j in reach)


def _acts(fv: FieldView, k: int, aux: str, going: bool, words: _Words) -> bool:
    """Whether the word at ``k`` is a verb doing something, given the auxiliary before it."""
    an = fv.an
    norm, surface = an.norms[k], an.surface[k].lower()
    if norm in words.function or an.stems[k] in words.stance or norm in words.stance or norm in words.effort:
        return False
    if norm in words.light and _effort_follows(fv, k, words):
        return False  # "nous ferons mieux", "je ferai mon possible": a promise of effort, not an act
    nxt = an.norms[k + 1] if k + 1 < len(an.norms) and an.sentence_of[k + 1] == an.sentence_of[k] else ""
    if nxt in words.stop or nxt in words.after:
        return False  # "je vous rappelle que…", "we know that…", "nous avons pris bonne note", "we look forward"
    if fv.lex.lang == "fr":
        if norm.endswith(_FR_CONDITIONAL):
            return False
        if aux == "have":
            return surface.endswith(_FR_PARTICIPLE)
        return aux != "be"
    if aux == "have":
        return norm.endswith("ed") or norm in words.participles
    if aux == "be":
        return norm.endswith("ing") or going
    # "we ask you to…": a request to the person, not an act
    return not (nxt == "you" and k + 2 < len(an.norms) and an.norms[k + 2] == "to")
