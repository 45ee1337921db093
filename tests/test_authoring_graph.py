"""``cmsim graph``: steps and endings as nodes, conditions as edge labels, in Mermaid and DOT."""

from __future__ import annotations

from pathlib import Path

import pytest
from authoring_kit import MINI, tweak, write

from cmsim.authoring.graph import condition_label, dot, mermaid
from cmsim.authoring.load import load_scenario
from cmsim.cli import main
from cmsim.model.scenario import Condition

MINI_MERMAID = """\
flowchart TD
  S0["reply: Reply"]
  S1{{"choose: Choose"}}
  E0(["good: Good"])
  E1(["bad: Bad"])
  START((start)) --> S0
  S0 -->|"calm >= 60"| S1
  S0 -->|"else"| E1
  S1 -->|"option: refund"| E0
  S1 -->|"else"| E1
  classDef good fill:#d3f9d8,stroke:#2b8a3e
  classDef mixed fill:#fff3bf,stroke:#e67700
  classDef bad fill:#ffe3e3,stroke:#c92a2a
  classDef missing fill:#f1f3f5,stroke:#868e96,stroke-dasharray:4
  class E0 good
  class E1 bad
"""

MINI_DOT = """\
digraph "mini" {
  rankdir=TB;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  "__start__" [shape=circle, label="start"];
  "reply" [label="reply\\nReply"];
  "choose" [label="choose\\nChoose", shape=hexagon];
  "good" [label="good\\nGood", shape=box, style="rounded,filled", fillcolor="#d3f9d8", color="#2b8a3e"];
  "bad" [label="bad\\nBad", shape=box, style="rounded,filled", fillcolor="#ffe3e3", color="#c92a2a"];
  "__start__" -> "reply";
  "reply" -> "choose" [label="calm >= 60"];
  "reply" -> "bad" [label="else"];
  "choose" -> "good" [label="option: refund"];
  "choose" -> "bad" [label="else"];
}
"""


@pytest.mark.parametrize(
    ("condition", "label"),
    [
        (None, "else"),
        ({"listening": ">= 55", "calm": " >= 60 "}, "calm >= 60, listening >= 55"),
        ({"average": "good"}, "average: good"),
        ({"teamwork": "40-69", "option": ["a", "b"]}, "teamwork: 40-69, option: a | b"),
        ({"flags": {"vip": True, "tries": 2}}, "vip = true, tries = 2"),
    ],
)
def test_condition_label(condition: dict[str, object] | None, label: str) -> None:
    assert condition_label(None if condition is None else Condition.model_validate(condition)) == label


def test_mermaid(tmp_path: Path) -> None:
    assert mermaid(load_scenario(write(tmp_path, MINI)).scenario) == MINI_MERMAID


def test_dot(tmp_path: Path) -> None:
    assert dot(load_scenario(write(tmp_path, MINI)).scenario) == MINI_DOT


def test_quotes_are_escaped_and_missing_targets_drawn(tmp_path: Path) -> None:
    text = tweak(("    title: Reply", '    title: Say "sorry"'), ("goto: choose", "goto: nowhere"))
    scenario = load_scenario(write(tmp_path, text)).scenario
    drawn = mermaid(scenario)
    assert 'S0["reply: Say #quot;sorry#quot;"]' in drawn
    assert 'X0["nowhere: missing"]' in drawn
    assert '  S0 -->|"calm >= 60"| X0' in drawn
    assert "  class X0 missing" in drawn
    assert '"reply" [label="reply\\nSay \\"sorry\\""];' in dot(scenario)
    assert '"nowhere" [label="nowhere\\nmissing", style="dashed"];' in dot(scenario)


def test_graph_command_by_path_and_by_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(write(tmp_path, MINI)), "--format", "dot"]) == 0
    assert capsys.readouterr().out == MINI_DOT
    assert main(["graph", "late-parcel-en"]) == 0
    assert '  S0 -->|"calm >= 60, listening >= 55"| S2' in capsys.readouterr().out


def test_graph_command_reports_an_unknown_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "no-such-scenario"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("no-such-scenario:1:1: error: no scenario with id or path 'no-such-scenario'")
