"""Plain-text rendering of a session for the line-based terminal: thread, step, fields, results."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TextIO

from cmsim.charter_strings import charter_rows
from cmsim.console.strings import text
from cmsim.model.qualities import label
from cmsim.model.result import StepResult
from cmsim.model.scenario import Brand, Ending, Field, Message, Scenario, Step
from cmsim.platforms import platform, platform_book

_BANDS = ("poor", "fair", "neutral", "good")
"""Bands from the worst: a sentence several criteria said takes the worst band among them."""
_MARKS = {"good": "+", "fair": "~", "poor": "-", "neutral": "·"}


class Printer:
    """Writes to ``out`` and flushes every line, so a reader (or a test) sees it at once."""

    def __init__(self, out: TextIO, scenario: Scenario, lang: str) -> None:
        self.out = out
        self.scenario = scenario
        self.lang = lang

    def line(self, value: str = "") -> None:
        """One line (or several), flushed."""
        print(value, file=self.out, flush=True)

    def quote(self, value: str) -> None:
        """Indented text, wrapped."""
        for para in value.splitlines() or [""]:
            self.line(textwrap.fill(para, 100, initial_indent="  │ ", subsequent_indent="  │ "))

    def messages(self, messages: Sequence[Message]) -> None:
        """Thread messages with their author, time and channel."""
        for m in messages:
            if m.author == "brand":
                who = f"{self.scenario.brand.handle} ({self.scenario.brand.name})"
            else:
                persona = self.scenario.persona(m.author)
                who = m.author if persona is None else persona.name
                if persona is not None and persona.handle != persona.name:  # Facebook: no @handle
                    who = f"{persona.handle} ({persona.name})"
            at = f" · {m.at}" if m.at else ""
            channel = "" if m.channel == "public" else text(self.lang, f"channel.{m.channel}")
            self.line(f"\n{who}{at}{channel}")
            self.quote(m.text.strip())

    def charter(self, brand: Brand) -> None:
        """The brand's editorial charter: what every reply is scored against, shown before the first step."""
        c = brand.charter
        self.line("\n" + text(self.lang, "charter", brand=brand.name, handle=brand.handle))
        if brand.voice:
            self.quote(brand.voice.strip())
        colon = text(self.lang, "colon")
        for name, value in charter_rows(c, self.lang, lambda word: text(self.lang, "quoted", word=word)):
            self.line(f"  {name}{colon}{value}")
        if c.rules:
            self.line(f"  {text(self.lang, 'charter.rules')}{colon.rstrip()}")
            for rule in c.rules:
                self.line(textwrap.fill(rule, 100, initial_indent="   • ", subsequent_indent="     "))

    def step(self, number: int, step: Step) -> None:
        """The step's title and prompt."""
        self.line("\n" + text(self.lang, "step", n=number, title=step.title))
        self.line(textwrap.fill(step.prompt.strip(), 100))

    def field(self, field: Field, limit: int | None) -> None:
        """The prompt of one answer field."""
        shown = platform(field.platform).label if field.platform in platform_book().platforms else field.platform
        where = f"{shown} · " if field.platform and field.kind in ("public", "post") else ""
        key = "field" if limit else "field_nolimit"
        label = text(self.lang, "reply") if field.id == "reply" and field.label == "Reply" else field.label
        self.line(text(self.lang, key, label=label, platform=where, limit=limit))

    def options(self, step: Step) -> None:
        """The options of a choice step, numbered (as in the TUI) and with their ids."""
        for number, option in enumerate(step.options, 1):
            self.line(textwrap.fill(f"{number}. [{option.id}] {option.text}", 100, initial_indent="  ",
                                    subsequent_indent="     "))
        self.line(text(self.lang, "choose"))

    def result(self, result: StepResult) -> None:
        """Scores, criterion feedback and a stronger reply (practice mode only)."""
        scores = "  ".join(f"{label(q, self.lang)} {v}" for q, v in result.scores.items())
        self.line(f"  {scores}   ({text(self.lang, 'average')} {result.average})")
        if result.feedback:
            self.line(textwrap.fill(result.feedback.strip(), 100, initial_indent="  ", subsequent_indent="  "))
        # The same sentence said by several criteria (a reply too short to judge lowers most of them alike) is said
        # once, with how many criteria said it and the worst band among them.
        said: dict[str, tuple[str, int]] = {}
        for criterion in result.criteria:
            feedback = criterion.feedback_in(self.lang).strip()
            band, count = said.get(feedback, (criterion.band, 0))
            said[feedback] = (min(band, criterion.band, key=_BANDS.index), count + 1)
        for feedback, (band, count) in said.items():
            times = f" (×{count})" if count > 1 else ""
            self.line(f"  {_MARKS[band]} {feedback}{times}")
        if result.better_reply:
            self.line(text(self.lang, "better"))
            for reply in result.better_reply.values():
                self.quote(reply.strip())

    def ending(self, ending: Ending) -> None:
        """The ending reached and its debrief."""
        outcome = text(self.lang, f"outcome.{ending.outcome}")
        self.line("\n" + text(self.lang, "ending", title=ending.title, outcome=outcome))
        self.line(textwrap.fill(ending.debrief.strip(), 100))
