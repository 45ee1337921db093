"""Blame denied in its own clause ("none of this is your fault"): reassurance, not blame (calm's hostility). The words
are data: the ``negation`` and ``negation-pronouns`` lexicons deny, the ``negation-links`` and ``denial-links`` ones may
stand between the negation and the blame."""

from __future__ import annotations

import re
from functools import lru_cache

from cmsim.scoring.fieldview import FieldView
from cmsim.scoring.lexicon import Hit, one_lexicon
from cmsim.scoring.text import fold
from cmsim.scoring.wordsets import group_sequences, group_terms, group_words

PAUSE = re.compile(r"[,;:.!?]")
"""A clause's mark: a negation past one denies nothing after it (read by calming's denied moves too)."""


def denied(fv: FieldView, hit: Hit) -> bool:
    """Whether a blame is denied: a negation before it with only linking words between ("none of this is your fault",
    "it is not at all your fault", "rien de tout cela n'est de votre faute"; not "we can't refund because you should
    have"), the blame's own words holding none ("you didn't read" blames)."""
    an, lex = fv.an, fv.lex
    links = lex["negation-links"].words | lex["denial-links"].words
    denying = lex["negation"].words | lex["negation-pronouns"].words
    words = an.norms[an.sentences[an.sentence_of[hit.first]].first : hit.first]
    k = len(words)
    while k and words[k - 1] in links:
        k -= 1
    return (k > 0 and words[k - 1] in denying and not denying.intersection(an.norms[hit.first : hit.last])
            and not PAUSE.search(an.text, an.ends[hit.first - len(words) + k - 1], an.starts[hit.first]))


GUESS = "guess"
"""Group of the blame lexicon: the person's part guessed ("you must have", "vous avez sûrement"), blame only when what
is guessed is an act of theirs (see :func:`undergone`)."""
GUESS_REACH = 3
"""How many words after a guess what the person went through may stand ("you must have had a rough", "tu as
sûrement eu peur")."""


OUGHT = "ought"
"""Group of the blame lexicon: what the person should (not) have done ("you should have", « vous n'auriez pas dû »),
blame only when it is an act of theirs (see :func:`owed`)."""
_PARTICIPLE = {"en": ("ed",), "fr": ("é", "ée", "és", "ées", "u", "ue", "us", "ues")}
"""Endings of a past participle ("been charged", « être débitée », « été prévenu »; not "been more careful", « être
prudent »); English irregular ones are the ``undergone`` lexicon's 'participles' group ("told", "caught")."""


def participle(fv: FieldView, k: int) -> bool:
    """Whether token ``k`` is a past participle: an ending of :data:`_PARTICIPLE` on a word that is no function word
    ("plus", "more"), or an irregular one of the ``undergone`` lexicon's 'participles' group."""
    an = fv.an
    word = an.surface[k].lower()
    if an.norms[k] in group_words(fv.lex["undergone"], "participles"):
        return True
    return len(word) > 3 and word.endswith(_PARTICIPLE.get(an.lang, ())) and an.norms[k] not in fv.lex[
        "function-words"].words


def owed(fv: FieldView, hit: Hit) -> bool:
    """Whether what the person should (not) have had is named after blame's :data:`OUGHT` ("you should have had a
    reply", "you should not have had to chase us", « vous n'auriez pas dû être débité deux fois », « tu aurais dû
    recevoir un mail »): within :data:`GUESS_REACH` words, in its clause, a word of the ``undergone`` lexicon's 'owed'
    group (having to, receiving, hearing back) or a word of being then a past participle, a passive (the person as
    what was done to). "You should have kept the receipt", « vous auriez dû prendre le train précédent », "you should
    have been more careful" blame."""
    if hit.group != OUGHT:
        return False
    an = fv.an
    end = hit.last  # the words within reach, in the hit's clause
    while end < min(len(an), hit.last + GUESS_REACH) and not PAUSE.search(an.text, an.ends[end - 1], an.starts[end]):
        end += 1
    if any(h.group == "owed" and hit.last <= h.first < end for h in fv.hits("undergone")):
        return True
    being = group_words(fv.lex["undergone"], "being")

    def passive(k: int) -> bool:  # a word of being, then a participle in its clause ("plus", "more" are none)
        return an.norms[k] in being and participle(fv, k + 1) \
            and not PAUSE.search(an.text, an.ends[k], an.starts[k + 1])

    return any(passive(k) for k in range(hit.last, min(end, len(an) - 1)))


_WE, _SHOULD, _HAVE, _NOT = frozenset({"we", "i"}), frozenset({"should", "shouldn"}), frozenset({"have", "ve"}), \
    frozenset({"t", "not", "never"})


def owned_oughts(fv: FieldView) -> list[Hit]:
    """What we should (not) have done, said by us, in English: "we should have caught this", "I should have called
    you back", "we shouldn't have closed your ticket", "we should've been clearer" own the fault, as French « on aurait
    dû », « j'aurais dû » (de-escalation's owning terms) do; a past participle after "have" tells the past from a
    forecast ("we should have the part by Friday", "I should have news tomorrow" own nothing)."""
    an = fv.an
    if an.lang != "en":
        return []
    norms, n = an.norms, len(an)
    out: list[Hit] = []
    for i in range(n - 3):
        if norms[i] not in _WE or norms[i + 1] not in _SHOULD:
            continue
        j = i + 2
        while j < n and norms[j] in _NOT:
            j += 1
        if j + 1 < n and norms[j] in _HAVE and participle(fv, j + 1):
            out.append(Hit("we should have", "owning", i, j + 2, an.starts[i], an.ends[j + 1]))
    return out


def undergone(fv: FieldView, hit: Hit) -> bool:
    """Whether a guess at the person (blame's :data:`GUESS` group) guesses what they went through, not what they did:
    within :data:`GUESS_REACH` words after it, in its clause, a word of the ``undergone`` lexicon (being, feeling,
    waiting, seeing, having to) or a feeling of distress, with no word of error before it ("you must have been
    worried", "vous avez sûrement attendu toute la journée", "tu as sûrement eu peur" are empathy; "you must have typed
    the wrong postcode", "vous l'avez sûrement jeté" blame)."""
    if hit.group != GUESS:
        return False
    an = fv.an
    felt = [h.first for h in fv.hits("undergone") + fv.hits("distress")
            if hit.last <= h.first <= hit.last + GUESS_REACH and not PAUSE.search(an.text, an.ends[hit.last - 1],
                                                                                   an.starts[h.first])]
    if not felt:
        return False
    errors = [h for h in fv.hits("insinuation") if h.group == "error" and hit.last <= h.first < min(felt)]
    return not errors


SCOPES = "negation-scopes"
"""Lexicon of negation words by what a reading asks of them (groups denial, particles, none, nobody, without, non,
avoid, more, closed): the one place the criteria's negation sets come from."""
LANGS = ("en", "fr")


@lru_cache(maxsize=64)
def negation_words(groups: tuple[str, ...], langs: tuple[str, ...] = LANGS) -> frozenset[str]:
    """The folded words of ``groups`` of the :data:`SCOPES` lexicon, in ``langs`` (both by default: a reading that
    always read French and English negations alike keeps doing so)."""
    out: set[str] = set()
    for lang in langs:
        scopes = one_lexicon(lang, SCOPES)
        out.update(fold(term) for group in groups for term in group_terms(scopes, group))
    return frozenset(out)


NEGATED_REACH = 2
"""How many words before a caring word a negation denies it from, in its clause."""


def negated_before(fv: FieldView, hit: Hit) -> bool:
    """Whether a negation of the field's language (the :data:`SCOPES` lexicon's ``denial`` group) stands just before
    ``hit`` in its clause, which is no question: an owning, an apology or a feeling word then says the opposite ("not
    our mistake", "I don't understand why you didn't call": no empathy, whatever stem "understandable" shares with it;
    "'no sugar', we should…" owns, past the pause; "tu n'es pas blessée ?" asks after the person)."""
    an = fv.an
    first = max(0, hit.first - NEGATED_REACH)
    while first < hit.first and PAUSE.search(an.text, an.ends[first], an.starts[hit.first]):
        first += 1
    if not negation_words(("denial",), (fv.lex.lang,)).intersection(an.norms[first : hit.first]):
        return False
    sent = an.sentences[an.sentence_of[hit.first]]
    return not an.text[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?")


@lru_cache(maxsize=4)
def _reflexive_pairs(lang: str) -> frozenset[tuple[str, ...]]:
    return group_sequences(one_lexicon(lang, "self-judgement"), "reflexive")


def reflexive(fv: FieldView, hit: Hit) -> bool:
    """Whether a phrase stands between a subject and its own reflexive pronoun, its last word ("tu aurais dû te
    renseigner", "vous auriez dû vous inscrire": the ``self-judgement`` lexicon's ``reflexive`` group). An owning
    phrase read there ("aurait dû te", whose stem "aurais" shares) tells the person what they should have done: no
    owning, and it takes no blame over."""
    an = fv.an
    if hit.first == 0 or fv.lex.lang not in LANGS:
        return False
    return (an.stems[hit.first - 1], an.stems[hit.last - 1]) in _reflexive_pairs(fv.lex.lang)
