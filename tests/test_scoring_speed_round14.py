"""Round 14's speed work kept the scores: memos sized to the work they hold (a memo smaller than its working set
thrashes, and every miss re-reads), and the names' quick exits read what the full scans read."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cmsim.scoring.criteria.facts import _term
from cmsim.scoring.language import CROSS_READ
from cmsim.scoring.lexicon import one_lexicon
from cmsim.scoring.names import signature_start
from cmsim.scoring.wordforms import TRAPS

DEVSET = Path(__file__).parent / "devset"


def _devset_words() -> set[tuple[str, str]]:
    """Every expected fact and checklist word of the dev set, with its language (the situations' expectations only)."""
    words: set[tuple[str, str]] = set()
    for path in DEVSET.glob("*.yaml"):
        situation = yaml.safe_load(path.read_text("utf-8"))["situation"]
        lang, expect = situation.get("lang", "en"), situation.get("expect") or {}
        for fact in expect.get("facts") or []:
            words.update((a, lang) for a in ([fact] if isinstance(fact, str) else fact))
        for item in [*(expect.get("must") or []), *(expect.get("avoid") or [])]:
            words.update((w, lang) for w in item.get("words", []))
    return words


def test_the_term_memo_holds_the_dev_set_words_with_room() -> None:
    # the people's names and teamwork's words are read as terms too: half again of room. At 4,096 the dev set's
    # ~4,200 terms thrashed the memo (3,591 analyses again on a second pass over it)
    size = _term.cache_info().maxsize
    assert size is not None and 1.5 * len(_devset_words()) <= size


def test_the_lexicons_read_alone_fit_their_memo() -> None:
    # grader (injection), function words (language, foreign prose), false friends and the cross-read families
    # (fieldview), word traps (wordforms), in both languages: 16; at 8 a bilingual batch re-read YAML files
    names = {"grader", "function-words", "false-friends", TRAPS, *CROSS_READ}
    size = one_lexicon.cache_info().maxsize
    assert size is not None and 2 * len(names) <= size


@pytest.mark.parametrize(("text", "lang", "signed"), [
    ("Thanks, Dan, we'll DM you today. Léa, customer care", "en", "Léa, customer care"),
    ("Merci, Dan, on vous écrit en MP. Léa, service client", "fr", "Léa, service client"),
    ("Thanks, Dan, we'll DM you today.", "en", ""),
    ("Thanks Dan. We'll DM you today, promise", "en", ""),
    ("Merci Dan. On vous écrit en MP, promis", "fr", ""),
])
def test_a_signature_with_a_role_is_read_only_in_the_last_part(text: str, lang: str, signed: str) -> None:
    # the quick exit (no comma after the last sentence end: no name and role) reads what the full reading reads
    start = signature_start(text, None, lang, "Dan")
    assert (text[start:] if start <= len(text) else "") == signed
