"""Helpers for the authoring tests: a minimal valid scenario as YAML text, tweaked per test."""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.lint import check_file
from cmsim.authoring.problems import Problem

MINI = """\
# yaml-language-server: $schema=../../schema/scenario.schema.json
format: 1
id: mini
title: Mini
lang: en
difficulty: easy
summary: A tiny scenario for tests.
platforms: [x]
brand:
  name: Acme
  handle: "@acme"
personas:
  - id: ann
    name: Ann
    handle: "@ann"
    role: customer
thread:
  - author: ann
    text: Where is my parcel?
steps:
  - id: reply
    title: Reply
    prompt: Answer Ann.
    qualities: [calm, listening]
    next:
      - when: {calm: ">= 60"}
        goto: choose
      - goto: bad
  - id: choose
    kind: choice
    title: Choose
    prompt: What now?
    qualities: [listening]
    options:
      - id: refund
        text: Refund her.
        scores: {listening: 90}
        feedback: Good.
      - id: wait
        text: Wait.
        scores: {listening: 20}
        feedback: Poor.
    next:
      - when: {option: refund}
        goto: good
      - goto: bad
endings:
  - id: good
    title: Good
    outcome: good
    debrief: Well done.
  - id: bad
    title: Bad
    outcome: bad
    debrief: Try again.
"""


def tweak(*edits: tuple[str, str], text: str = MINI) -> str:
    """``text`` with each (old, new) replaced once; fails loudly when ``old`` is not there."""
    for old, new in edits:
        assert text.count(old) >= 1, f"{old!r} not in the scenario"
        text = text.replace(old, new, 1)
    return text


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Line and column (from 1) where the ``nth`` occurrence of ``needle`` starts in ``text``."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def write(tmp_path: Path, text: str, name: str = "scenario.yaml") -> Path:
    """Write ``text`` to a file in ``tmp_path`` and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check(tmp_path: Path, text: str) -> list[Problem]:
    """Every problem ``cmsim validate`` reports for ``text``."""
    return check_file(write(tmp_path, text))


def place(problems: list[Problem], code: str) -> list[tuple[int, int]]:
    """Where the problems with this code are, in order."""
    return [(p.line, p.col) for p in problems if p.code == code]
