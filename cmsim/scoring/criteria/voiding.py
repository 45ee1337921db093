"""A word denied in its clause: a negation or a refusal before it ("we will not blame the agency", "we are unable to
process a refund") or just after it ("le remboursement n'est pas possible"). The checklist reads its items with it
(an avoided act denied is not done, a must act refused is not done), and hostility its jabs (see :mod:`.negated`)."""

from __future__ import annotations

import re

from cmsim.scoring.integrity import FieldView

NEGATION = "negation"
"""The lexicon (a word set) of negations and refusals that void a checklist word in its clause (see :func:`voided`)."""
REFUSAL = "refusal"
"""Refusals ("unable", "impossible"): they void a checklist word as a negation does, and alone after it too."""
LEADS, ADVICE, JOINS = "negation-leads", "negation-advice", "negation-joins"
LINKS, AFTER = "negation-links", "negation-after"
"""Word sets: what may stand before a negation giving an instruction ("please don't", "merci de ne pas"), verbs of
advice ("we advise you not to"), words joining two clauses past which a negation before does not reach ("aucun lien et
supprimez"); words between a checklist word and a negation after it ("the refund is not"), and what that negation must
deny to void the word ("… not possible", "… not at fault")."""
NEGATION_REACH = 2
"""How many content words (not function words) may stand between a negation and the checklist word it voids ("ce
n'est pas la faute de l'entrepôt": one, 'faute'; "hasn't given you a real answer in two days": three, too far)."""
PAIRS = "negation-pairs"
"""Particles that make one negation with the next ("ne … aucun"), never a second one."""
WITHOUT = "negation-without"
"""Words ("sans", "without") that negate a verb after them ("sans vous faire rappeler", "without blaming"), not a noun
("trois semaines sans remboursement", "without your refund" name the refund)."""
_VERB_ENDINGS = {"fr": ("er", "ir", "re"), "en": ("ing",)}
"""How the verb after "sans" / "without" ends (infinitive, gerund), object pronouns skipped."""
_PAUSE = re.compile(r"[,;:.!?()]")

def _pause(fv: FieldView, left: int) -> bool:
    """Whether a pause (a clause's mark) stands between token ``left`` and the next one."""
    an = fv.an
    return not (an.is_word[left] and an.is_word[left + 1]) or \
        _PAUSE.search(an.text, an.ends[left], an.starts[left + 1]) is not None  # an emoji closes a clause too


def _question(fv: FieldView, last: int) -> bool:
    """Whether the clause of token ``last`` ends on a question mark ("tu n'es pas blessée ?" asks, denies nothing)."""
    mark = _PAUSE.search(fv.an.text, fv.an.ends[last])
    return mark is not None and mark.group() == "?"


def _instruction(fv: FieldView, i: int) -> bool:
    """Whether the negation at token ``i`` gives an instruction: its clause's first negation ("ne" of "ne … pas") opens
    the clause or follows a verb of advice, only instruction words between ("Ne cliquez pas", "Please don't share",
    "nous vous conseillons de ne pas publier", "we advise you not to post")."""
    norms, lex = fv.an.norms, fv.lex
    neg, leads, advice = lex[NEGATION].words, lex[LEADS].words, lex[ADVICE].words
    start, k = i, i - 1
    while k >= 0 and i - k <= 3 and not _pause(fv, k):  # "ne cliquez pas": the "ne" before "pas"
        if norms[k] in neg:
            start = k
        k -= 1
    passed = norms[start] in leads
    j = start - 1
    while j >= 0 and not _pause(fv, j):
        w = norms[j]
        if w in advice or (j > 0 and not _pause(fv, j - 1) and norms[j - 1] in advice
                           and w in lex["function-words"].words):
            return True
        if w not in leads:
            return False
        passed = True
        j -= 1
    return passed


def _denied_after(fv: FieldView, last: int) -> bool:
    """Whether, just after token ``last`` in its clause, linking words then a refusal ("est impossible") or a negation
    then what it denies ("n'est pas possible", "wasn't at fault") void the word."""
    norms, lex = fv.an.norms, fv.lex
    neg, refusal, links, after = lex[NEGATION].words, lex[REFUSAL].words, lex[LINKS].words, lex[AFTER].words
    j, negated = last + 1, False
    while j < len(norms) and j - last <= 6 and not _pause(fv, j - 1):
        w = norms[j]
        if w in refusal:
            return True
        if w in neg:
            negated = True
        elif negated and w in after:
            return True
        elif w not in links:
            return False
        j += 1
    return False


def _verb_after(fv: FieldView, i: int) -> bool:
    """Whether a verb follows "sans" / "without" at token ``i``, function words skipped ("sans vous faire", "without
    ever blaming"): it negates that verb. A noun after it is named, not negated."""
    norms, function = fv.an.norms, fv.lex["function-words"].words
    endings = _VERB_ENDINGS.get(fv.an.lang, ())
    j = i + 1
    while j < len(norms) and norms[j] in function and j - i < 3:
        j += 1
    return j < len(norms) and norms[j].endswith(endings) and norms[j] not in function


def _double_negation(fv: FieldView, first: int) -> bool:
    """Whether a negation stands just before words that hold one ("'no added sugar' isn't 'no sugar'", "it is not
    nothing"); not a particle that makes one negation with them ("il n'y a eu aucune fuite", "ne cliquez sur aucun
    lien": ``negation-pairs``)."""
    norms, lex = fv.an.norms, fv.lex
    neg, pairs, function = lex[NEGATION].words, lex[PAIRS].words, lex["function-words"].words
    i = first - 1
    while i >= 0 and first - i <= 3 and not _pause(fv, i):
        if norms[i] in neg:
            return norms[i] not in pairs
        if norms[i] not in function:
            return False
        i -= 1
    return False


def voided(fv: FieldView, first: int, last: int, *, must: bool) -> bool:
    """Whether a negation or refusal voids the checklist word at tokens ``first``..``last``: one before it in its
    clause, at most :data:`NEGATION_REACH` content words away and no joining word between ("we will not blame the
    agency", "we are unable to process a refund"), or one just after it ("le remboursement n'est pas possible"). Not
    when the words hold the negation themselves ("aucun lien", "nothing wrong": :func:`_double_negation` aside), nor
    in a question ("tu n'es pas blessée ?"), nor, for a must item, when the negation gives an instruction ("ne cliquez
    pas sur le lien")."""
    an, lex = fv.an, fv.lex
    norms, neg, refusal = an.norms, lex[NEGATION].words, lex[REFUSAL].words
    if _question(fv, last):
        return False
    if any(norms[k] in neg or norms[k] in refusal for k in range(first, last + 1)):
        return _double_negation(fv, first)
    if _denied_after(fv, last):
        return True
    function, joins = lex["function-words"].words, lex[JOINS].words
    content = 0
    i = first - 1
    while i >= 0 and content <= NEGATION_REACH and not _pause(fv, i):
        w = norms[i]
        if w in refusal:
            return True
        if w in neg:
            return not (must and _instruction(fv, i))
        if w in lex[WITHOUT].words and _verb_after(fv, i):
            return True
        if w in joins:
            return False
        if w not in function:
            content += 1
        i -= 1
    return False
