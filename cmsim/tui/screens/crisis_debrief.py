"""The crisis debrief: how it ended, the six qualities and the triage, and a timeline of what arrived,
what you did when, what you missed, with the expert's path beside yours."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, Header, Label, Static

from cmsim.crisis_words import entries_words
from cmsim.model.crisis import Item
from cmsim.model.qualities import label
from cmsim.session.crisis import CrisisRun
from cmsim.sim.crisis import CrisisOutcome, CrisisState
from cmsim.sim.crisis_feed import Arrival
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets.crisis_items import PLATFORM_SHORT, clock, team_label
from cmsim.tui.widgets.scores import QualityBars

if TYPE_CHECKING:
    pass

SHORT = 30
"""Characters of an item's text in the timeline."""


def _moves(state: CrisisState | None, item_id: str | None, lang: str) -> str:
    if state is None:
        return ""
    moves = [t for t in state.taken if t.action.item == item_id]
    out = []
    for t in moves:
        what = tr(lang, f"crisis.status.{t.action.kind}")
        if t.action.escalate:
            what += f" → {team_label(t.action.escalate, lang)}"
        out.append(f"{clock(t.action.at)} {what}")
    return "; ".join(out)


class CrisisDebriefScreen(CmsimScreen[None]):
    """How the crisis went, side by side with the expert's run."""

    DEFAULT_CSS = """
    CrisisDebriefScreen #crisis-debrief { padding: 0 1; }
    CrisisDebriefScreen DataTable { height: auto; max-height: 24; }
    CrisisDebriefScreen .section { text-style: bold; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "home", "key.home", id="crisis_debrief.home"),
    ]

    def __init__(self, run: CrisisRun, outcome: CrisisOutcome) -> None:
        super().__init__()
        self.run = run
        self.outcome = outcome
        expert = run.engine.scenario.expert_run()
        self.expert: CrisisState | None = None
        if expert is not None:
            self.expert, _expert_outcome = run.engine.replay(list(expert.actions))

    def compose(self) -> ComposeResult:
        lang = self.lang
        sc, out = self.run.engine.scenario, self.outcome
        yield Header()
        with VerticalScroll(id="crisis-debrief"):
            yield Label(Content(tr(lang, "debrief.crisis_title", scenario=sc.title)), classes="title")
            yield Label(Content(f"{tr(lang, f'debrief.outcome.{out.ending.outcome}')} · {out.ending.title}"),
                        id="ending", classes=f"outcome outcome-{out.ending.outcome}")
            yield Static(Content(out.ending.debrief.strip()), id="ending-debrief")
            yield Label(tr(lang, "debrief.mood", mood=out.mood, coverage=out.triage.coverage), id="crisis-mood")
            yield Label(tr(lang, "debrief.scores"), classes="section")
            yield QualityBars({q: float(v) for q, v in out.scores.items()}, lang, id="crisis-scores")
            yield Label(tr(lang, "debrief.triage"), classes="section")
            yield Static(self._triage(lang), id="crisis-triage")
            yield Label(tr(lang, "debrief.timeline"), classes="section")
            yield DataTable(id="crisis-timeline", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def _triage(self, lang: str) -> Content:
        out = self.outcome
        lines = [Content(f"{c.score:>3}  {label(c.quality, lang)} · {c.feedback_in(lang)}")
                 for c in out.triage.criteria]
        none = tr(lang, "debrief.none")
        crisis = self.run.engine.scenario  # items named by who wrote them and their first words, not by id
        for key, entries in (("debrief.missed", out.triage.missed), ("debrief.wrong", out.triage.wrong)):
            lines.append(Content(tr(lang, key, items=entries_words(entries, lang, crisis, SHORT) or none)))
        return Content("\n").join(lines)

    def on_mount(self) -> None:
        lang = self.lang
        self.sub_title = self.run.engine.scenario.title
        table = self.query_one("#crisis-timeline", DataTable)
        rows = [(clock(at), arrived, mine, expert) for at, arrived, mine, expert in self._rows(lang)]
        for n, column in enumerate(("time", "arrived", "you", "expert")):
            title = tr(lang, f"debrief.col.{column}")
            # the table measures a styled cell as one cell wide: a miss (✗, in red) counts by its text; a reaction's
            # note (a styled line under "What arrived") does not widen its column, it is cut as before
            widths = [cell_len(str(r[n])) for r in rows if column == "you" or isinstance(r[n], str)]
            table.add_column(title, width=max([*widths, cell_len(title)]))
        for row in rows:
            table.add_row(*row)

    def _rows(self, lang: str) -> list[tuple[float, str | Content, str | Content, str]]:
        engine = self.run.engine
        mine_feed = {a.id: a for a in engine.feed(self.run.state)}
        expert_feed = {a.id: a for a in engine.feed(self.expert)} if self.expert else {}
        important: dict[str, tuple[float, Item]] = {}
        for feed in (mine_feed, expert_feed):
            for a in feed.values():
                if a.source != "noise" and a.id not in important:
                    important[a.id] = (a.at, a.item)
        missed = set(self.outcome.triage.missed)
        rows: list[tuple[float, str | Content, str | Content, str]] = []
        for item_id, (at, item) in sorted(important.items(), key=lambda kv: kv[1][0]):
            text = " ".join(item.text.split())
            cut = text[:SHORT] + ("…" if len(text) > SHORT else "")
            arrived = f"{PLATFORM_SHORT[item.platform]} {item.author}: {cut}"
            if item_id not in mine_feed:
                arrived = f"({arrived})"
            mine: str | Content = _moves(self.run.state, item_id, lang)
            if item_id in missed:
                mine = Content.from_markup("[b $text-error]✗ $m[/]", m=str(mine) or tr(lang, "debrief.none"))
            rows.append((at, arrived, mine, _moves(self.expert, item_id, lang)))
        mine_statements = _moves(self.run.state, None, lang)
        expert_statements = _moves(self.expert, None, lang)
        if mine_statements or expert_statements:
            first = min([t.action.at for s in (self.run.state, self.expert) if s for t in s.taken
                         if t.action.item is None] or [0.0])
            rows.append((first, tr(lang, "key.crisis_statement"), mine_statements, expert_statements))
        for fired in self.run.state.fired:
            reaction = engine.scenario.reaction(fired.reaction)
            if reaction is not None and reaction.note:
                rows.append((fired.at, Content.from_markup("[b $text-warning]$n[/]", n=tr(lang, "crisis.reaction",
                                                                                          note=reaction.note)), "", ""))
        noise = sum(1 for a in mine_feed.values() if a.source == "noise")
        rows.append((float(self.run.engine.scenario.duration), tr.count(lang, "debrief.noise", noise),
                     _moves_noise(self.run.state, mine_feed, lang), ""))
        rows.sort(key=lambda r: r[0])
        return rows

    def action_home(self) -> None:
        """Back to the home screen."""
        self.app.pop_screen()


def _moves_noise(state: CrisisState, feed: dict[str, Arrival], lang: str) -> str:
    noise = [t for t in state.taken if t.action.item in feed and feed[t.action.item].source == "noise"]
    kinds: dict[str, int] = {}
    for t in noise:
        kinds[t.action.kind] = kinds.get(t.action.kind, 0) + 1
    return ", ".join(f"{n}× {tr(lang, f'crisis.status.{k}')}" for k, n in kinds.items())


__all__ = ["CrisisDebriefScreen"]
