"""The line-based session: show the thread and the step, read the answer, commit it, go on.

An answer field is multi-line and ends with an empty line (or the end of input); a choice is typed as
the option's number (1, 2, 3… as shown, the digits the TUI takes) or its id. Every line is committed
as a draft the moment it arrives, every answer the moment it is submitted, so killing the process loses
at most the line being typed. ``/pause`` and the end of input stop with everything typed kept as a
draft and nothing submitted (an answer is submitted only by the empty line ending its last field);
``/hint`` shows the next hint when allowed; ``/charter`` shows the brand's editorial charter again (it
is shown before the first step).
"""

from __future__ import annotations

import time
from typing import TextIO

from cmsim.console.reader import TIMEOUT, Line, LineReader
from cmsim.console.render import Printer
from cmsim.console.strings import text
from cmsim.console.timing import paste_bursts, typing_rates
from cmsim.model.result import Answer
from cmsim.model.scenario import Step
from cmsim.platforms import limit_for
from cmsim.session.playthrough import Playthrough
from cmsim.session.signals import HintAsked
from cmsim.sim.runner import RunnerError
from cmsim.sim.state import Turn


class _Pause(Exception):
    """The person paused, or the input ended before the answer was complete."""


class _TimeUp(Exception):
    """An assessment step's time limit passed while typing."""


class LineSession:
    """Drives one ``Playthrough`` over a ``LineReader`` and an output stream."""

    def __init__(self, play: Playthrough, reader: LineReader, out: TextIO) -> None:
        self.play = play
        self.reader = reader
        self.lang = play.runner.scenario.lang
        self.say = Printer(out, play.runner.scenario, self.lang)
        self.shown = 0
        self._hints_given = 0
        self._lines: list[Line] = []

    def run(self) -> bool:
        """Play until the ending (True) or a pause (False). Everything typed is saved either way."""
        play = self.play
        mode = text(self.lang, play.info.mode)
        self.say.line(text(self.lang, "session", id=play.session_id, name=play.info.person.name, mode=mode))
        if play.state.turns and not play.finished:
            self.say.line(text.count(self.lang, "resumed", len(play.state.turns), n=len(play.state.turns) + 1))
        self.say.line(text(self.lang, "commands" if play.hints_allowed else "commands_nohint"))
        if not play.finished:
            self.say.charter(play.runner.scenario.brand)
        self._show_new_messages()
        while not play.finished:
            step = play.open_step()
            if play.expired(step):
                self._submitted(play.submit_draft(), step, timed_out=True)
                continue
            self.say.step(len(play.state.turns) + 1, step)
            limit = play.time_limit(step)
            if limit is not None:
                left = max(0, round(play.remaining(step) or 0))
                self.say.line(text(self.lang, "limit", seconds=limit, left=left))
            shown_at = time.monotonic()
            self._lines = []
            self._hints_given = 0
            try:
                answer = self._read_choice(step) if step.kind == "choice" else self._read_fields(step)
            except _Pause:
                if play.campaign is not None:
                    name = play.info.person.name
                    self.say.line(text(self.lang, "paused_assess", campaign=play.campaign.name, name=name))
                else:
                    self.say.line(text(self.lang, "paused", id=play.session_id))
                return False
            except _TimeUp:
                self._record_typing(step, shown_at)
                self._submitted(play.submit_draft(), step, timed_out=True)
                continue
            try:
                turn = play.submit(answer)
            except RunnerError as exc:  # the checks above make this rare; the draft is kept
                self.say.line(str(exc))
                continue
            self._record_typing(step, shown_at)
            self._submitted(turn, step, timed_out=False)
        self._show_new_messages()
        ending = play.runner.ending(play.state)
        if play.assessing or ending is None:
            self.say.line(text(self.lang, "assess_done"))
        else:
            self.say.ending(ending)
        return True

    # ── reading ──────────────────────────────────────────────────────────────────────────────────

    def _next(self, step: Step) -> Line:
        """The next line of input, with the step's deadline enforced in assessments."""
        while True:
            timeout = None
            if self.play.assessing and step.kind == "reply":
                timeout = self.play.remaining(step)
            item = self.reader.get(timeout)
            if item is TIMEOUT:
                raise _TimeUp
            if item is None:
                raise _Pause
            assert isinstance(item, Line)
            command = item.text.strip().lower()
            if command == "/pause":
                raise _Pause
            if command == "/hint":
                self._hint(step)
                continue
            if command == "/charter":
                self.say.charter(self.play.runner.scenario.brand)
                continue
            self._lines.append(item)
            return item

    def _hint(self, step: Step) -> None:
        if not self.play.hints_allowed or self._hints_given >= len(step.hints):
            self.say.line(text(self.lang, "no_hint"))
            return
        self.say.line(text(self.lang, "hint", text=step.hints[self._hints_given]))
        self._hints_given += 1
        self.play.signal(step.id, HintAsked(number=self._hints_given))

    def _read_choice(self, step: Step) -> Answer:
        self.say.options(step)
        ids = [o.id for o in step.options]
        while True:
            choice = self._next(step).text.strip()
            if choice in ids:
                return Answer(option=choice)
            if choice.isascii() and choice.isdigit() and 1 <= int(choice) <= len(ids):
                return Answer(option=ids[int(choice) - 1])
            self.say.line(text(self.lang, "bad_choice", last=len(ids), ids=", ".join(ids)))

    def _read_fields(self, step: Step) -> Answer:
        """Each field in turn. The draft keeps the field being typed as its last key, so a resumed
        session continues that field with the earlier ones already done."""
        fields = self.play.runner.scenario.fields_of(step)
        typed = self.play.draft()
        ids = [f.id for f in fields]
        start = ids.index(list(typed)[-1]) if typed and list(typed)[-1] in ids else 0
        for index in range(start, len(fields)):
            field = fields[index]
            last = index == len(fields) - 1
            public = field.kind in ("public", "post") and field.platform is not None
            limit = field.max_chars or (limit_for(field.platform, field.kind) if public and field.platform else None)
            self.say.field(field, limit)
            lines = typed[field.id].split("\n") if typed.get(field.id) else []
            if lines:
                self.say.line(text(self.lang, "draft"))
                self.say.quote("\n".join(lines))
            confirm_empty = False
            while True:
                line = self._next(step)  # /pause or the end of input: the draft stays, nothing is submitted
                if line.text.strip():
                    lines.append(line.text)
                    confirm_empty = False
                elif lines or confirm_empty:
                    break
                else:
                    self.say.line(text(self.lang, "empty_confirm"))
                    confirm_empty = True
                    continue
                typed[field.id] = "\n".join(lines)
                self.play.save_draft(typed)
            typed[field.id] = "\n".join(lines)
            if not last:
                typed.setdefault(fields[index + 1].id, "")
            self.play.save_draft(typed)
        return Answer(fields=typed)

    # ── after an answer ──────────────────────────────────────────────────────────────────────────

    def _submitted(self, turn: Turn, step: Step, *, timed_out: bool) -> None:
        n = len(self.play.state.turns)
        if timed_out:
            self.say.line(text(self.lang, "timeout"))
        self.say.line(text(self.lang, "recorded" if self.play.assessing else "saved", n=n))
        if self.play.feedback:
            limit = self.play.time_limit(step)
            if turn.overtime and limit is not None:
                self.say.line(text(self.lang, "late", elapsed=round(turn.elapsed or 0), limit=limit))
            self.say.result(turn.result)
        self._show_new_messages()

    def _record_typing(self, step: Step, shown_at: float) -> None:
        for paste in paste_bursts(self._lines):
            self.play.signal(step.id, paste)
        for fast in typing_rates(self._lines, shown_at):
            self.play.signal(step.id, fast)

    def _show_new_messages(self) -> None:
        messages = self.play.runner.messages(self.play.state)
        # The trainee's own replies are already on screen; show only what others posted since.
        fresh = [m for m in messages[self.shown :] if m.author != "brand" or self.shown == 0]
        self.say.messages(fresh)
        self.shown = len(messages)
