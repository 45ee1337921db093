"""Calm: no insults, contempt, sarcasm, threats, blame or shouting; de-escalating moves count."""

from __future__ import annotations

import re

from cmsim.model.params import CourtesyParams, DeEscalationParams, HostilityParams, read_params
from cmsim.scoring.criteria import (
    HOSTILITY_COSTS,
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    Span,
    fact_coverage,
    facts_to_check,
    field_criterion,
    hostile_penalties,
    penalty_score,
    pitches,
    spans,
    step_criterion,
    upset,
)
from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.criteria.hostility import CONSOLATION, POLICING
from cmsim.scoring.criteria.trust import overpromises
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

_RUN = re.compile(r"[!?]{2,}")
_PAUSE = re.compile(r"[,;:.!?]")
"""A pause between two words: a negation before it belongs to another clause."""
READS = ("public", "private")



NOTE_JAB_SHARE = 0.75
"""Share of a jab's price that a hostile internal note beside a reply costs calm (one jab at most)."""


SELLING_COST = 40.0
"""What a pitch (an offer with a figure or a call to action) costs calm in a reply to someone upset: "our new range just
dropped, 20% off" answers a complaint by selling, as a defensive line does by justifying."""
DEFLECTION = "deflection"
DEFLECTION_COST = 50.0
"""What passing the fault to a third party costs calm ("c'est l'ESF qui décide, pas nous", "a seasonal hire who isn't
trained yet", "the delay is on the freight side, not ours"), a little under a blame (60): hand graders put a fault
passed to a supplier or a new colleague (35–45) above an attack on the customer (5–25). Calm's own family, which
listening's regard and communication's respect do not read (it attacks no one in the thread)."""
POLICING_COST = 60.0
"""What tone policing costs calm: a reminder of what the person should know ("kindly note", "nous vous rappelons que",
"pour rappel"), a lecture in polite words, priced as condescension. Calm's own family: read by listening's regard and
communication's respect too, it ordered fewer of their graded pairs (tuning -0.4 and -0.2 points)."""
CONSOLATION_COST = 60.0
"""What mock consolation costs calm ("at least you got some shopping in 😉", "considère ça comme une visite gratuite
😅"): a silver lining or a wink offered to someone upset in a reply that neither apologises, owns the fault nor names
the feeling (see :mod:`cmsim.scoring.criteria.hostility`); priced a little under sarcasm (65)."""
CALM_COSTS = {**HOSTILITY_COSTS, DEFLECTION: DEFLECTION_COST, POLICING: POLICING_COST, CONSOLATION: CONSOLATION_COST}
"""Calm's price list: the shared one and calm's own families."""
JABS = {**HOSTILITY_COSTS, POLICING: POLICING_COST, CONSOLATION: CONSOLATION_COST}
"""Families whose hit voids a calming move in its sentence and a politeness marker inside it ("kindly note")."""
NOT_IN_NOTES = frozenset({"insults", "mock-praise", "mocking-emoji", "siding", DEFLECTION, POLICING, CONSOLATION})
"""Families not read in a note to colleagues: it reports who said what ("a troll is asking for the unblurred one"),
praises the team ("great job") and briefs it ("as a reminder, the ticket stays open"); its contempt, blame, sarcasm or
condescension are the note's own."""


@field_criterion("hostility", (*READS, "internal"), merge="min", length_gated=False, finding="hostility")
def hostility(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Insults, threats, contempt, blame, sarcasm, condescension, defensiveness and mocking emoji cost points.

    The worst field counts: one hostile field makes a hostile reply. An internal note beside a reply counts only when
    it attacks (a note sneering at the customer or the team to a colleague is no calmer for being private); a terse
    note ("RAS.") attacks nobody and is not read for calm.
    """
    costs = dict(CALM_COSTS)
    costs.update(read_params(params, HostilityParams).costs)
    beside = fv.kind == "internal" and any(v.kind in READS for v in ctx.fields)
    if beside:
        costs = {name: cost for name, cost in costs.items() if name not in NOT_IN_NOTES}
    penalties = hostile_penalties(ctx, fv, costs)
    if fv.kind != "internal" and upset(ctx):  # a promo pushed at someone upset brushes their problem aside
        penalties = [*penalties, (pitches(fv)[0], SELLING_COST)]
    if fv.kind != "internal":
        penalties = [*penalties, (undercuts(ctx, fv), UNDERCUT_COST)]
    if beside:
        if not any(h for h, _ in penalties):
            return NOT_APPLICABLE
        # one jab at most, at a share of its price: the note's every jab is teamwork's (colleague-regard); for calm
        # the temper slipped where the customer does not read it, which hand graders judge less harshly than in public
        hits, cost = max(((h[:1], cost) for h, cost in penalties if h), key=lambda p: p[1])
        penalties = [(hits, cost * NOTE_JAB_SHARE)]
    return penalty_score(fv, penalties, jabs=len(penalties))


@step_criterion("stakes", READS)
def stakes(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """In a reply to someone upset, the share of their situation it names in its own words (the delay, the sum, the
    child, the deadline): hand graders put a reply that says what is at stake for the person above a civil one that
    speaks of the brand's processes, volumes and rules (90 against 20–40 on calm). Not read when nobody is upset."""
    if not upset(ctx) or not facts_to_check(ctx)[0]:
        return NOT_APPLICABLE
    coverage = fact_coverage(ctx, fields)
    return Outcome(100.0 * coverage.ratio, coverage.evidence)


def shouting_marks(fv: FieldView) -> list[tuple[int, int]]:
    """Character spans of words in capitals and of runs like ``!!!`` or ``?!``."""
    an = fv.an
    function = fv.lex["function-words"].words
    marks = [
        (an.starts[i], an.ends[i]) for i, tok in enumerate(an.surface)
        if an.is_word[i] and not fv.mask[i] and tok.isupper() and tok.isalpha()
        and (len(tok) >= 4 or (len(tok) == 3 and an.norms[i] in function))
    ]
    marks.extend((m.start(), m.end()) for m in _RUN.finditer(fv.raw[: len(an.text)]))
    return sorted(marks)


CAPS_COST = 15.0
"""What each word in capitals costs (up to :data:`CAPS_MAX`); capitals in most of the words cap the score at
:data:`CAPS_SHARE_CAP`."""
CAPS_MAX = 60.0
CAPS_SHARE = 0.3
CAPS_SHARE_CAP = 20.0
RUN_COST = 25.0
"""What each run of ``!!`` or ``?!`` costs (up to :data:`RUN_MAX`)."""
RUN_MAX = 50.0
EMOJI_ALLOWANCE = {"none": 0, "sparing": 2, "free": 6}
"""Emoji a field may carry under each charter policy before they read as noise ("free" is not a licence to flood)."""
EMOJI_COST = 8.0
"""What each emoji beyond the charter's allowance costs, without a cap."""


@field_criterion("shouting", READS, merge="min", length_gated=False, finding="hostility")
def shouting(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Words in capitals, runs of ``!!!`` or ``?!``, and emoji beyond the charter's allowance read as shouting."""
    marks = shouting_marks(fv)
    runs = [m for m in marks if not fv.raw[m[0] : m[1]].isalpha()]
    caps = len(marks) - len(runs)
    words = max(1, len(fv.live_words()))
    score = 100.0 - min(CAPS_MAX, CAPS_COST * caps)
    if caps > CAPS_SHARE * words:
        score = min(score, CAPS_SHARE_CAP)
    score -= min(RUN_MAX, RUN_COST * len(runs))
    evidence = [(fv.id, start, end, "-") for start, end in marks]
    an = fv.an
    extra = an.emoji()[EMOJI_ALLOWANCE[ctx.brand.charter.emoji]:]
    score -= EMOJI_COST * len(extra)
    evidence.extend((fv.id, an.starts[i], an.ends[i], "-") for i in extra)
    return Outcome(max(0.0, score), sorted(evidence, key=lambda s: s[1]))


DE_ESCALATION_BASE = 30.0
"""De-escalation of a reply that makes no calming move (thanks, agreement, ownership, an apology, a feeling named): low,
so that among civil replies the warm ones (owning, an apology, a feeling named, taking it on) sit above a correct but
cold one, as hand graders order them, rather than being ordered by a bare order or a formula in courtesy."""
DE_ESCALATION_PER_MOVE = 20.0
"""What each kind of calming move adds: thanking, agreeing, owning what went wrong, taking the matter on, apologising,
naming the feeling (each kind counts once: calm is earned by what the reply does, not by repeating a formula)."""
APOLOGY, FEELING, OWNING, CHARGE, THANKS = "apology", "feeling", "owning", "charge", "thanks"
_NEGATED = frozenset({"not", "never", "no", "t", "pas", "jamais", "aucun", "aucune"})
"""Words that turn owning or an apology into a denial just before it ("ce n'est pas notre faute", "not our mistake")."""


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

    def usable(h: Hit) -> bool:
        return an.sentence_of[h.first] not in jabbed and not any(c.first < h.last and h.first < c.last for c in cold)

    def denied(h: Hit) -> bool:  # a negation just before, in the same clause ("'no sugar', we should…" owns)
        first = max(0, h.first - 2)
        while first < h.first and _PAUSE.search(an.text, an.ends[first], an.starts[h.first]):
            first += 1
        return bool(_NEGATED.intersection(an.norms[first : h.first]))

    moves = [h for h in fv.hits("de-escalation") if usable(h) and not (h.group == OWNING and denied(h))]
    moves += [h for h in first_person_acts(fv) if usable(h)]  # "je relance le transporteur" takes it on too
    moves += [Hit(h.term, APOLOGY, h.first, h.last, h.start, h.end) for h in fv.hits("apology")
              if usable(h) and not denied(h)]
    taken = moves[:]
    moves += [Hit(h.term, FEELING, h.first, h.last, h.start, h.end) for h in fv.hits("empathy")
              if usable(h) and not any(t.first < h.last and h.first < t.last for t in taken)]
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
    turns = [i for i, norm in enumerate(an.norms) if norm in CONTRASTS and not fv.mask[i]]
    if not turns:
        return []
    helping = [h.first for h in moves if h.group == CHARGE]
    out = []
    for move in moves:
        if move.group not in (APOLOGY, FEELING):
            continue
        sentence = an.sentence_of[move.first]
        for i in turns:
            after = an.sentence_of[i]
            opens_next = after == sentence + 1 and i == an.sentences[after].first
            if i < move.last or not ((after == sentence and i - move.last <= UNDERCUT_REACH) or opens_next):
                continue
            if not any(i < j < an.sentences[after].last for j in helping):
                out.append((move, Hit(an.norms[i], UNDERCUT, i, i + 1, an.starts[i], an.ends[i])))
            break
    return out


def undercuts(ctx: Context, fv: FieldView) -> list[Hit]:
    """The contrasts that take an acknowledgement back (see :func:`_taken_back`), one hit per contrast word."""
    calming_moves(ctx, fv)
    return list(fv.readings.get(_TURNS, []))


PROMISE = "promise"
"""Group of the overpromise lexicon: promises the brand cannot keep ("guaranteed", "never again", "c'est promis"). A
reply that makes one does not take the matter on (its moves of taking it on earn no de-escalation): it offers what it
cannot stand behind, which hand graders put near 60 on calm beside measured replies at 85-90."""


@field_criterion("de-escalation", READS, length_gated=False, finding="coldness")
def de_escalation(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Thanking, agreeing, owning the problem, taking it on, apologising and acknowledging the feeling lower the
    temperature; each kind of move counts once. Taking it on earns nothing beside a promise the brand cannot keep."""
    found = calming_moves(ctx, fv)
    promised = [h for h in overpromises(fv) if h.group == PROMISE]  # a warranty with its term is no promise
    moves = [h for h in found if h.group != CHARGE] if promised else found
    p = read_params(params, DeEscalationParams)
    per_move = DE_ESCALATION_PER_MOVE if p.per_move is None else p.per_move
    score = (DE_ESCALATION_BASE if p.base is None else p.base) + per_move * len(moves)
    done = {h.group for h in found}  # a reply that promised is not told to say what it does: it said too much
    lacks = [kind for kind in (CHARGE, OWNING, FEELING, THANKS) if kind not in done]
    return Outcome(min(100.0, score), spans(fv, moves) + spans(fv, promised, "-"), lacks=lacks)


COURTESY_BASE = 70.0
"""Courtesy of a plain, neutral reply: neither polite markers nor rude ones."""
PER_MARKER = 10.0
"""What the first kind of politeness marker adds (a softened request, a greeting, thanks, a hedge, deference)."""
MARKER_DECAY = 0.5
"""Each further kind of marker adds this share of the one before (10, 5, 2.5…): "Dear Priya… thank you for taking the
time… please…" stacks formulas of politeness, which hand graders put under a reply owning the problem in plain words
(80 against 88–92 on calm); one marker still counts in full. Words already counted as a calming move (thanks) are not
counted again as a marker: one act, one credit."""
PER_ORDER = 25.0
"""What each bare order at the person costs ("Send your order number by DM.")."""
ORDER_SHARE_IN_CARE = 0.2
"""Share of :data:`PER_ORDER` a bare order costs in a reply that makes a calming move: "désolés, l'acclimatation aurait
dû figurer dans le tuto. Envoyez-nous des photos, on regarde avec vous" gives an instruction on the way to help, which
hand graders do not hold against it (graded 86–92 on calm); the same order alone is curt (graded 45–55)."""
PER_RUDE = 25.0
"""What each exasperation marker ("why on earth", "?!") or stock formula costs."""
STOCK_COURTESY = 10.0
MAX_ORDERS = 2
_EXASPERATED = re.compile(r"\?!|!\?")
_LEAD_IN = frozenset({"and", "then", "so", "now", "just", "et", "puis", "alors", "donc", "maintenant"})


_NOT_ORDERS = frozenset({"chez", "assez", "veuillez"})
"""Words in -ez that open a sentence without giving an order: no verb, or the formal polite "veuillez"."""


def _vous_imperative(ctx: Context, norms: list[str], i: int, last: int) -> bool:
    """Whether a French sentence opens on a verb in the imperative of "vous" ("Consultez…", "Rechargez…"): a word in
    -ez that is not followed by "vous" (which makes it a question or a statement: "Avez-vous…")."""
    word = norms[i] if i < last else ""
    return (ctx.lang == "fr" and len(word) >= 5 and word.endswith("ez") and word not in _NOT_ORDERS
            and (i + 1 >= last or norms[i + 1] != "vous"))


def bare_orders(ctx: Context, fv: FieldView) -> list[tuple[int, int]]:
    """Token ranges of sentences that open (after a name, a greeting or "and") on an order verb with no softener in
    the sentence; questions are not orders."""
    an = fv.an
    # the verb itself, not a word sharing its stem: "Checking your order now", "Checked: it ships today" and
    # "Vérifié : le remboursement est parti" report
    orders = {h.first for h in fv.hits("rudeness")
              if h.group == "order" and h.last - h.first == 1 and an.surface[h.first].lower() == h.term}
    if not orders and ctx.lang != "fr":
        return []
    soft = {an.sentence_of[h.first] for h in fv.hits("politeness") if h.group in ("request", "deference")}
    names = set(ctx.people) | {ctx.person or ""}
    skip = {w for n in names for w in fold(n).replace("@", " ").split()} | _LEAD_IN
    greetings = {an.norms[h.first] for h in fv.hits("politeness") if h.group == "greeting"}
    out = []
    for index, sent in enumerate(an.sentences):
        # what closes the sentence runs to the next sentence's first token: French puts a space before "?"
        close = an.starts[sent.last] if sent.last < len(an.starts) else len(an.text)
        if index in soft or fv.raw[sent.end : close].rstrip().endswith("?"):
            continue
        i = sent.first
        while i < sent.last and (not an.is_word[i] or an.norms[i] in skip or an.norms[i] in greetings):
            i += 1
        if (i in orders or _vous_imperative(ctx, an.norms, i, sent.last)) and not fv.mask[i]:
            out.append((i, i + 1))
    return out[:MAX_ORDERS]


@field_criterion("courtesy", READS, length_gated=False, finding="coldness")
def courtesy(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Politeness markers (softened requests, greetings, thanks, hedges, deference) outside a jab's sentence raise; bare
    orders at the person (a fifth of their price in a reply that calms), exasperation ("why on earth", "?!") and stock
    formulas lower courtesy."""
    an = fv.an
    stock = fv.distinct("stock-phrases")[:2]
    formula = fv.hits("stock-phrases")
    moves = calming_moves(ctx, fv)  # thanks already counted as a move are not counted again as a marker
    # nor is a marker in a sentence with a jab: "kindly note that…", "merci de garder à l'esprit que…" lecture politely
    jabbed = {an.sentence_of[h.first] for hits, _cost in hostile_penalties(ctx, fv, JABS) for h in hits}
    polite = [h for h in fv.hits("politeness") if an.sentence_of[h.first] not in jabbed
              and not any(f.first < h.last and h.first < f.last for f in (*formula, *moves))]
    kinds: dict[str, Span] = {}
    for h in polite:
        kinds.setdefault(h.group, (fv.id, h.start, h.end, "+"))
    p = read_params(params, CourtesyParams)
    per_order = PER_ORDER if p.per_order is None else p.per_order
    per_rude = PER_RUDE if p.per_rude is None else p.per_rude
    base = COURTESY_BASE if p.base is None else p.base
    marker = PER_MARKER if p.per_marker is None else p.per_marker
    score = base + sum(marker * MARKER_DECAY**k for k in range(len(kinds)))
    evidence: list[Span] = list(kinds.values())
    if moves:
        per_order *= ORDER_SHARE_IN_CARE
    for first, last in bare_orders(ctx, fv):
        score -= per_order
        evidence.append((fv.id, an.starts[first], an.ends[last - 1], "-"))
    rude = [h for h in fv.distinct("rudeness") if h.group == "exasperation"]
    score -= per_rude * len(rude) + STOCK_COURTESY * len(stock)
    rude += stock
    evidence.extend(spans(fv, rude, "-"))
    for m in _EXASPERATED.finditer(fv.raw[: len(an.text)]):
        score -= per_rude
        evidence.append((fv.id, m.start(), m.end(), "-"))
    return Outcome(max(0.0, min(100.0, score)), sorted(evidence, key=lambda s: s[1]))
