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

The same shape reads the brand owning a failure (:func:`owned_failings`): a first person then a verb of failing ("on a
complètement zappé", "we forgot"), or a fault named as ours ("oubli de notre part", "our mistake").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cmsim.platforms import EMAIL
from cmsim.scoring.criteria.actwords import ACTS, ActWords, act_words
from cmsim.scoring.criteria.callback import CALL_BACK, calls_back_at, recalls
from cmsim.scoring.criteria.denial import negation_words
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

GROUP = "charge"
"""The group of the hits: taking the matter on, as the de-escalation lexicon names it."""
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_LEADS = frozenset({"et", "mais", "puis", "donc", "alors", "ensuite", "and", "but", "so", "then", "now", "today"})
"""Words after which "nous" is still a subject ("et nous remboursons")."""
_FR_CONDITIONAL = ("rais", "rait", "rions", "riez", "raient")
_FR_PARTICIPLE = ("é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "us", "ue", "ert", "erte", "ait")
_MAX_BETWEEN = 4
"""Words that may stand between the subject and its verb ("je vais vous le renvoyer")."""


_Test = Callable[[FieldView, int, str, bool, ActWords], bool]
"""Whether the word at an index, after its subject and auxiliary, is the verb a reading looks for."""


def first_person_acts(fv: FieldView) -> list[Hit]:
    """One hit per sentence where a first person does something about the matter (subject to verb, see the module)."""
    found = fv.readings.get(ACTS)
    if found is None:
        found = fv.readings[ACTS] = [] if fv.empty else _read(fv, _acts, GROUP)
    return list(found)


OWNED = "owning"
"""The group of :func:`owned_failings` hits: owning what went wrong, as the de-escalation lexicon names it."""


def owned_failings(fv: FieldView) -> list[Hit]:
    """Where the brand owns a failure of its own, in any words: a first person then a verb of failing ("on a
    complètement zappé l'acclimatation", "we forgot to add it", "nous nous sommes trompés", "we got this wrong"), or
    a fault named as ours ("oubli de notre part", "our mistake", "an error on our side"); never denied ("ce n'est
    pas notre faute"), supposed ("si on a oublié") or asked ("did we miss something?")."""
    found = fv.readings.get(OWNED)
    if found is None:
        found = fv.readings[OWNED] = [] if fv.empty else _read(fv, _fails, OWNED) + _our_faults(fv)
    return list(found)


def _read(fv: FieldView, test: _Test, group: str) -> list[Hit]:
    words = act_words(fv.lex)
    an, raw, mask = fv.an, fv.raw, fv.mask
    out: list[Hit] = []
    for sent in an.sentences:
        # "on regarde ensemble ?" asks, it does not act; "could you DM us so we can check it?" offers the act its
        # purpose clause names
        asked = raw[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?")
        norms = an.norms[sent.first : sent.last]
        if words.habit.intersection(norms):
            continue
        for i in range(sent.first, sent.last):
            if mask[i] or an.norms[i] not in words.subjects:
                continue
            purpose = _purpose(fv, i, sent.first, words)
            if (asked and not purpose) or not (purpose or _is_subject(fv, i, sent.first, words)):
                continue
            verb = _verb_after(fv, i, sent.last, words, test)
            if verb is not None and test is _acts and _mishap(fv, i, verb, sent.first, words):
                break  # "we sent you the wrong size", "because we took £412": what went wrong, no act about it
            if verb is not None:
                out.append(Hit(an.norms[i], group, i, verb + 1, an.starts[i], an.ends[verb]))
                break
    return out


_MISHAP_REACH = 8
"""Words after a past act in which a word of mishap makes it what went wrong ("we charged your card twice")."""


def _mishap(fv: FieldView, i: int, verb: int, first: int, words: ActWords) -> bool:
    """Whether the past act of subject ``i`` and verb ``verb`` is the mishap itself, not a remedy: a word of mishap
    after it in its clause ("we sent the wrong size", "we charged you twice", "nous vous avons envoyé la mauvaise
    taille", "on vous a débité deux fois"), or a cause opening its clause ("because we took
    £412", "parce qu'on a coupé le compteur"). Past: "have" before the verb, or an English past form."""
    an = fv.an
    norm = an.norms[verb]
    past = any(an.norms[k] in words.have for k in range(i + 1, verb)) or (
        fv.lex.lang == "en" and (norm.endswith("ed") or norm in words.participles or norm in words.preterites))
    if not past:
        return False
    k = i - 1
    while k >= first and not _CLAUSE_BREAK.search(fv.raw, an.ends[k], an.starts[k + 1]):
        if an.norms[k] in words.causes:
            return True
        k -= 1
    end = verb + 1
    while (end < an.sentences[an.sentence_of[verb]].last and end - verb <= _MISHAP_REACH
           and not _CLAUSE_BREAK.search(fv.raw, an.ends[end - 1], an.starts[end])):
        end += 1
    after = an.norms[verb + 1 : end]
    return any(tuple(after[j : j + len(m)]) == m for m in words.mishaps for j in range(len(after)))


_DENIALS = negation_words(("denial", "particles"))
"""Negations that turn a fault named as ours into a denial ("ce n'est pas notre faute", "it's not our fault")."""
_FAULT_GAP = 1
"""Words that may stand between "our" and the fault ("notre grosse erreur", "our big mistake")."""
_ON_OUR_SIDE = (("de", "notre", "part"), ("de", "notre", "cote"), ("on", "our", "side"), ("on", "our", "end"),
                ("on", "our", "part"))


def _our_faults(fv: FieldView) -> list[Hit]:
    """A fault named as the brand's own: "notre erreur", "our mistake", "oubli de notre part", "error on our side"."""
    words = act_words(fv.lex)
    an = fv.an
    norms, n = an.norms, len(an.norms)
    out: list[Hit] = []
    for i, norm in enumerate(norms):
        if fv.mask[i] or norm not in words.faults:
            continue
        sent = an.sentence_of[i]
        before = [k for k in range(max(0, i - 1 - _FAULT_GAP), i) if an.sentence_of[k] == sent]
        owner = next((k for k in before if norms[k] in words.ours), None)
        after = tuple(norms[i + 1 : i + 4])
        if owner is None and after not in _ON_OUR_SIDE:
            continue
        first = i if owner is None else owner
        denied = _DENIALS.intersection(norms[max(an.sentences[sent].first, first - 3) : first])
        if not denied:
            last = i + 1 if owner is not None else min(n, i + 4)
            out.append(Hit(norm, OWNED, first, last, an.starts[first], an.ends[last - 1]))
    return out


def _purpose(fv: FieldView, i: int, first: int, words: ActWords) -> bool:
    """Whether the pronoun at ``i`` opens a clause of purpose after a request to continue in private: "DM us so (that)
    we can check it", "écrivez-nous en MP afin que nous puissions vous proposer…", "…en privé pour qu'on puisse vous
    rembourser". The act it names is offered to the person once they write, even inside a question ("could you message
    us so I can check?"); asking for details in public "so we can check" offers nothing the person should take. An
    e-mail address in the clause asks the person to write in private too ("could you email care@… with your parcel
    number so we can book a slot?")."""
    norms = fv.an.norms
    before = norms[max(first, i - 2) : i]
    if not before or not (before[-1] in words.purpose or tuple(before) in words.purpose_pairs):
        return False
    if any(first <= h.first < i for h in fv.hits("private-channel")):
        return True
    # "could you email hello@brand.co.uk with the batch number so we can look into it?": the address asks the person
    # to write in private too (its dots cut the sentence, so the clause is read back to the last true sentence end)
    start = fv.an.starts[i]
    clause = fv.raw[max((m.end() for m in _SENTENCE_END.finditer(fv.raw, 0, start)), default=0) : start]
    return bool(EMAIL.search(clause))


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
"""A sentence's end (a dot inside an address or a web address is none)."""


def _is_subject(fv: FieldView, i: int, first: int, words: ActWords) -> bool:
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


def _verb_after(fv: FieldView, i: int, last: int, words: ActWords, test: _Test) -> int | None:
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
        elif fr and _causative(fv, k, words):
            aux = ""  # "on (a) fait stopper les prélèvements": the infinitive after "fait" is the act
        elif norm in words.skip or _adverb(norm, fr):
            going = going or norm == "going"
            if aux == "be" and fr and norm in ("de", "d"):
                aux = "be-done"  # "je suis en train de"
        else:
            return k if test(fv, k, aux, going, words) else None
        k += 1
    return None


_VERBS_IN_LY = frozenset({"apply", "reply", "supply", "rely", "comply", "imply", "multiply", "fly", "ally"})
"""English verbs that end like an adverb."""


def _adverb(norm: str, fr: bool) -> bool:
    """Whether a word standing between the subject and its verb is an adverb by its ending ("we sincerely apologise",
    "we truly value", "nous vous remercions sincèrement"): skipped, so the verb after it is the one read."""
    if fr:
        return len(norm) > 6 and norm.endswith("ment")
    return len(norm) > 4 and norm.endswith("ly") and norm not in _VERBS_IN_LY


_INFINITIVE = ("er", "ir", "re", "oir")


def _causative(fv: FieldView, k: int, words: ActWords) -> bool:
    """Whether the word at ``k`` is French "fait" (a function word, so no act of its own) followed by an infinitive in
    the same sentence: the causative ("on fait stopper", "nous avons fait suspendre"), whose act is the infinitive."""
    an = fv.an
    nxt = k + 1
    return (an.norms[k] == "fait" and nxt < len(an.norms) and an.sentence_of[nxt] == an.sentence_of[k]
            and not fv.mask[nxt] and an.is_word[nxt] and an.norms[nxt] not in words.function
            and an.norms[nxt].endswith(_INFINITIVE))


_EFFORT_REACH = 3
"""How many words after a light verb a word of effort voids the act ("on va faire de notre mieux")."""
_APOLOGY_REACH = 5
"""How many words after a verb an apology as its object makes it an apology ("je vous adresse mes plus sincères
excuses", "we extend our deepest apologies")."""


def _follows(fv: FieldView, k: int, targets: frozenset[str], reach: int) -> bool:
    """Whether a word of ``targets`` stands within ``reach`` words after ``k``, in its sentence."""
    an = fv.an
    sentence = an.sentence_of[k]
    ahead = range(k + 1, min(len(an.norms), k + 1 + reach))
    return any(an.sentence_of[j] == sentence and an.norms[j] in targets for j in ahead)


def _fails(fv: FieldView, k: int, aux: str, going: bool, words: ActWords) -> bool:
    """Whether the word at ``k`` is a verb of failing ("oublié", "zappé", "forgot", "missed"), or "got"/"did" with
    "wrong" just after ("we got this wrong")."""
    an = fv.an
    norm = an.norms[k]
    if norm in words.failing:
        return True
    ahead = [an.norms[j] for j in range(k + 1, min(len(an.norms), k + 4)) if an.sentence_of[j] == an.sentence_of[k]]
    return norm in ("got", "get", "did", "done") and "wrong" in ahead


def _acts(fv: FieldView, k: int, aux: str, going: bool, words: ActWords) -> bool:
    """Whether the word at ``k`` is a verb doing something, given the auxiliary before it."""
    an = fv.an
    norm, surface = an.norms[k], an.surface[k].lower()
    if calls_back_at(fv, k):
        return aux != "be" and not norm.endswith(_FR_CONDITIONAL)  # "on vous rappelle demain": a call, not a reminder
    if (norm in words.function or an.stems[k] in words.stance or norm in words.stance or norm in words.effort
            or norm in words.failing):
        return False  # a position, a promise of effort, or owning a failure ("on a zappé"): no act
    if norm in words.light and _follows(fv, k, words.effort, _EFFORT_REACH):
        return False  # "nous ferons mieux", "je ferai mon possible": a promise of effort, not an act
    if _follows(fv, k, words.apologies, _APOLOGY_REACH):
        return False  # "je vous présente mes excuses", "I offer my apologies": said, not a remedy
    nxt = an.norms[k + 1] if k + 1 < len(an.norms) and an.sentence_of[k + 1] == an.sentence_of[k] else ""
    if nxt in words.stop or nxt in words.after or (fv.lex.lang == "fr" and an.stems[k].startswith(CALL_BACK)
                                                   and recalls(fv, k)):
        return False  # "je vous rappelle que…", "nous rappelons par ailleurs que…", "we know that…", "we look forward"
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
