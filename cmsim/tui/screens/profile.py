"""Profile: the six qualities drawn as bars, with the confidence and the trend of each (the data of
``cmsim profile``), whose profile it is and where that name came from, and the steps of a session a
keypress away. Without a name (no ``--name``, none in the settings) it asks for one rather than fall
back on the login name unseen."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, Header, Input, Label

from cmsim.model.qualities import QUALITIES, label
from cmsim.tui.profile_data import ProfileData, stored_profile
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets.scores import QualityBars

if TYPE_CHECKING:
    from cmsim.tui.host import CmsimHost

TitlesOf = Callable[[str], Mapping[str, str]]


def open_profile(app: CmsimHost, titles_of: TitlesOf) -> None:
    """The trainee's profile with their last session's steps (computed off the UI thread), or, when no
    name was given, the screen asking whose it is."""
    if app.trainee_name is None:
        app.push_screen(ProfileScreen(None, titles_of=titles_of))
        return
    from cmsim.tui.messages import ProfileLoaded

    lang, source = app.language, app.name_from

    def load() -> ProfileLoaded:
        store = app.store()
        person = app.trainee()
        sessions = store.sessions(person)
        last = sessions[-1] if sessions else None
        titles = titles_of(last.scenario_id) if last else {}
        return ProfileLoaded(stored_profile(store, person, last.id if last else None, titles, lang, source))

    app.off_thread(load, group="profile")


class ProfileScreen(CmsimScreen[None]):
    """The qualities as bars, their confidence and trend; 'd' shows the score of every step. Built with
    no data (and ``titles_of``), it asks for the trainee's name first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "toggle_detail", "key.detail", id="profile.detail"),
        Binding("escape", "back", "key.back", id="profile.back"),
    ]

    def __init__(self, data: ProfileData | None, *, titles_of: TitlesOf | None = None) -> None:
        super().__init__()
        self.data = data
        self.titles_of = titles_of

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Header()
        with VerticalScroll(id="profile"):
            yield Label(tr(lang, "profile.title"), classes="title")
            if self.data is None and self.titles_of is not None:
                yield Label(tr(lang, "profile.ask"), id="profile-ask")
                yield Input(placeholder=tr(lang, "profile.ask_placeholder"), max_length=80, id="profile-name")
            elif self.data is None or not self.data.answers:
                if self.data is not None:
                    yield Label(Content(self.data.whose), id="profile-whose", classes="section")
                yield Label(tr(lang, "profile.empty"), id="profile-empty")
            else:
                yield Label(Content(self.data.whose), id="profile-whose", classes="section")
                yield Label(Content(self.data.heading), id="profile-heading", classes="dim")
                yield QualityBars(self.data.qualities, lang, every_quality=True, id="profile-bars")
                quality_table: DataTable[str] = DataTable(id="profile-qualities", cursor_type="none")
                yield quality_table
                yield Label(tr(lang, "profile.detail_hint"), classes="dim")
                table: DataTable[str] = DataTable(id="profile-detail", cursor_type="row", zebra_stripes=True)
                table.display = False
                yield table
        yield Footer()

    def on_mount(self) -> None:
        lang = self.lang
        self.sub_title = tr(lang, "profile.title")
        for field in self.query("#profile-name").results(Input):
            field.focus()
        if self.data is None or not self.data.answers:
            return
        qualities = self.query_one("#profile-qualities", DataTable)
        qualities.add_columns(tr(lang, "profile.quality"), tr(lang, "profile.confidence"), tr(lang, "profile.trend"))
        for row in self.data.rows:
            qualities.add_row(label(row.quality, lang), row.confidence, row.trend, key=str(row.quality))
        if not self.data.steps:
            return
        table = self.query_one("#profile-detail", DataTable)
        table.add_columns(tr(lang, "profile.step"), *(label(q, lang) for q in QUALITIES), tr(lang, "profile.average"))
        for step in self.data.steps:
            cells = [str(step.scores[q]) if q in step.scores else "·" for q in QUALITIES]
            table.add_row(step.title, *cells, str(step.average))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """The name typed: it is the trainee's for the rest of the run, and their profile opens."""
        name = event.value.strip()
        if not name or self.titles_of is None:
            return
        self.cmsim.name_trainee(name)  # saved to the config file, as the home screen's question does
        self.dismiss()
        open_profile(self.cmsim, self.titles_of)

    def action_toggle_detail(self) -> None:
        """Show or hide the per-step table."""
        for table in self.query("#profile-detail").results(DataTable):
            table.display = not table.display
            if table.display:
                table.focus()

    def action_back(self) -> None:
        """Back where the profile was opened from."""
        self.app.pop_screen()
