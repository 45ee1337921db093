"""Debrief at the end of a scenario: the ending reached, and the path taken with each step's scores.
At the end of an assessment, a thank-you without any score."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Label, Static

from cmsim.model.qualities import QUALITIES, label
from cmsim.session.playthrough import Playthrough
from cmsim.session.whatif import expert_path
from cmsim.sim.runner import Runner
from cmsim.sim.state import RunState, Turn
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.screens.feedback import target_title
from cmsim.tui.strings import tr
from cmsim.tui.widgets.feed import FeedPost
from cmsim.tui.words import branch_in_words


def turn_content(runner: Runner, number: int, turn: Turn, lang: str) -> Content:
    """One step of the path: its title, the option chosen, its scores, and the branch taken."""
    step = runner.scenario.step(turn.step_id)
    scores = "  ".join(f"{label(q, lang)} {turn.result.scores[q]}" for q in QUALITIES if q in turn.result.scores)
    lines = [Content.from_markup("[b]$n. $title[/b]", n=str(number), title=step.title)]
    if turn.answer.option:
        chosen = next(o.text for o in step.options if o.id == turn.answer.option)
        lines.append(Content("   " + tr(lang, "debrief.chose", option=chosen)))
    lines.append(Content(f"   {scores}   ({tr(lang, 'feedback.average', score=turn.result.average)})"))
    why = tr(lang, "debrief.branch", branch=branch_in_words(turn.branch, lang))
    lines.append(Content(f"   → {target_title(runner, turn.goto)}   {why}"))
    return Content("\n").join(lines)


def expert_content(runner: Runner, state: RunState, lang: str) -> Content:
    """The path of the model answers: each step with its average and choice, then where it ends."""
    lines = []
    for number, turn in enumerate(state.turns, 1):
        step = runner.scenario.step(turn.step_id)
        average = tr(lang, "feedback.average", score=turn.result.average)
        lines.append(Content(f"{number}. {step.title}   ({average})"))
        if turn.answer.option:
            option = next(o.text for o in step.options if o.id == turn.answer.option)
            lines.append(Content("   " + tr(lang, "debrief.chose", option=option)))
    ending = runner.ending(state)
    if ending is not None:
        outcome = tr(lang, f"debrief.outcome.{ending.outcome}")
        lines.append(Content.from_markup("→ [b]$outcome · $title[/b]", outcome=outcome, title=ending.title))
    else:
        lines.append(Content("→ " + tr(lang, "debrief.expert_stops", step=runner.scenario.step(state.node).title)))
    return Content("\n").join(lines)


class DebriefScreen(CmsimScreen[None]):
    """How the story ended, why, and the path that led there."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "profile", "key.profile", id="debrief.profile"),
        Binding("escape", "home", "key.home", id="debrief.home"),
    ]

    def __init__(self, play: Playthrough) -> None:
        super().__init__()
        self.play = play
        self.runner = play.runner
        self.state = play.state
        self.expert = expert_path(self.runner.loaded)

    def compose(self) -> ComposeResult:
        lang = self.lang
        scenario = self.runner.scenario
        ending = self.runner.ending(self.state)
        assert ending is not None, "the debrief is shown once the run is finished"
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Label(Content(tr(lang, "debrief.title", scenario=scenario.title)), classes="title")
            yield Label(
                Content(f"{tr(lang, f'debrief.outcome.{ending.outcome}')} · {ending.title}"),
                id="ending",
                classes=f"outcome outcome-{ending.outcome}",
            )
            yield Static(Content(ending.debrief.strip()), id="ending-debrief")
            for message in ending.messages:
                yield FeedPost(scenario, message, lang)
            yield Label(tr(lang, "debrief.path"), classes="section")
            for number, turn in enumerate(self.state.turns, 1):
                yield Static(turn_content(self.runner, number, turn, lang), id=f"turn-{number}", classes="turn")
            yield Label(tr(lang, "debrief.expert"), classes="section")
            yield Static(expert_content(*self.expert, lang), id="expert-path", classes="turn")
            yield Label(tr(lang, "debrief.keys"), classes="dim")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.runner.scenario.title

    def action_profile(self) -> None:
        """The person's profile, with this session's steps in the detail."""
        from cmsim.tui.messages import ProfileLoaded
        from cmsim.tui.profile_data import stored_profile

        titles = {s.id: s.title for s in self.runner.scenario.steps}
        app = self.cmsim
        play, lang = self.play, app.language
        person = play.info.person
        if app.trainee_name is None:
            source = "login"  # the session was started with no name: say so, never silently
        else:
            source = app.name_from if person.name == app.trainee_name else "session"
        app.off_thread(
            lambda: ProfileLoaded(stored_profile(play.store, person, play.session_id, titles, lang, source)),
            group="profile",
        )

    def action_home(self) -> None:
        """Back to the home screen."""
        self.app.pop_screen()


class AssessmentDoneScreen(CmsimScreen[None]):
    """The end of a campaign for a candidate: no score, the recruiter sends the results."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "home", "key.home", id="done.home")]

    def __init__(self, candidate: str) -> None:
        super().__init__()
        self.candidate = candidate

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Label(tr(lang, "assessment.done_title"), classes="title")
            yield Static(Content(tr(lang, "assessment.done_text", candidate=self.candidate)), id="done-text")
            if self.kiosk:
                yield Static(Content(tr(lang, "kiosk.close")), id="done-close", classes="dim")
        yield Footer()

    @property
    def kiosk(self) -> bool:
        """True in kiosk mode, where the end of the campaign is the end of the app."""
        return getattr(self.app, "kiosk", None) is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No way back home in kiosk mode."""
        return not (action == "home" and self.kiosk)

    def action_home(self) -> None:
        """Back to the home screen."""
        if not self.kiosk:
            self.app.pop_screen()
