"""Criterion kinds: small functions registered by kind name, one module per quality family.

A *field* criterion scores one field and is averaged over the fields it reads; a *step* criterion
looks at all those fields at once (e.g. whether posts were adapted per platform). Scores are 0–100
before the field's integrity gate is applied by the scorer.
"""

from __future__ import annotations

from cmsim.scoring.criteria.base import (
    CURT_WORDS,
    KEYWORD_LIST_TONE,
    KINDS,
    NOT_APPLICABLE,
    SHORT_WORDS,
    Context,
    Coverage,
    FieldFn,
    Kind,
    Merge,
    Outcome,
    Params,
    Span,
    StepFn,
    field_criterion,
    soft_gate,
    spans,
    step_criterion,
    tone_gate,
)
from cmsim.scoring.criteria.facts import (
    derived_ratio,
    fact_coverage,
    facts_to_check,
    find_term,
    needs_an_answer,
)
from cmsim.scoring.criteria.hostility import (
    HEAT,
    HOSTILITY_COSTS,
    MOCK_PRAISE,
    SIDING,
    hostile_penalties,
    siding_with_mockers,
    upset,
)
from cmsim.scoring.criteria.moves import action_moves, clock_times, outside, pitches
from cmsim.scoring.criteria.penalty import penalty_score

# isort: split
from cmsim.scoring.criteria import (  # modules register their kinds on import
    calm,
    checklist,
    communication,
    contest,
    creativity,
    listening,
    multiplatform,
    substance,
    teamwork,
    trust,
    warmth,
)

__all__ = [
    "CURT_WORDS",
    "HEAT",
    "HOSTILITY_COSTS",
    "KEYWORD_LIST_TONE",
    "KINDS",
    "MOCK_PRAISE",
    "NOT_APPLICABLE",
    "SHORT_WORDS",
    "SIDING",
    "Context",
    "Coverage",
    "FieldFn",
    "Kind",
    "Merge",
    "Outcome",
    "Params",
    "Span",
    "StepFn",
    "action_moves",
    "calm",
    "checklist",
    "clock_times",
    "communication",
    "contest",
    "creativity",
    "derived_ratio",
    "fact_coverage",
    "facts_to_check",
    "field_criterion",
    "find_term",
    "hostile_penalties",
    "listening",
    "multiplatform",
    "needs_an_answer",
    "outside",
    "penalty_score",
    "pitches",
    "siding_with_mockers",
    "soft_gate",
    "spans",
    "step_criterion",
    "substance",
    "teamwork",
    "tone_gate",
    "trust",
    "upset",
    "warmth",
]
