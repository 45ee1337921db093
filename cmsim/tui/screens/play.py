"""Play: the thread as a feed, the brand's charter at hand, and the composer (or the options) below."""

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
from textual.worker import Worker, WorkerState

from cmsim.model.result import Answer
from cmsim.model.scenario import Step
from cmsim.platforms import platform
from cmsim.sim.runner import Runner
from cmsim.sim.state import RunState
from cmsim.tui.keys import localize_bindings
from cmsim.tui.messages import TurnScored
from cmsim.tui.strings import tr
from cmsim.tui.widgets.charter import CharterPanel
from cmsim.tui.widgets.composer import Composer
from cmsim.tui.widgets.countdown import Countdown
from cmsim.tui.widgets.feed import Feed

if TYPE_CHECKING:
    from cmsim.tui.app import CmsimApp


class ChoiceList(OptionList):
    """The options of a choice step; Enter chooses."""

    def __init__(self, step: Step) -> None:
        options: list[Option | None] = []
        for number, option in enumerate(step.options, 1):
            if options:
                options.append(None)
            options.append(Option(Content(f"{number}. {option.text}"), id=option.id))
        super().__init__(*options, id="choices")


class PlayScreen(Screen[None]):
    """One playthrough: shows each step, submits answers through the runner in a worker."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit", "key.submit", id="play.submit", priority=True),
        Binding("f2", "hint", "key.hint", id="play.hint"),
        Binding("f3", "toggle_charter", "key.charter", id="play.charter"),
        Binding("ctrl+n", "next_field", "key.next_field", id="play.next_field"),
        Binding("escape", "home", "key.home", id="play.home"),
    ]

    def __init__(self, runner: Runner, state: RunState) -> None:
        super().__init__()
        self.runner = runner
        self.state = state
        self.hints_shown = 0
        self.step_started = 0.0
        self.busy = False

    @property
    def cmsim(self) -> CmsimApp:
        """The app, typed."""
        return cast("CmsimApp", self.app)

    @property
    def lang(self) -> str:
        """The UI language."""
        return self.cmsim.language

    def compose(self) -> ComposeResult:
        localize_bindings(self, self.lang)
        scenario = self.runner.scenario
        yield Header()
        with Horizontal(id="play"):
            with Vertical(id="thread"):
                where = platform(scenario.platforms[0]).label
                yield Label(Content(f"{where} · {scenario.brand.handle}"), id="feed-title")
                yield Feed(scenario, self.lang, self.cmsim.typing_delay, id="feed")
                yield Vertical(id="answer")
            with VerticalScroll(id="side"):
                yield Static("", id="step-title", classes="section")
                yield Static("", id="step-prompt")
                yield Label("", id="status")
                yield Vertical(id="timer-slot")
                yield Label(tr(self.lang, "play.hints"), classes="section", id="hints-title")
                yield Static("", id="hints")
                with Vertical(id="charter-box"):
                    yield Label(tr(self.lang, "play.charter"), classes="section")
                    yield CharterPanel(scenario.brand, self.lang, id="charter")
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = self.runner.scenario.title
        await self.show_step()

    async def show_step(self) -> None:
        """Bring the feed up to date and set up the current step (or the debrief once finished)."""
        self.query_one(Feed).sync(self.runner.messages(self.state))
        if self.state.finished:
            from cmsim.tui.screens.debrief import DebriefScreen

            self.app.switch_screen(DebriefScreen(self.runner, self.state))
            return
        step = self.runner.current_step(self.state)
        number = len(self.state.turns) + 1
        heading = f"{tr(self.lang, 'play.step', number=number)} · {step.title}"
        self.query_one("#step-title", Static).update(Content(heading))
        self.query_one("#step-prompt", Static).update(Content(step.prompt.strip()))
        self.hints_shown = 0
        self.query_one("#hints", Static).update(tr(self.lang, "play.hint_prompt") if step.hints else "")
        self.query_one("#hints-title").display = bool(step.hints)
        answer = self.query_one("#answer")
        await answer.remove_children()
        if step.kind == "choice":
            await answer.mount(ChoiceList(step))
        else:
            await answer.mount(Composer(step.reply_fields(self.runner.scenario.platforms[0]), self.lang))
        self.step_started = self.cmsim.clock()
        slot = self.query_one("#timer-slot")
        await slot.remove_children()
        if step.time_limit:
            await slot.mount(Countdown(step.time_limit, self.step_started, self.cmsim.clock, self.lang))
        self.refresh_bindings()
        self._focus_answer()

    def _focus_answer(self) -> None:
        if self.query(Composer):
            self.query_one(Composer).focus_field(0)
        else:
            self.query_one(ChoiceList).focus()

    def action_submit(self) -> None:
        """Send the answer to the runner (the draft stays in the editor until it is scored)."""
        if self.busy or self.state.finished:
            return
        step = self.runner.current_step(self.state)
        if step.kind == "choice":
            choices = self.query_one(ChoiceList)
            if choices.highlighted is None:
                self.notify(tr(self.lang, "play.choose"), severity="warning")
                return
            option_id = choices.get_option_at_index(choices.highlighted).id
            self._submit(Answer(option=option_id))
            return
        composer = self.query_one(Composer)
        if composer.is_blank():
            self.notify(tr(self.lang, "play.empty"), severity="warning")
            return
        self._submit(Answer(fields=composer.drafts()))

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if not self.busy:
            self._submit(Answer(option=event.option.id))

    def _submit(self, answer: Answer) -> None:
        self.busy = True
        self._lock(True)
        self.query_one("#status", Label).update(tr(self.lang, "play.scoring"))
        self._score(self.state, answer, self.cmsim.clock() - self.step_started)

    def _lock(self, locked: bool) -> None:
        for composer in self.query(Composer):
            composer.set_locked(locked)
        for choices in self.query(ChoiceList):
            choices.disabled = locked

    @work(thread=True, exclusive=True, exit_on_error=False, group="score")
    def _score(self, state: RunState, answer: Answer, elapsed: float) -> None:
        new_state, turn = self.runner.submit(state, answer, elapsed=elapsed)
        self.post_message(TurnScored(new_state, turn))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one error path of scoring: say what went wrong and give the draft back."""
        if event.worker.group != "score" or event.state != WorkerState.ERROR:
            return
        self.busy = False
        self._lock(False)
        self.query_one("#status", Label).update("")
        self.notify(tr(self.lang, "play.scoring_failed", error=event.worker.error), severity="error", timeout=10)
        self._focus_answer()

    def on_turn_scored(self, message: TurnScored) -> None:
        self.state = message.state
        self.cmsim.last_run = (self.runner, self.state)
        from cmsim.tui.screens.feedback import FeedbackScreen

        self.app.push_screen(FeedbackScreen(self.runner, message.turn), self._next)

    async def _next(self, _result: None = None) -> None:
        self.busy = False
        self.query_one("#status", Label).update("")
        await self.show_step()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the hint key where there is no hint, and 'next field' where there is one field."""
        if self.state.finished or not self.is_mounted:
            return True
        step = self.runner.current_step(self.state)
        if action == "hint":
            return bool(step.hints)
        if action == "next_field":
            return len(step.reply_fields(self.runner.scenario.platforms[0])) > 1
        return True

    def action_hint(self) -> None:
        """Reveal the next hint of the step."""
        step = self.runner.current_step(self.state)
        if self.hints_shown >= len(step.hints):
            self.notify(tr(self.lang, "play.no_more_hints"))
            return
        self.hints_shown += 1
        self.query_one("#hints", Static).update(Content("\n".join(f"• {h}" for h in step.hints[: self.hints_shown])))

    def action_toggle_charter(self) -> None:
        """Show or hide the brand's charter."""
        box = self.query_one("#charter-box")
        box.display = not box.display

    def action_next_field(self) -> None:
        """Move to the next field of a multi-field step."""
        for composer in self.query(Composer):
            composer.focus_field(composer.focused_index() + 1)

    def action_home(self) -> None:
        """Back to the home screen."""
        self.app.pop_screen()
