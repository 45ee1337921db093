"""docs/crisis.md: every key of the crisis format is explained, and its examples are real."""

from __future__ import annotations

import re

from cmsim.authoring.schema import json_schema
from cmsim.paths import data_root

GUIDE = data_root() / "docs" / "crisis.md"


def _keys(node: object, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        out.update(node.get("properties", {}))
        for value in node.values():
            _keys(value, out)
    elif isinstance(node, list):
        for value in node:
            _keys(value, out)
    return out


def test_every_crisis_key_is_in_the_guide() -> None:
    guide = GUIDE.read_text("utf-8")
    keys = _keys(json_schema("crisis"), set())
    assert {"unless", "flood", "legit", "runs", "seed"} <= keys
    missing = [k for k in sorted(keys) if not re.search(rf"(`{re.escape(k)}`|\b{re.escape(k)}:)", guide)]
    assert missing == [], f"keys missing from docs/crisis.md: {missing}"


def test_the_guide_names_files_and_criteria_that_exist() -> None:
    guide = GUIDE.read_text("utf-8")
    for path in re.findall(r"scenarios/(?:en|fr)/crisis-[a-z-]+\.yaml", guide):
        assert (data_root() / path).is_file(), path
    from cmsim.scoring.triage import WEIGHTS

    for criterion in WEIGHTS:
        assert f"`triage-{criterion}`" in guide, criterion
