"""How the crisis room draws an item of the feed or the queue, and which items wait in the queue.

What the queue shows is what a real tool would know: when an item arrived, its public reach and whether
you touched it. It never shows what the scenario expects (that is the trainee's job)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from cmsim.crisis_words import team_label, teams_on_call
from cmsim.model.crisis import HANDLING, CrisisScenario
from cmsim.platforms import platform
from cmsim.session.crisis import CrisisRun
from cmsim.sim.crisis import Taken
from cmsim.sim.crisis_feed import Arrival
from cmsim.tui.cells import drawable
from cmsim.tui.strings import tr

NEW_SECONDS = 20.0
"""An item is NEW for this long after it arrives."""
WAITING_SECONDS = 120.0
"""An untouched item older than this is WAITING."""
URGENT_REACH = 1000
URGENT_VIEWS = 50_000
QUEUE_SHOWN = 60
"""At most this many items in the queue (the most pressing first)."""
PLATFORM_SHORT = {"x": "X", "instagram": "IG", "facebook": "FB", "linkedin": "IN", "youtube": "YT", "tiktok": "TT"}
PUBLIC_ROLES = {"journalist": "$text-primary", "influencer": "$text-primary"}
"""Roles a real feed shows (a verified press or creator account); a troll or a customer wears no label."""


DEFAULT_TEAMS = ("pr", "legal", "quality", "security")
"""The teams offered when a crisis names none."""


def brief_content(scenario: CrisisScenario, lang: str) -> Content:
    """The brief as the crisis room shows it before an item is picked: its text, then the teams on call by
    their names in the UI language (the teams the escalation list offers)."""
    teams = teams_on_call(scenario.teams or DEFAULT_TEAMS, lang)
    return Content.from_markup("[b]$title[/b] $brief", title=tr(lang, "crisis.brief"),
                               brief=" ".join(f"{scenario.brief} {teams}".split()))


def clock(seconds: float) -> str:
    """mm:ss."""
    s = int(max(0.0, seconds))
    return f"{s // 60:02d}:{s % 60:02d}"


def reach(arrival: Arrival) -> int:
    """Likes and shares: how far an item travels."""
    m = arrival.item.metrics
    return m.likes + m.shares


def urgent(arrival: Arrival) -> bool:
    """Visible urgency: a wide reach."""
    return reach(arrival) >= URGENT_REACH or arrival.item.metrics.views >= URGENT_VIEWS


def tags(arrival: Arrival, now: float, done: Sequence[str], lang: str) -> list[str]:
    """NEW / URGENT / WAITING for an item nobody handled yet."""
    if set(done) & (HANDLING | {"skip"}):
        return []
    out = []
    if now - arrival.at <= NEW_SECONDS:
        out.append(tr(lang, "crisis.tag.new"))
    if urgent(arrival):
        out.append(tr(lang, "crisis.tag.urgent"))
    if now - arrival.at >= WAITING_SECONDS:
        out.append(tr(lang, "crisis.tag.waiting"))
    return out


def status_text(run: CrisisRun, items: int, critical: int, mood: int, lang: str) -> str:
    """The status line: the clock (paused, slowed), critical items unanswered, the crowd's mood, the count."""
    parts = [tr(lang, "crisis.clock", clock=clock(run.state.now), total=clock(run.engine.scenario.duration))]
    if run.paused:
        parts.append(tr(lang, "crisis.paused"))
    if run.speed != 1.0:
        parts.append(tr(lang, "crisis.speed", speed=f"{run.speed:g}"))
    mood_word = tr(lang, f"crisis.mood.{min(4, mood // 20)}")
    parts += [tr(lang, "crisis.critical", count=critical), tr(lang, "crisis.mood", mood=f"{mood} {mood_word}"),
              tr.count(lang, "crisis.items", items)]
    return "  ·  ".join(parts)


def handled_by_item(taken: Sequence[Taken]) -> dict[str, list[str]]:
    """Item id → the kinds of action taken on it, in order."""
    out: dict[str, list[str]] = {}
    for t in taken:
        if t.action.item:
            out.setdefault(t.action.item, []).append(t.action.kind)
    return out


def queue(feed: Sequence[Arrival], handled: dict[str, list[str]], now: float) -> list[Arrival]:
    """Items still to triage (nothing done but like/pin), the widest reach and the oldest first."""
    waiting = [a for a in feed if not set(handled.get(a.id, [])) & (HANDLING | {"skip"})]
    waiting.sort(key=lambda a: (not urgent(a), a.at))
    return waiting[:QUEUE_SHOWN]


def item_content(arrival: Arrival, now: float, done: Sequence[str], lang: str, *, full: bool) -> Content:
    """'[X] @author · 01:35 · URGENT' then the text (one line in the queue; whole, untagged in the feed)."""
    item = arrival.item
    head = f"{PLATFORM_SHORT[item.platform]} {item.author}"
    meta = [clock(arrival.at)]
    if item.role in PUBLIC_ROLES:
        meta.append(tr(lang, f"role.{item.role}"))
    marks = [] if full else tags(arrival, now, done, lang)
    status = ", ".join(tr(lang, f"crisis.status.{k}") for k in dict.fromkeys(done))
    style = PUBLIC_ROLES.get(item.role, "$text")
    first = Content.from_markup(f"[b {style}]$head[/] [dim]$meta[/dim]", head=head, meta=" · ".join(meta))
    if marks:
        first = first + Content.from_markup(" [b $text-warning]$tags[/]", tags=" ".join(marks))
    if status:
        first = first + Content.from_markup(" [$text-success]✓ $status[/]", status=status)
    text = drawable(" ".join(item.text.split()))
    if not full and len(text) > 70:
        text = text[:69] + "…"
    return Content("\n").join([first, Content(text)])


def detail_content(arrival: Arrival, done: Sequence[str], lang: str) -> Content:
    """The selected item in full: network, author, text, public metrics and what was done with it."""
    item = arrival.item
    m = item.metrics
    who = f"{item.name} ({item.author})" if item.name and item.name != item.author else item.author
    views = f"   ▶ {m.views}" if m.views else ""
    lines = [
        Content.from_markup("[b]$who[/b] [dim]$where · $at[/dim]", who=who, where=platform(item.platform).label,
                            at=clock(arrival.at)),
        Content(drawable(item.text.strip())),
        Content.from_markup("[dim]$stats[/dim]",
                            stats=f"↩ {m.replies}   ⟳ {m.shares}   ♥ {m.likes}{views}"),
    ]
    if done:
        lines.append(Content.from_markup("[$text-success]✓ $s[/]",
                                         s=", ".join(tr(lang, f"crisis.status.{k}") for k in done)))
    return Content("\n").join(lines)


__all__ = [
    "brief_content", "clock", "detail_content", "handled_by_item", "item_content", "queue", "status_text", "tags",
    "team_label", "urgent",
]
