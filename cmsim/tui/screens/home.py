"""Home: the language, the mode, and a scenario picked from the library with filters and a preview."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from cmsim.model.qualities import QUALITIES, label
from cmsim.tui.keys import localize_bindings
from cmsim.tui.library import Filters, load_library, select
from cmsim.tui.messages import LibraryLoaded
from cmsim.tui.strings import tr
from cmsim.tui.widgets.cycler import Cycler

if TYPE_CHECKING:
    from cmsim.authoring.load import Loaded
    from cmsim.tui.app import CmsimApp

PLATFORMS = ("x", "instagram", "linkedin", "facebook", "youtube", "tiktok")
DIFFICULTIES = ("easy", "medium", "hard")
LANGS = ("fr", "en")


def preview(loaded: Loaded, lang: str) -> Content:
    """What a scenario is about: title, level, networks, qualities, summary, brand."""
    s = loaded.scenario
    qualities = ", ".join(label(q, lang) for q in s.qualities())
    return Content.assemble(
        Content.from_markup("[b]$title[/b]\n\n", title=s.title),
        Content.from_markup(
            "[b]$d_label[/b] $difficulty    [b]$p_label[/b] $platforms\n[b]$q_label[/b] $qualities\n\n",
            d_label=tr(lang, "home.difficulty") + ":",
            difficulty=tr(lang, f"difficulty.{s.difficulty}"),
            p_label=tr(lang, "home.platforms") + ":",
            platforms=", ".join(s.platforms),
            q_label=tr(lang, "home.qualities") + ":",
            qualities=qualities,
        ),
        Content(s.summary.strip() + "\n\n"),
        Content.from_markup(
            "[b]$b_label[/b] $brand ($handle), $sector\n[dim]$steps[/dim]\n\n[dim]$hint[/dim]",
            b_label=tr(lang, "home.brand") + ":",
            brand=s.brand.name,
            handle=s.brand.handle,
            sector=s.brand.sector or "—",
            steps=tr(lang, "home.steps", count=len(s.steps)),
            hint=tr(lang, "home.play_hint"),
        ),
    )


class HomeScreen(Screen[None]):
    """The first screen: choose, filter, preview, play."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "toggle_language", "key.language", id="home.language"),
        Binding("f4", "profile", "key.profile", id="home.profile"),
    ]

    @property
    def cmsim(self) -> CmsimApp:
        """The app, typed."""
        return cast("CmsimApp", self.app)

    def compose(self) -> ComposeResult:
        app = self.cmsim
        lang = app.language
        localize_bindings(self, lang)
        f = app.filters
        yield Header()
        with Horizontal(id="home"):
            with Vertical(id="home-settings"):
                yield Cycler(tr(lang, "home.language"), [(tr(lang, f"lang.{c}"), c) for c in LANGS], lang, id="lang")
                yield Cycler(tr(lang, "home.mode"), [(tr(lang, "mode.practice"), "practice")], id="mode")
                yield Label(tr(lang, "home.filters"), classes="section")
                yield Cycler(
                    tr(lang, "home.qualities"),
                    [(tr(lang, "home.all_qualities"), None), *((label(q, lang), q.value) for q in QUALITIES)],
                    f.quality,
                    id="filter-quality",
                )
                yield Cycler(
                    tr(lang, "home.platforms"),
                    [(tr(lang, "home.all_platforms"), None), *((p, p) for p in PLATFORMS)],
                    f.platform,
                    id="filter-platform",
                )
                yield Cycler(
                    tr(lang, "home.difficulty"),
                    [
                        (tr(lang, "home.all_difficulties"), None),
                        *((tr(lang, f"difficulty.{d}"), d) for d in DIFFICULTIES),
                    ],
                    f.difficulty,
                    id="filter-difficulty",
                )
            with Vertical(id="home-list"):
                yield Label(tr(lang, "home.scenarios"), id="list-title", classes="section")
                yield OptionList(id="scenarios")
                yield Label("", id="broken")
            with VerticalScroll(id="home-preview"):
                yield Label(tr(lang, "home.preview"), classes="section")
                yield Static(tr(lang, "home.loading"), id="preview")
        yield Footer()

    def on_mount(self) -> None:
        if self.cmsim.library is None:
            self.call_after_refresh(self._load)  # after the first frame: the user sees the screen at once
        else:
            self._refresh_list()
        self.query_one("#scenarios").focus()

    @work(thread=True, exclusive=True, group="library")
    def _load(self) -> None:
        self.post_message(LibraryLoaded(load_library(self.cmsim.library_paths)))

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        self.cmsim.library = message.library
        self._refresh_list()

    def _visible(self) -> list[Loaded]:
        library = self.cmsim.library
        return select(library.scenarios, self.cmsim.filters) if library else []

    def _refresh_list(self) -> None:
        lang = self.cmsim.language
        library = self.cmsim.library
        if library is None:
            return
        shown = self._visible()
        options = self.query_one("#scenarios", OptionList)
        options.clear_options()
        options.add_options(
            Option(
                Content.from_markup(
                    "$title\n[dim]$meta[/dim]",
                    title=item.scenario.title,
                    meta=f"{tr(lang, f'difficulty.{item.scenario.difficulty}')} · {', '.join(item.scenario.platforms)}",
                ),
                id=item.scenario.id,
            )
            for item in shown
        )
        total = sum(1 for item in library.scenarios if item.scenario.lang == lang)
        title = f"{tr(lang, 'home.scenarios')} ({tr(lang, 'home.count', shown=len(shown), total=total)})"
        self.query_one("#list-title", Label).update(title)
        self.query_one("#broken", Label).update(tr(lang, "home.broken", count=library.broken) if library.broken else "")
        if shown:
            options.highlighted = 0
            self._preview(shown[0])
        else:
            self.query_one("#preview", Static).update(tr(lang, "home.empty"))

    def _preview(self, loaded: Loaded) -> None:
        self.query_one("#preview", Static).update(preview(loaded, self.cmsim.language))

    def _chosen(self, option_id: str | None) -> Loaded | None:
        return next((item for item in self._visible() if item.scenario.id == option_id), None)

    @on(OptionList.OptionHighlighted, "#scenarios")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        chosen = self._chosen(event.option.id)
        if chosen is not None:
            self._preview(chosen)

    @on(OptionList.OptionSelected, "#scenarios")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        chosen = self._chosen(event.option.id)
        if chosen is not None:
            self.cmsim.start(chosen)

    @on(Cycler.Changed, "#filter-quality, #filter-platform, #filter-difficulty")
    def _filter(self, event: Cycler.Changed) -> None:
        value = event.value
        f = self.cmsim.filters
        key = (event.cycler.id or "").removeprefix("filter-")
        updated = {"quality": f.quality, "platform": f.platform, "difficulty": f.difficulty, key: value}
        self.cmsim.filters = Filters(f.lang, **updated)
        self._refresh_list()

    @on(Cycler.Changed, "#lang")
    async def _language(self, event: Cycler.Changed) -> None:
        if event.value and event.value != self.cmsim.language:
            await self._switch_language(event.value)

    async def _switch_language(self, code: str) -> None:
        self.cmsim.set_language(code)
        await self.recompose()
        self._refresh_list()
        self.query_one("#lang").focus()

    async def action_toggle_language(self) -> None:
        """Switch between French and English."""
        await self._switch_language("en" if self.cmsim.language == "fr" else "fr")

    def action_profile(self) -> None:
        """Open the profile."""
        from cmsim.tui.screens.profile import ProfileScreen, run_profile

        last = self.cmsim.last_run
        self.app.push_screen(ProfileScreen(run_profile(*last) if last else None))
