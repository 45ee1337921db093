"""The grade report as a screen (``cmsim grade report LAB --tui``): agreement between raters and with
the scorer, the worst disagreements, and one key — ``p`` — to add the replies the raters agree on to
their scenarios' calibration examples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from cmsim.report.grades import fmt, gw, head_line, quality_name
from cmsim.report.strings import colon
from cmsim.session.gradereport import GradeReport

Promote = Callable[[], list[str]]


def word_bindings(node: DOMNode, word: Callable[[str], str]) -> None:
    """Give each binding of ``node`` described by a ``key.*`` string the text ``word`` finds for it."""
    keys = {
        key: [
            replace(b, description=word(b.description.removeprefix("key."))) if b.description.startswith("key.") else b
            for b in found
        ]
        for key, found in node._bindings.key_to_bindings.items()
    }
    node._bindings = BindingsMap.from_keys(keys)


class GradeScreen(Screen[None]):
    """The lab's figures; ``p`` promotes the agreed replies (once), Escape quits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "promote", "key.promote", id="grades.promote"),
        Binding("escape", "back", "key.back", id="grades.back"),
    ]
    DEFAULT_CSS = """
    GradeScreen DataTable { height: auto; max-height: 12; margin: 0 0 1 0; }
    GradeScreen .title { text-style: bold; margin: 1 0 0 0; }
    """

    def __init__(self, report: GradeReport, lab: str, promote: Promote, lang: str = "en") -> None:
        super().__init__()
        self.report = report
        self.lab = lab
        self.promote = promote
        self.lang = lang
        self.promoted = False
        word_bindings(self, lambda key: gw(lang, key))

    def compose(self) -> ComposeResult:
        r, lang = self.report, self.lang
        yield Header()
        with VerticalScroll():
            yield Label(f"{gw(lang, 'title')}{colon(lang)}{self.lab} ({r.selection})", classes="title")
            yield Label(head_line(r, lang))
            yield Label(gw(lang, "raters"), classes="title")
            yield DataTable(id="grades-raters", cursor_type="row", zebra_stripes=True)
            yield Label(gw(lang, "vs_all"), classes="title")
            yield DataTable(id="grades-scorers", cursor_type="row", zebra_stripes=True)
            yield Label(gw(lang, "worst_h"), classes="title")
            yield DataTable(id="grades-worst", cursor_type="row", zebra_stripes=True)
            count = len(r.promotable)
            disputed = sum(1 for p in r.promotable if p.disputed())
            text = gw.count(lang, "press", count, disputed=disputed) if count else gw(lang, "no_agreed")
            yield Label(text, id="grades-promote", classes="title")
        yield Footer()

    def on_mount(self) -> None:
        lang = self.lang
        self.sub_title = gw(lang, "lab")
        raters: DataTable[str] = self.query_one("#grades-raters", DataTable)
        raters.add_columns(*(gw(lang, k) for k in ("quality", "items", "interval", "ordinal")))
        for a in self.report.rater_agreement:
            raters.add_row(quality_name(a.quality, lang), str(a.items), fmt(a.alpha_interval), fmt(a.alpha_ordinal))
        scorers: DataTable[str] = self.query_one("#grades-scorers", DataTable)
        scorers.add_columns(*(gw(lang, k) for k in ("scorer", "quality", "items", "concordance", "pairs", "kappa")))
        for s in self.report.scorer_agreement:
            name = quality_name(s.quality, lang)
            scorers.add_row(s.scorer, name, str(s.items), fmt(s.concordance), str(s.pairs), fmt(s.kappa))
        worst: DataTable[str] = self.query_one("#grades-worst", DataTable)
        worst.add_columns("#", gw(lang, "quality"), gw(lang, "scorer"), "≈", gw(lang, "reply"))
        for d in self.report.worst:
            reply = " / ".join(t.strip() for t in d.reply.values())
            worst.add_row(d.item, quality_name(d.quality, lang), str(d.score), f"{d.consensus:.0f}", reply[:70])

    def action_promote(self) -> None:
        """Add the agreed replies to their scenarios (a second press does nothing)."""
        label = self.query_one("#grades-promote", Label)
        if self.promoted or not self.report.promotable:
            return
        self.promoted = True
        done = "; ".join(self.promote()) + f" — {gw(self.lang, 'next')}"
        label.update(done)
        self.notify(done, title="Calibration examples")

    def action_back(self) -> None:
        """Quit the lab screen."""
        self.app.exit()


class GradeApp(App[None]):
    """A minimal app showing only the grade screen."""

    TITLE = "cmsim"

    def __init__(self, report: GradeReport, lab: str, promote: Promote, lang: str = "en") -> None:
        super().__init__()
        self.screen_args = (report, lab, promote, lang)

    def on_mount(self) -> None:
        self.push_screen(GradeScreen(*self.screen_args))
