"""The app: ``CmsimApp`` with an injectable scorer, library, language, theme, clock, typing delay and
session store (``db``). Its settings, store, names and sessions are kept by ``app_sessions.SessionsApp``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from cmsim.tui.app_sessions import SessionsApp
from cmsim.tui.commands import ActionsProvider, Palette
from cmsim.tui.library import Filters, Library
from cmsim.tui.scorer import LazyScorer
from cmsim.tui.strings import tr
from cmsim.tui.wrapping import keep_together

if TYPE_CHECKING:
    from cmsim.scoring.base import Scorer
    from cmsim.store.db import Store
    from cmsim.tui.host import CmsimHost
    from cmsim.tui.kiosk import Kiosk

THEMES = {"dark": "textual-dark", "light": "textual-light"}


class CmsimApp(SessionsApp):
    """The cmsim terminal app. Every collaborator is injectable so tests run it fast and deterministic."""

    CSS_PATH = "cmsim.tcss"
    TITLE = "cmsim"
    COMMANDS = {ActionsProvider}  # noqa: RUF012  only cmsim's commands, each once (Textual's system ones doubled them)
    # Screens get '-narrow' below 100 columns (panes stack or shrink) and '-short' below 30 rows.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012  (Textual's declaration)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "toggle_theme", "key.theme", id="app.theme"),
        Binding("f1", "help", "key.help", id="app.help"),
        Binding("escape", "hide_keys", "key.close", show=False, priority=True, id="app.hide_keys"),
    ]

    def __init__(
        self,
        *,
        scorer: Scorer | None = None,
        library: Iterable[Path | str] = (),
        lang: str = "en",
        theme: str = "dark",
        typing_delay: float = 0.8,
        clock: Callable[[], float] = time.time,
        keymap: Mapping[str, str] | None = None,
        db: Path | str | None = None,
        name: str | None = None,
        kiosk: Kiosk | None = None,
        config: Path | None = None,
        name_from: str = "flag",
    ) -> None:
        super().__init__()
        keep_together()  # no lone "»" or ":" at the start of a line
        self.config = config
        """The ``config.yaml`` the settings chosen in the app are written back to (None: not kept)."""
        self.scorer: Scorer = scorer or LazyScorer()
        self.library_paths = [Path(p) for p in library]
        self.language = lang
        self.mode = "practice"
        self.filters = Filters(lang=lang)
        self.library: Library | None = None
        self.typing_delay = typing_delay
        self.clock = clock
        self.db = db
        self.trainee_name = name
        self.name_from = name_from
        """Where ``trainee_name`` came from, shown on the profile: ``flag`` (--name), ``settings`` or
        ``typed`` (asked for in the app, then saved to the config file)."""
        self.name_asked = False
        """The home screen asked for a name in this run (it asks once; a new session asks again)."""
        self.name_draft = ""
        """What was typed in the name box before Escape closed it."""
        self.candidate = ""
        self.kiosk = kiosk
        self.kiosk_done = False
        self.assessment_locked = kiosk is not None
        """Once an assessment is open, nothing switches the app back to practice (until it quits)."""
        if kiosk is not None:
            self.mode = "assessment"
            self.candidate = kiosk.candidate
            self.use_command_palette = False
        self._store: Store | None = None
        self._store_lock = Lock()
        self._first_frame_shown = False
        self._after_first_frame: list[Callable[[], object]] = []
        self.theme = THEMES.get(theme, theme)
        if keymap:
            self.set_keymap(dict(keymap))

    def get_default_screen(self) -> Screen[None]:
        """The first screen: home (a kiosk's briefing), as the app's own bottom screen. Pushed from
        on_mount over Textual's empty default screen, home was laid out and rendered while Textual's
        start-up batch was still open: that frame was dropped, and home reached the terminal one
        refresh later and in pieces (partial updates), about 30 ms after it was ready."""
        if self.kiosk is not None:
            from cmsim.tui.screens.briefing import BriefingScreen

            return BriefingScreen(self.kiosk)
        from cmsim.tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        host: CmsimHost = self  # mypy checks here that the app gives its screens all cmsim.tui.host lists
        self.sub_title = tr(host.language, "app.subtitle")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In kiosk mode the candidate can neither quit nor open the palette before the campaign is done."""
        from cmsim.tui.kiosk import KIOSK_BLOCKED_APP_ACTIONS

        if self.kiosk is not None and action in KIOSK_BLOCKED_APP_ACTIONS:
            return self.kiosk_done and action != "command_palette"
        if action == "hide_keys":  # Escape closes the keys panel when open, else reaches the screen
            return bool(self.screen.query("HelpPanel"))
        return True

    def on_ready(self) -> None:
        self._first_frame_shown = True
        for callback in self._after_first_frame:
            self.call_later(callback)
        self._after_first_frame.clear()

    def after_first_frame(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the first frame is on screen (at once if it already is): slow work
        such as loading the library must not delay what the user sees first."""
        if self._first_frame_shown:
            self.call_after_refresh(callback)
        else:
            self._after_first_frame.append(callback)

    def set_language(self, lang: str) -> None:
        """Switch the UI (and the scenarios offered) to ``lang``."""
        self.language = lang
        self.filters = Filters(lang, self.filters.quality, self.filters.platform, self.filters.difficulty)
        self.sub_title = tr(lang, "app.subtitle")
        self.refresh_bindings()

    def action_command_palette(self) -> None:
        """The command palette, with its prompt in the UI language."""
        from textual.command import CommandPalette

        app = cast("App[object]", self)
        if self.use_command_palette and not CommandPalette.is_open(app):
            self.push_screen(Palette(self.language))

    def action_hide_keys(self) -> None:
        """Close the keys panel."""
        self.action_hide_help_panel()

    def action_toggle_keys(self) -> None:
        """Show the keys panel, or close it."""
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def action_help(self) -> None:
        """The help screen: the six qualities, how scoring works, and the keys of the current screen."""
        from cmsim.tui.commands import is_cmsim_binding
        from cmsim.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        keys: list[tuple[str, str]] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if is_cmsim_binding(binding.id) and binding.description and binding.action not in seen:
                seen.add(binding.action)
                keys.append((self.get_key_display(binding), binding.description))
        self.push_screen(HelpScreen(keys))

    @property
    def theme_name(self) -> str:
        """The theme as the settings name it: ``dark`` or ``light``."""
        return "light" if self.theme == THEMES["light"] else "dark"

    def choose_theme(self, name: str) -> None:
        """Show the app in the ``dark`` or ``light`` theme and remember it in ``config.yaml``."""
        self.theme = THEMES[name]
        self.remember("theme", name)

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.choose_theme("dark" if self.theme_name == "light" else "light")
