"""Play: the thread as a feed, the brand's charter at hand, and the composer (or the options) below."""

from __future__ import annotations

from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Header, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from cmsim.model.result import Answer
from cmsim.model.scenario import Step
from cmsim.platforms import platform
from cmsim.session.playthrough import Playthrough
from cmsim.session.signals import HintAsked, Paste, SignalDetail
from cmsim.sim.runner import Runner
from cmsim.sim.state import RunState
from cmsim.tui.cells import drawable
from cmsim.tui.messages import StepOpened, TurnScored
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets.charter import CharterPanel
from cmsim.tui.widgets.composer import Composer, FieldEditor
from cmsim.tui.widgets.countdown import Countdown
from cmsim.tui.widgets.feed import Feed
from cmsim.tui.widgets.wrapped_list import WrappedOptionList

DRAFT_DELAY = 0.3
"""Seconds after the last keystroke before the draft is committed to the store."""
PASTE_SIGNAL_CHARS = 40
"""A paste at least this long is recorded as an integrity signal in an assessment."""


class ChoiceList(WrappedOptionList):
    """The options of a choice step; Enter chooses, and so does an option's number (1-9)."""

    def __init__(self, step: Step) -> None:
        self.ids = [option.id for option in step.options]
        options: list[Option | None] = []
        for number, option in enumerate(step.options, 1):
            if options:
                options.append(None)
            options.append(Option(Content(f"{number}. {drawable(option.text)}"), id=option.id))
        super().__init__(*options, id="choices")

    def on_key(self, event: events.Key) -> None:
        """A digit picks the option with that number, as Enter would."""
        if event.character and event.character.isdigit() and 1 <= int(event.character) <= len(self.ids):
            event.stop()
            self.highlighted = self.get_option_index(self.ids[int(event.character) - 1])
            self.action_select()


class PlayScreen(CmsimScreen[None]):
    """One playthrough: shows each step, submits answers through the runner in a worker."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit", "key.submit", id="play.submit", priority=True),
        Binding("f2", "hint", "key.hint", id="play.hint"),
        Binding("f3", "toggle_charter", "key.charter", id="play.charter"),
        # priority, like Ctrl+S: handled before the keys typed after it are sent to the field that has the focus
        Binding("ctrl+n", "next_field", "key.next_field", id="play.next_field", priority=True),
        Binding("escape", "home", "key.home", id="play.home"),
    ]

    def __init__(self, play: Playthrough) -> None:
        super().__init__()
        self.play = play
        self.runner: Runner = play.runner
        self.hints_shown = 0
        self.busy = False
        self._draft_timer: Timer | None = None
        self._started = 0.0
        """When the current step's clock started, on the app's clock (set when the step is opened)."""

    @property
    def state(self) -> RunState:
        """Where the session stands (saved after every answer)."""
        return self.play.state



    def compose(self) -> ComposeResult:
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
        """Bring the feed up to date and open the current step (or the debrief once finished): the
        store starts its timer and reads its draft in a worker, then ``on_step_opened`` sets it up."""
        self.query_one(Feed).sync(self.runner.messages(self.state))
        if self.state.finished:
            self._finished()
            return
        self._open_step()

    @work(thread=True, exclusive=True, exit_on_error=False, group="step")
    def _open_step(self) -> None:
        step = self.play.open_step()
        draft = self.play.draft() if step.kind == "reply" else {}
        self.post_message(StepOpened(step, draft, self.play.elapsed()))

    async def on_step_opened(self, message: StepOpened) -> None:
        """Show the opened step: title, prompt, hints, the composer with its draft, the countdown."""
        step = message.step
        number = len(self.state.turns) + 1
        heading = f"{tr(self.lang, 'play.step', number=number)} · {step.title}"
        self.query_one("#step-title", Static).update(Content(heading))
        self.query_one("#step-prompt", Static).update(Content(drawable(step.prompt.strip())))
        self.hints_shown = 0
        hints = bool(step.hints) and self.play.hints_allowed
        self.query_one("#hints", Static).update(tr(self.lang, "play.hint_prompt") if hints else "")
        self.query_one("#hints-title").display = hints
        answer = self.query_one("#answer")
        await answer.remove_children()
        if step.kind == "choice":
            await answer.mount(ChoiceList(step))
        else:
            fields = self.runner.scenario.fields_of(step)
            await answer.mount(Composer(fields, self.lang, message.draft))
        slot = self.query_one("#timer-slot")
        await slot.remove_children()
        limit = self.play.time_limit(step)
        self._started = self.cmsim.clock() - message.elapsed
        if limit:
            await slot.mount(Countdown(limit, self._started, self.cmsim.clock, self.lang))
        self.refresh_bindings()
        self._focus_answer()

    def _focus_answer(self) -> None:
        if self.query(Composer):
            self.query_one(Composer).focus_field(0)
        else:
            self.query_one(ChoiceList).focus()

    def action_submit(self) -> None:
        """Send the answer, with every key typed before it."""
        self.after_typed_keys(self._submit_now)

    def _submit_now(self) -> None:
        """Send the answer to the runner (the draft stays in the editor until it is scored)."""
        if self.busy or self.state.finished:
            return
        step = self.play.step()
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

    def _submit(self, answer: Answer, *, auto: bool = False) -> None:
        self.busy = True
        self._lock(True)
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self.query_one("#status", Label).update(tr(self.lang, "play.scoring"))
        self._score(answer, auto)

    def _lock(self, locked: bool) -> None:
        for composer in self.query(Composer):
            composer.set_locked(locked)
        for choices in self.query(ChoiceList):
            choices.disabled = locked

    @work(thread=True, exclusive=True, exit_on_error=False, group="score")
    def _score(self, answer: Answer, auto: bool) -> None:
        """Score through the runner and commit the answer to the store, off the UI thread (the
        playthrough moves on in ``on_turn_scored``, on the UI thread)."""
        state, turn = self.play.commit(answer, auto=auto)
        self.post_message(TurnScored(state, turn))

    @work(thread=True, exit_on_error=False, group="signal")
    def _signal(self, step_id: str, detail: SignalDetail) -> None:
        """Record an integrity signal off the UI thread."""
        self.play.signal(step_id, detail)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one error path of scoring: say what went wrong and give the draft back."""
        if event.worker.group not in ("score", "draft", "signal", "step") or event.state != WorkerState.ERROR:
            return
        if event.worker.group != "score":
            self.notify(tr(self.lang, "error.store", error=event.worker.error), severity="error", timeout=10)
            return
        self.busy = False
        self._lock(False)
        self.query_one("#status", Label).update("")
        self.notify(tr(self.lang, "play.scoring_failed", error=event.worker.error), severity="error", timeout=10)
        self._focus_answer()

    async def on_turn_scored(self, message: TurnScored) -> None:
        self.play.advance(message.state)
        if not self.play.feedback:
            await self._next()
            return
        from cmsim.tui.screens.feedback import FeedbackScreen

        self.app.push_screen(FeedbackScreen(self.runner, message.turn), self._next)

    def _finished(self) -> None:
        """The debrief (practice), or the campaign's next scenario (assessment: no scores shown)."""
        if self.play.assessing and self.play.campaign is not None:
            self.app.pop_screen()
            self.cmsim.assess(self.play.campaign, self.play.info.person.name)
            return
        from cmsim.tui.screens.debrief import DebriefScreen

        self.app.switch_screen(DebriefScreen(self.play))

    def on_text_area_changed(self) -> None:
        """Save the draft shortly after typing pauses, so nothing typed is lost."""
        if self.busy:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self._save_draft)

    def _save_draft(self) -> None:
        if not self.busy and self.query(Composer):
            self._write_draft(self.query_one(Composer).drafts())

    @work(thread=True, exclusive=True, exit_on_error=False, group="draft")
    def _write_draft(self, drafts: dict[str, str]) -> None:
        self.play.save_draft(drafts)

    def on_field_editor_pasted(self, message: FieldEditor.Pasted) -> None:
        """A large paste during an assessment is an integrity signal (a fact to ask about)."""
        if self.play.assessing and message.chars >= PASTE_SIGNAL_CHARS and not self.state.finished:
            self._signal(self.play.step().id, Paste(chars=message.chars, lines=message.lines))

    def on_countdown_expired(self) -> None:
        """In an assessment, a reply step's time limit submits what was typed."""
        if self.busy or self.state.finished:
            return
        step = self.play.step()
        if self.play.expired(step, elapsed=self.cmsim.clock() - self._started) and self.query(Composer):
            self.notify(tr(self.lang, "play.time_up"), severity="warning")
            self._submit(Answer(fields=self.query_one(Composer).drafts()), auto=True)

    async def _next(self, _result: None = None) -> None:
        self.busy = False
        self.query_one("#status", Label).update("")
        await self.show_step()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the hint key where there is no hint, and 'next field' where there is one field; in kiosk
        mode there is no way home."""
        if action == "home" and self.cmsim.kiosk is not None:
            return False
        if self.state.finished or not self.is_mounted:
            return True
        step = self.play.step()
        if action == "hint":
            return bool(step.hints) and self.play.hints_allowed
        if action == "next_field":
            return len(self.runner.scenario.fields_of(step)) > 1
        return True

    def action_hint(self) -> None:
        """Reveal the next hint of the step."""
        step = self.play.step()
        if self.hints_shown >= len(step.hints):
            self.notify(tr(self.lang, "play.no_more_hints"))
            return
        self.hints_shown += 1
        self._signal(step.id, HintAsked(number=self.hints_shown))
        self.query_one("#hints", Static).update(Content("\n".join(f"• {h}" for h in step.hints[: self.hints_shown])))

    def action_toggle_charter(self) -> None:
        """Show or hide the brand's charter."""
        box = self.query_one("#charter-box")
        box.display = not box.display

    def action_next_field(self) -> None:
        """Move to the next field of a multi-field step: at once, so that the keys typed right after
        Ctrl+N go to that field (the keys typed before it are already the previous field's)."""
        for composer in self.query(Composer):
            composer.focus_field(composer.focused_index() + 1, now=True)

    def action_home(self) -> None:
        """Back to the home screen; the draft is saved first (the session can be resumed)."""
        if not self.busy and not self.state.finished and self.query(Composer):
            self._leave(self.query_one(Composer).drafts())
        else:
            self.app.pop_screen()

    @work(thread=True, exclusive=True, exit_on_error=False, group="draft")
    def _leave(self, drafts: dict[str, str]) -> None:
        """Save the draft, then go home; a store error (the person deleted while the session was open)
        is said, and home is shown all the same."""
        from cmsim.store.records import StoreError

        try:
            self.play.save_draft(drafts)
        except StoreError as exc:
            message = tr(self.lang, "error.store", error=exc)
            self.app.call_from_thread(self.notify, message, severity="error", timeout=10)
        self.app.call_from_thread(self.app.pop_screen)
