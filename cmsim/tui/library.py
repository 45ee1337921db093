"""The scenario library as the home screen sees it: loaded once, then filtered."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmsim.authoring.load import Loaded


@dataclass(frozen=True)
class Library:
    """Every scenario that loads, and how many files did not."""

    scenarios: tuple[Loaded, ...]
    broken: int


@dataclass(frozen=True)
class Filters:
    """What the trainee narrowed the list to; ``None`` means any."""

    lang: str
    quality: str | None = None
    platform: str | None = None
    difficulty: str | None = None


def load_library(paths: Iterable[Path | str] = ()) -> Library:
    """Load every scenario under ``paths`` (the built-in library when empty), sorted by title."""
    from cmsim.authoring.load import Loaded, iter_scenarios

    loaded: list[Loaded] = []
    broken = 0
    for item in iter_scenarios(paths):
        if isinstance(item, Loaded):
            loaded.append(item)
        else:
            broken += 1
    loaded.sort(key=lambda item: (item.scenario.lang, item.scenario.title.casefold(), item.scenario.id))
    return Library(tuple(loaded), broken)


def select(scenarios: Sequence[Loaded], filters: Filters) -> list[Loaded]:
    """The scenarios matching ``filters``, in library order."""
    out = []
    for item in scenarios:
        s = item.scenario
        if s.lang != filters.lang:
            continue
        if filters.quality and filters.quality not in s.qualities():
            continue
        if filters.platform and filters.platform not in s.platforms:
            continue
        if filters.difficulty and s.difficulty != filters.difficulty:
            continue
        out.append(item)
    return out
