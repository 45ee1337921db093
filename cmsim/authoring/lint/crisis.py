"""Lint for crisis scenarios: ids, arrival order, platform limits, known teams, expectations on real items,
reactions that can fire before the end, endings that can be reached, calibration runs that fit."""

from __future__ import annotations

import re
from pathlib import Path

from cmsim.authoring.crisis import LoadedCrisis
from cmsim.authoring.lint.context import hint
from cmsim.authoring.lint.traps import team_ids
from cmsim.authoring.load import content_hash
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.validate import best_effort, to_model
from cmsim.authoring.wording import did_you_mean
from cmsim.authoring.yamlsource import Located, PathKey
from cmsim.model.crisis import CrisisScenario, Item
from cmsim.platforms import limit_for, weighted_length

NOISE_ID = re.compile(r"^n\d+$")
SCHEMA_END = "crisis.schema.json"


class _Lint:
    def __init__(self, loaded: LoadedCrisis) -> None:
        self.loaded = loaded
        self.sc: CrisisScenario = loaded.scenario
        self.problems: list[Problem] = []
        self.places: dict[str, PathKey] = {}
        for i, item in enumerate(self.sc.items):
            self.places.setdefault(item.id, ("items", i))
        for r, reaction in enumerate(self.sc.reactions):
            for i, item in enumerate(reaction.items):
                self.places.setdefault(item.id, ("reactions", r, "items", i))

    def error(self, path: PathKey, message: str, code: str, *, warning: bool = False) -> None:
        self.problems.append(self.loaded.source.problem(path, message, code, warning=warning))

    def run(self) -> list[Problem]:
        self.schema_line()
        self.ids()
        self.order()
        self.texts()
        self.teams()
        self.reactions()
        self.endings()
        self.runs()
        return sorted(self.problems)

    def schema_line(self) -> None:
        try:
            first = self.loaded.path.read_text("utf-8").splitlines()[:1]
        except (OSError, UnicodeDecodeError):
            return
        if not (first and first[0].startswith("# yaml-language-server: $schema=") and first[0].endswith(SCHEMA_END)):
            self.error((), f"start the file with '# yaml-language-server: $schema=../../schema/{SCHEMA_END}' so "
                       "editors check it as you type", "schema-line", warning=True)

    def ids(self) -> None:
        seen: set[str] = set()
        for item, path in self._items():
            if item.id in seen:
                self.error((*path, "id"), f"item id '{item.id}' is used twice", "duplicate-id")
            if NOISE_ID.match(item.id) and self.sc.noise is not None:
                self.error((*path, "id"), f"'{item.id}' looks like a noise id (n1, n2…): pick another", "noise-id")
            seen.add(item.id)
        reactions, endings = [r.id for r in self.sc.reactions], [e.id for e in self.sc.endings]
        for kind, values in (("reaction", reactions), ("ending", endings)):
            for n, value in enumerate(values):
                if value in values[:n]:
                    self.error((f"{kind}s", n, "id"), f"{kind} id '{value}' is used twice", "duplicate-id")

    def _items(self) -> list[tuple[Item, PathKey]]:
        out: list[tuple[Item, PathKey]] = [(item, ("items", i)) for i, item in enumerate(self.sc.items)]
        for r, reaction in enumerate(self.sc.reactions):
            out += [(item, ("reactions", r, "items", i)) for i, item in enumerate(reaction.items)]
        return out

    def order(self) -> None:
        groups: list[tuple[list[Item], PathKey]] = [(self.sc.items, ("items",))]
        groups += [(r.items, ("reactions", n, "items")) for n, r in enumerate(self.sc.reactions)]
        for items, base in groups:
            for i in range(1, len(items)):
                if items[i].at < items[i - 1].at:
                    self.error((*base, i, "at"), f"item '{items[i].id}' arrives at {items[i].at:g} s, before "
                               f"'{items[i - 1].id}' above it ({items[i - 1].at:g} s): list items in arrival order",
                               "arrival-order")
        for i, item in enumerate(self.sc.items):
            if item.at >= self.sc.duration:
                self.error(("items", i, "at"), f"item '{item.id}' arrives at {item.at:g} s, after the crisis ends "
                           f"({self.sc.duration} s)", "after-end")

    def texts(self) -> None:
        for item, path in self._items():
            self._fits((*path, "text"), item.platform, item.text, f"item '{item.id}'")
        if self.sc.noise is not None:
            for n, line in enumerate(self.sc.noise.lines):
                self._fits(("noise", "lines", n, "text"), line.platform, line.text, "noise line")

    def _fits(self, path: PathKey, platform: str, text: str, what: str, *, warning: bool = False) -> None:
        size, limit = weighted_length(text, platform), limit_for(platform, "comment")
        if size > limit:
            self.error(path, f"{what} is {size} characters, over {platform}'s limit of {limit}", "too-long",
                       warning=warning)

    def teams(self) -> None:
        known = team_ids(self.sc.lang)
        for n, team in enumerate(self.sc.teams):
            if team not in known:
                self.error(("teams", n), f"unknown team '{team}'" + hint(team, known, "known teams"), "unknown-team")
        offered = list(self.sc.teams) or list(known)
        for item, path in self._items():
            wanted = item.expect.team if item.expect else None
            if wanted is not None and wanted not in offered:
                self.error((*path, "expect", "team"), f"item '{item.id}' expects team '{wanted}', which is not among "
                           f"the teams" + hint(wanted, offered, "teams"), "unknown-team")

    def earliest(self) -> dict[str, float]:
        """Earliest time each reaction can fire (absent: it never can)."""
        arrive = {i.id: i.at for i in self.sc.items}
        fire: dict[str, float] = {}
        for _ in range(len(self.sc.reactions) + 1):
            for reaction in self.sc.reactions:
                w = reaction.when
                at: float | None = None
                if w.statement is not None:
                    at = 0.0
                elif w.after is not None:
                    at = fire.get(w.after)
                elif w.item is not None and w.item in arrive:
                    at = arrive[w.item] + (w.within or 0) if w.unless is not None else arrive[w.item]
                if at is None:
                    continue
                at += w.delay
                if at < fire.get(reaction.id, float("inf")):
                    fire[reaction.id] = at
                    for item in reaction.items:
                        arrive[item.id] = min(arrive.get(item.id, float("inf")), at + item.at)
        return fire

    def reactions(self) -> None:
        ids = [r.id for r in self.sc.reactions]
        items = set(self.places)
        fire = self.earliest()
        for n, reaction in enumerate(self.sc.reactions):
            w, path = reaction.when, ("reactions", n, "when")
            if w.item is not None and w.item not in items:
                self.error((*path, "item"), f"reaction '{reaction.id}' watches no item '{w.item}'"
                           + did_you_mean(w.item, items), "unknown-item")
                continue
            if w.after is not None and w.after not in ids:
                self.error((*path, "after"), f"no reaction '{w.after}'" + did_you_mean(w.after, ids),
                           "unknown-reaction")
                continue
            at = fire.get(reaction.id)
            if at is None:
                self.error(("reactions", n, "id"), f"reaction '{reaction.id}' can never fire (it waits on an item or a "
                           "reaction that never comes)", "unreachable")
            elif at >= self.sc.duration:
                self.error(("reactions", n, "id"), f"reaction '{reaction.id}' fires at {at:g} s at the earliest, after "
                           f"the crisis ends ({self.sc.duration} s)", "unreachable")
            elif any(at + i.at >= self.sc.duration for i in reaction.items):
                self.error(("reactions", n, "items"), f"some items of '{reaction.id}' arrive after the crisis ends",
                           "after-end", warning=True)

    def endings(self) -> None:
        for n, ending in enumerate(self.sc.endings):
            last = n == len(self.sc.endings) - 1
            if ending.when is None and not last:
                self.error(("endings", n), f"ending '{ending.id}' has no 'when': the endings below it can never be "
                           "reached (the catch-all goes last)", "unreachable")
            if last and ending.when is not None:
                self.error(("endings", n, "when"), "the last ending is the catch-all: remove its 'when'", "no-else")

    def runs(self) -> None:
        ids = set(self.places)
        teams = list(self.sc.teams)
        experts = [r for r in self.sc.runs if r.expert]
        if self.sc.runs and len(experts) != 1:
            self.error(("runs",), "mark exactly one run 'expert: true' (the debrief shows its path)", "expert-run")
        for r, run in enumerate(self.sc.runs):
            last = 0.0
            for a, action in enumerate(run.actions):
                path: PathKey = ("runs", r, "actions", a)
                if action.at < last:
                    self.error((*path, "at"), f"run '{run.name}': actions go in time order", "arrival-order")
                last = action.at
                if action.at > self.sc.duration:
                    self.error((*path, "at"), f"run '{run.name}': {action.at:g} s is after the end", "after-end")
                if action.item is not None and action.item not in ids and not NOISE_ID.match(action.item):
                    self.error((*path, "item"), f"no item '{action.item}'" + did_you_mean(action.item, ids),
                               "unknown-item")
                if action.escalate is not None and teams and action.escalate not in teams:
                    self.error((*path, "escalate"), f"unknown team '{action.escalate}'" + hint(action.escalate, teams,
                               "teams"), "unknown-team")


def check_crisis(path: Path, doc: Located) -> list[Problem]:
    """What stops a crisis file from loading, then what lint finds (on the typos fixed, if only typos)."""
    problems: list[Problem] = []
    source = doc
    try:
        scenario = to_model(doc, CrisisScenario)
    except AuthoringError as exc:
        problems = exc.problems
        salvaged = best_effort(doc, CrisisScenario)
        if salvaged is None:
            return problems
        scenario, source = salvaged
    loaded = LoadedCrisis(scenario, source, path, content_hash(path.read_bytes()))
    return sorted(problems + lint_crisis(loaded))


def lint_crisis(loaded: LoadedCrisis) -> list[Problem]:
    """Every problem lint finds in a crisis scenario, sorted by place."""
    return _Lint(loaded).run()


__all__ = ["check_crisis", "lint_crisis"]
