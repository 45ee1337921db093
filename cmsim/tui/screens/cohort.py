"""Cohort: how a group does (the data of ``cmsim cohort``) as a screen — per-quality distributions,
the weakest criteria with a quote, progress over sessions, and the scenarios where the group struggles.

Opened by ``cmsim cohort --tui`` through :func:`run_cohort_app`; the app's own menus may push it too.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from cmsim.model.qualities import label
from cmsim.report.cohort import group_line, w
from cmsim.report.strings import colon
from cmsim.scoring.agreement import BANDS5
from cmsim.session.cohort import Cohort
from cmsim.tui.screens.grades import word_bindings

BLOCKS = " ▁▂▃▄▅▆▇█"


def sparkline(counts: list[int]) -> str:
    """Five counts as block characters, tallest = the most common band."""
    top = max(counts) or 1
    return "".join(BLOCKS[round(8 * n / top)] for n in counts)


class CohortScreen(Screen[None]):
    """The cohort view; Escape goes back (or quits when it is the only screen)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "key.back", id="cohort.back"),
        Binding("q", "back", "key.back", show=False, id="cohort.quit"),
    ]
    DEFAULT_CSS = """
    CohortScreen DataTable { height: auto; max-height: 14; margin: 0 0 1 0; }
    CohortScreen .title { text-style: bold; margin: 1 0 0 0; }
    """

    def __init__(self, cohort: Cohort, lang: str = "en") -> None:
        super().__init__()
        self.cohort = cohort
        self.lang = lang
        word_bindings(self, lambda key: w(lang, key))

    def compose(self) -> ComposeResult:
        c, lang = self.cohort, self.lang
        yield Header()
        with VerticalScroll(id="cohort"):
            yield Label(f"{w(lang, 'title')}{colon(lang)}{c.described}", classes="title", id="cohort-heading")
            yield Label(group_line(c, lang))
            if not c.sessions:
                yield Label(w(lang, "empty"), id="cohort-empty")
            else:
                yield Label(w(lang, "qualities"), classes="title")
                yield DataTable(id="cohort-qualities", cursor_type="row", zebra_stripes=True)
                yield Label(w(lang, "weakest"), classes="title")
                yield DataTable(id="cohort-weakest", cursor_type="row", zebra_stripes=True)
                yield Label(w(lang, "progress"), classes="title")
                yield Label(self._progress(), id="cohort-progress")
                yield Label(w(lang, "scenarios"), classes="title")
                yield DataTable(id="cohort-scenarios", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def _progress(self) -> str:
        return "   ".join(f"{w(self.lang, 'session_n')} {p.index}{colon(self.lang)}{p.mean:.0f} ({p.people})"
                           for p in self.cohort.progress) or "–"

    def on_mount(self) -> None:
        self.sub_title = w(self.lang, "title")
        if not self.cohort.sessions:
            return
        c, lang = self.cohort, self.lang
        qualities: DataTable[str] = self.query_one("#cohort-qualities", DataTable)
        qualities.add_columns(w(lang, "quality"), w(lang, "answers"), w(lang, "mean"), w(lang, "median"),
                              f"{BANDS5[0][0]}→{BANDS5[-1].split('-')[1]}")
        for d in c.distributions:
            qualities.add_row(label(d.quality, lang), str(len(d.scores)), f"{d.mean:.0f}", f"{d.median:.0f}",
                              sparkline(d.histogram()))
        weakest: DataTable[str] = self.query_one("#cohort-weakest", DataTable)
        weakest.add_columns(w(lang, "criterion"), w(lang, "quality"), w(lang, "mean"), w(lang, "people"), "“…”")
        for k in c.weakest:
            quote = k.quotes[0] if k.quotes else ""
            weakest.add_row(k.id, label(k.quality, lang), f"{k.mean:.0f}", str(k.people), quote)
        scenarios: DataTable[str] = self.query_one("#cohort-scenarios", DataTable)
        scenarios.add_columns(w(lang, "scenario"), w(lang, "mean"), w(lang, "sessions"), w(lang, "bad"),
                              w(lang, "weakest_q"))
        for s in c.scenarios:
            scenarios.add_row(s.scenario_id, "–" if s.mean is None else f"{s.mean:.0f}", str(s.sessions),
                              f"{s.bad_endings}/{s.finished}", label(s.weakest, lang) if s.weakest else "–")

    def action_back(self) -> None:
        """Back to the screen below, or quit when there is none."""
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.exit()


class CohortApp(App[None]):
    """A minimal app showing only the cohort screen (``cmsim cohort --tui``)."""

    TITLE = "cmsim"

    def __init__(self, cohort: Cohort, lang: str = "en") -> None:
        super().__init__()
        self.cohort = cohort
        self.lang = lang

    def on_mount(self) -> None:
        self.push_screen(CohortScreen(self.cohort, self.lang))


def run_cohort_app(cohort: Cohort, lang: str = "en") -> None:
    """Show ``cohort`` full screen until Escape."""
    CohortApp(cohort, lang).run()
