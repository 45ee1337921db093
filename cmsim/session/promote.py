"""Turn replies the raters agree on into calibration examples of their scenario, written into the
scenario file itself (the rest of the file, comments included, is left as it was)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from cmsim.authoring.problems import AuthoringError
from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import read_yaml
from cmsim.model.scenario import Scenario
from cmsim.session.gradereport import Promotable


@dataclass(frozen=True)
class Promoted:
    """What promotion did to one scenario file."""

    path: str
    added: tuple[str, ...]
    skipped: tuple[str, ...]
    """Names already present in the file."""


def example_yaml(p: Promotable, lab: str, indent: str = "  ") -> str:
    """The calibration example for ``p`` as YAML lines (marked disputed when the scorer disagrees)."""
    q = json.dumps  # a JSON string is a valid double-quoted YAML string
    lines = [f"{indent}- name: {q(example_name(p, lab), ensure_ascii=False)}", f"{indent}  step: {p.step}"]
    if list(p.answer) == ["reply"]:
        lines.append(f"{indent}  answer: {q(p.answer['reply'], ensure_ascii=False)}")
    else:
        lines.append(f"{indent}  answer:")
        lines += [f"{indent}    {k}: {q(v, ensure_ascii=False)}" for k, v in p.answer.items()]
    expect = ", ".join(f'{k}: "{v}"' for k, v in p.expect.items())
    lines.append(f"{indent}  expect: {{{expect}}}")
    why = p.disputed()
    if why:
        lines.append(f"{indent}  disputed: {q(why, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def example_name(p: Promotable, lab: str) -> str:
    """The example's name: the lab and the item it was graded as, so it is never added twice."""
    return f"graded {lab}/{p.item}"


def promote(items: list[Promotable], lab: str, *, write: bool = True) -> list[Promoted]:
    """Add each item to its scenario's ``calibration`` list; the files are checked to load before
    anything is written (``AuthoringError`` otherwise, nothing written)."""
    by_file: dict[str, list[Promotable]] = defaultdict(list)
    for item in items:
        by_file[item.scenario_path].append(item)
    out = []
    for path, group in sorted(by_file.items()):
        text = Path(path).read_text("utf-8")
        present = {c.name for c in to_model(read_yaml(path, text=text), Scenario).calibration}
        new = [p for p in group if example_name(p, lab) not in present]
        skipped = tuple(example_name(p, lab) for p in group if p not in new)
        if new:
            updated = insert_examples(text, [example_yaml(p, lab) for p in new])
            to_model(read_yaml(path, text=updated), Scenario)  # raises AuthoringError: nothing written
            if write:
                Path(path).write_text(updated, encoding="utf-8")
        out.append(Promoted(path, tuple(example_name(p, lab) for p in new), skipped))
    return out


def insert_examples(text: str, examples: list[str]) -> str:
    """``text`` with ``examples`` appended to its top-level ``calibration:`` list (created if absent)."""
    lines = text.rstrip("\n").split("\n")
    start = next((i for i, line in enumerate(lines) if re.match(r"^calibration:", line)), None)
    block = "".join(examples).rstrip("\n").split("\n")
    if start is None:
        return "\n".join([*lines, "", "calibration:", *block]) + "\n"
    if re.match(r"^calibration:\s*\[\s*\]\s*(#.*)?$", lines[start]):
        lines[start] = "calibration:"
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"^[^\s#]", lines[i])), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return "\n".join([*lines[:end], *block, *lines[end:]]) + "\n"


__all__ = ["AuthoringError", "Promoted", "example_yaml", "insert_examples", "promote"]
