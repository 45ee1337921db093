"""The app: ``CmsimApp`` with an injectable scorer, library, language, theme, clock and typing delay."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from cmsim.tui.commands import ActionsProvider
from cmsim.tui.keys import localize_bindings
from cmsim.tui.library import Filters, Library
from cmsim.tui.scorer import LazyScorer
from cmsim.tui.strings import tr

if TYPE_CHECKING:
    from cmsim.authoring.load import Loaded
    from cmsim.scoring.base import Scorer
    from cmsim.sim.runner import Runner
    from cmsim.sim.state import RunState

THEMES = {"dark": "textual-dark", "light": "textual-light"}


class CmsimApp(App[None]):
    """The cmsim terminal app. Every collaborator is injectable so tests run it fast and deterministic."""

    CSS_PATH = "cmsim.tcss"
    TITLE = "cmsim"
    COMMANDS = App.COMMANDS | {ActionsProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "toggle_theme", "key.theme", id="app.theme"),
    ]

    def __init__(
        self,
        *,
        scorer: Scorer | None = None,
        library: Iterable[Path | str] = (),
        lang: str = "en",
        theme: str = "dark",
        typing_delay: float = 0.8,
        clock: Callable[[], float] = time.monotonic,
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.scorer: Scorer = scorer or LazyScorer("offline")
        self.library_paths = [Path(p) for p in library]
        self.language = lang
        self.mode = "practice"
        self.filters = Filters(lang=lang)
        self.library: Library | None = None
        self.last_run: tuple[Runner, RunState] | None = None
        self.typing_delay = typing_delay
        self.clock = clock
        self.theme = THEMES.get(theme, theme)
        if keymap:
            self.set_keymap(dict(keymap))
        localize_bindings(self, lang)

    def on_mount(self) -> None:
        from cmsim.tui.screens.home import HomeScreen

        self.sub_title = tr(self.language, "app.subtitle")
        self.push_screen(HomeScreen())

    def set_language(self, lang: str) -> None:
        """Switch the UI (and the scenarios offered) to ``lang``."""
        self.language = lang
        self.filters = Filters(lang, self.filters.quality, self.filters.platform, self.filters.difficulty)
        self.sub_title = tr(lang, "app.subtitle")
        localize_bindings(self, lang)

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.theme = THEMES["light"] if self.theme == THEMES["dark"] else THEMES["dark"]

    def start(self, loaded: Loaded) -> None:
        """Open the play screen on ``loaded``, from its first step."""
        from cmsim.sim.runner import Runner
        from cmsim.tui.screens.play import PlayScreen

        runner = Runner(loaded, self.scorer)
        self.push_screen(PlayScreen(runner, runner.start()))
