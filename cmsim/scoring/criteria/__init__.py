"""Criterion kinds: small functions registered by kind name, one module per quality family.

A *field* criterion scores one field and is averaged over the fields it reads; a *step* criterion
looks at all those fields at once (e.g. whether posts were adapted per platform). Scores are 0–100
before the field's integrity gate is applied by the scorer.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from cmsim.model.params import CriterionParams
from cmsim.model.scenario import Brand, Expect
from cmsim.scoring.foreign import foreign_prose
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, Lexicons
from cmsim.scoring.text import Analysis, analyse, analyse_cached, fold

Params = CriterionParams
"""What a criterion function is given: its parameters, validated against its kind's model (read them with
``read_params(params, TheKindsParams)``)."""
Span = tuple[str, int, int, str]  # field id, start, end, polarity


@dataclass
class Outcome:
    """What a criterion found: a 0–100 score, evidence spans, and what was missing."""

    score: float
    evidence: list[Span] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    applicable: bool = True
    lacks: list[str] = field(default_factory=list)
    """Parts of the criterion the reply does not do, best first: the fair feedback asks for the first one the rubric
    has a hint for (``feedback.hints``) instead of a generic text that may ask for what the reply already does.
    Not a fault: unlike ``missing``, it neither changes the band nor shows as missing."""


NOT_APPLICABLE = Outcome(0.0, applicable=False)


@dataclass
class Coverage:
    """How much of the expected facts a reply picks up (0–1), where, and what it misses."""

    ratio: float
    evidence: list[Span]
    missing: list[str]


@dataclass
class Context:
    """Everything a criterion may look at besides the field itself."""

    lang: str
    brand: Brand
    expect: Expect
    person: str | None
    thread: list[Analysis]
    person_said: list[Analysis]
    """What the person being answered wrote (the whole thread when nobody in particular is answered)."""
    people: list[str]
    """Names and handles of everyone in the thread."""
    distressed: bool
    """Whether the person answered voices distress (anger, worry, hurt…): a feeling to acknowledge."""
    lex: Lexicons
    fields: list[FieldView]
    joyful: bool = False
    """Whether the person answered shares joy or pride (and no distress): a feeling to celebrate with them."""
    mockers: frozenset[str] = frozenset()
    """Folded first names and handles of other commenters who mock or insult (the person answered excluded)."""
    others: frozenset[str] = frozenset()
    """Folded first names and handles of everyone in the thread but the person answered (personas and names
    the thread mentions): greeting one of them instead of the person is addressing the wrong person."""
    coverage: dict[tuple[str, ...], Coverage] = field(default_factory=dict)
    derived_facts: list[list[str]] | None = None  # facts derived from the thread, once (see facts_to_check)
    """Fact coverage already computed, by the ids of the fields read (several criteria ask)."""


FieldFn = Callable[[Context, FieldView, Params], Outcome]
StepFn = Callable[[Context, list[FieldView], Params], Outcome]


Merge = Literal["mean", "max", "min"]
"""How a field criterion's scores over several fields become one: ``mean``; ``max`` (the reply as a whole
does it: naming the person in the field meant for them is enough); ``min`` (the worst field counts: one
hostile field is a hostile reply; empty fields still count as missing)."""


@dataclass(frozen=True)
class Kind:
    """A registered criterion kind: which field kinds it reads and how it scores them.

    A step kind returns a score already scaled by the fields' gates when ``gated`` is true.
    """

    name: str
    reads: tuple[str, ...]
    per_field: FieldFn | None = None
    per_step: StepFn | None = None
    merge: Merge = "mean"
    gated: bool = False
    length_gated: bool = True
    """False for tone (calm): a short reply is not less calm, so only the integrity checks scale it (see
    :func:`tone_gate`)."""
    soft_gate: bool = False
    """True for what a short reply does not break (communication's charter, respect, trust, voice): the gate scales it
    at its square root (:func:`soft_gate`); gaming and keyword lists keep the full gate."""


KINDS: dict[str, Kind] = {}


def field_criterion(name: str, reads: tuple[str, ...], merge: Merge = "mean",
                    length_gated: bool = True, soft_gate: bool = False) -> Callable[[FieldFn], FieldFn]:
    """Register a criterion scoring each field it reads; ``merge`` says how field scores combine;
    ``length_gated``: whether the field's full gate (length and substance included) scales it; ``soft_gate``: whether
    it scales it at its square root."""

    def register(fn: FieldFn) -> FieldFn:
        KINDS[name] = Kind(name, reads, per_field=fn, merge=merge, length_gated=length_gated, soft_gate=soft_gate)
        return fn

    return register


SHORT_WORDS = 5
"""A field of at most this many words without a full sentence is a short reply ("Apologies. Fixing."), not a
keyword list: its tone is read, scaled by :data:`CURT_WORDS`."""
CURT_WORDS = 3
"""Below this many words a reply is curt ("ok"): its tone gate is its share of these words."""
KEYWORD_LIST_TONE = 0.2
"""Tone gate of a keyword list: it attacks nobody but calms nobody either, so it reads far below any honest reply
and above a reply that attacks (hand graders put "blender jar cracked refund sorry" at 20 on calm, insults at 0–10)."""
_GAMING_FLAGS = frozenset({"stuffing", "copied-thread", "repetition"})


def tone_gate(fv: FieldView) -> float:
    """The gate of a tone criterion: 1 for any honest text, however short or long, in either language; the full gate
    when the field games the scorer (stuffing, copying, repeating itself); :data:`KEYWORD_LIST_TONE` for a keyword
    list of the writer's own words; 0 for an empty field or one whose words were masked (copied, to the grader)."""
    if fv.empty:
        words = len(fv.live_words())
        if not words or any(fv.mask):
            return 0.0
        return min(1.0, words / CURT_WORDS) if words <= SHORT_WORDS else 1.0 if foreign_prose(fv) else KEYWORD_LIST_TONE
    if not _GAMING_FLAGS.isdisjoint(fv.flags):
        return fv.gate
    return 1.0


def soft_gate(fv: FieldView) -> float:
    """The gate of what length does not break: the full gate when the field games the scorer or is no prose (see
    :func:`tone_gate`); else the square root of its substance part alone. A thin reply is scaled a little for saying
    less, not as if it broke the charter, the register or trust (hand graders put short honest replies above long
    empty ones); a reply over the platform's limit pays for it in clarity and substance, once, not in every part."""
    if tone_gate(fv) < 1.0 or fv.length_factor <= 0.0:
        return fv.gate
    return float((fv.gate / fv.length_factor) ** 0.5)


def step_criterion(name: str, reads: tuple[str, ...], gated: bool = False) -> Callable[[StepFn], StepFn]:
    """Register a criterion scoring all the fields it reads together (``gated``: it applies the gates)."""

    def register(fn: StepFn) -> StepFn:
        KINDS[name] = Kind(name, reads, per_step=fn, gated=gated)
        return fn

    return register


_NAME_SPLIT = re.compile(r"[\s@\-\u2010\u2011]+")


def name_words(name: str) -> list[str]:
    """Folded words of a person's name or handle, hyphenated names split ("Jean-Pierre" → jean, pierre): the
    tokeniser reads a reply's words the same way."""
    return [w for w in _NAME_SPLIT.split(fold(name)) if w]


def spans(fv: FieldView, hits: list[Hit], polarity: str = "+") -> list[Span]:
    """Evidence spans for lexicon hits."""
    return [(fv.id, h.start, h.end, polarity) for h in hits]


from cmsim.scoring.criteria.hostility import (  # noqa: E402  (needs the names above; re-exported for criteria)
    HEAT,
    HOSTILITY_COSTS,
    MOCK_PRAISE,
    SIDING,
    hostile_penalties,
    own_names,
    penalty_score,
    siding_with_mockers,
    upset,
)


@lru_cache(maxsize=4096)
def _term(term: str, lang: str) -> tuple[tuple[str, ...], str]:
    an = analyse(term, lang)
    return tuple(an.stems), " ".join(an.norms)


def find_term(fv: FieldView, term: str, mask: list[bool] | None = None) -> tuple[int, int] | None:
    """Character span of ``term`` in the field's unmasked text: same stems, or a close spelling."""
    stems, folded = _term(term, fv.lex.lang)
    if not stems:
        return None
    an = fv.an
    mask = fv.mask if mask is None else mask
    k = len(stems)
    for i in fv.positions().get(stems[0], ()):
        if tuple(an.stems[i : i + k]) == stems and not any(mask[i : i + k]):
            return an.starts[i], an.ends[i + k - 1]
    if k == 1 and len(folded) >= 5:
        for i in fv.near_lengths(len(folded), 2):  # a close spelling is within two letters of the term's length
            if not mask[i] and fuzz.ratio(an.norms[i], folded) >= 84:
                return an.starts[i], an.ends[i]
    return None


_CLOCK = re.compile(r"(?<![\w:])\d{1,2}(?:\s?[:h]\s?\d{2}|\s?h\b|\s?(?:am|pm)\b)|(?<![\w/])\d{1,2}/\d{1,2}(?![\w/])",
                    re.IGNORECASE)


def clock_times(fv: FieldView) -> list[Hit]:
    """Clock times and short dates in the unmasked text ("9am", "16 h", "10:30", "20/04") as hits."""
    an = fv.an
    out: list[Hit] = []
    for m in _CLOCK.finditer(an.text):
        first = bisect.bisect_left(an.ends, m.start() + 1)
        if first < len(an.starts) and not fv.mask[first]:
            last = bisect.bisect_left(an.ends, m.end())
            out.append(Hit(m.group(), "time", first, min(last + 1, len(an.starts)), m.start(), m.end()))
    return out


def action_moves(fv: FieldView) -> list[Hit]:
    """What the reply does about it: concrete next steps, first-person commitments or actions taken, and
    when (a time or a date), each kind counted once, stock phrases excluded."""
    found = fv.readings.get("action-moves")  # several criteria ask: read once per field
    if found is None:
        stock = fv.hits("stock-phrases") + fv.hits("defensive")
        steps = outside(fv.distinct("next-step"), stock)
        taken = {i for h in steps for i in range(h.first, h.last)}
        commitments = [h for h in outside(fv.distinct("commitments"), stock) if h.first not in taken][:1]
        times = [h for h in fv.distinct("time") if h.first not in taken][:1] or clock_times(fv)[:1]
        found = fv.readings["action-moves"] = steps + commitments + times
    return list(found)


def outside(hits: list[Hit], stock: list[Hit]) -> list[Hit]:
    """The hits that do not overlap any of ``stock``."""
    return [h for h in hits if not any(s.first < h.last and h.first < s.last for s in stock)]


def pitches(fv: FieldView) -> tuple[list[Hit], list[Hit]]:
    """Selling in a reply, split in two: pitches (a promo or an offer in a sentence that also gives a figure or a
    call to action: "use code X10 for 10% off, link in bio") and mere mentions ("a discount code was a mistake").
    An offer named in an apology ("sorry our 30% discount code was tied to…") is owning a mistake, neither."""
    selling = fv.distinct("sales-push")
    if fv.kind == "post" or not selling:
        return [], []
    an = fv.an
    owned = {an.sentence_of[h.first] for h in fv.hits("apology")}  # "sorry the discount code was tied to…"
    selling = [h for h in selling if an.sentence_of[h.first] not in owned]
    calls = {an.sentence_of[h.first] for h in fv.hits("calls-to-action")}
    offers = {an.sentence_of[i] for i in fv.live_words() if any(c.isdigit() for c in an.surface[i])}
    pitch = [h for h in selling if an.sentence_of[h.first] in calls | offers]
    return pitch, [h for h in selling if h not in pitch]


def facts_to_check(ctx: Context) -> tuple[list[list[str]], bool]:
    """The facts a reply should pick up: the step's expected facts, or salient words of the thread.

    Returns the facts (each a list of alternatives) and whether they were derived from the thread.
    """
    if ctx.expect.facts:
        return [[f] if isinstance(f, str) else list(f) for f in ctx.expect.facts], False
    if ctx.derived_facts is None:
        ctx.derived_facts = _derived_facts(ctx)
    return ctx.derived_facts, True


def _derived_facts(ctx: Context) -> list[list[str]]:
    function = ctx.lex["function-words"].words
    brand = {fold(w) for w in ctx.brand.name.split()} | {fold(ctx.brand.handle.lstrip("@"))}
    seen: dict[str, str] = {}
    for an in ctx.thread:
        heat = {i for name in HEAT for h in ctx.lex[name].find(an) for i in range(h.first, h.last)}
        for i, norm in enumerate(an.norms):
            if an.is_word[i] and len(norm) >= 4 and norm not in function and norm not in brand and not norm.isdigit() \
                    and i not in heat:  # "clown", "trash": the customer's insults are not facts to pick up
                seen.setdefault(an.stems[i], an.surface[i])
    return [[w] for w in list(seen.values())[:8]]


def fact_coverage(ctx: Context, fields: list[FieldView]) -> Coverage:
    """The facts to check (see :func:`facts_to_check`) found in any of ``fields``.

    A fact counts with the gate of the best field naming it; a short recap in the customer's own
    words counts too (see ``FieldView.recap_mask``). Facts derived from the thread list nothing missing.
    """
    key = tuple(fv.id for fv in fields)
    known = ctx.coverage.get(key)
    if known is None:
        known = ctx.coverage[key] = _coverage(ctx, fields)
    return known


def _coverage(ctx: Context, fields: list[FieldView]) -> Coverage:
    wanted, derived = facts_to_check(ctx)
    evidence: list[Span] = []
    missing: list[str] = []
    earned = 0.0
    live = [fv for fv in fields if not fv.empty]
    masks = [_fact_mask(fv) for fv in live]
    for alternatives in wanted:
        best: tuple[float, str, tuple[int, int]] | None = None
        for fv, mask in zip(live, masks, strict=True):
            found = next((s for s in (find_term(fv, a, mask) for a in alternatives) if s), None)
            if found and (best is None or fv.gate > best[0]):
                best = (fv.gate, fv.id, found)
        if best is None:
            missing.append(" / ".join(alternatives))
            continue
        earned += best[0]
        evidence.append((best[1], best[2][0], best[2][1], "+"))
    ratio = derived_ratio(earned, len(wanted)) if derived else earned / max(1, len(wanted))
    return Coverage(ratio if wanted else 0.0, evidence, [] if derived else missing)


def _fact_mask(fv: FieldView) -> list[bool]:
    """Where facts may be found: the recap mask, minus non-apologies and justifications ("sorry if anyone was
    offended" does not pick up the apology owed)."""
    mask = fv.recap_mask()
    defensive = fv.hits("defensive")
    if not defensive:
        return mask
    mask = list(mask)
    for h in defensive:
        mask[h.first : h.last] = [True] * (h.last - h.first)
    return mask


def derived_ratio(matched: float, total: int) -> float:
    """Coverage of facts derived from the thread: a third of its salient words is already full marks."""
    return min(1.0, matched / max(1, math.ceil(total / 3)))


def needs_an_answer(ctx: Context, fields: list[FieldView]) -> bool:
    """Whether the reply owes information: a post always does; a reply does when the person asked
    something, voiced distress or heat (a troll's claim needs the facts), needs a private follow-up, or the brief
    gives news to pass on (a fan sharing joy needs warmth and a question back, not data)."""
    if any(fv.kind in ("post", "internal") for fv in fields):
        return True
    asked = any("?" in an.text for an in ctx.person_said)
    inquire = ctx.expect.question and not ctx.joyful
    needs = asked or upset(ctx) or ctx.expect.private or inquire or bool(ctx.expect.teams)
    return needs or _news_to_pass_on(ctx)


def _news_to_pass_on(ctx: Context) -> bool:
    """Whether some expected fact is not in the thread: information the brief gives to pass on."""
    said = {tuple(an.stems) for an in ctx.thread}
    for fact in ctx.expect.facts:
        alternatives = [fact] if isinstance(fact, str) else fact
        if not any(_said_in(analyse_cached(a, ctx.lang).stems, said) for a in alternatives):
            return True
    return False


def _said_in(stems: list[str], thread: set[tuple[str, ...]]) -> bool:
    k = len(stems)
    return bool(k) and any(tuple(text[i : i + k]) == tuple(stems) for text in thread for i in range(len(text) - k + 1))

from cmsim.scoring.criteria import (  # noqa: E402  (modules register their kinds on import)
    calm,
    communication,
    contest,
    creativity,
    listening,
    multiplatform,
    teamwork,
)

__all__ = [
    "HEAT", "HOSTILITY_COSTS", "KINDS", "MOCK_PRAISE", "SIDING", "Context", "Kind", "Outcome", "calm",
    "communication", "contest", "creativity", "hostile_penalties", "listening", "multiplatform", "own_names",
    "penalty_score", "siding_with_mockers", "teamwork", "upset",
]
