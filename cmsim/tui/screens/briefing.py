"""The candidate briefing (kiosk mode): the brands and their charters, how many scenarios, the time limits,
what is recorded, who sees it and how long it is kept — and an explicit "I agree" before anything is
stored. Until then nothing about the candidate exists in the database."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Footer, Header, Label, Static

from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets.charter import CharterPanel, charter_content

if TYPE_CHECKING:
    from cmsim.model.scenario import Step
    from cmsim.session.campaigns import Item
    from cmsim.store.records import Campaign
    from cmsim.tui.kiosk import Kiosk


class CampaignRead(Message):
    """The worker read the campaign (and whether the candidate already agreed to its briefing)."""

    def __init__(self, campaign: Campaign | None, scenarios: list[Item], agreed: bool, error: str = "") -> None:
        super().__init__()
        self.campaign = campaign
        self.scenarios = scenarios
        self.agreed = agreed
        self.error = error


def _steps(item: Item) -> list[Step]:
    return list(getattr(item.scenario, "steps", []))  # a crisis has no steps: a clock instead


def limits_text(campaign: Campaign, scenarios: list[Item], lang: str) -> str:
    """The time limits as the candidate will meet them (the campaign's limit overrides the steps')."""
    limits = {campaign.limit_for(step.time_limit) for item in scenarios for step in _steps(item)}
    known = sorted(x for x in limits if x)
    if not known:
        return tr(lang, "briefing.limit_none")
    if len(known) == 1 and None not in limits:
        return tr(lang, "briefing.limit_each", seconds=known[0])
    if len(known) == 1:  # one limit, and steps without one: never "from 300 to 300 s"
        return tr(lang, "briefing.limit_some", seconds=known[0])
    return tr(lang, "briefing.limit_range", low=known[0], high=known[-1])


def briefing_lines(kiosk: Kiosk, campaign: Campaign, scenarios: list[Item], lang: str) -> list[tuple[str, str]]:
    """(heading, text) pairs of the briefing, in order; their digest is stored with the consent."""
    threads = [item for item in scenarios if _steps(item)]
    crises = [item.scenario for item in scenarios if not _steps(item)]
    parts = []
    if threads:
        steps = sum(len(_steps(item)) for item in threads)
        parts += [tr.count(lang, "briefing.scenarios", len(threads), steps=tr.count(lang, "briefing.steps", steps)),
                  limits_text(campaign, threads, lang), tr(lang, "briefing.clock")]
    if crises:
        minutes = max(-(-int(getattr(c, "duration", 0)) // 60) for c in crises)
        parts.append(tr.count(lang, "briefing.crisis", len(crises), minutes=minutes))
    parts.append(tr(lang, "briefing.hints_on" if campaign.hints else "briefing.hints_off"))
    what = " ".join(parts)
    who = kiosk.audience or tr(lang, "briefing.who_default", campaign=campaign.name)
    kept = kiosk.retention or tr(lang, "briefing.kept_default")
    return [
        (tr(lang, "briefing.what"), what),
        (tr(lang, "briefing.recorded"), tr(lang, "briefing.recorded_text")),
        (tr(lang, "briefing.who"), who),
        (tr(lang, "briefing.kept"), kept),
    ]


def briefing_digest(lines: list[tuple[str, str]], scenarios: list[Item], lang: str) -> str:
    """A short digest of everything the briefing showed (texts and charters), kept with the consent."""
    text = "\n".join(f"{h}\n{t}" for h, t in lines)
    text += "\n".join(charter_content(item.scenario.brand, lang).plain for item in scenarios)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class BriefingScreen(CmsimScreen[None]):
    """What the candidate is told before the clock starts, and the button that starts it."""

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__()
        self.kiosk = kiosk
        self.campaign: Campaign | None = None
        self.scenarios: list[Item] = []
        self.lines: list[tuple[str, str]] = []


    def compose(self) -> ComposeResult:
        lang = self.cmsim.language
        yield Header()
        with VerticalScroll(id="briefing"):
            yield Label("", id="briefing-title", classes="title")
            yield Static("", id="briefing-hello")
            yield Static(tr(lang, "home.loading"), id="briefing-body")
            yield VerticalScroll(id="briefing-brands")
            yield Static(Content(tr(lang, "briefing.nothing_yet")), id="briefing-nothing", classes="dim")
            yield Button(tr(lang, "briefing.agree"), id="agree", variant="success", disabled=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.kiosk.campaign
        self._read()

    @work(thread=True, exclusive=True, group="briefing")
    def _read(self) -> None:
        from cmsim.session.campaigns import scenarios_of
        from cmsim.store.invitations import consented
        from cmsim.store.records import StoreError

        try:
            store = self.cmsim.store()
            campaign = store.campaign(self.kiosk.campaign)
            scenarios = scenarios_of(campaign)
            person = store.find_person(self.kiosk.candidate)
            agreed = person is not None and consented(store, person.id, campaign.id)
        except StoreError as exc:
            self.post_message(CampaignRead(None, [], False, str(exc)))
            return
        self.post_message(CampaignRead(campaign, scenarios, agreed))

    async def on_campaign_read(self, message: CampaignRead) -> None:
        lang = self.cmsim.language
        body = self.query_one("#briefing-body", Static)
        if message.campaign is None:
            body.update(Content(tr(lang, "briefing.missing", error=message.error)))
            return
        if message.agreed:  # a reload or a new connection: straight back to where the candidate stands
            self.cmsim.assess(message.campaign, self.kiosk.candidate)
            return
        self.campaign, self.scenarios = message.campaign, message.scenarios
        title = tr(lang, "briefing.title", campaign=self.kiosk.campaign)
        self.query_one("#briefing-title", Label).update(Content(title))
        hello = tr(lang, "briefing.hello", candidate=self.kiosk.candidate)
        self.query_one("#briefing-hello", Static).update(Content(hello))
        self.lines = briefing_lines(self.kiosk, message.campaign, message.scenarios, lang)
        body.update(
            Content("\n").join(
                Content.from_markup("\n[b]$head[/b]\n$text", head=head, text=text) for head, text in self.lines
            )
        )
        brands = self.query_one("#briefing-brands", VerticalScroll)
        shown = list({item.scenario.brand.handle: item.scenario.brand for item in message.scenarios}.values())
        await brands.mount(Label(tr.count(lang, "briefing.brands", len(shown)), classes="section"))
        for brand in shown:
            await brands.mount(CharterPanel(brand, lang, id=None))
        agree = self.query_one("#agree", Button)
        agree.disabled = False
        agree.focus()

    @on(Button.Pressed, "#agree")
    def _agree(self) -> None:
        if self.campaign is None:
            return
        self.query_one("#agree", Button).disabled = True
        digest = briefing_digest(self.lines, self.scenarios, self.cmsim.language)
        self.cmsim.agree_and_assess(self.campaign, self.kiosk.candidate, digest)
