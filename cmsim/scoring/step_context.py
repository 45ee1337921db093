"""The criteria's context for one step: the thread read once, who is answered and what they feel (distress, joy),
which other commenters mock them, and the names that are not theirs. Built once per step, copied per answer."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from cmsim.model.scenario import Scenario, Step
from cmsim.scoring.criteria.base import Context
from cmsim.scoring.criteria.hostility import upset
from cmsim.scoring.criteria.trust import offer_asked
from cmsim.scoring.foreign import OTHER, foreign_field
from cmsim.scoring.integrity import FieldView, inspect
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.names import is_person, other_names, persona_words
from cmsim.scoring.per_step import Memo, per_step
from cmsim.scoring.text import analyse_cached

_CONTEXTS: Memo[Context] = {}


def context_for(scenario: Scenario, step: Step, views: list[FieldView]) -> Context:
    """The step's part of the criteria's context (read once per step), with this answer's fields and empty caches."""
    ctx = object.__new__(Context)  # a shallow copy, without copy.copy's generic protocol (a quarter of the cost)
    ctx.__dict__.update(per_step(_CONTEXTS, scenario, step, _step_context).__dict__)
    ctx.fields, ctx.coverage, ctx.derived_facts = views, {}, None  # what scoring one answer fills in
    return ctx


def _step_context(scenario: Scenario, step: Step) -> Context:
    lang = scenario.lang
    messages = [m for m in (*scenario.thread, *step.messages) if m.author != "brand"]
    thread = [analyse_cached(m.text, lang) for m in messages]
    person = step.expect.person
    authors = {p.id for p in scenario.personas if person and is_person(person, p.name, p.handle)}
    said = [m.text for m in messages if m.author in authors] or [m.text for m in messages]
    people = [n for p in scenario.personas for n in (p.name, p.handle)]
    others = tuple((p.id, p.name, p.handle) for p in scenario.personas if p.id not in authors)
    by_author = tuple((m.author, m.text) for m in messages)
    distressed = _distressed(tuple(said), lang)
    joyful = not distressed and _joyful((*said, step.expect.feeling or ""), lang)
    wrong_names = other_names(others, by_author, scenario.brand.name, person, lang) if person else frozenset()
    own = [m.text for m in (*scenario.thread, *step.messages) if m.author == "brand"]  # its brief, its earlier posts
    brief = analyse_cached("\n".join([step.prompt, *own]), lang)
    ctx = Context(lang, scenario.brand, step.expect, person, thread, [analyse_cached(t, lang) for t in said], people,
                  distressed, lexicons(lang), [], joyful=joyful, mockers=_mockers(others, by_author, lang),
                  others=wrong_names, brief=brief)
    upset(ctx)  # read once a step: every answer's context is a copy of this one
    offer_asked(ctx)
    return ctx


@lru_cache(maxsize=256)
def _distressed(texts: tuple[str, ...], lang: str) -> bool:
    distress = lexicons(lang)["distress"]
    return any(distress.find(analyse_cached(t, lang)) for t in texts)


@lru_cache(maxsize=256)
def _joyful(texts: tuple[str, ...], lang: str) -> bool:
    """Whether the person's words, or the feeling the step names, say joy or pride."""
    joy = lexicons(lang)["joy"]
    return any(joy.find(analyse_cached(t, lang)) for t in texts)


_MOCKING = ("mocking-emoji", "contempt", "sarcasm", "insults", "profanity", "condescension")
"""What makes a commenter a mocker of the person answered."""


@lru_cache(maxsize=256)
def _mockers(others: tuple[tuple[str, str, str], ...], by_author: tuple[tuple[str, str], ...],
             lang: str) -> frozenset[str]:
    lex = lexicons(lang)
    out: set[str] = set()
    for pid, name, handle in others:
        texts = [analyse_cached(t, lang) for a, t in by_author if a == pid]
        if any(lex[n].find(an) for n in _MOCKING for an in texts):
            out |= persona_words(name, handle)
    return frozenset(out)


FOREIGN_LISTENING = 0.85
"""How much of what a reply in the thread's other language shows counts (see :func:`foreign_reading`)."""


def foreign_reading(ctx: Context, views: list[FieldView],
                    grams: frozenset[tuple[str, ...]]) -> tuple[Context, list[FieldView]] | None:
    """The context and views every quality but multi-platform reads when a field is written in the thread's other
    language ("Hi Aurélie, so sorry to hear about the closures… DM us your pass numbers" under a French thread): the
    field read in its own language, so the name, the apology, the next step, the private channel it gives and the
    jabs it holds are seen (hand graders put such a reply at 55 on listening, 78 on calm, 15-32 on communication,
    whose charter and clarity price the switch itself). None when no field is.
    """
    if not any(foreign_field(v) for v in views):
        return None
    read = []
    for v in views:
        if foreign_field(v):
            w = inspect(v.id, v.kind, v.platform, v.limit, v.typed or v.raw, lexicons(OTHER[v.lex.lang]), grams)
            w.gate *= FOREIGN_LISTENING
            read.append(w)
        else:
            read.append(v)
    return replace(ctx, fields=read, coverage={}), read
