"""Hostility that lives in the shape of a sentence rather than in its words: a lecture about the person's conduct
"next time" ("Maybe read the delivery times next time"), and a tautology that shuts the question ("It'll come when
it comes", "Ça prendra le temps que ça prendra"). The cue words are data (``next-time.yaml``, ``tautology.yaml``);
what makes them a jab is read here, and each jab is a hit whose span the feedback quotes."""

from __future__ import annotations

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.names import brand_words, name_words

NEXT_TIME = "next-time"
TAUTOLOGY = "tautology"

FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me", "nous", "notre", "nos", "je", "j", "mon", "ma", "mes",
                          "moi", "on"})
"""The brand speaking of itself: "next time, we'll text you" is a promise, not a lecture (French "on" is read as
"nous", the benefit of the doubt)."""
SECOND_PERSON = frozenset({"you", "vous", "tu"})
ADVISING = frozenset({"maybe", "perhaps", "try", "just", "peut", "faut", "faudra", "faudrait", "fallait"})
"""Words that make a sentence advice to the person ("Maybe check the tracking next time", "peut-être vérifier le code
postal", "il faudra penser à…")."""
MODALS = frozenset({"should", "might", "could", "may", "need", "must", "better", "want", "ought", "devriez", "devrez",
                    "pourriez", "devez", "dois", "devrais", "pourrais", "devras"})
"""Modals of advice after "you" / "vous" ("you might want to…", "vous devriez…"); "you'll get a text next time" is
news, not advice."""
_NOT_ORDERS = frozenset({"chez", "assez", "veuillez"})
_PAUSES = ",;:(—–"
_PAUSE_MARKS = frozenset(_PAUSES)
TAUTOLOGY_REACH = 6
"""How far before the cue a tautology's first half may start (within the clause: a pause ends the search)."""
TAUTOLOGY_ECHO = 3
"""How many words after the cue may echo the first half ("when it's done")."""
_AUXILIARIES = frozenset({"be", "is", "are", "was", "will", "ll", "s", "have", "has", "had", "do", "does", "did", "can",
                          "etre", "est", "sera", "seront", "sont", "ser", "a", "ont", "avoir", "va", "vont"})


def _clitic(fv: FieldView, i: int) -> bool:
    """Whether token ``i`` is hyphenated to the word before it ("préviens-nous", "dites-le-nous")."""
    start = fv.an.starts[i]
    return start > 0 and fv.raw[start - 1] == "-"


def _imperative(ctx: Context, fv: FieldView, first: int, last: int) -> bool:
    """Whether a French sentence holds a verb in the imperative: a word in -ez not followed by "vous" ("commandez",
    not "avez-vous"), or a word with a hyphenated pronoun after it ("préviens-nous", "renseigne-toi")."""
    if ctx.lang != "fr":
        return False
    norms = fv.an.norms
    for i in range(first, last):
        word = norms[i]
        ordered = len(word) >= 5 and word.endswith("ez") and word not in _NOT_ORDERS
        if ordered and (i + 1 >= last or norms[i + 1] != "vous"):
            return True
        if i + 1 < last and _clitic(fv, i + 1) and norms[i + 1] in {"toi", "nous", "moi", "vous", "le", "la", "les"}:
            return True
    return False


def _advises(ctx: Context, fv: FieldView, first: int, last: int) -> bool:
    """Whether a sentence gives the person advice: an advising word ("maybe", "try", "il faut"), "you" / "vous" with a
    modal of advice ("you might want to"), or a verb in the imperative (an order verb opening a clause in English,
    see the rudeness lexicon; a French imperative)."""
    norms = fv.an.norms
    for i in range(first, last):
        if norms[i] in ADVISING:
            return True
        if norms[i] in SECOND_PERSON and MODALS.intersection(norms[i + 1 : min(last, i + 3)]):
            return True
    if ctx.lang == "fr":
        return _imperative(ctx, fv, first, last)
    names = set(ctx.people) | {ctx.person or ""}
    skip = {w for n in names for w in n.lower().split()}
    opening = {h.first for h in fv.hits("rudeness") if h.group == "order" and fv.an.surface[h.first].lower() == h.term}
    return any(i in opening and (i == first or _pause_before(fv, i) or norms[i - 1] in skip)
               for i in range(first, last))


def next_time_lectures(ctx: Context, fv: FieldView) -> list[Hit]:
    """Cues of the next-time lexicon in a sentence that lectures the person: the brand does not speak of itself
    (no "we", "I", "nous", "je", "on", a pronoun hyphenated to a verb aside) and the sentence advises the person
    (see :func:`_advises`). The hit's words are the cue's; its span is the sentence, which the feedback quotes."""
    an = fv.an
    out = []
    for hit in fv.hits(NEXT_TIME):
        sent = an.sentences[an.sentence_of[hit.first]]
        if any(an.norms[i] in FIRST_PERSON and not _clitic(fv, i) for i in range(sent.first, sent.last)):
            continue
        if _advises(ctx, fv, sent.first, sent.last):  # the feedback quotes the whole lecture, priced on its cue
            out.append(Hit(hit.term, hit.group, hit.first, hit.last, an.starts[sent.first], an.ends[sent.last - 1]))
    return out


def owned_next_time(fv: FieldView) -> list[Hit]:
    """Next-time cues in a sentence where the brand speaks of itself ("next time you order, we'll…"): a condescension
    term over the same words is a promise there, not a lecture."""
    an = fv.an
    owned = []
    for hit in fv.hits(NEXT_TIME):
        sent = an.sentences[an.sentence_of[hit.first]]
        if any(an.norms[i] in FIRST_PERSON and not _clitic(fv, i) for i in range(sent.first, sent.last)):
            owned.append(hit)
    return owned


def _content(fv: FieldView, i: int) -> bool:
    norm = fv.an.norms[i]
    return fv.an.is_word[i] and norm not in fv.lex["function-words"].words and norm not in _AUXILIARIES


def _pause_before(fv: FieldView, i: int) -> bool:
    """Whether a pause (comma, colon, dash…) stands between token ``i - 1`` and token ``i``."""
    an = fv.an
    return not _PAUSE_MARKS.isdisjoint(fv.raw[an.ends[i - 1] : an.starts[i]])


CLAUSE_LEADS = frozenset({"and", "so", "then", "now", "but", "or", "et", "puis", "alors", "donc", "mais", "ou"})
"""Words after which an order still opens its clause ("…and don't bother coming back", "et ne reviens jamais")."""


def opens_clause(ctx: Context, fv: FieldView, i: int) -> bool:
    """Whether token ``i`` opens a clause said to the person: the sentence's first word, or after a pause, a word of a
    name ("Dana stop crying") or a lead-in ("and"). An order there is at the person; "your baby will stop crying",
    "the flicker should just go away" speak of something else."""
    an = fv.an
    if i == an.sentences[an.sentence_of[i]].first or _pause_before(fv, i):
        return True
    before = an.norms[i - 1]
    return before in CLAUSE_LEADS or any(before in name_words(n) for n in (*ctx.people, ctx.person or ""))


def _same_verb(a: str, b: str) -> bool:
    """Whether two stems are one word ("come"/"come"; "go"/"goe", which the stemmer leaves apart)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return (len(short) >= 2 and len(long) - len(short) <= 1 and long.startswith(short))


def tautologies(fv: FieldView) -> list[Hit]:
    """A clause, a cue ("when", "as long as", "quand", "le temps que", "are") and the clause's own word again, ending
    the clause: "it'll come when it comes", "ce sera réparé quand ce sera réparé", "our terms are our terms". The first
    half is read back to the last pause, so "it arrives Thursday, and when it arrives…" is no tautology; the hit spans
    both halves."""
    an = fv.an
    out = []
    for cue in fv.hits(TAUTOLOGY):
        sent = an.sentences[an.sentence_of[cue.first]]
        before: dict[str, int] = {}
        i = cue.first - 1
        while i >= max(sent.first, cue.first - TAUTOLOGY_REACH) and not _pause_before(fv, cue.first):
            if _content(fv, i):
                before.setdefault(an.stems[i], i)
            if i == sent.first or _pause_before(fv, i):
                break
            i -= 1
        if not before:
            continue
        for k in range(cue.last, min(sent.last, cue.last + TAUTOLOGY_ECHO)):
            if k > cue.last and _pause_before(fv, k):
                break
            echo = an.stems[k]
            first = next((j for stem, j in before.items() if _same_verb(stem, echo)), -1) if _content(fv, k) else -1
            if first >= 0 and _closes_clause(fv, k, sent.last):  # "our delivery terms are our delivery terms"
                out.append(Hit(cue.term, cue.group, first, k + 1, an.starts[first], an.ends[k]))
                break
    return out


def _closes_clause(fv: FieldView, k: int, last: int) -> bool:
    """Whether the echo at ``k`` ends its clause: nothing but grammatical words until a pause or the sentence's end
    ("our terms are our terms.", "when he turns up."; not "three times is three times too many")."""
    for j in range(k + 1, last):
        if _pause_before(fv, j):
            return True
        if _content(fv, j):
            return False
    return True


BRAND_DENIAL = "brand-denial"
"""Group of a :func:`brand_denials` hit: the brand's name is its point, which no lexicon term may match."""
DENIALS = frozenset({"not", "pas", "non"})
"""Negations that set the brand against who is at fault ("…the grid operator, not Voltra", "…et non par Voltra")."""
LINKS = frozenset({"a", "at", "by", "from", "with", "on", "of", "for", "to", "the", "side", "chez", "par", "de", "du",
                   "des", "pour", "le", "la", "les", "l", "cote", "aupres"})
"""Words that may stand between the negation and the brand's name ("not at", "pas du côté de")."""


def brand_denials(ctx: Context, fv: FieldView) -> list[Hit]:
    """A negation, then only prepositions, then the brand's own name (or handle) closing the clause: "caused by our
    payments provider, not at Brightwater", "dus aux travaux du réseau, pas à Ligne Océane". It passes the fault to a
    third party as "not ours" does, with the brand's name where "us" stands; "this is not the Voltra service you
    deserve" (the name does not close the clause) and "not a great month with Voltra" (more than prepositions between)
    pass nothing on. The hit spans the negation and the name."""
    an = fv.an
    norms = an.norms
    if DENIALS.isdisjoint(norms):  # most replies: no negation to read
        return []
    brand = brand_words(ctx)
    out = []
    for i, norm in enumerate(norms):
        if norm not in DENIALS:
            continue
        j = i + 1
        while j < len(norms) and norms[j] in LINKS and not _pause_before(fv, j):
            j += 1
        k = j
        while k < len(norms) and norms[k] in brand and (k == j or not _pause_before(fv, k)):
            k += 1
        sent = an.sentences[an.sentence_of[i]]
        if k > j and k <= sent.last and (k == sent.last or _pause_before(fv, k)):
            out.append(Hit(f"{norm} {norms[j]}", BRAND_DENIAL, i, k, an.starts[i], an.ends[k - 1]))
    return out
