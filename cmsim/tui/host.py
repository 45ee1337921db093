"""What a screen may ask of the app that hosts it: the contract between cmsim's screens and ``CmsimApp``.

Screens type the app as this protocol, not as ``CmsimApp``, so the screens sit below the app that composes
them (no import runs back up); mypy checks that ``CmsimApp`` fulfils it (see ``cmsim.tui.app``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textual.message import Message
    from textual.screen import Screen

    from cmsim.authoring.crisis import LoadedCrisis
    from cmsim.authoring.load import Loaded
    from cmsim.session.crisis import CrisisRun
    from cmsim.sim.crisis import CrisisOutcome
    from cmsim.store.db import Store
    from cmsim.store.records import Campaign, Mode, Person
    from cmsim.tui.kiosk import Kiosk
    from cmsim.tui.library import Filters, Library


class CmsimHost(Protocol):
    """The app as its screens see it: settings of the run, the library, the store, and how to move on."""

    language: str
    mode: str
    filters: Filters
    library: Library | None
    library_paths: list[Path]
    typing_delay: float
    clock: Callable[[], float]
    trainee_name: str | None
    name_from: str
    candidate: str
    kiosk: Kiosk | None
    assessment_locked: bool

    @property
    def theme_name(self) -> str: ...

    def push_screen(self, screen: Screen[None]) -> object: ...

    def after_first_frame(self, callback: Callable[[], object]) -> None: ...

    def set_language(self, lang: str) -> None: ...

    def choose_theme(self, name: str) -> None: ...

    def remember(self, key: str, value: object) -> None: ...

    def store(self) -> Store: ...

    def trainee(self) -> Person: ...

    def ask_name_once(self, then: Callable[[], object]) -> None: ...

    def name_trainee(self, name: str) -> None: ...

    def start(self, loaded: Loaded) -> None: ...

    def resume(self, session_id: int) -> None: ...

    def assess(self, campaign: Campaign, candidate: str) -> None: ...

    def agree_and_assess(self, campaign: Campaign, candidate: str, briefing: str) -> None: ...

    def start_crisis(self, loaded: LoadedCrisis, mode: Mode = "practice") -> None: ...

    def record_crisis(self, run: CrisisRun, outcome: CrisisOutcome) -> None: ...

    def crisis_acted(self, run: CrisisRun) -> None: ...

    def off_thread(self, work: Callable[[], Message], *, group: str = "store") -> None: ...
