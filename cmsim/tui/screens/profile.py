"""Profile: the six qualities drawn as bars (the data of ``cmsim profile``), with the steps of a session
a keypress away."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, Header, Label

from cmsim.model.qualities import QUALITIES, Quality, label
from cmsim.session.profile import profile_of
from cmsim.store.db import Store
from cmsim.store.records import Person
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets.scores import QualityBars


@dataclass(frozen=True)
class StepRow:
    """One scored step in the detail table."""

    title: str
    scores: Mapping[Quality, int]
    average: int


@dataclass(frozen=True)
class ProfileData:
    """What the profile screen draws: a heading, the score per quality, per-step rows, answers counted."""

    heading: str
    qualities: Mapping[Quality, float | None]
    steps: Sequence[StepRow]
    answers: int


def stored_profile(
    store: Store, person: Person, session_id: int | None, titles: Mapping[str, str], lang: str
) -> ProfileData:
    """The person's profile as ``cmsim profile`` computes it, with the steps of ``session_id`` as detail."""
    profile = profile_of(store, person)
    steps = []
    if session_id is not None:
        steps = [
            StepRow(titles.get(t.step_id, t.step_id), dict(t.result.scores), t.result.average)
            for t in store.turns(session_id)
        ]
    heading = f"{profile.name} · {tr(lang, 'profile.sessions', count=profile.sessions, turns=profile.steps)}"
    return ProfileData(heading, {q: p.score for q, p in profile.qualities.items()}, steps, profile.steps)


class ProfileScreen(CmsimScreen[None]):
    """The qualities as bars; 'd' shows the score of every step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "toggle_detail", "key.detail", id="profile.detail"),
        Binding("escape", "back", "key.back", id="profile.back"),
    ]

    def __init__(self, data: ProfileData | None) -> None:
        super().__init__()
        self.data = data

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Header()
        with VerticalScroll(id="profile"):
            yield Label(tr(lang, "profile.title"), classes="title")
            if self.data is None or not self.data.answers:
                yield Label(tr(lang, "profile.empty"), id="profile-empty")
            else:
                yield Label(Content(self.data.heading), id="profile-heading", classes="section")
                yield QualityBars(self.data.qualities, lang, every_quality=True, id="profile-bars")
                yield Label(tr(lang, "profile.detail_hint"), classes="dim")
                table: DataTable[str] = DataTable(id="profile-detail", cursor_type="row", zebra_stripes=True)
                table.display = False
                yield table
        yield Footer()

    def on_mount(self) -> None:
        lang = self.lang
        self.sub_title = tr(lang, "profile.title")
        if self.data is None or not self.data.steps:
            return
        table = self.query_one(DataTable)
        table.add_columns(tr(lang, "profile.step"), *(label(q, lang) for q in QUALITIES), tr(lang, "profile.average"))
        for row in self.data.steps:
            cells = [str(row.scores[q]) if q in row.scores else "·" for q in QUALITIES]
            table.add_row(row.title, *cells, str(row.average))

    def action_toggle_detail(self) -> None:
        """Show or hide the per-step table."""
        for table in self.query(DataTable):
            table.display = not table.display
            if table.display:
                table.focus()

    def action_back(self) -> None:
        """Back where the profile was opened from."""
        self.app.pop_screen()
