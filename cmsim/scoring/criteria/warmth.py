"""Warmth, calm's two readings of what a reply does for the person: de-escalation (its calming moves, see
:mod:`cmsim.scoring.criteria.calming`) and courtesy (politeness markers against bare orders, exasperation and stock
formulas)."""

from __future__ import annotations

import re

from cmsim.model.params import CourtesyParams, DeEscalationParams, read_params
from cmsim.scoring.criteria.base import Context, Outcome, Params, Span, field_criterion, spans
from cmsim.scoring.criteria.calm import READS
from cmsim.scoring.criteria.calming import (
    CHARGE,
    FEELING,
    JABS,
    OWNING,
    THANKS,
    calming_moves,
)
from cmsim.scoring.criteria.hostility import hostile_penalties
from cmsim.scoring.criteria.trust import overpromises
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.text import fold

DE_ESCALATION_BASE = 30.0
"""De-escalation of a reply that makes no calming move (thanks, agreement, ownership, an apology, a feeling named): low,
so that among civil replies the warm ones (owning, an apology, a feeling named, taking it on) sit above a correct but
cold one, as hand graders order them, rather than being ordered by a bare order or a formula in courtesy."""
DE_ESCALATION_PER_MOVE = 20.0
"""What each kind of calming move adds: thanking, agreeing, owning what went wrong, taking the matter on, apologising,
naming the feeling (each kind counts once: calm is earned by what the reply does, not by repeating a formula)."""
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
        if index in soft or fv.asks(index):
            continue
        i = sent.first
        while i < sent.last and (not an.is_word[i] or an.norms[i] in skip or an.norms[i] in greetings):
            i += 1
        if (i in orders or _vous_imperative(ctx, an.norms, i, sent.last)) and not fv.mask[i] \
                and not _a_noun(fv, i, sent.last):
            out.append((i, i + 1))
    return out[:MAX_ORDERS]


ORDER_NOUNS = "order-nouns"


def _a_noun(fv: FieldView, i: int, last: int) -> bool:
    """Whether the order verb at ``i`` opens a report as a noun: a label ("Update: it ships Monday", "Update on your
    kettle: …") or the subject of what follows ("Email sent", "Fix is rolling out"; the order-nouns lexicon)."""
    an = fv.an
    if i + 1 >= last:
        return False
    after = an.norms[i + 1]
    return (":" in fv.raw[an.ends[i] : an.starts[i + 1]] or after in fv.lex[ORDER_NOUNS].words
            or (after == "on" and ":" in fv.raw[an.ends[i] : an.ends[last - 1]]))


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
    civil = [h for h in fv.hits("politeness") if an.sentence_of[h.first] not in jabbed
             and not any(f.first < h.last and h.first < f.last for f in formula)]
    polite = [h for h in civil if not any(f.first < h.last and h.first < f.last for f in moves)]
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
    ordered = bare_orders(ctx, fv)
    for first, last in ordered:
        score -= per_order
        evidence.append((fv.id, an.starts[first], an.ends[last - 1], "-"))
    rude = [h for h in fv.distinct("rudeness") if h.group == "exasperation"]
    score -= per_rude * len(rude) + STOCK_COURTESY * len(stock)
    evidence.extend(spans(fv, rude + stock, "-"))
    marks = list(_EXASPERATED.finditer(fv.raw[: len(an.text)]))
    for m in marks:
        score -= per_rude
        evidence.append((fv.id, m.start(), m.end(), "-"))
    # courteous when a politeness marker is there, credited here or as a calming move (thanks); a move with no marker
    # ("on regarde", "sorry") earns de-escalation, not courtesy: the default 70 is then nothing to credit
    courteous = bool(civil)
    costs = (["orders"] if courteous else []) if ordered else \
        [k for k, found in (("own-words", stock), ("composure", rude or marks)) if found]
    return Outcome(max(0.0, min(100.0, score)), sorted(evidence, key=lambda s: s[1]),
                   lacks=_courtesy_lacks(courteous, bool(jabbed), costs), neutral=not courteous and not evidence)


def _courtesy_lacks(courteous: bool, jabbed: bool, costs: list[str]) -> list[str]:
    """What the band's text must not claim (the rubric's hints say what is true instead): the person's respect beside
    a jab ("respect" when the reply is courteous elsewhere, "jabbed" when it is not), or any courtesy at all in a plain
    reply ("markers"); and, when no bare order was found, what did cost ("own-words" for a stock formula, "composure"
    for exasperation), so that the fair text does not ask a reply that gives no order to stop giving orders; "orders"
    when a courteous reply also gives bare orders, so that a poor band does not read as if nothing polite was there."""
    out = ["respect" if courteous else "jabbed"] if jabbed else []
    out.extend(costs)
    if not courteous and not jabbed:
        out.append("markers")
    return out
