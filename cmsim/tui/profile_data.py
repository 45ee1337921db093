"""What the profile screen draws, computed from the store off the UI thread: whose profile it is and where that
name came from, the score, confidence and trend of each quality in the UI language, and a session's steps. No
widget here: messages and screens both import it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cmsim.model.qualities import Quality
from cmsim.safetext import visible
from cmsim.session.profile import profile_of
from cmsim.store.db import Store
from cmsim.store.records import Person
from cmsim.tui.strings import tr

NAME_SOURCES = ("flag", "settings", "typed", "session", "login")
"""Where the shown name came from: --name, the settings, typed on this screen, the debriefed session's
trainee, or (a session started with no name at all) the system login, said so."""


@dataclass(frozen=True)
class StepRow:
    """One scored step in the detail table."""

    title: str
    scores: Mapping[Quality, int]
    average: int


@dataclass(frozen=True)
class QualityRow:
    """A quality's confidence and trend, as ``cmsim profile`` prints them (in the UI language)."""

    quality: Quality
    confidence: str
    trend: str


@dataclass(frozen=True)
class ProfileData:
    """What the profile screen draws: whose it is, a heading, the score, confidence and trend per quality,
    per-step rows, answers counted."""

    whose: str
    heading: str
    qualities: Mapping[Quality, float | None]
    rows: Sequence[QualityRow]
    steps: Sequence[StepRow]
    answers: int


def stored_profile(
    store: Store, person: Person, session_id: int | None, titles: Mapping[str, str], lang: str, source: str
) -> ProfileData:
    """The person's profile as ``cmsim profile`` computes it, with the steps of ``session_id`` as detail;
    ``source`` (one of ``NAME_SOURCES``) says where the person's name came from."""
    profile = profile_of(store, person)
    steps = []
    if session_id is not None:
        steps = [
            StepRow(titles.get(t.step_id, t.step_id), dict(t.result.scores), t.result.average)
            for t in store.turns(session_id)
        ]
    rows = []
    for quality, p in profile.qualities.items():
        if p.score is None:
            rows.append(QualityRow(quality, tr(lang, "profile.no_data"), ""))
            continue
        level = tr(lang, f"profile.conf.{p.confidence}")
        on_steps, quotes = tr.count(lang, "profile.steps", p.points), tr.count(lang, "profile.quotes", p.evidence)
        confidence = f"{level} ({on_steps}, {quotes})"
        trend = p.trend_line if p.trend else f"{p.trend_line} {tr(lang, 'profile.one_session')}"
        rows.append(QualityRow(quality, confidence, trend))
    name = visible(profile.name)  # a name is text: no bidi trick, no line break
    whose = tr(lang, "profile.whose", name=name, source=tr(lang, f"profile.from.{source}"))
    answers = tr.count(lang, "profile.answers", profile.steps)
    heading = tr.count(lang, "profile.sessions", profile.sessions, answers=answers)
    return ProfileData(whose, heading, {q: p.score for q, p in profile.qualities.items()}, rows, steps, profile.steps)
