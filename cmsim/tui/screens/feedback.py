"""Feedback after a step (practice mode): scores, criteria with evidence, what was missing, a better reply."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Label, Static

from cmsim.authoring.load import RubricBook
from cmsim.authoring.problems import AuthoringError
from cmsim.missing_words import missing_word
from cmsim.model.base import LocalText
from cmsim.model.qualities import label
from cmsim.model.result import CriterionResult
from cmsim.scoring.judge.notices import judge_notices
from cmsim.sim.runner import Runner
from cmsim.sim.state import Turn
from cmsim.tui.cells import drawable
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets.evidence import highlight
from cmsim.tui.widgets.scores import QualityBars
from cmsim.tui.words import branch_in_words, field_label

BAND_MARK = {"good": "●", "fair": "◐", "poor": "○", "neutral": "◌"}
"""A criterion's band as a mark; neutral: a default score the reply did not earn (shown as no strength)."""
JUDGE_CRITERION = "judge:"


def target_title(runner: Runner, node: str) -> str:
    """Title of the step or ending a branch leads to."""
    scenario = runner.scenario
    return scenario.ending(node).title if scenario.is_ending(node) else scenario.step(node).title


@lru_cache(maxsize=1)
def _rubric_criteria() -> dict[str, LocalText]:
    """Criterion titles by id, from the rubrics (empty if they do not load: the scorer says why)."""
    try:
        book = RubricBook()
    except AuthoringError:
        return {}
    return {c.id: c.title for rubric_id in book.ids() for c in book.get(rubric_id).criteria}


def criterion_title(criterion_id: str, lang: str) -> str:
    """The rubric's title of a criterion in ``lang`` (its id when no rubric names it); the LLM judge's
    criteria (``judge:<id>``) are marked as the judge's."""
    if criterion_id.startswith(JUDGE_CRITERION):
        own = criterion_title(criterion_id.removeprefix(JUDGE_CRITERION), lang)
        return tr(lang, "feedback.judge_criterion", title=own)
    title = _rubric_criteria().get(criterion_id)
    return title.get(lang) if title else criterion_id


def criterion_content(criterion: CriterionResult, lang: str) -> Content:
    """One criterion: its band, title, quality and score, its feedback, and what was missing."""
    band = criterion.band
    parts = [
        Content.from_markup(
            "$mark [b]$band[/b] · $title [dim]($quality) $score[/dim]\n",
            mark=BAND_MARK[band],
            band=tr(lang, f"band.{band}"),
            title=criterion_title(criterion.id, lang),
            quality=label(criterion.quality, lang),
            score=str(criterion.score),
        ),
        Content(criterion.feedback_in(lang).strip()),
    ]
    if criterion.missing:
        missing = tr(lang, "feedback.missing", items=", ".join(missing_word(m, lang) for m in criterion.missing))
        parts.append(Content.from_markup("\n[dim]$missing[/dim]", missing=missing))
    return Content.assemble(*parts)


class FeedbackScreen(CmsimScreen[None]):
    """What the scorer saw in one answer, and where the story goes next."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "continue", "key.continue", id="feedback.continue"),
        Binding("escape", "continue", "key.continue", show=False, id="feedback.close"),
    ]

    def __init__(self, runner: Runner, turn: Turn) -> None:
        super().__init__()
        self.runner = runner
        self.turn = turn

    def compose(self) -> ComposeResult:
        lang = self.lang
        scenario = self.runner.scenario
        step = scenario.step(self.turn.step_id)
        result = self.turn.result
        yield Header()
        with Horizontal(id="feedback"):
            with VerticalScroll(id="feedback-main"):
                average = tr(lang, "feedback.average", score=result.average)
                heading = f"{tr(lang, 'feedback.title', step=step.title)}  ·  {average}"
                yield Label(Content(heading), id="feedback-title", classes="title")
                yield QualityBars(result.scores, lang, id="feedback-scores")
                yield from self._answer(lang)
                if result.better_reply:
                    yield Label(tr(lang, "feedback.better"), classes="section")
                    labels = {f.id: field_label(f.id, f.label, lang) for f in scenario.fields_of(step)}
                    for field_id, text in result.better_reply.items():
                        yield Static(
                            Content.from_markup(
                                "[b]$field[/b]\n$text", field=labels.get(field_id, field_id), text=drawable(text)
                            ),
                            classes="better",
                        )
                next_text = tr(lang, "feedback.next", target=target_title(self.runner, self.turn.goto))
                why = branch_in_words(self.turn.branch, lang)
                yield Static(Content(f"{next_text} ({why})"), id="feedback-next", classes="section")
                yield Label(tr(lang, "feedback.continue"), classes="dim")
            if result.criteria:
                with VerticalScroll(id="feedback-criteria"):
                    yield Label(tr(lang, "feedback.criteria"), classes="section")
                    for criterion in result.criteria:
                        yield Static(criterion_content(criterion, lang), classes=f"criterion band-{criterion.band}")
        yield Footer()

    def _answer(self, lang: str) -> ComposeResult:
        """The option chosen, or the reply with its evidence highlighted, then the scorer's remarks."""
        scenario = self.runner.scenario
        step = scenario.step(self.turn.step_id)
        result = self.turn.result
        if step.kind == "choice":
            option = next(o for o in step.options if o.id == self.turn.answer.option)
            yield Label(tr(lang, "feedback.your_choice"), classes="section")
            yield Static(Content.from_markup("[b]$text[/b]", text=option.text), id="chosen")
            best = max(step.options, key=lambda o: sum(o.scores.values()) / max(1, len(o.scores)))
            if best.id == option.id:
                yield Label(tr(lang, "feedback.best_chosen"), id="best-option", classes="dim")
            else:
                yield Label(tr(lang, "feedback.best_option"), classes="section")
                yield Static(Content.from_markup("$text", text=best.text), id="best-option", classes="better")
        else:
            yield Label(tr(lang, "feedback.your_reply"), classes="section")
            evidence = [e for c in result.criteria for e in c.evidence]
            for field in scenario.fields_of(step):
                text = self.turn.answer.fields.get(field.id, "")
                with Vertical(classes="reply-box"):
                    yield Label(Content(field_label(field.id, field.label, lang)), classes="field-label")
                    yield Static(highlight(text, field.id, evidence), classes="reply")
        if result.feedback:
            yield Static(Content(result.feedback.strip()), id="feedback-summary")
        notices = judge_notices(result.flags, lang)
        for notice in notices:
            yield Label(Content(notice.text), classes="flags judge-notice")
        explained = {n.flag for n in notices}
        others = [flag for flag in result.flags if flag not in explained]
        if others:
            yield Label(Content(tr(lang, "feedback.flags", flags=", ".join(others))), classes="flags")

    def on_mount(self) -> None:
        self.sub_title = self.runner.scenario.title

    def action_continue(self) -> None:
        """Back to the thread (or on to the debrief)."""
        self.dismiss(None)
