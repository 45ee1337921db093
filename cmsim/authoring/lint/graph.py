"""The scenario as a graph: unique ids, jump targets that exist, every node reached, every path ending."""

from __future__ import annotations

from cmsim.authoring.lint.context import LintContext, hint
from cmsim.authoring.wording import did_you_mean
from cmsim.authoring.yamlsource import PathKey
from cmsim.model.scenario import Scenario


def duplicate_ids(ctx: LintContext) -> None:
    """Report step, ending and persona ids used twice."""
    seen: dict[str, tuple[str, PathKey]] = {}
    nodes = [("step", ("steps", i), s.id) for i, s in enumerate(ctx.sc.steps)]
    nodes += [("ending", ("endings", i), e.id) for i, e in enumerate(ctx.sc.endings)]
    for kind, path, node_id in nodes:
        if node_id in seen:
            first_kind, first_path = seen[node_id]
            line, _ = ctx.loaded.source.where((*first_path, "id"))
            ctx.error(
                (*path, "id"), f"id '{node_id}' is already used by the {first_kind} at line {line}", "duplicate-id"
            )
        else:
            seen[node_id] = (kind, path)
    personas: dict[str, int] = {}
    for i, persona in enumerate(ctx.sc.personas):
        if persona.id in personas:
            line, _ = ctx.loaded.source.where(("personas", personas[persona.id], "id"))
            ctx.error(
                ("personas", i, "id"), f"persona id '{persona.id}' is already used at line {line}", "duplicate-id"
            )
        personas.setdefault(persona.id, i)


def jump_targets(ctx: LintContext) -> bool:
    """Report unknown targets; True when every target (and ``start``) exists."""
    sc = ctx.sc
    ok = True
    nodes = sorted(ctx.step_ids | ctx.ending_ids)
    if sc.start is not None and sc.start not in ctx.step_ids:
        ok = False
        if sc.start in ctx.ending_ids:
            ctx.error(("start",), f"'start' must name a step; '{sc.start}' is an ending", "bad-start")
        else:
            ctx.error(
                ("start",),
                f"'start' names no step: '{sc.start}'" + did_you_mean(sc.start, ctx.step_ids),
                "unknown-target",
            )
    for i, step in enumerate(sc.steps):
        for k, branch in enumerate(step.next):
            if branch.goto not in ctx.step_ids and branch.goto not in ctx.ending_ids:
                ok = False
                ctx.error(
                    ("steps", i, "next", k, "goto"),
                    f"unknown jump target '{branch.goto}'" + hint(branch.goto, nodes, "steps and endings"),
                    "unknown-target",
                )
    return ok


def _edges(sc: Scenario) -> dict[str, list[str]]:
    edges: dict[str, list[str]] = {}
    for step in sc.steps:
        edges.setdefault(step.id, []).extend(b.goto for b in step.next)
    return edges


def reachability(ctx: LintContext) -> None:
    """Report steps and endings no path from the first step reaches (targets must all exist)."""
    sc = ctx.sc
    edges = _edges(sc)
    seen = {sc.first_step}
    todo = [sc.first_step]
    while todo:
        for target in edges.get(todo.pop(), []):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    nodes = [("steps", "step", [s.id for s in sc.steps]), ("endings", "ending", [e.id for e in sc.endings])]
    for key, noun, ids in nodes:
        for i, node_id in enumerate(ids):
            if node_id not in seen:
                ctx.error(
                    (key, i, "id"),
                    f"{noun} '{node_id}' is never reached from the first step '{sc.first_step}'",
                    "unreachable",
                )


def endings_reachable(ctx: LintContext) -> None:
    """Report steps from which no ending can be reached."""
    edges = _edges(ctx.sc)
    can_end = set(ctx.ending_ids)
    changed = True
    while changed:
        changed = False
        for node, targets in edges.items():
            if node not in can_end and any(t in can_end for t in targets):
                can_end.add(node)
                changed = True
    for i, step in enumerate(ctx.sc.steps):
        if step.id not in can_end:
            ctx.error(
                ("steps", i, "id"),
                f"no ending can be reached from step '{step.id}': every path from it loops or stops",
                "never-ends",
            )
