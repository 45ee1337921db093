"""Campaigns: pick a campaign's scenarios in its language, and find where a candidate stands in it.

A campaign holds thread scenarios and crises (``kind: crisis``) side by side, in the recruiter's
order; a crisis is one session like any other scenario (see ``cmsim.session.crisis_assess``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from cmsim.authoring.crisis import LoadedCrisis, crisis_file, find_crisis, iter_crises, load_crisis
from cmsim.authoring.load import Loaded, iter_scenarios, load_scenario
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.wording import did_you_mean
from cmsim.store.db import Store
from cmsim.store.records import Campaign, Person, SessionInfo, StoreError

Item = Loaded | LoadedCrisis
"""One scenario of a campaign: a thread scenario or a crisis."""


def kind_of(item: Item) -> str:
    """``crisis`` or ``scenario``."""
    return "crisis" if isinstance(item, LoadedCrisis) else "scenario"


def _find(ref: str, library: Iterable[Path | str]) -> Item:
    """A scenario or a crisis by file or id; ``AuthoringError`` (with a "did you mean") when none."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_crisis(path) if path.is_file() and crisis_file(path) else load_scenario(path)
    paths = list(library)
    ids: list[str] = []
    for item in iter_scenarios(paths):
        if isinstance(item, Loaded):
            if item.scenario.id == ref:
                return item
            ids.append(item.scenario.id)
    crisis = find_crisis(ref, paths)
    if crisis is not None:
        return crisis
    ids += [c.scenario.id for c in iter_crises(paths) if isinstance(c, LoadedCrisis)]
    message = f"no scenario or crisis with id or path '{ref}'{did_you_mean(ref, ids)} (see 'cmsim list')"
    raise AuthoringError([Problem(ref, 1, 1, message, "not-found")])


def in_language(ref: str, lang: str, library: Iterable[Path | str] = ()) -> Item:
    """The scenario or crisis ``ref`` (id or file) in ``lang``: itself, or its translation (same ``pair``)."""
    paths = list(library)
    loaded = _find(ref, paths)
    if loaded.scenario.lang == lang:
        return loaded
    pair = loaded.scenario.pair
    if pair:
        others: Iterable[object] = iter_crises(paths) if isinstance(loaded, LoadedCrisis) else iter_scenarios(paths)
        for item in others:
            if isinstance(item, Loaded | LoadedCrisis) and item.scenario.pair == pair and item.scenario.lang == lang:
                return item
    raise StoreError(f"scenario '{loaded.scenario.id}' is in {loaded.scenario.lang} and has no {lang} version")


def resolve(refs: Sequence[str], lang: str, library: Iterable[Path | str] = ()) -> list[Item]:
    """Every scenario of a new campaign, in ``lang``, in order (``StoreError`` on a duplicate)."""
    paths = list(library)
    loaded = [in_language(ref, lang, paths) for ref in refs]
    ids = [item.scenario.id for item in loaded]
    if len(set(ids)) != len(ids):
        raise StoreError(f"a scenario appears twice in the campaign: {', '.join(ids)}")
    return loaded


def load_item(path: Path | str) -> Item:
    """One scenario of a campaign from its recorded file: a crisis or a thread scenario."""
    path = Path(path)
    return load_crisis(path) if crisis_file(path) else load_scenario(path)


def scenarios_of(campaign: Campaign) -> list[Item]:
    """The campaign's scenarios (and crises), loaded from the files recorded when it was created."""
    try:
        return [load_item(path) for path in campaign.scenarios]
    except (AuthoringError, OSError) as exc:
        raise StoreError(f"campaign '{campaign.name}': a scenario no longer loads:\n{exc}") from None


def next_in_campaign(store: Store, campaign: Campaign, candidate: Person) -> tuple[Item, SessionInfo | None] | None:
    """Where ``candidate`` stands: the next scenario and its unfinished session (None: not started),
    or None when every scenario of the campaign is finished."""
    sessions = store.sessions(candidate, campaign)
    for loaded in scenarios_of(campaign):
        mine = [s for s in sessions if s.scenario_id == loaded.scenario.id]
        if any(s.finished for s in mine):
            continue
        return loaded, (mine[-1] if mine else None)
    return None
