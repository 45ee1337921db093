"""The app: ``CmsimApp`` with an injectable scorer, library, language, theme, clock, typing delay and
session store (``db``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from cmsim.tui.commands import ActionsProvider, Palette
from cmsim.tui.library import Filters, Library
from cmsim.tui.messages import PlayOpened, ProfileLoaded, StoreFailed
from cmsim.tui.scorer import LazyScorer
from cmsim.tui.strings import tr
from cmsim.tui.wrapping import keep_together

if TYPE_CHECKING:
    from cmsim.authoring.crisis import LoadedCrisis
    from cmsim.authoring.load import Loaded
    from cmsim.scoring.base import Scorer
    from cmsim.session.crisis import CrisisRun
    from cmsim.session.playthrough import Playthrough
    from cmsim.sim.crisis import CrisisOutcome
    from cmsim.store.db import Store
    from cmsim.store.records import Campaign, Mode, Person
    from cmsim.tui.host import CmsimHost
    from cmsim.tui.kiosk import Kiosk

THEMES = {"dark": "textual-dark", "light": "textual-light"}


class CmsimApp(App[None]):
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

    def remember(self, key: str, value: object) -> None:
        """Write a setting chosen in the app back to ``config.yaml`` (never in a kiosk); a file that
        cannot be written is a warning, and the choice still holds for this run."""
        if self.config is None or self.kiosk is not None:
            return
        from cmsim.authoring.problems import ConfigError
        from cmsim.session.settings import save_setting

        try:
            save_setting(key, value, self.config)
        except (ConfigError, OSError) as exc:
            self.notify(tr(self.language, "error.config", error=exc), severity="warning", timeout=10)

    def store(self) -> Store:
        """The session store, opened on first use (``StoreError`` with a message for the user)."""
        with self._store_lock:
            if self._store is None:
                from cmsim.session.database import open_store

                self._store = open_store(self.db, now=self.clock)
            return self._store

    def with_name(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the trainee has a name: at once when one was given, else after asking for it
        in a small box (``NameScreen``); Escape there runs nothing and changes nothing."""
        if self.trainee_name is not None:
            then()
            return
        from cmsim.tui.screens.name import NameScreen

        box = NameScreen(self.name_draft)

        def answered(name: str | None) -> None:
            self.name_draft = box.draft
            if name:
                self.name_trainee(name)
                then()

        self.push_screen(box, answered)

    def ask_name_once(self, then: Callable[[], object]) -> None:
        """The home screen's question: with no name given (flag, environment, config file), ask whose
        progress this is, once a run, in practice only; ``then`` runs once a name is typed."""
        if self.name_asked or self.trainee_name is not None or self.mode != "practice" or self.kiosk is not None:
            return
        self.name_asked = True
        self.with_name(then)

    def name_trainee(self, name: str) -> None:
        """``name`` is the trainee's from now on, typed in the app: saved to the config file so the next
        start knows it (flags and ``CMSIM_NAME`` still come first there)."""
        self.trainee_name, self.name_from, self.name_draft = name, "typed", ""
        self.remember("name", name)

    def trainee(self) -> Person:
        """The person practising: ``name``, else the login name (the app asks for a name before any
        session it starts, so only older sessions reach that)."""
        from cmsim.session.people import trainee

        return trainee(self.store(), self.trainee_name)

    def start(self, loaded: Loaded) -> None:
        """A new practice session on ``loaded``, saved answer by answer (opened in a worker), once the
        trainee has a name."""
        from cmsim.session.playthrough import Playthrough

        self.with_name(lambda: self._play(lambda: Playthrough.start(self.store(), self.trainee(), loaded, self.scorer)))

    def resume(self, session_id: int) -> None:
        """Reopen a saved session exactly where it stopped (answers, draft, timer)."""
        from cmsim.session.playthrough import Playthrough

        self._play(lambda: Playthrough.resume(self.store(), session_id, self.scorer))

    def assess(self, campaign: Campaign, candidate: str) -> None:
        """Run ``campaign`` for ``candidate``: the next unfinished scenario, or the end of the campaign."""
        self.assessment_locked = True
        self._play(lambda: self._next_assessment(campaign, candidate), candidate)

    def agree_and_assess(self, campaign: Campaign, candidate: str, briefing: str) -> None:
        """The candidate agreed to the briefing (digest ``briefing``): record it, then start or resume."""
        from cmsim.store.invitations import add_consent

        self.assessment_locked = True
        lang = self.language

        def agree_then_open() -> Playthrough | CrisisRun | None:
            store = self.store()
            person = store.person(candidate, "candidate")
            add_consent(store, person.id, campaign.id, lang, briefing)
            return self._next_assessment(campaign, candidate)

        self._play(agree_then_open, candidate)

    # crisis hooks: a crisis is played on its own screen and recorded as one session when it ends.
    def start_crisis(self, loaded: LoadedCrisis, mode: Mode = "practice") -> None:
        """Play the crisis ``loaded`` live (practice: the clock can pause and slow down), once the trainee
        has a name."""
        from cmsim.session.crisis import CrisisRun
        from cmsim.sim.crisis import CrisisEngine
        from cmsim.tui.screens.crisis import CrisisScreen

        self.with_name(lambda: self.push_screen(CrisisScreen(CrisisRun(CrisisEngine(loaded, self.scorer), mode))))

    def record_crisis(self, run: CrisisRun, outcome: CrisisOutcome) -> None:
        """Store a finished crisis, off the UI thread: for the trainee's profile (practice), or as the
        candidate's session of the campaign, then open the campaign's next scenario (assessment)."""
        if run.campaign is not None:
            campaign = run.campaign

            def save_then_next() -> PlayOpened:
                from cmsim.session.crisis_assess import finish

                store = self.store()
                name = store.session(finish(store, run, outcome)).person.name
                return PlayOpened(self._next_assessment(campaign, name), name)

            self.off_thread(save_then_next, group="open")
            return

        def save() -> None:
            from cmsim.session.crisis import record
            from cmsim.store.records import StoreError

            try:
                record(self.store(), self.trainee(), run, outcome)
            except StoreError as exc:
                self.call_from_thread(self.notify, tr(self.language, "error.store", error=exc), severity="error")

        self.run_worker(save, thread=True, group="crisis-record", exit_on_error=False)

    def crisis_acted(self, run: CrisisRun) -> None:
        """Save a campaign's crisis actions as they are taken (off the UI thread): a reload resumes them."""
        if run.session_id is None:
            return
        from cmsim.session.crisis_assess import save_actions

        self.run_worker(lambda: save_actions(self.store(), run), thread=True, group="crisis-log",
                        exit_on_error=False)

    def _next_assessment(self, campaign: Campaign, candidate: str) -> Playthrough | CrisisRun | None:
        """The candidate's next playthrough or crisis of ``campaign``, or None once every scenario is done."""
        from cmsim.session.crisis_assess import open_next

        store = self.store()
        return open_next(store, campaign, store.person(candidate, "candidate"), self.scorer)

    def _play(self, make: Callable[[], Playthrough | CrisisRun | None], candidate: str = "") -> None:
        """Open a playthrough with ``make`` off the UI thread, then show it; None from ``make`` means the
        campaign is over for ``candidate``."""
        self.off_thread(lambda: PlayOpened(make(), candidate), group="open")

    def off_thread(self, work: Callable[[], Message], *, group: str = "store") -> None:
        """Run ``work`` (store and session calls) in a worker thread and post the message it returns to
        the app; a ``StoreError`` becomes a ``StoreFailed`` message. The one way screens reach the
        store without blocking the UI."""
        self.run_worker(lambda: self._off_thread(work), thread=True, group=group, exit_on_error=False)

    def _off_thread(self, work: Callable[[], Message]) -> None:
        from cmsim.store.records import StoreError

        try:
            message = work()
        except StoreError as exc:
            message = StoreFailed(str(exc))
        self.post_message(message)

    def on_play_opened(self, message: PlayOpened) -> None:
        """Show the playthrough a worker opened (or the end of the candidate's campaign)."""
        from cmsim.session.crisis import CrisisRun
        from cmsim.tui.screens.debrief import AssessmentDoneScreen
        from cmsim.tui.screens.play import PlayScreen

        if message.play is None:
            self.kiosk_done = self.kiosk is not None
            self.push_screen(AssessmentDoneScreen(message.candidate))
        elif isinstance(message.play, CrisisRun):
            from cmsim.tui.screens.crisis import CrisisScreen

            self.push_screen(CrisisScreen(message.play))
        else:
            self.push_screen(PlayScreen(message.play))

    def on_profile_loaded(self, message: ProfileLoaded) -> None:
        """Show the profile a worker computed."""
        from cmsim.tui.screens.profile import ProfileScreen

        self.push_screen(ProfileScreen(message.data))

    def on_store_failed(self, message: StoreFailed) -> None:
        """The store could not open a session: say why (nothing typed is lost)."""
        self.notify(tr(self.language, "error.store", error=message.error), severity="error", timeout=10)

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()
