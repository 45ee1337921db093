"""A scenario's branches as a graph: steps and endings as nodes, conditions as edge labels, drawn in
Mermaid or Graphviz DOT."""

from __future__ import annotations

from cmsim.model.qualities import Quality
from cmsim.model.scenario import Condition, Scenario

OUTCOME_COLOURS = {"good": ("#d3f9d8", "#2b8a3e"), "mixed": ("#fff3bf", "#e67700"), "bad": ("#ffe3e3", "#c92a2a")}
FORMATS = ("mermaid", "dot")


def condition_label(when: Condition | None) -> str:
    """A branch's condition in words: ``calm >= 60, listening >= 55``, ``option: reship``, ``else``.
    Scores come in alphabetical order, then the option, then flags."""
    if when is None:
        return "else"
    parts = []
    for name in sorted((*Quality.__members__, "average")):
        value = getattr(when, name)
        if value is not None:
            value = value.strip()
            parts.append(f"{name} {value}" if value[0] in "<>=" else f"{name}: {value}")
    if when.option is not None:
        parts.append("option: " + " | ".join(when.options()))
    parts += [
        f"{flag} = {str(value).lower() if isinstance(value, bool) else value}" for flag, value in when.flags.items()
    ]
    return ", ".join(parts) or "always"


def _edges(scenario: Scenario) -> list[tuple[str, str, str]]:
    return [(step.id, b.goto, condition_label(b.when)) for step in scenario.steps for b in step.next]


def _missing(scenario: Scenario) -> list[str]:
    """Jump targets (and a start) that name no step or ending, drawn so the author sees them."""
    known = {s.id for s in scenario.steps} | {e.id for e in scenario.endings}
    targets = {target for _, target, _ in _edges(scenario)} | {scenario.first_step}
    return sorted(targets - known)


def mermaid(scenario: Scenario) -> str:
    """The scenario as a Mermaid flowchart: choice steps as hexagons, endings coloured by outcome."""
    ids: dict[str, str] = {}
    lines = ["flowchart TD"]

    def quoted(text: str) -> str:
        return '"' + text.replace('"', "#quot;") + '"'

    for i, step in enumerate(scenario.steps):
        ids.setdefault(step.id, f"S{i}")
        text = quoted(f"{step.id}: {step.title}")
        lines.append(f"  {ids[step.id]}{{{{{text}}}}}" if step.kind == "choice" else f"  {ids[step.id]}[{text}]")
    for i, ending in enumerate(scenario.endings):
        ids.setdefault(ending.id, f"E{i}")
        lines.append(f"  {ids[ending.id]}([{quoted(f'{ending.id}: {ending.title}')}])")
    for i, target in enumerate(_missing(scenario)):
        ids[target] = f"X{i}"
        lines.append(f"  X{i}[{quoted(f'{target}: missing')}]")
    lines.append(f"  START((start)) --> {ids[scenario.first_step]}")
    for source, target, label in _edges(scenario):
        lines.append(f"  {ids[source]} -->|{quoted(label)}| {ids[target]}")
    for outcome, (fill, stroke) in OUTCOME_COLOURS.items():
        lines.append(f"  classDef {outcome} fill:{fill},stroke:{stroke}")
    lines.append("  classDef missing fill:#f1f3f5,stroke:#868e96,stroke-dasharray:4")
    for outcome in OUTCOME_COLOURS:
        members = [ids[e.id] for e in scenario.endings if e.outcome == outcome]
        if members:
            lines.append(f"  class {','.join(dict.fromkeys(members))} {outcome}")
    if _missing(scenario):
        lines.append(f"  class {','.join(ids[t] for t in _missing(scenario))} missing")
    return "\n".join(lines) + "\n"


def dot(scenario: Scenario) -> str:
    """The scenario as a Graphviz digraph: choice steps as hexagons, endings filled by outcome."""

    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    lines = [
        f"digraph {q(scenario.id)} {{",
        "  rankdir=TB;",
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
        '  "__start__" [shape=circle, label="start"];',
    ]
    for step in scenario.steps:
        shape = ", shape=hexagon" if step.kind == "choice" else ""
        lines.append(f"  {q(step.id)} [label={q(step.id + chr(10) + step.title)}{shape}];")
    for ending in scenario.endings:
        fill, stroke = OUTCOME_COLOURS[ending.outcome]
        lines.append(
            f"  {q(ending.id)} [label={q(ending.id + chr(10) + ending.title)}, shape=box, "
            f'style="rounded,filled", fillcolor="{fill}", color="{stroke}"];'
        )
    for target in _missing(scenario):
        lines.append(f'  {q(target)} [label={q(target + chr(10) + "missing")}, style="dashed"];')
    lines.append(f'  "__start__" -> {q(scenario.first_step)};')
    for source, target, label in _edges(scenario):
        lines.append(f"  {q(source)} -> {q(target)} [label={q(label)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
