"""Listening's feeling: the reply acknowledges how the person feels, and does not take it back.

The ``feeling`` criterion and the readings listening's other criteria share with it: jabs that undercut a feeling named
in their sentence, dismissive reassurance and stock phrases that acknowledge nothing."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import pairwise

from cmsim.model.params import AlwaysParams, read_params
from cmsim.scoring.criteria.acts import owned_failings
from cmsim.scoring.criteria.addressing import READS
from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion, spans
from cmsim.scoring.criteria.calming import OWNING, answering, calming_moves, contrasts, taking_back
from cmsim.scoring.criteria.denial import negated_before
from cmsim.scoring.criteria.facts import find_term
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, MOCK_PRAISE, hostile_penalties
from cmsim.scoring.criteria.joy import acknowledging
from cmsim.scoring.criteria.moderation import removal_warnings
from cmsim.scoring.criteria.moves import outside
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

ONE_FEELING = 70.0
"""Acknowledging one feeling; two or more are full marks."""
APOLOGY_WITH_FEELING, APOLOGY_ALONE = 30.0, 40.0
"""An apology adds this to an acknowledged feeling; alone it is worth the second figure."""
STOCK_APOLOGY = 20.0
"""A stock apology ("sorry for any inconvenience") with nothing better: a little more than none, far less than the real
thing."""


def feeling_expected(ctx: Context) -> bool:
    """Whether there is a feeling to acknowledge: the step names one, or the person voices distress, joy or pride."""
    return bool(ctx.expect.feeling) or ctx.distressed or ctx.joyful


_UNDERCUTTING = ("defensive", "contempt", "condescension", "sarcasm", "blame", "dismissal")
"""A non-apology or a jab undercuts any feeling named in its sentence ("sorry if anyone was offended",
"nice to see real fans ignoring the haters"), and so does a dismissal ("I know, your message is unclear", "je sais,
c'est comme ça")."""


MOCKERY = {MOCK_PRAISE: HOSTILITY_COSTS[MOCK_PRAISE]}


def jabs(ctx: Context, fv: FieldView, costs: Mapping[str, float]) -> list[Hit]:
    """The hostile hits of the families in ``costs`` (mock praise only when the person is upset, see
    :func:`hostile_penalties`)."""
    return [h for hits, _cost in hostile_penalties(ctx, fv, costs) for h in hits]


def owning(ctx: Context, fv: FieldView, costs: Mapping[str, float]) -> list[Hit]:
    """The apologies and acknowledged feelings of a reply that jabs, which own the problem all the same: not dismissive
    nor undercut in their sentence (see :func:`not_dismissive`), and not the jab itself ("bravo", mock praise)."""
    owned = not_dismissive(ctx, fv, fv.distinct("apology") + fv.distinct("empathy"))
    return outside(owned, jabs(ctx, fv, costs))


def not_dismissive(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """Drop hits inside stock phrases or dismissive reassurance ("nothing to worry about"), hits a negation denies just
    before ("I don't understand why you…": no empathy, see :func:`.denial.negated_before`), and hits in a sentence
    with a non-apology or a jab (see :data:`_UNDERCUTTING`)."""
    for name in ("stock-phrases", "reassurance"):
        hits = outside(hits, fv.hits(name))
    hits = [h for h in hits if not negated_before(fv, h)]
    sentence_of = fv.an.sentence_of  # "comments with offensive language may be removed" polices, it hears no one
    undercut = {sentence_of[h.first] for h in _undercutting(ctx, fv) + removal_warnings(fv)}
    return [h for h in hits if sentence_of[h.first] not in undercut] if undercut else hits


_JAB_COSTS = {name: HOSTILITY_COSTS[name] for name in _UNDERCUTTING if name != "defensive"}
"""The jabs of :data:`_UNDERCUTTING`, read as hostility reads them."""


def _undercutting(ctx: Context, fv: FieldView) -> list[Hit]:
    """The hits of :data:`_UNDERCUTTING`: non-apologies except those a longer caring phrase takes over ("you should
    have heard from us" owns a silence), and the jabs hostility reads, so that a word hostility does not count against
    the person does not undercut either: "Callum, sorry, that's rubbish: no reminder, a cancel button that loops…"
    judges the brand's own failure beside an apology, as calm reads it. Read once per field (several criteria ask); a
    cached list: read it, do not change it."""
    found = fv.readings.get("undercutting")
    if found is None:
        caring = fv.hits("de-escalation") + fv.hits("empathy")
        defensive = [h for h in fv.hits("defensive")
                     if not any(c.first < h.last and h.first < c.last and c.last - c.first > h.last - h.first
                                for c in caring)]
        found = fv.readings["undercutting"] = sorted(defensive + jabs(ctx, fv, _JAB_COSTS), key=lambda h: h.first)
    return found


@field_criterion("feeling", READS, merge="max")
def feeling(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply acknowledges how the person feels (in caring words, or by naming the feeling back: "I'd be
    fed up too"); an apology alone is half of it, a stock one (:data:`STOCK_APOLOGY`) little, a non-apology nothing.
    Joy and pride are acknowledged by celebrating with the person (cheers, admiration, emoji of joy).

    Not applicable when nobody voices a feeling (a plain question deserves a plain answer).
    """
    if not (feeling_expected(ctx) or read_params(params, AlwaysParams).always):
        return NOT_APPLICABLE
    named = [h for h in fv.distinct("distress") if not any(e.first <= h.first < e.last for e in fv.hits("empathy"))]
    moves = not_dismissive(ctx, fv, acknowledging(ctx, fv.distinct("empathy")) + named[:1])
    # "nous comprenons que cette vidéo ait pu choquer": a feeling supposed makes its sentence's acknowledgements one
    hedged = {fv.an.sentence_of[h.first] for h in fv.distinct("empathy") + fv.distinct("distress") if _supposed(fv, h)}
    moves = [h for h in moves if fv.an.sentence_of[h.first] not in hedged]
    if ctx.joyful:
        taken = {h.first for h in moves}
        moves += not_dismissive(ctx, fv, [h for h in fv.distinct("celebration") if h.first not in taken])[:2]
    if ctx.expect.feeling:
        found = find_term(fv, ctx.expect.feeling)
        if found and not any(h.start <= found[0] < h.end for h in moves):
            first = bisect_left(fv.an.starts, found[0])  # read as any caring word: not inside "nothing to worry
            last = bisect_left(fv.an.starts, found[1])  # about", nor in a jab's or a removal warning's sentence
            if not_dismissive(ctx, fv, [Hit(ctx.expect.feeling, "", first, last, found[0], found[1])]):
                moves.append(Hit(ctx.expect.feeling, "", 0, 0, found[0], found[1]))
    owned = [h for h in calming_moves(ctx, fv) if h.group == OWNING] + owned_failings(fv)
    # calm keeps one owning move; when that one is the apology itself ("that's on us"), the next owning phrase of the
    # reply ("should never have touched your templates") is the acknowledgement
    owned += not_dismissive(ctx, fv, [h for h in fv.hits("de-escalation") if h.group == OWNING])
    # "on a zappé l'acclimatation": heard; an owning the apology lexicon lists ("notre faute") stays an apology
    moves += outside(sorted(owned, key=lambda h: h.first), moves + fv.hits("apology"))[:1]
    moves = outside(moves, jabs(ctx, fv, MOCKERY))  # "bravo" to someone upset is mockery, not warmth
    apologies = not_dismissive(ctx, fv, fv.distinct("apology"))
    sorry = [h for h in apologies if not any(m.start <= h.start < m.end for m in moves)]
    heard = len(moves) + len(sorry)
    moves, sorry = _kept(ctx, fv, moves), _kept(ctx, fv, sorry)
    turned = ["taken"] if len(moves) + len(sorry) < heard else []  # said, then taken back: never "unacknowledged"
    score = {0: 0.0, 1: ONE_FEELING}.get(len(moves), 100.0)
    lacks = []
    if sorry:
        score = min(100.0, score + APOLOGY_WITH_FEELING) if moves else APOLOGY_ALONE
        lacks = [] if moves else ["named"]  # an apology alone: say why it matters, not "unacknowledged"
    missing = [ctx.expect.feeling] if ctx.expect.feeling and not moves else []
    if not (moves or sorry):
        stock = in_stock_phrases(ctx, fv, fv.distinct("apology"))
        return Outcome(STOCK_APOLOGY if stock else 0.0, spans(fv, stock[:1], "-"), missing, lacks=turned)
    return Outcome(score, spans(fv, moves + sorry), missing, lacks=lacks)


_MAY = {"en": frozenset({"may", "might", "could"}), "fr": frozenset({"pu"})}
"""Modals of possibility before a feeling ("may have upset", "ait pu choquer"): the feeling is supposed, not heard
(English ones count followed by "have")."""


_BETWEEN = frozenset({"vous", "te", "t", "nous", "les", "l", "le", "la", "etre", "ete"})
"""Words that may stand between French "pu" and the feeling it supposes."""


_GENERALITIES = "feeling-generalities"
_CAN_REACH = 2
"""Words that may stand between "can be" / "peut être" and the feeling word ("can be very frustrating")."""


def _supposed(fv: FieldView, hit: Hit) -> bool:
    """Whether a feeling word is a supposition ("we understand this video may have shocked some viewers", "nous
    comprenons que cette vidéo ait pu choquer"): a modal of possibility stands just before it in its sentence. A
    feeling granted to anyone is one too (``feeling-generalities.yaml``): "any change to your workflow can be
    frustrating", "nobody likes seeing a lower price", "ça peut être frustrant"; unless the sentence says the person is
    right to feel it (group ``validated``: "vous avez raison d'être en colère, tout le monde le serait")."""
    an = fv.an
    sentence = an.sentence_of[hit.first]
    general = [h for h in fv.hits(_GENERALITIES) if an.sentence_of[h.first] == sentence]
    if not any(h.group == "validated" for h in general) and any(
            h.group == "anyone" or (h.group == "can" and 0 <= hit.first - h.last <= _CAN_REACH) for h in general):
        return True
    before = [an.norms[k] for k in range(max(0, hit.first - 4), hit.first) if an.sentence_of[k] == sentence]
    may = _MAY.get(fv.lex.lang, frozenset())
    if fv.lex.lang == "en":  # "may have upset", "might have been upsetting"; "we could see how upset you were" hears
        return any(w in may and nxt in ("have", "ve") for w, nxt in pairwise(before))
    # "ait pu choquer", "aient pu vous agacer", "ait pu être frustrante"; "vous n'avez pas pu travailler, c'est
    # frustrant" names what the person lived
    last = max((k for k, w in enumerate(before) if w in may), default=None)
    return last is not None and all(w in _BETWEEN for w in before[last + 1 :])


def _kept(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """The acknowledgements no contrast takes back. As calm reads it (``calming``), a "but" or "however" that follows
    one closely in its sentence, or opens the next, turns it into a defence ("we understand you're upset, but let's not
    jump to conclusions", "nous entendons votre mécontentement, mais nous vous rappelons…"), unless what follows takes
    the problem on ("sorry, but we'll refund you today"). Unlike calm, a sentence that also carries a jab is read."""
    turns = contrasts(fv)
    if not turns or not hits:
        return hits
    helping = answering(fv, calming_moves(ctx, fv))
    # the step's feeling word found as such has no tokens of its own: nothing to take back
    return [h for h in hits if h.last <= h.first or taking_back(fv, h, turns, helping) is None]


def in_stock_phrases(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """The hits inside a stock phrase ("sorry" in "sorry for any inconvenience"), outside any jab's sentence."""
    stock = fv.hits("stock-phrases")
    inside = [h for h in hits if any(s.first <= h.first < s.last for s in stock)]
    sentence_of = fv.an.sentence_of
    undercut = {sentence_of[h.first] for h in _undercutting(ctx, fv)}
    return [h for h in inside if sentence_of[h.first] not in undercut]
