"""The libyaml fast path of the YAML reader reads exactly what the pure-Python reader reads: the same
data, the same line and column of every value and key, and never accepts what the reference refuses."""

from __future__ import annotations

import random

import pytest
import yaml

from cmsim.authoring import yamlsource
from cmsim.authoring.load import scenario_files
from cmsim.authoring.problems import AuthoringError

FAST = yamlsource._fast_loader()
pytestmark = pytest.mark.skipif(FAST is None, reason="PyYAML built without libyaml")


def outcome(loader: type, text: str) -> object:
    try:
        doc = yamlsource._parse_with(loader, "f.yaml", text)
    except AuthoringError as exc:
        return ("error", [str(p) for p in exc.problems])
    except yaml.YAMLError as exc:  # the reader's own refusals (control characters)
        return ("reader", str(exc))
    except yamlsource._NotExact:  # the fast loader hands this text to the reference
        return ("not-exact",)
    return ("ok", doc.data, doc.values, doc.keys, doc.coerced)


def test_the_library_reads_the_same_both_ways() -> None:
    for file in scenario_files():
        text = file.read_text(encoding="utf-8")
        fast = outcome(FAST, text)
        assert fast[0] == "ok", file
        assert fast == outcome(yamlsource._NoAliasLoader, text), file


def mutate(rng: random.Random, text: str) -> str:
    pieces = [":", "-", " ", "\t", "'", '"', "&a ", "*a", "\n", "#", "{", "[", "é", "« ", "\u00a0", "? ", "|", ">",
              "%", "!", "!!str ", "@", "`", "\r", "\x00", "\ufeff", "\x85", "\u2028", "---\n", "...\n", "~"]
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(chars) + 1)
        what = rng.random()
        if what < 0.4:
            chars.insert(at, rng.choice(pieces))
        elif what < 0.7 and chars:
            del chars[min(at, len(chars) - 1)]
        else:
            chars[min(at, len(chars) - 1) : min(at, len(chars) - 1) + 1] = [rng.choice(pieces)]
    return "".join(chars)


def test_mutated_files_never_read_differently() -> None:
    """A seeded fuzzer: whatever libyaml accepts, the reference accepts identically; what it refuses is
    read again the reference way, so messages never change."""
    rng = random.Random(15)
    sources = [f.read_text(encoding="utf-8") for f in scenario_files()[:6]]
    accepted = refused = 0
    for _ in range(400):
        text = mutate(rng, rng.choice(sources)[:1500])
        fast = outcome(FAST, text) if yamlsource._fast_is_exact(text) else ("error",)
        reference = outcome(yamlsource._NoAliasLoader, text)
        if fast[0] == "ok":
            accepted += 1
            assert fast == reference, text
        else:
            refused += 1
        assert outcome_of_read(text) == reference
    assert accepted > 20 and refused > 20


def outcome_of_read(text: str) -> object:
    try:
        doc = yamlsource._parse("f.yaml", text)
    except AuthoringError as exc:
        return ("error", [str(p) for p in exc.problems])
    except yaml.YAMLError as exc:
        return ("reader", str(exc))
    return ("ok", doc.data, doc.values, doc.keys, doc.coerced)
