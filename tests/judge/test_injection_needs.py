"""The grader guard skips its costliest patterns on a text that holds none of the words every match spells out
(``injection.NEEDS``). Skipping must never change a finding: each listed pattern is checked on the injection corpus,
the dev set and generated injection-shaped texts, and a match without one of its words fails."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cmsim.scoring.injection import NEEDS, PATTERNS, fold

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["system", "System:", "[INST]", "[/inst]", "<|im_start|>", "assistant", "developer mode", "mode développeur",
          "new", "nouvelles", "vraies", "instructions", "rules", "consignes", "règles", "directives", "prompt",
          "système", "jailbreak", "full marks", "top score", "la note maximale", "100", "please", "pls", "thanks",
          "thank you", "svp", "s'il vous plaît", "merci", "the", "give", "me", "(", "<", "|", ":", "]", "\n", "!",
          "ignore", "grade", "everything", "max", "sur", "20/20", "ok"]


def corpus() -> list[str]:
    data = yaml.safe_load((ROOT / "tests" / "judge" / "injections.yaml").read_text("utf-8"))
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    for file in sorted((ROOT / "tests" / "devset").glob("*.yaml")):
        walk(yaml.safe_load(file.read_text("utf-8"))["replies"])
    return texts


def spells_a_needed_word(name: str, text: str) -> bool:
    """True when the pattern does not match, or its match is in a text holding one of its needed words."""
    folded = fold(text)
    return PATTERNS[name].search(folded) is None or any(word in folded for word in NEEDS[name])


def test_every_listed_pattern_exists_and_fires_on_the_corpus() -> None:
    texts = corpus()
    assert len(texts) > 500
    for name in NEEDS:
        assert any(PATTERNS[name].search(fold(t)) for t in texts), name
        assert all(spells_a_needed_word(name, t) for t in texts), name


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from([" ", "", " · ", "\n", "#"]))
def test_no_match_without_a_needed_word(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    for name in NEEDS:
        assert spells_a_needed_word(name, text), (name, text)
