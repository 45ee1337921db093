"""The scenario library as the home screen sees it: listed once (from the hash-keyed catalog, so at
once after the first start), then filtered; a scenario is loaded in full only when it is played."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cmsim.authoring.catalog import Catalog, Entry, cached_catalog, catalog

Library = Catalog


@dataclass(frozen=True)
class Filters:
    """What the trainee narrowed the list to; ``None`` means any."""

    lang: str
    quality: str | None = None
    platform: str | None = None
    difficulty: str | None = None


def load_library(paths: Iterable[Path | str] = ()) -> Library:
    """Every scenario under ``paths`` (the built-in library when empty), sorted by language and title."""
    return catalog(paths)


def cached_library(paths: Iterable[Path | str] = ()) -> Library | None:
    """The library from the cache alone when every file's hash matches (fast enough for the first
    frame), else ``None``."""
    return cached_catalog(paths)


def select(entries: Sequence[Entry], filters: Filters) -> list[Entry]:
    """The scenarios matching ``filters``, in library order."""
    out = []
    for s in entries:
        if s.kind != "scenario" or s.lang != filters.lang:
            continue
        if filters.quality and filters.quality not in s.qualities:
            continue
        if filters.platform and filters.platform not in s.platforms:
            continue
        if filters.difficulty and s.difficulty != filters.difficulty:
            continue
        out.append(s)
    return out
