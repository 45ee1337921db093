"""What every criterion stands on: the outcome a criterion returns, the context of a step, the registry of kinds and
the decorators that fill it, the gates a field's integrity applies. The package (``criteria/__init__``) re-exports
these names and imports every criterion module so that their kinds register; criterion modules import from here,
never from the package, so that no module imports the package that imports it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from cmsim.model.params import CriterionParams
from cmsim.model.result import Family
from cmsim.model.scenario import Brand, Expect
from cmsim.scoring.foreign import foreign_prose
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, Lexicons
from cmsim.scoring.text import Analysis

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
    neutral: bool = False
    """The score is the kind's default: nothing found to credit and nothing held against (a plain reply's courtesy).
    Shown as neutral, never as a strength, whatever band the default falls in."""
    incomplete: bool = False
    """Something the criterion looked for was not found (its notes say what and how): like ``missing``, never the good
    band, but shown only as its notes word it ("Not found: … — none of its words (…)"), not as "Missing: …"."""
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    """What the feedback says of each item found or missed, as (hint, what, words): the rubric's ``feedback.hints``
    text of that name, with ``{does}`` and ``{words}`` filled in, follows the band's text (the checklist's "Avoid: … —
    '…'")."""


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
    brief: Analysis | None = None  # the step's task and the brand's messages: what a post says beyond them is its own
    person_upset: bool | None = None
    """Whether the person answered is upset (``criteria.hostility.upset``), once read: the step's context reads it."""
    offer_asked: bool | None = None
    """Whether the person asked about an offer (``criteria.trust.offer_asked``), once read: the step's context reads
    it."""


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
    finding: Family | None = None
    """What the kind's negative evidence is (``hostility``, ``coldness``), carried by each negative span as
    ``Evidence.family``; None when it is neither."""


KINDS: dict[str, Kind] = {}


def field_criterion(name: str, reads: tuple[str, ...], merge: Merge = "mean", length_gated: bool = True,
                    soft_gate: bool = False, finding: Family | None = None) -> Callable[[FieldFn], FieldFn]:
    """Register a criterion scoring each field it reads; ``merge`` says how field scores combine;
    ``length_gated``: whether the field's full gate (length and substance included) scales it; ``soft_gate``: whether
    it scales it at its square root; ``finding``: what its negative evidence is (``Kind.finding``)."""

    def register(fn: FieldFn) -> FieldFn:
        KINDS[name] = Kind(name, reads, per_field=fn, merge=merge, length_gated=length_gated, soft_gate=soft_gate,
                           finding=finding)
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


def spans(fv: FieldView, hits: list[Hit], polarity: str = "+") -> list[Span]:
    """Evidence spans for lexicon hits."""
    return [(fv.id, h.start, h.end, polarity) for h in hits]
