"""Home: the language, the mode, and a scenario picked from the library with filters and a preview
(practice), or a recruiter's campaign and the candidate's name (assessment). Offers to resume an
unfinished practice session."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from cmsim.tui import crisis_home
from cmsim.tui.home_settings import home_settings
from cmsim.tui.library import Filters, cached_library, load_library, select
from cmsim.tui.messages import LibraryLoaded, SessionsLoaded, StoreFailed
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.screens.preview import campaign_preview, preview
from cmsim.tui.strings import tr
from cmsim.tui.widgets.settings import Setting, SettingsPanel
from cmsim.tui.widgets.wrapped_list import WrappedOptionList
from cmsim.tui.words import platform_names

if TYPE_CHECKING:
    from cmsim.authoring.catalog import Entry
    from cmsim.store.records import Campaign, SessionInfo

class HomeScreen(CmsimScreen[None]):
    """The first screen: choose, filter, preview, play (or resume)."""

    AUTO_FOCUS = "#scenarios"  # focused as it is composed, so the first frame already shows it (Enter plays)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "toggle_language", "key.language", id="home.language"),
        Binding("f3", "toggle_mode", "key.mode", id="home.mode"),
        Binding("f4", "profile", "key.profile", id="home.profile"),
        Binding("f5", "resume", "key.resume", id="home.resume"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.unfinished: list[SessionInfo] = []
        self.campaigns: list[Campaign] = []

    @property
    def assessing(self) -> bool:
        """True in assessment mode (campaigns instead of the library)."""
        return self.cmsim.mode == "assessment"

    def compose(self) -> ComposeResult:
        app = self.cmsim
        lang = app.language
        yield Header()
        with Horizontal(id="home"):
            with Horizontal(id="home-left"):  # side by side when wide, stacked below 100 columns
                with Vertical(id="home-settings"):
                    yield SettingsPanel(self._settings(), id="settings")
                    if self.assessing:
                        yield Label(tr(lang, "home.candidate"), classes="section")
                        yield Input(app.candidate, placeholder=tr(lang, "home.candidate"), id="candidate")
                with Vertical(id="home-list"):
                    title = "home.campaigns" if self.assessing else "home.scenarios"
                    yield Label(tr(lang, title), id="list-title", classes="section")
                    yield WrappedOptionList(id="scenarios")
                    yield Label("", id="broken")
            with Vertical(id="home-preview"):
                yield Static("", id="resume")
                yield Label(tr(lang, "home.preview"), classes="section")
                with VerticalScroll(id="preview-scroll"):
                    yield Static(tr(lang, "home.loading"), id="preview")
                hint = "home.campaign_start" if self.assessing else "home.play_hint"
                yield Label(tr(lang, hint), id="play-hint")  # outside the scroll: always in sight
        yield Footer()

    def _settings(self) -> list[Setting]:
        """Language, theme and mode, then the library's filters (practice only): see :func:`home_settings`."""
        return home_settings(self.cmsim, self.assessing)

    def on_mount(self) -> None:
        if self.cmsim.library is None:
            self.cmsim.library = cached_library(self.cmsim.library_paths)
        if self.cmsim.library is None:
            self.cmsim.after_first_frame(self._load)  # first start, or files changed: load off the UI
        else:
            self._refresh_list()
            self.cmsim.after_first_frame(self._warm_up)
        self.query_one("#scenarios").focus()
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self) -> None:
        """The theme changed by its key: the settings row shows it."""
        self.query_one(SettingsPanel).set_value("theme", self.cmsim.theme_name, announce=False)

    async def on_screen_resume(self) -> None:
        """Shown (first, or back from a session): ask the store what is unfinished, after the frame. Back
        from an assessment, the settings lose the mode switch."""
        if self.cmsim.assessment_locked and self.query("#settings") and self._offers_mode:
            await self._rebuild("#scenarios")
        self.cmsim.after_first_frame(self._load_sessions)
        self.cmsim.after_first_frame(lambda: self.cmsim.ask_name_once(self._load_sessions))

    @property
    def _offers_mode(self) -> bool:
        return any(s.id == "mode" for s in self.query_one(SettingsPanel).settings)

    @work(thread=True, exclusive=True, group="library")
    def _load(self) -> None:
        self.post_message(LibraryLoaded(load_library(self.cmsim.library_paths)))

    @work(thread=True, exclusive=True, group="sessions")
    def _load_sessions(self) -> None:
        from cmsim.store.records import StoreError

        try:
            store = self.cmsim.store()
            named = self.cmsim.trainee_name is not None  # no name yet: nobody's sessions, not the login's
            unfinished = store.unfinished(self.cmsim.trainee(), "practice") if named else []
            campaigns = store.campaigns()
        except StoreError as exc:
            self.post_message(StoreFailed(str(exc)))
            return
        self.post_message(SessionsLoaded(unfinished, campaigns))

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        self.cmsim.library = message.library
        self._refresh_list()
        self._refresh_resume()
        self._warm_up()

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_up(self) -> None:
        """Import what playing needs (validation, runner) while the trainee reads the list."""
        import cmsim.authoring.load
        import cmsim.sim.runner  # noqa: F401

    def on_sessions_loaded(self, message: SessionsLoaded) -> None:
        self.unfinished = message.unfinished
        self.campaigns = message.campaigns
        self._refresh_resume()
        if self.assessing:
            self._refresh_list()
        self.refresh_bindings()

    def _title_of(self, scenario_id: str) -> str:
        library = self.cmsim.library
        found = [e for e in library.entries if e.id == scenario_id] if library else []
        return found[0].title if found else scenario_id

    def _refresh_resume(self) -> None:
        lang = self.cmsim.language
        banner = self.query_one("#resume", Static)
        banner.display = bool(self.unfinished) and not self.assessing
        if not self.unfinished:
            return
        info = self.unfinished[0]
        when = datetime.fromtimestamp(info.updated_at).strftime("%Y-%m-%d %H:%M")
        text = tr(lang, "home.resume_text", title=self._title_of(info.scenario_id), step=info.turns + 1, when=when)
        banner.update(Content.from_markup("[b]$head[/b]\n$text", head=tr(lang, "home.resume_title"), text=text))

    def _visible(self) -> list[Entry]:
        library = self.cmsim.library
        return select(library.entries, self.cmsim.filters) if library else []

    def _campaigns(self) -> list[Campaign]:
        return [c for c in self.campaigns if c.lang == self.cmsim.language]

    def _refresh_list(self) -> None:
        lang = self.cmsim.language
        library = self.cmsim.library
        options = self.query_one("#scenarios", OptionList)
        preview_widget = self.query_one("#preview", Static)
        if self.assessing:
            campaigns = self._campaigns()
            options.clear_options()
            options.add_options(Option(Content(c.name), id=str(c.id)) for c in campaigns)
            if campaigns:
                options.highlighted = 0
                preview_widget.update(campaign_preview(campaigns[0], lang))
            else:
                preview_widget.update(tr(lang, "home.no_campaign"))
            return
        if library is None:
            return
        shown = self._visible()
        options.clear_options()
        options.add_options(
            Option(
                Content.from_markup(
                    "$title\n[dim]$meta[/dim]",
                    title=item.title,
                    meta=f"{tr(lang, f'difficulty.{item.difficulty}')} · {platform_names(item.platforms)}",
                ),
                id=item.id,
            )
            for item in shown
        )
        crises = crisis_home.visible(library, self.cmsim.filters)  # crisis hook: listed below the steps
        options.add_options(crisis_home.options(crises, lang))
        total = sum(1 for item in library.entries if item.lang == lang and item.kind in ("scenario", "crisis"))
        count = tr(lang, "home.count", shown=len(shown) + len(crises), total=total)
        self.query_one("#list-title", Label).update(f"{tr(lang, 'home.scenarios')} ({count})")
        self.query_one("#broken", Label).update(tr.count(lang, "home.broken", library.broken) if library.broken else "")
        if shown or crises:
            options.highlighted = 0
            preview_widget.update(preview(shown[0], lang) if shown else crisis_home.preview(crises[0], lang))
        else:
            preview_widget.update(tr(lang, "home.empty"))

    def _chosen(self, option_id: str | None) -> Entry | None:
        return next((item for item in self._visible() if item.id == option_id), None)

    def _campaign(self, option_id: str | None) -> Campaign | None:
        return next((c for c in self._campaigns() if str(c.id) == option_id), None)

    @on(OptionList.OptionHighlighted, "#scenarios")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        lang = self.cmsim.language
        if self.assessing:
            campaign = self._campaign(event.option.id)
            if campaign is not None:
                self.query_one("#preview", Static).update(campaign_preview(campaign, lang))
            return
        chosen = self._chosen(event.option.id)
        if chosen is not None:
            self.query_one("#preview", Static).update(preview(chosen, lang))
        crisis = crisis_home.chosen(self.cmsim.library, self.cmsim.filters, event.option.id)  # crisis hook
        if crisis is not None:
            self.query_one("#preview", Static).update(crisis_home.preview(crisis, lang))

    @on(OptionList.OptionSelected, "#scenarios")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if not self.assessing:
            chosen = self._chosen(event.option.id)
            if chosen is not None:
                self._play(chosen)
            crisis = crisis_home.chosen(self.cmsim.library, self.cmsim.filters, event.option.id)  # crisis hook
            if crisis is not None:
                self._play_crisis(crisis)
            return
        campaign = self._campaign(event.option.id)
        candidate = self.query_one("#candidate", Input).value.strip()
        if campaign is None:
            return
        if not candidate:
            self.notify(tr(self.cmsim.language, "home.need_candidate"), severity="warning")
            self.query_one("#candidate", Input).focus()
            return
        self.cmsim.candidate = candidate
        self.cmsim.assess(campaign, candidate)

    @on(Input.Submitted, "#candidate")
    def _candidate_entered(self) -> None:
        self.query_one("#scenarios").focus()

    async def on_settings_panel_changed(self, event: SettingsPanel.Changed) -> None:
        if event.setting_id == "lang":
            if event.value and event.value != self.cmsim.language:
                await self._switch_language(event.value)
        elif event.setting_id == "mode":
            if event.value and event.value != self.cmsim.mode:
                await self._switch_mode(event.value)
        elif event.setting_id == "theme":
            if event.value and event.value != self.cmsim.theme_name:
                self.cmsim.choose_theme(event.value)
        else:
            f = self.cmsim.filters
            updated = {"quality": f.quality, "platform": f.platform, "difficulty": f.difficulty}
            updated[event.setting_id] = event.value
            self.cmsim.filters = Filters(f.lang, **updated)
            self._refresh_list()

    async def _rebuild(self, focus: str) -> None:
        await self.recompose()
        self._refresh_list()
        self._refresh_resume()
        self.refresh_bindings()
        self.query_one(focus).focus()

    async def _switch_language(self, code: str, focus: str = "#settings") -> None:
        self.cmsim.set_language(code)
        self.cmsim.remember("lang", code)
        await self._rebuild(focus)

    async def _switch_mode(self, mode: str) -> None:
        if self.cmsim.assessment_locked and mode != "assessment":
            return
        self.cmsim.mode = mode
        await self._rebuild("#candidate" if mode == "assessment" else "#scenarios")

    async def action_toggle_language(self) -> None:
        """Switch between French and English; the focus stays on the list (Enter then plays, not switch back)."""
        was = self.focused.id if self.focused is not None else None
        await self._switch_language("en" if self.cmsim.language == "fr" else "fr",
                                    f"#{was}" if was in ("scenarios", "candidate") else "#settings")

    async def action_toggle_mode(self) -> None:
        """Switch between practice and assessment."""
        await self._switch_mode("practice" if self.assessing else "assessment")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer 'resume' only when there is an unfinished practice session; once an assessment is open,
        neither the mode switch nor the profile (the trainee's data) is offered."""
        if action == "resume":
            return bool(self.unfinished) and not self.assessing
        if action == "toggle_mode":
            return not self.cmsim.assessment_locked
        if action == "profile":
            return not self.assessing
        return True

    def action_resume(self) -> None:
        """Continue the most recent unfinished practice session where it stopped."""
        if self.unfinished and not self.assessing:
            self.cmsim.resume(self.unfinished[0].id)

    def action_profile(self) -> None:
        """The trainee's profile (the data of ``cmsim profile``), with the last session's steps; the
        name is asked for when none was given."""
        from cmsim.tui.screens.profile import open_profile

        open_profile(self.cmsim, self._step_titles)

    def _step_titles(self, scenario_id: str) -> dict[str, str]:
        from cmsim.authoring.problems import AuthoringError

        library = self.cmsim.library
        for item in library.entries if library else ():
            if item.id == scenario_id:
                try:
                    return {s.id: s.title for s in item.load().scenario.steps}
                except AuthoringError:
                    return {}
        return {}

    def _play(self, entry: Entry) -> None:
        """Load ``entry`` in full and start it (the file may have broken since it was listed)."""
        from cmsim.authoring.problems import AuthoringError

        try:
            loaded = entry.load()
        except AuthoringError as exc:
            problem = exc.problems[0]
            self.notify(tr(self.cmsim.language, "home.load_failed", problem=problem), severity="error", timeout=10)
            return
        self.cmsim.start(loaded)

    def _play_crisis(self, entry: Entry) -> None:
        """Load the crisis ``entry`` in full and start it in the crisis room (crisis hook)."""
        from cmsim.authoring.crisis import load_crisis
        from cmsim.authoring.problems import AuthoringError

        try:
            loaded = load_crisis(entry.path)
        except AuthoringError as exc:
            self.notify(tr(self.cmsim.language, "home.load_failed", problem=exc.problems[0]), severity="error")
            return
        self.cmsim.start_crisis(loaded)
