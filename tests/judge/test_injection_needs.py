"""The grader guard searches each pattern, alternative by alternative, only in a text holding a word of each set its
matches all spell out, sets read from the pattern itself (``cmsim.scoring.prefilter``). Skipping must never change a
finding: on the injection corpus, the dev set, the adversarial suite and generated injection-shaped texts, the
prefilter's findings are exactly the patterns (the ``grader`` lexicons' one too) that match the whole text."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cmsim.scoring import injection
from cmsim.scoring.injection import fold
from cmsim.scoring.prefilter import Prefilter, alternatives, needs

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["system", "System:", "[INST]", "[/inst]", "<|im_start|>", "assistant", "developer mode", "mode développeur",
          "new", "nouvelles", "vraies", "instructions", "rules", "consignes", "règles", "directives", "prompt",
          "système", "jailbreak", "full marks", "top score", "la note maximale", "100", "please", "pls", "thanks",
          "thank you", "svp", "s'il vous plaît", "merci", "the", "give", "me", "(", "<", "|", ":", "]", "\n", "!",
          "ignore", "grade", "everything", "max", "sur", "20/20", "ok", "dear", "grader", "AI", "a.i.", "IA", "à",
          "l'attention", "de", "l'IA", "you are", "an", "correcteur", "cher", "jury", "note", "=", "{", '"score"',
          "calm", "listening", "écoute", "10/10", "cent", "hundred", "deserves", "mérite", "must", "be", "rated",
          "as", "excellent", "treat", "this", "reply", "comme", "parfaite", "A+", "💯", "#IgnoreRules", "out of",
          "above", "avant", "oubliez", "tout", "ce", "qu'on", "vous", "a", "dit", "whoever", "marks", "celui", "qui"]


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
    for file in sorted((ROOT / "tests" / "adversarial").glob("*.yaml")):
        walk(yaml.safe_load(file.read_text("utf-8")))
    return texts


def skipped_a_match(text: str) -> list[str]:
    """Patterns that match ``text`` (folded) although the prefilter would not search them, or that it finds although
    they do not match (empty when its findings are right)."""
    folded = fold(text)
    possible = set(injection._prefilter().possible(folded))
    whole = [name for name, pattern in injection._searched().items() if pattern.search(folded)]
    found = injection._prefilter().findings(folded)
    return [name for name in whole if name not in possible] + [f"found {found}, not {whole}"] * (found != whole)


def test_every_pattern_fires_on_the_corpus_and_no_match_is_skipped() -> None:
    texts = corpus()
    assert len(texts) > 500
    folded = [fold(t) for t in texts]
    for name, pattern in injection._searched().items():
        assert any(pattern.search(f) for f in folded), name
    assert [(t, skipped_a_match(t)) for t in texts if skipped_a_match(t)] == []


def test_the_prefilter_skips_most_patterns_on_everyday_sentences() -> None:
    """It earns its place: an everyday sentence is searched by few patterns (and by none of the drop-the-rules
    kind)."""
    sentence = fold("Sorry Dan, your parcel is late: I'm checking with the carrier and will update you by 5pm.")
    possible = injection._prefilter().possible(sentence)
    assert len(possible) <= 3, possible
    assert "drop-the-rules" not in possible and "plays-a-role" not in possible


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9), st.sampled_from([" ", "", " · ", "\n", "#", ". "]))
def test_no_match_is_skipped_on_generated_texts(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert skipped_a_match(text) == [], text


def test_needs_read_from_the_pattern() -> None:
    # the most telling set first: the longest shortest string
    assert needs(re.compile(r"\b(?:ignore|forget)\W+(?:the\W+)?rules\b")) == (
        frozenset({"ignore", "forget"}), frozenset({"rules"}))
    # an optional part, a class, a look-around or a case-insensitive pattern requires nothing
    assert needs(re.compile(r"(?:please\W+)?\d+(?=pts)")) == ()
    assert needs(re.compile(r"ignore", re.IGNORECASE)) == ()
    # a branch requires one string of each of its alternatives' best set; one alternative without any voids it
    assert needs(re.compile(r"a+b|cd")) == (frozenset({"cd", "a"}),)
    assert needs(re.compile(r"ab|c?")) == ()


def test_alternatives_split_only_at_the_top_level() -> None:
    split = alternatives(re.compile(r"\bhi\W+(?:there|you)|[|(]x|[]|]y|\|z|(?:a|b)c"))
    assert [p.pattern for p in split] == [r"\bhi\W+(?:there|you)", "[|(]x", "[]|]y", r"\|z", "(?:a|b)c"]
    assert alternatives(re.compile(r"(10|ten)/\1|full marks")) == [re.compile(r"(10|ten)/\1|full marks")]
    assert len(alternatives(re.compile("ab|cd", re.IGNORECASE))) == 1
    assert len(alternatives(injection.PATTERNS["speaks-to-the-grader"])) == 6


def test_prefilter_keeps_the_patterns_order_and_searches_what_it_cannot_read() -> None:
    patterns = {"role": re.compile(r"system\W*:"), "digits": re.compile(r"\d{3}"), "greeting": re.compile("hi|hello")}
    prefilter = Prefilter(patterns)
    assert prefilter.possible("hello system: 123") == ["role", "digits", "greeting"]
    assert prefilter.possible("none here at all") == ["digits"]
    assert prefilter.possible("systemic ship") == ["digits", "greeting"]  # "hi" in "ship": substrings count
    assert prefilter.possible("systemic ship:") == ["role", "digits", "greeting"]  # "system" and ":" both needed
    assert prefilter.findings("hello system: 123") == ["role", "digits", "greeting"]
    assert prefilter.findings("systemic ship: 12") == ["greeting"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "ai", "ia", "x", "é", "10", "0", "mark", "s", "_"]), min_size=1,
                max_size=5), st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789éà_", max_size=12))
def test_a_new_word_holds_the_needed_strings_it_spells(pieces: list[str], noise: str) -> None:
    """Each word is asked for the needed strings starting with one of its characters only: it gets the bits of every
    needed string it holds, as when it is asked for all of them (words glued from needed strings and noise)."""
    prefilter = Prefilter(injection._searched())  # a fresh one: its memo of words is empty
    word = "".join(re.sub(r"\W", "", p.lower()) for p in pieces) + noise
    if not re.fullmatch(r"\w+", word):
        return
    every = sum(bit for s, bit in prefilter._words if s in word)
    assert prefilter.present(word) == 1 | every
