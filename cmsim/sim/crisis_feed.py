"""The feed of a crisis as a pure function of the scenario and the reactions fired so far.

Noise is drawn once from the scenario's seed as candidates at ``FLOOD_CAP`` times the base rate; a
candidate arrives when its draw is under the flood factor in force at its time divided by the cap. A
reaction that slows the flood therefore drops candidates, never moves or renames the others: the same
seed and the same reactions always give the same feed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from cmsim.model.crisis import CrisisScenario, Item

FLOOD_CAP = 3.0


@dataclass(frozen=True)
class Arrival:
    """An item of the feed and when it arrived; ``source`` is 'timeline', 'noise' or a reaction id."""

    item: Item
    at: float
    source: str

    @property
    def id(self) -> str:
        """The item's id."""
        return self.item.id


@dataclass(frozen=True)
class Candidate:
    """A noise item that may arrive: its time, content and the draw that decides it."""

    at: float
    item: Item
    draw: float


_CACHE: dict[int, tuple[CrisisScenario, tuple[Candidate, ...]]] = {}


def noise_candidates(scenario: CrisisScenario) -> tuple[Candidate, ...]:
    """Every noise item the seed could bring, in time order (cached per scenario object)."""
    hit = _CACHE.get(id(scenario))
    if hit is not None and hit[0] is scenario:
        return hit[1]
    if len(_CACHE) > 32:
        _CACHE.clear()
    drawn = tuple(_draw(scenario))
    _CACHE[id(scenario)] = (scenario, drawn)
    return drawn


def _draw(scenario: CrisisScenario) -> list[Candidate]:
    noise = scenario.noise
    if noise is None or noise.rate <= 0:
        return []
    rng = random.Random(scenario.seed)
    per_second = noise.rate * FLOOD_CAP / 60.0
    out: list[Candidate] = []
    t = float(noise.start)
    n = 0
    while True:
        t += rng.expovariate(per_second)
        if t >= scenario.duration:
            return out
        n += 1
        line = noise.lines[rng.randrange(len(noise.lines))]
        author = noise.authors[rng.randrange(len(noise.authors))]
        likes = rng.randrange(0, 40)
        item = Item.model_validate(
            {"id": f"n{n}", "at": round(t, 2), "platform": line.platform, "author": author, "role": "community",
             "text": line.text, "metrics": {"likes": likes}}
        )
        out.append(Candidate(round(t, 2), item, rng.random()))


def flood_at(scenario: CrisisScenario, fired: Sequence[tuple[str, float]], t: float) -> float:
    """The noise multiplier in force at ``t``: the product of the floods of reactions fired by then."""
    factor = 1.0
    for reaction_id, at in fired:
        reaction = scenario.reaction(reaction_id)
        if reaction is not None and reaction.flood is not None and at <= t:
            factor *= reaction.flood
    return min(factor, FLOOD_CAP)


def arrivals(scenario: CrisisScenario, fired: Sequence[tuple[str, float]], until: float) -> list[Arrival]:
    """Every item arrived by ``until``, in order of arrival (ties: timeline, reactions, noise)."""
    out = [Arrival(i, i.at, "timeline") for i in scenario.items if i.at <= until]
    for reaction_id, at in fired:
        reaction = scenario.reaction(reaction_id)
        if reaction is None:
            continue
        out.extend(Arrival(i, at + i.at, reaction_id) for i in reaction.items if at + i.at <= until)
    for c in noise_candidates(scenario):
        if c.at > until:
            break
        if c.draw * FLOOD_CAP < flood_at(scenario, fired, c.at):
            out.append(Arrival(c.item, c.at, "noise"))
    rank = {"timeline": 0, "noise": 2}
    out.sort(key=lambda a: (a.at, rank.get(a.source, 1), a.item.id))
    return out


def find_item(scenario: CrisisScenario, item_id: str) -> Item | None:
    """The item ``item_id`` wherever it comes from (the timeline, a reaction, the noise: a noise id names the
    same candidate whatever fired), or None: what a report or a debrief needs to name it in words."""
    for item in scenario.items:
        if item.id == item_id:
            return item
    for reaction in scenario.reactions:
        for item in reaction.items:
            if item.id == item_id:
                return item
    return next((c.item for c in noise_candidates(scenario) if c.item.id == item_id), None)


def volume(times: Sequence[float], t: float, window: float = 60.0) -> int:
    """How many of ``times`` fall in the ``window`` seconds before ``t``."""
    return sum(1 for x in times if t - window < x <= t)


__all__ = ["FLOOD_CAP", "Arrival", "Candidate", "arrivals", "find_item", "flood_at", "noise_candidates", "volume"]
