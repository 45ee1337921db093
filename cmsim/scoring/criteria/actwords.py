"""The working words of the first-person acts (:mod:`cmsim.scoring.criteria.acts`), read once per language from the
groups of ``rubrics/lexicons/<lang>/first-person-acts.yaml``: subjects, the words that may stand before the verb,
verbs of stance, failing and effort, words of mishap, of cause, of purpose."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cmsim.scoring.lexicon import Lexicons
from cmsim.scoring.text import fold, stem
from cmsim.scoring.wordsets import group_terms

ACTS = "first-person-acts"


@dataclass(frozen=True)
class ActWords:
    """The working words of the first-person reading, as word sets (folded; ``stance``: stems)."""

    subjects: frozenset[str]
    skip: frozenset[str]
    have: frozenset[str]
    be: frozenset[str]
    participles: frozenset[str]
    stance: frozenset[str]  # stems
    stop: frozenset[str]
    conditions: frozenset[str]
    habit: frozenset[str]
    after: frozenset[str]
    function: frozenset[str]
    effort: frozenset[str]
    light: frozenset[str]
    failing: frozenset[str]
    faults: frozenset[str]
    ours: frozenset[str]
    purpose: frozenset[str]
    purpose_pairs: frozenset[tuple[str, ...]]
    mishaps: frozenset[tuple[str, ...]]
    causes: frozenset[str]
    preterites: frozenset[str]
    apologies: frozenset[str]


@lru_cache(maxsize=4)
def act_words(lex: Lexicons) -> ActWords:
    """The working words of ``lex``'s language, read once."""
    acts = lex[ACTS]

    def group(name: str) -> frozenset[str]:
        return frozenset(fold(w) for w in group_terms(acts, name))

    purpose = [tuple(fold(w).replace("'", " ").split()) for w in group_terms(acts, "purpose")]

    return ActWords(group("subjects"), group("skip"), group("have"), group("be"), group("participles"),
                    frozenset(stem(w, lex.lang) for w in group_terms(acts, "stance")), group("stop"),
                    group("conditions"), group("habit"), group("after"), lex["function-words"].words,
                    group("effort"), group("light"), group("failing"), group("faults"), group("ours"),
                    frozenset(p[0] for p in purpose if len(p) == 1),
                    frozenset(w for w in purpose if len(w) == 2),
                    frozenset(tuple(fold(w).replace("'", " ").split()) for w in group_terms(acts, "mishaps")),
                    group("causes"), group("preterites"), group("apologies"))
