"""The grade report as a screen (``cmsim grade report LAB --tui``): agreement between raters and with
the scorer, the worst disagreements, and one key — ``p`` — to add the replies the raters agree on to
their scenarios' calibration examples."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from cmsim.report.grades import fmt
from cmsim.session.gradereport import GradeReport

Promote = Callable[[], list[str]]


class GradeScreen(Screen[None]):
    """The lab's figures; ``p`` promotes the agreed replies (once), Escape quits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "promote", "Promote agreed replies", id="grades.promote"),
        Binding("escape", "back", "Back", id="grades.back"),
    ]
    DEFAULT_CSS = """
    GradeScreen DataTable { height: auto; max-height: 12; margin: 0 0 1 0; }
    GradeScreen .title { text-style: bold; margin: 1 0 0 0; }
    """

    def __init__(self, report: GradeReport, lab: str, promote: Promote) -> None:
        super().__init__()
        self.report = report
        self.lab = lab
        self.promote = promote
        self.promoted = False

    def compose(self) -> ComposeResult:
        r = self.report
        yield Header()
        with VerticalScroll():
            yield Label(f"Grade report: {self.lab} ({r.selection})", classes="title")
            yield Label(f"{r.items} replies, {r.graded} graded, raters: {', '.join(r.raters)}")
            yield Label("Agreement between raters (Krippendorff's α)", classes="title")
            yield DataTable(id="grades-raters", cursor_type="row", zebra_stripes=True)
            yield Label("The scorer against the raters' consensus", classes="title")
            yield DataTable(id="grades-scorers", cursor_type="row", zebra_stripes=True)
            yield Label("Worst disagreements", classes="title")
            yield DataTable(id="grades-worst", cursor_type="row", zebra_stripes=True)
            count = len(r.promotable)
            disputed = sum(1 for p in r.promotable if p.disputed())
            text = (f"{count} replies the raters agree on: press p to add them to their scenarios "
                    f"({disputed} marked disputed)") if count else "No reply has two raters in agreement yet."
            yield Label(text, id="grades-promote", classes="title")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Calibration lab"
        raters: DataTable[str] = self.query_one("#grades-raters", DataTable)
        raters.add_columns("quality", "items", "α interval", "α ordinal")
        for a in self.report.rater_agreement:
            raters.add_row(a.quality, str(a.items), fmt(a.alpha_interval), fmt(a.alpha_ordinal))
        scorers: DataTable[str] = self.query_one("#grades-scorers", DataTable)
        scorers.add_columns("scorer", "quality", "items", "concordance", "pairs", "κ quadratic")
        for s in self.report.scorer_agreement:
            scorers.add_row(s.scorer, s.quality, str(s.items), fmt(s.concordance), str(s.pairs), fmt(s.kappa))
        worst: DataTable[str] = self.query_one("#grades-worst", DataTable)
        worst.add_columns("item", "quality", "scorer", "raters", "reply")
        for d in self.report.worst:
            reply = " / ".join(t.strip() for t in d.reply.values())
            worst.add_row(d.item, d.quality, str(d.score), f"{d.consensus:.0f}", reply[:70])

    def action_promote(self) -> None:
        """Add the agreed replies to their scenarios (a second press does nothing)."""
        label = self.query_one("#grades-promote", Label)
        if self.promoted or not self.report.promotable:
            return
        self.promoted = True
        done = "; ".join(self.promote()) + " — run 'cmsim check' next"
        label.update(done)
        self.notify(done, title="Calibration examples")

    def action_back(self) -> None:
        """Quit the lab screen."""
        self.app.exit()


class GradeApp(App[None]):
    """A minimal app showing only the grade screen."""

    TITLE = "cmsim"

    def __init__(self, report: GradeReport, lab: str, promote: Promote) -> None:
        super().__init__()
        self.screen_args = (report, lab, promote)

    def on_mount(self) -> None:
        self.push_screen(GradeScreen(*self.screen_args))
