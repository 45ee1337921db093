"""Listening: this person, their facts, the right question, a concrete next step (their feeling: ``feeling.py``)."""

from __future__ import annotations

import re

from cmsim.model.params import AlwaysParams, read_params
from cmsim.scoring.criteria import (
    record,  # noqa: F401  (registers the own-record guard)
)
from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.criteria.addressing import READS  # registers person and addressee too
from cmsim.scoring.criteria.base import (
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    field_criterion,
    spans,
    step_criterion,
)
from cmsim.scoring.criteria.callback import CALL_BACK, calls_back, recalls
from cmsim.scoring.criteria.calm import CAPS_SHARE, shouting, shouting_marks
from cmsim.scoring.criteria.denial import LANGS, negation_words
from cmsim.scoring.criteria.facts import fact_coverage, facts_to_check, needs_an_answer
from cmsim.scoring.criteria.feeling import in_stock_phrases, owning
from cmsim.scoring.criteria.giveaways import windfalls
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, hostile_penalties
from cmsim.scoring.criteria.moves import action_moves, other_class, outside, pitches
from cmsim.scoring.criteria.penalty import penalty_score
from cmsim.scoring.criteria.recital import recitals
from cmsim.scoring.criteria.trust import overpromises
from cmsim.scoring.criteria.warranties import warranted
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import analyse_cached

ONE_MOVE = 60.0
"""One next step (a step, a commitment or a time); two or more are full marks."""
PROMISED_MOVE = 40.0
"""A next step only in a promise the brand cannot keep ("fixed within the hour, guaranteed"): it answers the person,
who graders agree was heard (replies graded 40-50 on listening against 10-35 for stock or no step), but it is no step
they can rely on, so it earns less than :data:`ONE_MOVE`; communication's trust prices the promise itself."""
STOCK_COST = 50.0
"""What each distinct stock phrase costs listening."""
STOCK_MOVE = 20.0
"""A stock next step ("we are looking into it") with nothing better: a generic answer is a little more than none, far
less than the real thing (as a stock apology is for the feeling, :data:`feeling.STOCK_APOLOGY`)."""


@step_criterion("facts", READS, gated=True)
def facts(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """The reply picks up the person's specific facts (stems and close spellings, not exact words);
    its fields are read together, so a fact named in any of them counts."""
    if not facts_to_check(ctx)[0]:
        return NOT_APPLICABLE
    coverage = fact_coverage(ctx, fields)
    partial = ["more"] if 0.0 < coverage.ratio < 1.0 else []  # never "nothing shows you read" beside what it names
    return Outcome(100.0 * coverage.ratio, coverage.evidence, coverage.missing, lacks=partial)


@field_criterion("next-step", READS, merge="max")
def next_step(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply says what happens now: a concrete step, a commitment or an action taken, ideally with a time; a
    stock one ("we are looking into it") alone earns :data:`STOCK_MOVE`. A sentence promising what the brand cannot
    keep ("we guarantee it will never happen again") is no step the person can rely on; a step given in such a sentence
    ("fixed within the hour, guaranteed"), alone, earns :data:`PROMISED_MOVE`.

    Not applicable when nothing is owed (a fan sharing joy needs warmth, not a plan)."""
    if not (needs_an_answer(ctx, [fv]) or read_params(params, AlwaysParams).always):
        return NOT_APPLICABLE
    promises, promised = promised_sentences(fv)
    offered = offered_steps(ctx, fv, action_moves(fv))
    times = {h.first for h in fv.hits("time")}
    moves = _unrecited([h for h in offered if not _asked_or_denied(fv, h)], fv, times)
    # "je relance le transporteur": a first person acting, in words no lexicon lists, is a move of its own beside a
    # listed commitment ("on regarde avec vous…" and "nous ajoutons l'info en commentaire épinglé" are two moves)
    stock = fv.hits("stock-phrases") + fv.hits("defensive")
    moved = {fv.an.sentence_of[h.first] for h in moves}
    # "on vous rappelle demain": the call and its day, not "demain" alone (a call back beside a time only; any act
    # beside any time cost the held-out split, review 8)
    when_only = moved - {fv.an.sentence_of[h.first] for h in moves if h.group != "time" and h.first not in times}
    moves += [h for h in outside(first_person_acts(fv), stock + moves) if fv.an.sentence_of[h.first] not in moved
              or (fv.an.sentence_of[h.first] in when_only and calls_back(fv, h))][:2]
    hits = [h for h in moves if fv.an.sentence_of[h.first] not in promised]
    # the promise that voided a move is named, so the feedback says why the step did not count ("ça n'arrivera plus
    # jamais, promis" voids its own denied "arrivera" too)
    voided = spans(fv, [p for p in promises if any(fv.an.sentence_of[m.first] == fv.an.sentence_of[p.first]
                                                     for m in moves + offered)], "-")
    if not hits:
        stock = in_stock_phrases(ctx, fv, fv.distinct("next-step") + fv.distinct("commitments"))
        promised_steps = [m for m in outside(moves, promises) if fv.an.sentence_of[m.first] in promised]
        if promised_steps:  # "fixed within the hour, guaranteed" still answers the person, less than a kept step
            return Outcome(PROMISED_MOVE, voided, lacks=["kept"])
        return Outcome(STOCK_MOVE if stock else 0.0, sorted(spans(fv, stock[:1], "-") + voided, key=lambda e: e[1]))
    # clock times are hits of group "time"; a step may hold its time ("passe demain reprendre le matelas")
    timed = [h.group == "time" or any(h.first <= t < h.last for t in times) for h in hits]
    lacks = ["when"] if not any(timed) else ["what"] if all(timed) else []
    return Outcome({0: 0.0, 1: ONE_MOVE}.get(len(hits), 100.0), sorted(spans(fv, hits) + voided, key=lambda e: e[1]),
                   lacks=lacks)


def _unrecited(moves: list[Hit], fv: FieldView, times: set[int]) -> list[Hit]:
    """``moves`` without the times of a sentence reciting the rules that holds no act of ours: "under our terms, claims
    must be made within 28 days" gives the rule's deadline, no step ("as per our policy, we'll reissue them within the
    hour" keeps it)."""
    recited = {fv.an.sentence_of[h.first] for h in recitals(fv)} if moves else set()
    if not recited:
        return moves
    sentence_of = fv.an.sentence_of
    timed = {id(h) for h in moves if h.group == "time" or times.intersection(range(h.first, h.last))}
    acting = {sentence_of[h.first] for h in moves if id(h) not in timed}
    return [h for h in moves if id(h) not in timed or sentence_of[h.first] not in recited - acting]


def promised_sentences(fv: FieldView) -> tuple[list[Hit], set[int]]:
    """The promises the brand cannot keep in a field, and the sentences they void as a step: overpromises as trust
    reads them (a warranty, "sous garantie jusqu'en 2027", is a fact) and windfalls (money back and a gift on top,
    granted blind in public), every concession of a pile voiding its own sentence."""
    promises = overpromises(fv)
    piled = windfalls(fv)
    promises = sorted(promises + piled, key=lambda h: h.first)
    promised = {fv.an.sentence_of[h.first] for h in promises}
    if piled:
        promised |= {fv.an.sentence_of[h.first] for h in fv.hits("windfall")}
    return promises, promised


def offered_steps(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """The step words of ``hits`` that offer the person something: not a date the thread already gives ("notre
    publication du 8 mars"), not in a sales pitch ("20% off this week", "don't miss tomorrow's keynote at 9am"), not a
    word of another class matched by its stem ("non remboursable"), not the warranty named ("the guarantee only
    applies where…": the policy, not something we do). Teamwork's holding line reads them the same way."""
    selling = {fv.an.sentence_of[h.first] for h in pitches(fv)[0]}
    return [h for h in hits if not _recalled_date(ctx, fv, h)
            and fv.an.sentence_of[h.first] not in selling and not other_class(fv, h) and not _reminds(fv, h)
            and not warranted(fv, h)]


def _reminds(fv: FieldView, hit: Hit) -> bool:
    """Whether a step word is French "rappeler" with a "que" after it ("nous vous rappelons que nos conditions…",
    "nous rappelons par ailleurs que…"): a reminder, no call back (the commitment "nous vous rappelons")."""
    an = fv.an
    return fv.lex.lang == "fr" and any(an.stems[k].startswith(CALL_BACK) and recalls(fv, k)
                                       for k in range(hit.first, hit.last))


def standing_steps(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """The :func:`offered_steps` of ``hits`` that are neither denied ("aucun remboursement") nor echoed back in a
    question to nobody ("Refund?? For a blender you misused?")."""
    return [h for h in offered_steps(ctx, fv, hits) if not _asked_or_denied(fv, h)]


_DENIALS = {lang: negation_words(("denial", "particles", "without", "non"), (lang,)) for lang in LANGS}
"""Words that deny what follows ("no refund", "aucune trace"); "t" is "n't" in English, a pronoun in French."""
_DENIAL_REACH = 3
_PERSONS = {"en": frozenset({"i", "we", "you", "us", "me", "m", "ll"}),
            "fr": frozenset({"je", "j", "nous", "on", "vous", "tu", "te", "toi", "moi"})}
"""Pronouns by which a question addresses someone or offers something ("could you…", "ça vous va ?")."""


def _asked_or_denied(fv: FieldView, hit: Hit) -> bool:
    """Whether a step's word is echoed back in a question that addresses nobody ("Refund?? For a blender you
    misused?") or is denied ("aucun remboursement", "no refund", "aucune trace de ta lettre"): no step the person can
    count on. A question holding a person ("could you DM us so I can set up your refund?") still offers a step."""
    an = fv.an
    sent = an.sentences[an.sentence_of[hit.first]]
    asked = fv.raw[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?")
    if asked and not _PERSONS[fv.lex.lang].intersection(an.norms[sent.first : sent.last]):
        return True  # "Refund?? For a blender you misused?": echoed back, to nobody; "could you DM us so I…?" asks
    return bool(_DENIALS[fv.lex.lang].intersection(an.norms[max(sent.first, hit.first - _DENIAL_REACH) : hit.first]))


def _recalled_date(ctx: Context, fv: FieldView, hit: Hit) -> bool:
    """Whether ``hit`` is a date the thread or the case's facts already give ("notre publication du 8 mars", "since the
    12 May update"):
    recalling when it happened says nothing of what happens next."""
    an = fv.an
    first = hit.first - 1 if hit.first and an.norms[hit.first - 1].isdigit() else hit.first
    stems = an.stems[first : hit.last]
    numbers = [s for s in stems if s.isdigit()]
    if not numbers:
        return False
    if first < hit.first and all(any(n in t.stems for t in ctx.thread) for n in numbers):
        return True  # "20 minutes" beside the thread's "20 min": how long it took, not when the next step comes
    facts = [analyse_cached(a, ctx.lang) for f in ctx.expect.facts for a in ([f] if isinstance(f, str) else f)]
    k = len(stems)
    return any(t.stems[i : i + k] == stems for t in [*ctx.thread, *facts] for i in range(len(t.stems) - k + 1))


@field_criterion("private-channel", READS, merge="max")
def private_channel(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """When details are private (order, address), the reply moves to a private channel."""
    if not (ctx.expect.private or read_params(params, AlwaysParams).always):
        return NOT_APPLICABLE
    if fv.kind == "private":
        return Outcome(100.0)
    hits = fv.distinct("private-channel")
    return Outcome(100.0 if hits else 0.0, spans(fv, hits), [] if hits else ["DM"])


@field_criterion("question", READS, merge="max")
def question(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """When the step needs information, the reply asks the person a question."""
    if not (ctx.expect.question or read_params(params, AlwaysParams).always):
        return NOT_APPLICABLE
    an = fv.an
    for sent in an.sentences:
        end = sent.end
        live = any(not fv.mask[i] for i in range(sent.first, sent.last))
        if live and fv.raw[end : end + 3].lstrip(" )»\"'").startswith("?"):
            return Outcome(100.0, [(fv.id, sent.start, end + 1, "+")])
    return Outcome(0.0, missing=["?"])


@field_criterion("no-stock-phrases", READS, merge="min")
def no_stock_phrases(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Stock phrases ("sorry for any inconvenience") read as not listening."""
    stock = fv.distinct("stock-phrases")
    return Outcome(max(0.0, 100.0 - STOCK_COST * len(stock)), spans(fv, stock, "-"))


_FEW_FACTS = 1 / 3
"""Below this share of the case's facts, wholesale agreement is giving in (see :func:`capitulation`)."""


@step_criterion("capitulation", READS)
def capitulation(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """Agreeing wholesale with a complaint ("vous avez entièrement raison") while picking up few of the case's
    facts gives in to the person's version instead of listening to it; agreeing after engaging the facts is fine.

    A guard: applicable only when it happens, so it never dilutes the other listening criteria."""
    caved = [(fv, h) for fv in fields for h in fv.distinct("capitulation")]
    if not caved or not facts_to_check(ctx)[0] or fact_coverage(ctx, fields).ratio >= _FEW_FACTS:
        return NOT_APPLICABLE
    return Outcome(0.0, [(fv.id, h.start, h.end, "-") for fv, h in caved])


REGARD_COSTS = {**HOSTILITY_COSTS, "pressure": 100.0}
"""Hostility, siding with a mocker and pressure to keep quiet all show the person was not heard."""
OWNED_REGARD = 40.0
"""Regard of a reply that jabs but also owns the problem (an apology or the feeling named, not undercut in its
sentence): it heard the person and spoilt it, which graders put well above a jab alone (the rubric's ceiling still
keeps it off the good band). Pressing the person to keep quiet is not excused this way."""


@field_criterion("regard", READS, merge="min")
def regard(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Listening is owed to the person: a reply that is hostile or condescending to them, sides with someone
    mocking them or presses them to delete or keep quiet is not listening, whatever facts it repeats.

    Each jab costs its family's price; a jab beside an apology or an acknowledged feeling keeps at least
    :data:`OWNED_REGARD` (heard, then spoilt). Scoring every unexcused jab 0 fitted the development set's graders
    better (one unexcused jab graded as low as several) but erased the difference the crisis library keeps between a
    panicked run that answers people badly and one that ignores them, so the price list stays.

    A guard: not applicable to a respectful field, so it never dilutes the other listening criteria."""
    penalties = hostile_penalties(ctx, fv, REGARD_COSTS)
    out = penalty_score(fv, penalties, jabs=len(penalties))
    if not out.evidence:
        return NOT_APPLICABLE
    silencing = any(hits for (hits, _cost), name in zip(penalties, REGARD_COSTS, strict=True) if name == "pressure")
    owned = [] if silencing else owning(ctx, fv, REGARD_COSTS)
    if not owned:
        return out
    return Outcome(max(out.score, OWNED_REGARD), sorted(out.evidence + spans(fv, owned), key=lambda s: s[1]))


_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]{2}")  # opens on a class the engine scans for fast
"""Three capitals in a row: the least a word in capitals shows (calm's reading counts words of three letters and
more)."""


@field_criterion("drowned", READS, merge="min", length_gated=False)
def drowned(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A reply that shouts at the person in capitals (most of its words) reads as a broadcast, not as listening,
    whatever facts and steps it packs: hand graders put such replies at 5-35 on listening. Its score is calm's
    shouting reading (capitals, runs of "!!!", emoji past the charter's allowance); the rubric's ceiling keeps the
    quality near it. Emoji floods and "!!!" in lower case stay calm's and communication's: graders split on them
    (a warm "OMG Noa 😱😱😱 ça va ?!!" still listens).

    A guard: applicable only to a field mostly in capitals (an acronym or a shouted word never), so it never dilutes
    the other listening criteria."""
    if not _CAPITALS.search(fv.raw):  # no word in capitals at all (most replies): nothing to read
        return NOT_APPLICABLE
    capitals = sum(1 for start, end in shouting_marks(fv, ctx) if fv.raw[start:end].isalpha())
    if capitals <= CAPS_SHARE * max(1, len(fv.live_words())):
        return NOT_APPLICABLE
    return shouting(ctx, fv, params)
