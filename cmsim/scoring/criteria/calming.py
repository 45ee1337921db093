"""Calming moves: what a reply does to lower the temperature (thanks, agreement, owning, taking the matter on, an
apology, the feeling named), read once per field for de-escalation, courtesy, listening and communication's warmth, and
the contrasts that take an acknowledgement back ("we understand your frustration, but…")."""

from __future__ import annotations

from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.criteria.base import Context
from cmsim.scoring.criteria.consolation import CONSOLATION
from cmsim.scoring.criteria.denial import negated_before, owned_oughts
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, POLICING, hostile_penalties
from cmsim.scoring.criteria.insinuation import conditioned
from cmsim.scoring.criteria.joy import acknowledging
from cmsim.scoring.criteria.thanks import thanks_requests
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

POLICING_COST = 60.0
"""What tone policing costs calm: a reminder of what the person should know ("kindly note", "nous vous rappelons que",
"pour rappel"), a lecture in polite words, priced as condescension. Calm's own family: read by listening's regard and
communication's respect too, it ordered fewer of their graded pairs (tuning -0.4 and -0.2 points)."""
CONSOLATION_COST = 60.0
"""What mock consolation costs calm ("at least you got some shopping in 😉", "considère ça comme une visite gratuite
😅"): a silver lining or a wink offered to someone upset in a reply that neither apologises, owns the fault nor names
the feeling (see :mod:`cmsim.scoring.criteria.hostility`); priced a little under sarcasm (65)."""
JABS = {**HOSTILITY_COSTS, POLICING: POLICING_COST, CONSOLATION: CONSOLATION_COST}
"""Families whose hit voids a calming move in its sentence and a politeness marker inside it ("kindly note")."""


APOLOGY, FEELING, OWNING, CHARGE, THANKS = "apology", "feeling", "owning", "charge", "thanks"


CONCEDING = frozenset({OWNING, "agreement", FEELING})
"""Groups of the de-escalation lexicon that concede something to the person, as an apology and a feeling named do:
under a condition they concede nothing yet ("if that's on us", "if you're right about the stain", "si c'est de notre
faute"; see :func:`.insinuation.conditioned`)."""
_MOVES = "calming-moves"
"""Key of :func:`calming_moves` in a field's cached readings."""


def calming_moves(ctx: Context, fv: FieldView) -> list[Hit]:
    """One hit per kind of calming move (the de-escalation lexicon's groups, an apology, a feeling named), outside
    stock formulas, non-apologies and sentences that carry a jab ("merci pour ce magnifique avis" thanks no one).

    Computed once per field (de-escalation and communication's warmth both read it)."""
    cached = fv.readings.get(_MOVES)
    if cached is not None:
        return list(cached)
    an = fv.an
    cold = fv.hits("stock-phrases") + fv.hits("defensive")
    jabbed = {an.sentence_of[h.first] for hits, _cost in hostile_penalties(ctx, fv, JABS) for h in hits}

    def usable(h: Hit) -> bool:  # "if that's on us, …" owns nothing yet: no concession under a condition
        return an.sentence_of[h.first] not in jabbed and not any(c.first < h.last and h.first < c.last for c in cold) \
            and not (h.group in CONCEDING and conditioned(fv, h))

    asked = thanks_requests(fv)  # "merci de patienter" asks: no thanks

    def thanked(h: Hit) -> bool:
        return h.group != THANKS or not any(a.first < h.last and h.first < a.last for a in asked)

    moves = [h for h in fv.hits("de-escalation")
             if usable(h) and not (h.group == OWNING and negated_before(fv, h)) and thanked(h)]
    moves += [h for h in first_person_acts(fv) if usable(h)]  # "je relance le transporteur" takes it on too
    moves += [h for h in owned_oughts(fv) if usable(h)]  # "we should have caught this", as « on aurait dû »
    moves += [Hit(h.term, APOLOGY, h.first, h.last, h.start, h.end) for h in fv.hits("apology")
              if usable(h) and not negated_before(fv, h) and not conditioned(fv, h)]
    taken = moves[:]
    moves += [Hit(h.term, FEELING, h.first, h.last, h.start, h.end) for h in acknowledging(ctx, fv.hits("empathy"))
              if usable(h) and not negated_before(fv, h) and not conditioned(fv, h)
              and not any(t.first < h.last and h.first < t.last for t in taken)]
    turns = _taken_back(fv, moves)
    fv.readings[_TURNS] = sorted({turn for _move, turn in turns}, key=lambda h: h.first)
    moves = [h for h in moves if not any(h is move for move, _turn in turns)]
    kinds: dict[str, Hit] = {}
    for h in sorted(moves, key=lambda h: h.first):
        kinds.setdefault(h.group, h)
    found = fv.readings[_MOVES] = sorted(kinds.values(), key=lambda h: h.first)
    return list(found)


CONTRASTS = frozenset({"but", "however", "though", "although", "mais", "cependant", "toutefois", "neanmoins",
                       "pourtant"})
"""Words that turn a sentence against what came before it ("we understand your frustration, but…")."""
UNDERCUT = "undercut"
UNDERCUT_COST = 40.0
"""What taking an acknowledgement back costs calm ("we understand your frustration. However, some teething problems were
inevitable"), priced as defensiveness: the feeling named or the apology turns into a defence."""
UNDERCUT_REACH = 6
"""How many words may stand between an acknowledgement and the contrast that takes it back in the same sentence ("we
understand your frustration, Ravi, but…"); a contrast further on turns another clause ("vous n'êtes pas la seule à
avoir compris l'offre ainsi : c'est le moins cher qui est offert, mais l'affiche le dit trop en petit" concedes)."""
_TURNS = "calming-turns"
"""Key of the contrasts that take a move back, in a field's cached readings (see :func:`undercuts`)."""


def _taken_back(fv: FieldView, moves: list[Hit]) -> list[tuple[Hit, Hit]]:
    """(move, contrast) for each acknowledgement (an apology, a feeling named) that a contrast follows closely in its
    sentence or opens the next one, when what follows the contrast to the sentence's end does nothing for the person
    (no move of taking it on: "sorry, but we'll refund you today"). Thanks or agreement before a contrast are not
    read: with them the held-out figure fell."""
    an = fv.an
    turns = contrasts(fv)
    if not turns:
        return []
    helping = answering(fv, moves)
    out = []
    for move in moves:
        if move.group in (APOLOGY, FEELING) and (i := taking_back(fv, move, turns, helping)) is not None:
            out.append((move, Hit(an.norms[i], UNDERCUT, i, i + 1, an.starts[i], an.ends[i])))
    return out


ANSWERING = frozenset({CHARGE, OWNING})
"""Calming moves that, after a contrast, answer the person rather than take the acknowledgement back ("sorry, but
we'll refund you today", "thank you, Kate, but the people upset here have a point", "…, but that's on us")."""


def answering(fv: FieldView, moves: list[Hit]) -> list[int]:
    """Where the moves of :data:`ANSWERING` and the concessions ("they have a point", "vous n'avez pas tort", the
    agreement lexicon) start: a contrast followed by one of them in its sentence concedes instead of defending."""
    return sorted([h.first for h in moves if h.group in ANSWERING] + [h.first for h in fv.distinct("agreement")])


def contrasts(fv: FieldView) -> list[int]:
    """The indexes of the field's contrast words ("but", "however", "mais", "cependant") outside masked text."""
    return [i for i, norm in enumerate(fv.an.norms) if norm in CONTRASTS and not fv.mask[i]]


def taking_back(fv: FieldView, hit: Hit, turns: list[int], helping: list[int]) -> int | None:
    """The contrast of ``turns`` that takes ``hit`` back: the first one closely after it in its sentence (within
    :data:`UNDERCUT_REACH` words) or opening the next sentence; None when there is none, or when what follows that
    contrast to its sentence's end takes the problem on (a move starting at one of ``helping``). Calm and listening
    read acknowledgements taken back through this one reading."""
    an = fv.an
    sentence = an.sentence_of[hit.first]
    for i in turns:
        after = an.sentence_of[i]
        opens_next = after == sentence + 1 and i == an.sentences[after].first
        if i < hit.last or not ((after == sentence and i - hit.last <= UNDERCUT_REACH) or opens_next):
            continue
        return None if any(i < j < an.sentences[after].last for j in helping) else i
    return None


def undercuts(ctx: Context, fv: FieldView) -> list[Hit]:
    """The contrasts that take an acknowledgement back (see :func:`_taken_back`), one hit per contrast word."""
    calming_moves(ctx, fv)
    return list(fv.readings.get(_TURNS, []))
