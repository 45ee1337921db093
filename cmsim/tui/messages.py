"""Typed messages that workers post back to the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from cmsim.model.scenario import Step
    from cmsim.session.crisis import CrisisRun
    from cmsim.session.playthrough import Playthrough
    from cmsim.sim.state import RunState, Turn
    from cmsim.store.records import Campaign, SessionInfo
    from cmsim.tui.library import Library
    from cmsim.tui.profile_data import ProfileData


class LibraryLoaded(Message):
    """The scenario library finished loading (in a worker thread)."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library


class TurnScored(Message):
    """The runner scored an answer and chose the branch: the new state and the turn taken."""

    def __init__(self, state: RunState, turn: Turn) -> None:
        super().__init__()
        self.state = state
        self.turn = turn


class StepOpened(Message):
    """The store started the step's timer and read back its draft (in a worker thread): the step, what
    was typed for it, and the seconds already spent on it."""

    def __init__(self, step: Step, draft: dict[str, str], elapsed: float) -> None:
        super().__init__()
        self.step = step
        self.draft = draft
        self.elapsed = elapsed


class PlayOpened(Message):
    """A worker opened a playthrough or a campaign's crisis (None: the candidate's campaign is over)."""

    def __init__(self, play: Playthrough | CrisisRun | None, candidate: str = "") -> None:
        super().__init__()
        self.play = play
        self.candidate = candidate


class ProfileLoaded(Message):
    """A worker computed a person's profile from the store."""

    def __init__(self, data: ProfileData) -> None:
        super().__init__()
        self.data = data


class SessionsLoaded(Message):
    """The store answered: the trainee's unfinished practice sessions and the recruiters' campaigns."""

    def __init__(self, unfinished: list[SessionInfo], campaigns: list[Campaign]) -> None:
        super().__init__()
        self.unfinished = unfinished
        self.campaigns = campaigns


class StoreFailed(Message):
    """The session store could not be opened or read."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
