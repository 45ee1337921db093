"""Criterion kinds: small functions registered by kind name, one module per quality family.

A *field* criterion scores one field and is averaged over the fields it reads; a *step* criterion
looks at all those fields at once (e.g. whether posts were adapted per platform). Scores are 0–100
before the field's integrity gate is applied by the scorer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from cmsim.model.scenario import Brand, Expect
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, Lexicons
from cmsim.scoring.text import Analysis, analyse, fold

Params = Mapping[str, Any]
Span = tuple[str, int, int, str]  # field id, start, end, polarity


@dataclass
class Outcome:
    """What a criterion found: a 0–100 score, evidence spans, and what was missing."""

    score: float
    evidence: list[Span] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    applicable: bool = True


NOT_APPLICABLE = Outcome(0.0, applicable=False)


@dataclass
class Context:
    """Everything a criterion may look at besides the field itself."""

    lang: str
    brand: Brand
    expect: Expect
    person: str | None
    thread: list[Analysis]
    models: list[str]
    lex: Lexicons
    fields: list[FieldView]


FieldFn = Callable[[Context, FieldView, Params], Outcome]
StepFn = Callable[[Context, list[FieldView], Params], Outcome]


@dataclass(frozen=True)
class Kind:
    """A registered criterion kind: which field kinds it reads and how it scores them."""

    name: str
    reads: tuple[str, ...]
    per_field: FieldFn | None = None
    per_step: StepFn | None = None


KINDS: dict[str, Kind] = {}


def field_criterion(name: str, reads: tuple[str, ...]) -> Callable[[FieldFn], FieldFn]:
    """Register a criterion scoring each field it reads."""

    def register(fn: FieldFn) -> FieldFn:
        KINDS[name] = Kind(name, reads, per_field=fn)
        return fn

    return register


def step_criterion(name: str, reads: tuple[str, ...]) -> Callable[[StepFn], StepFn]:
    """Register a criterion scoring all the fields it reads together."""

    def register(fn: StepFn) -> StepFn:
        KINDS[name] = Kind(name, reads, per_step=fn)
        return fn

    return register


def spans(fv: FieldView, hits: list[Hit], polarity: str = "+") -> list[Span]:
    """Evidence spans for lexicon hits."""
    return [(fv.id, h.start, h.end, polarity) for h in hits]


def penalty_score(fv: FieldView, penalties: list[tuple[list[Hit], float]]) -> Outcome:
    """100 minus a penalty per distinct hit, with each hit as negative evidence."""
    score = 100.0
    evidence: list[Span] = []
    for hits, cost in penalties:
        score -= cost * len(hits)
        evidence.extend(spans(fv, hits, "-"))
    return Outcome(max(0.0, score), sorted(evidence, key=lambda s: s[1]))


@lru_cache(maxsize=4096)
def _term(term: str, lang: str) -> tuple[tuple[str, ...], str]:
    an = analyse(term, lang)
    return tuple(an.stems), " ".join(an.norms)


def find_term(fv: FieldView, term: str) -> tuple[int, int] | None:
    """Character span of ``term`` in the field's unmasked text: same stems, or a close spelling."""
    stems, folded = _term(term, fv.lex.lang)
    if not stems:
        return None
    an = fv.an
    k = len(stems)
    for i in range(len(an.stems) - k + 1):
        if an.stems[i] == stems[0] and tuple(an.stems[i : i + k]) == stems and not any(fv.mask[i : i + k]):
            return an.starts[i], an.ends[i + k - 1]
    if k == 1 and len(folded) >= 5:
        for i, norm in enumerate(an.norms):
            if not fv.mask[i] and abs(len(norm) - len(folded)) <= 2 and fuzz.ratio(norm, folded) >= 84:
                return an.starts[i], an.ends[i]
    return None


def facts_to_check(ctx: Context) -> tuple[list[list[str]], bool]:
    """The facts a reply should pick up: the step's expected facts, or salient words of the thread.

    Returns the facts (each a list of alternatives) and whether they were derived from the thread.
    """
    if ctx.expect.facts:
        return [[f] if isinstance(f, str) else list(f) for f in ctx.expect.facts], False
    function = ctx.lex["function-words"].words
    brand = {fold(w) for w in ctx.brand.name.split()} | {fold(ctx.brand.handle.lstrip("@"))}
    seen: dict[str, str] = {}
    for an in ctx.thread:
        for i, norm in enumerate(an.norms):
            if an.is_word[i] and len(norm) >= 4 and norm not in function and norm not in brand and not norm.isdigit():
                seen.setdefault(an.stems[i], an.surface[i])
    return [[w] for w in list(seen.values())[:8]], True


def derived_ratio(matched: int, total: int) -> float:
    """Coverage of facts derived from the thread: a third of its salient words is already full marks."""
    return min(1.0, matched / max(1, math.ceil(total / 3)))


from cmsim.scoring.criteria import (  # noqa: E402  (modules register their kinds on import)
    calm,
    communication,
    creativity,
    listening,
    multiplatform,
    teamwork,
)

__all__ = [
    "KINDS", "Context", "Kind", "Outcome", "calm", "communication", "creativity", "listening", "multiplatform",
    "teamwork",
]
