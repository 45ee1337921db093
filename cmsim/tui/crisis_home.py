"""The crisis scenarios on the home screen: their entries in the list, their preview, and which one an
entry names. Crisis entries carry ids ``crisis:<id>`` so they never clash with thread scenarios."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets.option_list import Option

from cmsim.model.qualities import label
from cmsim.tui.strings import tr
from cmsim.tui.words import colon, platform_names

if TYPE_CHECKING:
    from cmsim.authoring.catalog import Catalog, Entry
    from cmsim.tui.library import Filters

PREFIX = "crisis:"


def visible(library: Catalog | None, filters: Filters) -> list[Entry]:
    """The crises of the library matching the home screen's filters."""
    out = []
    for entry in library.entries if library else ():
        if entry.kind != "crisis" or entry.lang != filters.lang:
            continue
        if filters.difficulty and entry.difficulty != filters.difficulty:
            continue
        if (filters.platform and filters.platform not in entry.platforms) or (
            filters.quality and filters.quality not in entry.qualities
        ):
            continue
        out.append(entry)
    return out


def options(crises: Sequence[Entry], lang: str) -> list[Option]:
    """One list entry per crisis of ``crises`` (those ``visible`` returns)."""
    return [
        Option(
            Content.from_markup(
                "[b $text-warning]$badge[/] $title\n[dim]$meta[/dim]",
                badge=f"⚡ {tr(lang, 'crisis.badge')}",
                title=entry.title,
                meta=f"{tr(lang, f'difficulty.{entry.difficulty}')} · {platform_names(entry.platforms)}",
            ),
            id=PREFIX + entry.id,
        )
        for entry in crises
    ]


def chosen(library: Catalog | None, filters: Filters, option_id: str | None) -> Entry | None:
    """The crisis a list entry names (None for other entries)."""
    if not option_id or not option_id.startswith(PREFIX):
        return None
    return next((e for e in visible(library, filters) if e.id == option_id[len(PREFIX):]), None)


def preview(entry: Entry, lang: str) -> Content:
    """What a crisis is about: title, level, networks, qualities, summary, brand."""
    rows = [
        Content.from_markup("[b]$title[/b]", title=entry.title),
        Content(f"⚡ {tr(lang, 'crisis.badge')} · {tr(lang, f'difficulty.{entry.difficulty}')}"),
        Content(f"{colon(tr(lang, 'home.platforms'), lang)} {platform_names(entry.platforms)}"),
        Content(f"{colon(tr(lang, 'home.qualities'), lang)} {', '.join(label(q, lang) for q in entry.qualities)}"),
        Content(""),
        Content(" ".join(entry.summary.split())),
        Content(""),
        Content.from_markup("[dim]$who[/dim] [b]$brand[/b] $handle", who=tr(lang, "home.brand"),
                            brand=entry.brand, handle=entry.handle),
    ]
    return Content("\n").join(rows)
