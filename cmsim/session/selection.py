"""A group of stored sessions an instructor looks at together: a campaign, a scenario, a tag of the
scenarios played, the sessions since a date, some people — for grading sheets and the cohort view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cmsim.authoring.load import Loaded
from cmsim.session.playthrough import load_for_session
from cmsim.store.db import Store
from cmsim.store.records import Person, SessionInfo, StoreError, TurnRecord
from cmsim.strings import plural_form


@dataclass(frozen=True)
class Selection:
    """Which sessions: every filter given must hold (none given: every session)."""

    campaign: str | None = None
    scenario: str | None = None
    tag: str | None = None
    since: float | None = None
    people: tuple[str, ...] = ()
    finished_only: bool = False

    def describe(self, lang: str = "en") -> str:
        """The filters in words, e.g. ``campaign 'spring', tag 'troll'`` (French with ``lang='fr'``)."""
        fr = lang == "fr"
        parts = []
        if self.campaign:
            parts.append(f"{'campagne' if fr else 'campaign'} '{self.campaign}'")
        if self.scenario:
            parts.append(f"{'scénario' if fr else 'scenario'} '{self.scenario}'")
        if self.tag:
            parts.append(f"tag '{self.tag}'")
        if self.since is not None:
            day = dt.datetime.fromtimestamp(self.since, dt.UTC).strftime("%Y-%m-%d")
            parts.append(f"{'depuis le' if fr else 'since'} {day}")
        if self.people:
            words = {"one": "personne", "other": "personnes"} if fr else {"one": "person", "other": "people"}
            parts.append(f"{len(self.people)} {words[plural_form('fr' if fr else 'en', len(self.people))]}")
        return ", ".join(parts) or ("toutes les sessions" if fr else "every session")


def parse_since(text: str) -> float:
    """A date ``YYYY-MM-DD`` (UTC midnight) as epoch seconds; ``ValueError`` in words otherwise."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-01") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


@dataclass(frozen=True)
class Played:
    """One selected session: its record, its scenario (loaded) and its turns."""

    info: SessionInfo
    loaded: Loaded
    turns: tuple[TurnRecord, ...]


def select(store: Store, selection: Selection) -> list[Played]:
    """The sessions ``selection`` names, oldest first, with their scenarios and turns. Sessions whose
    scenario no longer loads are left out (``StoreError`` only for an unknown campaign or person)."""
    campaign = store.campaign(selection.campaign) if selection.campaign else None
    people: Sequence[Person | None] = [None]
    if selection.people:
        found = []
        for name in selection.people:
            person = store.find_person(name)
            if person is None:
                raise StoreError(f"no one named '{name}' (see 'cmsim people')")
            found.append(person)
        people = found
    sessions: list[SessionInfo] = []
    for person in people:
        sessions.extend(store.sessions(person=person, campaign=campaign))
    sessions.sort(key=lambda s: (s.started_at, s.id))
    cache: dict[tuple[str, str], Loaded | None] = {}
    out = []
    for info in sessions:
        if selection.since is not None and info.started_at < selection.since:
            continue
        if selection.finished_only and not info.finished:
            continue
        key = (info.scenario_path, info.scenario_id)
        if key not in cache:
            try:
                cache[key] = load_for_session(info)
            except StoreError:
                cache[key] = None
        loaded = cache[key]
        if loaded is None:
            continue
        scenario = loaded.scenario
        if selection.scenario and selection.scenario not in (scenario.id, scenario.pair):
            continue
        if selection.tag and selection.tag not in scenario.tags:
            continue
        out.append(Played(info, loaded, tuple(store.turns(info.id))))
    return out
