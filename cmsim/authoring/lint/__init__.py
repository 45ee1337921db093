"""Checks a valid scenario for what the model alone cannot see: broken jumps, dead ends, uncovered
score ranges, texts too long for their platform… Every problem is located at file:line:col.

One module per family of rules: ``graph`` (ids, targets, reachability, endings), ``coverage``
(branch conditions), ``texts`` (answers, fields, authors, platform limits) and ``conventions``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from cmsim.authoring.lint import conventions, coverage, graph, texts, traps
from cmsim.authoring.lint.context import LintContext
from cmsim.authoring.load import Loaded, content_hash, is_crisis, require_scenario
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.validate import best_effort, to_model
from cmsim.authoring.yamlsource import MAX_BYTES, Located, read_yaml
from cmsim.inputs import read_bounded
from cmsim.model.rubric import Rubric
from cmsim.model.scenario import Scenario
from cmsim.platforms import PlatformBook


def lint(loaded: Loaded) -> list[Problem]:
    """Every problem lint finds in ``loaded`` (errors and warnings), sorted by place."""
    ctx = LintContext(loaded)
    conventions.schema_line(ctx)
    graph.duplicate_ids(ctx)
    if graph.jump_targets(ctx):
        graph.reachability(ctx)
    graph.endings_reachable(ctx)
    for i, step in enumerate(ctx.sc.steps):
        coverage.conditions(ctx, i, step)
        texts.answers(ctx, i, step)
        conventions.time_limit(ctx, i, step)
    texts.authors(ctx)
    texts.calibration(ctx)
    texts.message_lengths(ctx)
    conventions.pronoun(ctx)
    traps.teams(ctx)
    traps.comments(ctx)
    traps.swallowed(ctx)
    return sorted(ctx.problems)


def file_kind(path: Path, data: object) -> Literal["scenario", "rubric", "platforms", "lexicon"]:
    """What a YAML file holds: a rubric (``criteria:`` at top, or under a ``rubrics/`` folder), the
    platform limits (``platforms:`` under ``rubrics/``), a lexicon (under ``lexicons/``), or a scenario."""
    top = data if isinstance(data, dict) else {}
    folders = path.resolve().parts[:-1]
    if "criteria" in top:
        return "rubric"
    if "lexicons" in folders:
        return "lexicon"
    if "rubrics" in folders:
        return "platforms" if "platforms" in top else "rubric"
    return "scenario"


def check_file(path: Path | str) -> list[Problem]:
    """Every problem in one file (scenario, rubric, platform limits or lexicon): what stops it from
    loading, then what lint finds. For a scenario
    whose only format mistakes are typo'd keys, lint still runs (on the typos fixed)."""
    path = Path(path)
    try:
        doc = read_yaml(path)
    except AuthoringError as exc:
        return exc.problems
    kind = file_kind(path, doc.data)
    if kind == "scenario" and is_crisis(doc.data):  # crisis hook: its own model and lint
        from cmsim.authoring.lint.crisis import check_crisis

        return check_crisis(path, doc)
    if kind == "lexicon":
        return []  # safe YAML is all we check; the scoring engine owns the lexicon format
    if kind != "scenario":
        try:
            to_model(doc, Rubric if kind == "rubric" else PlatformBook)
        except AuthoringError as exc:
            return exc.problems
        return []
    try:
        require_scenario(doc)
    except AuthoringError as exc:
        return exc.problems
    problems: list[Problem] = []
    source: Located = doc
    try:
        scenario = to_model(doc, Scenario)
    except AuthoringError as exc:
        problems = exc.problems
        salvaged = best_effort(doc, Scenario)
        if salvaged is None:
            return problems
        scenario, source = salvaged
    loaded = Loaded(scenario, source, path, content_hash(read_bounded(path, MAX_BYTES)))
    errors = {(p.line, p.col, p.code) for p in problems}
    return sorted(problems + [p for p in lint(loaded) if (p.line, p.col, p.code) not in errors])


__all__ = ["check_file", "file_kind", "lint"]
