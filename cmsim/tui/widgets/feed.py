"""The thread as a social feed: one post per message, personas told apart by colour and label."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from textual import work
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from cmsim.model.scenario import Message, Scenario
from cmsim.tui.cells import drawable
from cmsim.tui.strings import tr


def author_of(scenario: Scenario, message: Message) -> tuple[str, str, str]:
    """Display name, handle and role of a message's author (the brand for 'brand')."""
    if message.author == "brand":
        return scenario.brand.name, scenario.brand.handle, "brand"
    persona = scenario.persona(message.author)
    if persona is None:
        return message.author, "", "community"
    return persona.name, persona.handle, persona.role


ROLE_STYLE = {
    "customer": "$text-warning",
    "troll": "$text-error",
    "defender": "$text-success",
    "fan": "$text-success",
    "colleague": "$text-secondary",
    "journalist": "$text-primary",
    "influencer": "$text-primary",
    "community": "$text",
    "brand": "$text-accent",
}
"""Colour of an author's name by role (theme variables, so dark and light themes both read well)."""


def post_content(scenario: Scenario, message: Message, lang: str) -> Content:
    """A post: 'Name @handle · time · role', the text, then replies / shares / likes for public posts."""
    name, handle, role = author_of(scenario, message)
    chip = tr(lang, f"role.{role}")
    if message.channel != "public":
        chip = f"{tr(lang, f'play.channel.{message.channel}')} · {chip}"
    handle = "" if handle == name else handle  # Facebook has no @handle: authors give their name twice
    meta = " · ".join(part for part in (handle, message.at or "", chip) if part)
    lines = [
        Content.from_markup(f"[b {ROLE_STYLE[role]}]$name[/] [dim]$meta[/dim]", name=name, meta=meta),
        Content(drawable(message.text.strip())),
    ]
    if message.channel == "public" and message.author != "brand":
        lines.append(
            Content.from_markup(
                "[dim]$stats[/dim]", stats=f"↩ {message.replies}   ⟳ {message.shares}   ♥ {message.likes}"
            )
        )
    return Content("\n").join(lines)


class FeedPost(Static):
    """One message of the thread, styled after its author's role and its channel."""

    def __init__(self, scenario: Scenario, message: Message, lang: str) -> None:
        role = author_of(scenario, message)[2]
        classes = f"post role-{role} channel-{message.channel}" + (" mine" if message.author == "brand" else "")
        super().__init__(post_content(scenario, message, lang), classes=classes)
        self.message = message


class TypingIndicator(Label):
    """'Dan is typing…' shown while a community message is on its way."""


class Feed(VerticalScroll):
    """The thread; new messages arrive one by one after a short typing delay (none when 0)."""

    def __init__(self, scenario: Scenario, lang: str, delay: float, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scenario = scenario
        self.lang = lang
        self.delay = delay
        self.shown = 0
        self._pending: list[Message] = []
        self._arriving = False

    def sync(self, messages: Sequence[Message]) -> None:
        """Show the messages not on screen yet (``messages`` is the whole thread as the runner sees it)."""
        new = list(messages[self.shown :])
        self.shown = len(messages)
        if not new:
            return
        if self.delay <= 0 and not self._arriving:
            self.mount_all(FeedPost(self.scenario, m, self.lang) for m in new)
            self.call_after_refresh(self.scroll_end, animate=False)
            return
        self._pending.extend(new)
        if not self._arriving:
            self._arriving = True
            self._arrive()

    @property
    def settled(self) -> bool:
        """True when every message handed to ``sync`` is on screen."""
        return not self._arriving

    @work(group="feed")
    async def _arrive(self) -> None:
        try:
            while self._pending:
                message = self._pending.pop(0)
                if message.author != "brand":
                    name = author_of(self.scenario, message)[0]
                    indicator = TypingIndicator(tr(self.lang, "play.typing", name=name))
                    await self.mount(indicator)
                    self.scroll_end(animate=False)
                    await asyncio.sleep(self.delay)
                    await indicator.remove()
                await self.mount(FeedPost(self.scenario, message, self.lang))
                self.scroll_end(animate=False)
        finally:
            self._arriving = False
