"""What the app keeps and opens for its screens: settings written back to ``config.yaml``, the session
store, the trainee's name (asked for once), and playthroughs, assessments and crises opened off the UI
thread. ``CmsimApp`` (``cmsim.tui.app``) builds on it; screens see both through ``cmsim.tui.host.CmsimHost``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from textual.app import App
from textual.message import Message

from cmsim.tui.messages import PlayOpened, ProfileLoaded, StoreFailed
from cmsim.tui.strings import tr

if TYPE_CHECKING:
    from cmsim.authoring.crisis import LoadedCrisis
    from cmsim.authoring.load import Loaded
    from cmsim.scoring.base import Scorer
    from cmsim.session.crisis import CrisisRun
    from cmsim.session.playthrough import Playthrough
    from cmsim.sim.crisis import CrisisOutcome
    from cmsim.store.db import Store
    from cmsim.store.records import Campaign, Mode, Person
    from cmsim.tui.kiosk import Kiosk


class SessionsApp(App[None]):
    """The app's sessions and settings (its state is set by ``CmsimApp.__init__``)."""

    config: Path | None
    scorer: Scorer
    language: str
    mode: str
    db: Path | str | None
    clock: Callable[[], float]
    trainee_name: str | None
    name_from: str
    name_asked: bool
    name_draft: str
    kiosk: Kiosk | None
    kiosk_done: bool
    assessment_locked: bool
    _store: Store | None
    _store_lock: Lock

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
