"""Work done once per scenario and step rather than once per answer: what a step gives the scorer (its thread read,
its people, its fields) does not change between the answers scored against it."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from cmsim.model.scenario import Field, Scenario, Step
from cmsim.scoring.integrity import thread_ngrams
from cmsim.scoring.text import fold

T = TypeVar("T")
LIMIT = 256
"""Steps remembered by one memo; past that it starts afresh (a batch builds a new scenario per line)."""

Memo = dict[tuple[int, int], tuple["weakref.ref[Scenario]", "weakref.ref[Step]", T]]


def per_step(memo: Memo[T], scenario: Scenario, step: Step, build: Callable[[Scenario, Step], T]) -> T:
    """``build(scenario, step)``, remembered in ``memo`` by the ids of the two objects (frozen models); weak
    references tell them from new objects that reuse a freed id, so a copy edited with ``model_copy`` is read anew."""
    key = (id(scenario), id(step))
    known = memo.get(key)
    if known is not None and known[0]() is scenario and known[1]() is step:
        return known[2]
    if len(memo) >= LIMIT:
        memo.clear()
    value = build(scenario, step)
    memo[key] = (weakref.ref(scenario), weakref.ref(step), value)
    return value


_FIELDS: Memo[tuple[list[Field], frozenset[tuple[str, ...]]]] = {}


def step_fields(scenario: Scenario, step: Step) -> tuple[list[Field], frozenset[tuple[str, ...]]]:
    """The step's fields and the thread's n-grams (see ``integrity.thread_ngrams``), read once per step."""
    return per_step(_FIELDS, scenario, step, _fields)


def _fields(scenario: Scenario, step: Step) -> tuple[list[Field], frozenset[tuple[str, ...]]]:
    texts = tuple(m.text for m in (*scenario.thread, *step.messages) if m.author != "brand")
    return scenario.fields_of(step), thread_ngrams(texts, scenario.lang)


_Pairs = tuple[tuple[str, str], ...]


def better_reply(scenario: Scenario, step: Step, fields: list[Field] | None = None) -> dict[str, str]:
    """The step's model answer per field, tidied and signed as the brand's charter asks (``fields``: the step's, when
    the caller has them already)."""
    if step.model_answer is None:
        return {}
    fields = scenario.fields_of(step) if fields is None else fields
    raw = {fields[0].id: step.model_answer} if isinstance(step.model_answer, str) else dict(step.model_answer)
    return dict(_tidied(tuple(raw.items()), tuple((f.id, f.kind) for f in fields), scenario.brand.charter.signature))


_BETTER: Memo[_Pairs] = {}


def step_better_reply(scenario: Scenario, step: Step) -> dict[str, str]:
    """:func:`better_reply`, worked out once per step (a fresh dict each call)."""
    pairs: _Pairs = per_step(_BETTER, scenario, step, _better_pairs)
    return dict(pairs)


def _better_pairs(scenario: Scenario, step: Step) -> _Pairs:
    return tuple(better_reply(scenario, step).items())


@lru_cache(maxsize=512)
def _tidied(raw: _Pairs, kinds: _Pairs, signature: str | None) -> _Pairs:
    out: list[tuple[str, str]] = []
    for field_id, text in raw:
        text = re.sub(r"\s+", " ", text).strip()
        if signature and dict(kinds).get(field_id) in ("public", "post") and not fold(text).endswith(fold(signature)):
            text = f"{text} {signature}"
        out.append((field_id, text))
    return tuple(out)
