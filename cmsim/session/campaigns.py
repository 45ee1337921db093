"""Campaigns: pick a campaign's scenarios in its language, and find where a candidate stands in it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from cmsim.authoring.load import Loaded, find_scenario, iter_scenarios, load_scenario
from cmsim.authoring.problems import AuthoringError
from cmsim.store.db import Store
from cmsim.store.records import Campaign, Person, SessionInfo, StoreError


def in_language(ref: str, lang: str, library: Iterable[Path | str] = ()) -> Loaded:
    """The scenario ``ref`` (id or file) in ``lang``: itself, or its translation (same ``pair``)."""
    loaded = find_scenario(ref, library)
    if loaded.scenario.lang == lang:
        return loaded
    pair = loaded.scenario.pair
    if pair:
        for item in iter_scenarios(library):
            if isinstance(item, Loaded) and item.scenario.pair == pair and item.scenario.lang == lang:
                return item
    raise StoreError(f"scenario '{loaded.scenario.id}' is in {loaded.scenario.lang} and has no {lang} version")


def resolve(refs: Sequence[str], lang: str, library: Iterable[Path | str] = ()) -> list[Loaded]:
    """Every scenario of a new campaign, in ``lang``, in order (``StoreError`` on a duplicate)."""
    loaded = [in_language(ref, lang, library) for ref in refs]
    ids = [item.scenario.id for item in loaded]
    if len(set(ids)) != len(ids):
        raise StoreError(f"a scenario appears twice in the campaign: {', '.join(ids)}")
    return loaded


def scenarios_of(campaign: Campaign) -> list[Loaded]:
    """The campaign's scenarios, loaded from the files recorded when it was created."""
    try:
        return [load_scenario(path) for path in campaign.scenarios]
    except (AuthoringError, OSError) as exc:
        raise StoreError(f"campaign '{campaign.name}': a scenario no longer loads:\n{exc}") from None


def next_in_campaign(store: Store, campaign: Campaign, candidate: Person) -> tuple[Loaded, SessionInfo | None] | None:
    """Where ``candidate`` stands: the next scenario and its unfinished session (None: not started),
    or None when every scenario of the campaign is finished."""
    sessions = store.sessions(candidate, campaign)
    for loaded in scenarios_of(campaign):
        mine = [s for s in sessions if s.scenario_id == loaded.scenario.id]
        if any(s.finished for s in mine):
            continue
        return loaded, (mine[-1] if mine else None)
    return None
