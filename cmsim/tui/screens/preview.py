"""What the home screen shows of the scenario or campaign under the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from cmsim.model.qualities import label
from cmsim.tui.strings import tr
from cmsim.tui.words import colon, platform_names

if TYPE_CHECKING:
    from cmsim.authoring.catalog import Entry
    from cmsim.store.records import Campaign


def preview(s: Entry, lang: str) -> Content:
    """What a scenario is about: title, level, networks, qualities, summary, brand."""
    qualities = ", ".join(label(q, lang) for q in s.qualities)
    return Content.assemble(
        Content.from_markup("[b]$title[/b]\n\n", title=s.title),
        Content.from_markup(
            "[b]$d_label[/b] $difficulty    [b]$p_label[/b] $platforms\n[b]$q_label[/b] $qualities\n\n",
            d_label=colon(tr(lang, "home.difficulty"), lang),
            difficulty=tr(lang, f"difficulty.{s.difficulty}"),
            p_label=colon(tr(lang, "home.platforms"), lang),
            platforms=platform_names(s.platforms),
            q_label=colon(tr(lang, "home.qualities"), lang),
            qualities=qualities,
        ),
        Content(s.summary.strip() + "\n\n"),
        Content.from_markup(
            "[b]$b_label[/b] $brand ($handle), $sector\n[dim]$steps[/dim]",
            b_label=colon(tr(lang, "home.brand"), lang),
            brand=s.brand,
            handle=s.handle,
            sector=s.sector or "—",
            steps=tr.count(lang, "home.steps", s.steps),
        ),
    )


def campaign_preview(campaign: Campaign, lang: str) -> Content:
    """A campaign: its name, how many scenarios, the time limit and whether hints are allowed."""
    limit = f"{campaign.step_limit} s" if campaign.step_limit else "—"
    return Content.from_markup(
        "[b]$name[/b]\n\n$count\n$limit\n$hints",
        name=campaign.name,
        count=tr.count(lang, "home.campaign_scenarios", len(campaign.scenarios)),
        limit=tr(lang, "home.campaign_limit", limit=limit),
        hints=tr(lang, "home.campaign_hints_on" if campaign.hints else "home.campaign_hints_off"),
    )
