"""Blame denied in its own clause ("none of this is your fault"): reassurance, not blame (calm's hostility). The words
are data: the ``negation`` and ``negation-pronouns`` lexicons deny, the ``negation-links`` and ``denial-links`` ones may
stand between the negation and the blame."""

from __future__ import annotations

import re
from functools import lru_cache

from cmsim.scoring.fieldview import FieldView
from cmsim.scoring.lexicon import Hit, one_lexicon
from cmsim.scoring.text import fold
from cmsim.scoring.wordsets import group_sequences, group_terms

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
