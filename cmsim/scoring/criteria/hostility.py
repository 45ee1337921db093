"""Hostility: the one price list of jabs, the hostile hits a reply makes (never on a name: the brand's whole name, a
handle, a person's name, the signature ending the reply; see :mod:`cmsim.scoring.names`), mock praise, siding with a
mocker; the score their prices make is :mod:`cmsim.scoring.criteria.penalty`."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.criteria.cleared import cleared, not_understood
from cmsim.scoring.criteria.consolation import CONSOLATION, mock_consolations
from cmsim.scoring.criteria.denial import denied, owed, reflexive, undergone
from cmsim.scoring.criteria.futility import futilities
from cmsim.scoring.criteria.inversion import inverted
from cmsim.scoring.criteria.learning import aimless
from cmsim.scoring.criteria.linings import silver_linings
from cmsim.scoring.criteria.mentions import mentioned
from cmsim.scoring.criteria.negated import negated
from cmsim.scoring.criteria.pressure import PRESSURE, pressures
from cmsim.scoring.criteria.proportion import exceptions
from cmsim.scoring.criteria.selfjudged import self_judged
from cmsim.scoring.criteria.structures import (
    BRAND_DENIAL,
    brand_denials,
    next_time_lectures,
    opens_clause,
    owned_next_time,
    tautologies,
)
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, lexicons
from cmsim.scoring.names import name_mask, name_words
from cmsim.scoring.text import analyse_cached

SIDING = "siding"
"""Cost key of :func:`siding_with_mockers` in :func:`hostile_penalties` costs."""
JUDGEMENT = "judgement"
"""Lexicon of words that judge ("lamentable", "pathetic", "vos bêtises"): contempt only when aimed at the person."""
POLICING = "policing"
"""Lexicon of reminders ("kindly note", "nous vous rappelons que"): tone policing, priced by calm alone (its price
in :mod:`cmsim.scoring.criteria.calming`)."""
OPENING = "opening"
"""Group of the contempt lexicon: orders at the person ("stop crying", "va-t'en"), contempt only opening a clause."""
MOCK_PRAISE = "mock-praise"
"""Lexicon of praise that is mockery only when the person answered is upset (see :func:`hostile_penalties`)."""

HOSTILITY_COSTS: dict[str, float] = {
    "insults": 75, "profanity": 75, "threats": 70, "contempt": 65, "sarcasm": 65, MOCK_PRAISE: 65, "rhetorical": 60,
    "dismissal": 60, "blame": 60, "condescension": 60, "defensive": 40, "mocking-emoji": 50, SIDING: 60, JUDGEMENT: 60,
}
"""The one price list of hostility, by lexicon: points each distinct hit costs a criterion that prices tone (calm's
no-hostility, listening's regard, communication's respect). One clear jab leaves a reply poor on calm; a rubric may
change a price with the criterion's ``costs`` parameter."""


def hostile_penalties(ctx: Context, fv: FieldView, costs: Mapping[str, float]) -> list[tuple[list[Hit], float]]:
    """Distinct hits of each hostile lexicon with its cost, except hits inside a longer caring phrase
    ("you should have had an answer" acknowledges; "you should have read" blames); the ``siding`` cost
    prices agreeing with a commenter who mocks the person answered. A caring phrase that is the longer reading of a
    hit's words takes it over ("you should have been told" owns a silence; "not your fault" is no blame)."""
    known = fv.priced.get(id(costs))  # five criteria ask with the same price list: priced once per field
    if known is not None and known[0] is costs:  # the list is kept with its id, so the id is never another's
        return list(known[1])
    hostile = fv.hostile  # each family's hits are found once per field, whichever price list asks first
    for name in costs:
        if name not in hostile:
            hostile[name] = _hostile_hits(ctx, fv, name)
    out = [(hostile[name], cost) for name, cost in costs.items()]
    fv.priced[id(costs)] = (costs, out)
    return list(out)


HEAT = ("insults", "profanity", "contempt", "sarcasm", "mocking-emoji")
"""Lexicons whose words in the person's message say they are attacking or mocking (a troll is not 'distressed')."""


GROUP_WORDS = frozenset({"all", "everyone", "everybody", "winners", "winner", "team", "fans", "tous", "toutes",
                         "gagnants", "gagnantes", "gagnant", "gagnante", "equipe"})
"""Words saying praise goes to others than the person answered ("congrats to all the winners")."""
_TIMES = frozenset({"jours", "soirs", "matins", "semaines", "mois", "ans", "days", "day", "week", "time", "times"})
"""Words after "tous les" / "all the" that make it a time ("tous les jours"), not a group of people."""


def _praises_others(ctx: Context, fv: FieldView, hit: Hit) -> bool:
    """Whether the sentence of a praise hit names a group or another person of the thread: praise for them."""
    an = fv.an
    sent = an.sentences[an.sentence_of[hit.first]]
    norms = an.norms
    return any((norms[i] in GROUP_WORDS and not _time(norms, i, sent.last)) or norms[i] in ctx.others
               for i in range(sent.first, sent.last))


def _time(norms: list[str], i: int, last: int) -> bool:
    """Whether the group word at ``i`` opens a time ("tous les jours", "all the time")."""
    return i + 2 < last and norms[i + 1] in ("les", "the") and norms[i + 2] in _TIMES


def upset(ctx: Context) -> bool:
    """Whether the person answered is upset: distress or heat (insults, contempt, sarcasm) in their words, or a
    feeling of distress named by the step. Read once (``Context.person_upset``): a dozen readings of a reply ask."""
    if ctx.person_upset is None:
        ctx.person_upset = _upset(ctx)
    return ctx.person_upset


def _upset(ctx: Context) -> bool:
    if ctx.distressed:
        return True
    feeling = (ctx.expect.feeling,) if ctx.expect.feeling else ()
    return _heated(tuple(an.text for an in ctx.person_said), ctx.lang) or _felt(feeling, ctx.lang)


@lru_cache(maxsize=256)
def _felt(feeling: tuple[str, ...], lang: str) -> bool:
    """Whether the feeling the step names ("angry", "en colère", "inquiète") is one of distress, in the scene's
    language or in English (a French scene's step may name it "angry")."""
    return any(lexicons(name)["distress"].find(analyse_cached(text, name))
               for name in dict.fromkeys((lang, "en")) for text in feeling)


@lru_cache(maxsize=256)
def _heated(texts: tuple[str, ...], lang: str) -> bool:
    lex = lexicons(lang)
    return any(lex[name].find(analyse_cached(text, lang)) for name in HEAT for text in texts)


JOY = "joy"
"""Group of the empathy lexicon: sharing the person's joy or pride ("so glad you loved it", "ravis que ça vous ait
plu"), see :mod:`cmsim.scoring.criteria.joy`."""


def shared_joy(fv: FieldView) -> list[Hit]:
    """The empathy lexicon's hits of its :data:`JOY` group: mock praise to someone upset, as "bravo" is."""
    return [h for h in fv.hits("empathy") if h.group == JOY]


def _shutting(_ctx: Context, fv: FieldView) -> list[Hit]:
    return tautologies(fv) + not_understood(fv)




def _lectures(ctx: Context, fv: FieldView) -> list[Hit]:
    return next_time_lectures(ctx, fv) + futilities(fv) + cleared(fv)


STRUCTURES: dict[str, Callable[[Context, FieldView], list[Hit]]] = {
    "condescension": _lectures, "dismissal": _shutting, "deflection": brand_denials,
    "consolation": lambda _ctx, fv: silver_linings(fv), MOCK_PRAISE: lambda _ctx, fv: shared_joy(fv),
    "minimising": lambda ctx, fv: exceptions(fv) if upset(ctx) else []}
"""Families that sentence shapes add to (see :mod:`cmsim.scoring.criteria.structures`): a lecture about the person's
conduct "next time" or the matter declared closed at them ("as already explained", :mod:`.cleared`) is condescension,
a tautology that shuts the question ("it'll come when it comes") or the person told they were not understood
(:mod:`.cleared`) dismissal, the fault denied by the brand's own name
("…the grid operator, not Voltra") deflection, a silver lining by its shape ("at least all that driving gave you…")
mock consolation, joy shared with someone upset ("glad you enjoyed the video at least!") mock praise."""


def _hostile_hits(ctx: Context, fv: FieldView, name: str) -> list[Hit]:
    hits = siding_with_mockers(ctx, fv) if name == SIDING else pressures(fv) if name == PRESSURE else fv.distinct(name)
    if name in STRUCTURES:  # a shape read over a lexicon term's words is the same jab ("soyez plus prudent")
        hits = hits + [s for s in STRUCTURES[name](ctx, fv) if not any(h.first < s.last and s.first < h.last
                                                                       for h in hits)]
    if not hits:
        return []  # most replies: nothing of this family, nothing to filter
    hits = [h for h in hits if not aimless(fv, h) and not inverted(fv, h)]  # "lol" in a post: aimed at no one
    if not hits:
        return hits
    if name == "condescension":  # "next time you order, we'll…" is a promise: the brand speaks of itself
        if fv.kind == "internal":  # "she has posted publicly" reports to colleagues where the person spoke
            hits = [h for h in hits if h.group != REPORTED]
        owned = owned_next_time(fv)
        hits = [h for h in hits if not any(o.first < h.last and h.first < o.last for o in owned)
                and not (h.group == WRITTEN and _conceded(fv, h))]
    if name in ("contempt", "rhetorical"):  # "stop crying", "come on" at the person, not "your baby will stop crying"
        hits = [h for h in hits if (h.group != OPENING or opens_clause(ctx, fv, h.first))
                and not negated(fv, h.first, h.last)]  # "we don't want you to go elsewhere"
    if name == "sarcasm":
        hits = [h for h in hits if h.group != WISH or not _wished(ctx, fv, h)]
    if name == MOCK_PRAISE and not upset(ctx):
        return []  # "bravo" to a happy fan is praise; to someone upset or hostile it is mockery
    if name == CONSOLATION:
        hits = mock_consolations(ctx, fv, hits) if upset(ctx) else []  # to a happy fan a wink is a wink
    caring = [h for h in fv.hits("empathy") + fv.hits("de-escalation")
              if h.last - h.first >= 3 and not reflexive(fv, h)]  # "tu aurais dû te renseigner" blames
    named = name_mask(ctx, fv)
    hits = [h for h in hits if h.group == BRAND_DENIAL or not any(named[h.first : h.last])]
    if name == MOCK_PRAISE:
        hits = [h for h in hits if not _praises_others(ctx, fv, h)]
    if name == JUDGEMENT:
        hits = [h for h in hits if _aimed(ctx, fv, h)]
    if name in VERDICTS:
        hits = [h for h in hits if not _apologised(fv, h)]
    if name in VERDICTS or name == "insults":  # "c'est nul de notre part" owns; no apology excuses "sorry, you idiot"
        hits = [h for h in hits if not self_judged(fv, h)]
    if name in MENTIONABLE:
        hits = [h for h in hits if not mentioned(ctx, fv, h)]
    if name == "deflection":  # « pourquoi ne pas nous appeler ? »: "nous" the object of a negated infinitive
        hits = [h for h in hits if not _self_described(fv, h) and not (
            h.first > 0 and fv.an.norms[h.first] == "pas" and fv.an.norms[h.first - 1] in ("ne", "n"))]
    if name == "blame":  # "none of this is your fault" denies; "you must have been worried" guesses no fault
        hits = [h for h in hits if not denied(fv, h) and not undergone(fv, h) and not owed(fv, h)]
    if caring:
        hits = [h for h in hits if not any(_takes_over(c, h) for c in caring)]
    if name in FORMULAS:
        hits = _one_per_formula(hits)
    return hits


WISH = "wish"
"""Group of the sarcasm lexicon: a wish for what the person undertakes ("good luck with your", « bonne chance »)."""
_WISH_REACH = 4


def _wished(ctx: Context, fv: FieldView, hit: Hit) -> bool:
    """Whether a wish is sincere: the person is not upset, and the wish exclaims (its sentence ends on "!") or, within
    a few words after it in its clause, its object is a word of their own message ("Good luck with your race on
    Sunday!", "good luck with your application." to someone asking about applications, « bonne chance pour votre
    candidature »); "good luck with your imaginary scooter then." wishes luck with what they never said, and to
    someone upset any wish mocks."""
    if upset(ctx):
        return False
    an = fv.an
    sent = an.sentences[an.sentence_of[hit.first]]
    if fv.raw[sent.end : sent.end + 3].lstrip(" \u00a0\u202f").startswith("!"):
        return True
    said = {s for a in ctx.person_said for s in a.stems}
    function = fv.lex["function-words"].words
    for i in range(hit.last, min(sent.last, hit.last + _WISH_REACH)):
        if i > hit.last and re.search(r"[,;:.!?]", an.text[an.ends[i - 1] : an.starts[i]]):
            return False
        if an.norms[i] not in function and an.stems[i] in said:
            return True
    return False


REPORTED = "public"
"""Group of condescension terms about taking it public ("posting publicly"): a lecture in a reply, a note's report."""
WRITTEN = "written"
"""Group of condescension terms saying it was written down ("c'est écrit sur l'emballage", "it's written on it")."""
_CONTRAST = frozenset({"mais", "but", "though", "although", "cependant", "toutefois", "sauf"})
_CONCEDING = frozenset({"owning", "agreement"})
"""Groups of the de-escalation lexicon that own the fault or agree with the person."""


VERDICTS = frozenset({"contempt", JUDGEMENT})
"""Lexicons of verdicts ("rubbish", "nul", "pathetic"): in a sentence that apologises first, the verdict is the brand's
on its own failure ("Callum, sorry, that's rubbish: no reminder and a cancel button that loops"). These and insults
aimed at ourselves own a failure too ("c'est nul de notre part", "we were idiots about this", :mod:`.selfjudged`)."""


def _apologised(fv: FieldView, hit: Hit) -> bool:
    """Whether an apology stands before the hit in its sentence, with no contrast between ("sorry, but that's
    rubbish" turns the apology against the person), or right after it in a sentence that has not spoken to the person
    ("ugh, that's rubbish, sorry": not "your review is rubbish, sorry", nor "that's ridiculous, Maya. Sorry")."""
    an = fv.an
    first = an.sentences[an.sentence_of[hit.first]].first
    return any((first <= a.first < hit.first and not _CONTRAST.intersection(an.norms[a.last : hit.first]))
               or (a.first == hit.last and an.sentence_of[a.first] == an.sentence_of[hit.first]
                   and not _SECOND_PERSON.intersection(an.norms[first : a.first]))
               for a in fv.hits("apology"))


def _conceded(fv: FieldView, hit: Hit) -> bool:
    """Whether the sentence goes on to concede that what was written was not enough ("c'est écrit en bas de l'affiche,
    mais en trop petit"): a contrast word after the hit, in the same sentence; or it agrees with the person or owns the
    fault (de-escalation's owning and agreement groups): what was written backs them ("you're right, it was written on
    the page, and that's on us", « c'est indiqué dans votre contrat, donc c'est notre erreur »)."""
    an = fv.an
    s = an.sentence_of[hit.first]
    sent = an.sentences[s]
    return bool(_CONTRAST.intersection(an.norms[hit.last : sent.last])) or any(
        h.group in _CONCEDING and an.sentence_of[h.first] == s for h in fv.hits("de-escalation"))


def _takes_over(caring: Hit, hit: Hit) -> bool:
    """Whether a caring phrase overlaps a hostile hit and is the longer reading of those words: it runs past the hit
    ("you should have been told") or starts before it and covers it ("not your fault", "pas de votre faute")."""
    overlap = caring.first < hit.last and hit.first < caring.last
    return overlap and (caring.last > hit.last or (caring.first < hit.first and caring.last >= hit.last))


_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "u", "vous", "votre", "vos", "tu", "te", "toi", "ton",
                            "ta", "tes"})
_OWNING = frozenset({"we", "our", "us", "i", "my", "me", "nous", "notre", "nos", "je", "j", "mon", "ma", "mes", "moi"})
def _aimed(ctx: Context, fv: FieldView, hit: Hit) -> bool:
    """Whether a judging word is aimed at the person: its sentence speaks to them ("you", "vos", their name) and does
    not speak of the brand itself ("notre retard est lamentable" owns a failure), and the word is not negated."""
    an = fv.an
    sent = an.sentences[an.sentence_of[hit.first]]
    words = an.norms[sent.first : sent.last]
    mine = set(name_words(ctx.person)) if ctx.person else set()
    if fv.lex["negation"].words.intersection(an.norms[max(sent.first, hit.first - 3) : hit.first]):
        return False
    return bool(_SECOND_PERSON.intersection(words) or mine.intersection(words)) and not _OWNING.intersection(words)


_WE_ARE = frozenset({"we", "i", "nous", "je", "j"})
_INDEPENDENT = ("independ", "indépend", "franchis")


def _self_described(fv: FieldView, hit: Hit) -> bool:
    """Whether an independence phrase describes us: "we're an independently owned shop, so I can sort this myself"
    says who can act (us), not who else to turn to; "the Leeds desk is run by an independent franchisee" hands over."""
    an = fv.an
    if not any(w.startswith(_INDEPENDENT) for w in an.norms[hit.first : hit.last]):
        return False
    first = max(an.sentences[an.sentence_of[hit.first]].first, hit.first - 4)
    return bool(_WE_ARE.intersection(an.norms[first : hit.first]))


MENTIONABLE = frozenset({"insults", "profanity", JUDGEMENT, "mocking-emoji"})
"""Lexicons whose words may be reported rather than used: "calling buyers idiots isn't ok" moderates an insult."""


_NEAR = 4
"""How many words may stand between a commenter's name and the agreement ("Karim n'a pas tort")."""


def siding_with_mockers(ctx: Context, fv: FieldView) -> list[Hit]:
    """Agreement markers ("is right", "n'a pas tort") next to the name of a commenter who mocks or insults the
    person answered: the brand takes the mocker's side, which is contempt for the customer."""
    if not ctx.mockers:
        return []
    an = fv.an
    names = [i for i, n in enumerate(an.norms) if n in ctx.mockers and not fv.mask[i]]
    if not names:
        return []
    return [h for h in fv.distinct("agreement")
            if any(h.first - _NEAR <= i < h.first or h.last <= i < h.last + _NEAR for i in names)]


FORMULAS = frozenset({"defensive", "minimising"})
"""Lexicons whose markers come in multi-part formulas ("désolés si certaines se sont senties offensées")."""


def _one_per_formula(hits: list[Hit]) -> list[Hit]:
    """Hits of a formula lexicon a couple of words apart are parts of one formula: count it once."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.first):
        if not kept or h.first - kept[-1].last > 2:
            kept.append(h)
    return kept
