"""A group of a word-set lexicon as a set of words ("subjects" of ``first-person-acts``, "needs" of ``wish-denial``).

Readings that compare a reply's tokens with a lexicon's group, rather than scan the reply for its phrases, ask for the
group's words here, read once per lexicon."""

from __future__ import annotations

from functools import lru_cache

from cmsim.scoring.lexicon import Lexicon
from cmsim.scoring.text import analyse


@lru_cache(maxsize=64)
def group_words(lex: Lexicon, group: str) -> frozenset[str]:
    """The words of ``group``'s terms as the matcher reads a reply's tokens (folded, not stemmed: ``norms``)."""
    terms = [term for cands in lex.table.values() for _seq, term, name, _wild in cands if name == group]
    return frozenset(analyse(" ".join(terms), lex.lang).norms) if terms else frozenset()


@lru_cache(maxsize=64)
def group_stems(lex: Lexicon, group: str) -> frozenset[str]:
    """The stems of ``group``'s words (compared with a reply's ``stems``: "wanted", "voulions")."""
    return frozenset(word for cands in lex.table.values() for seq, _term, name, _wild in cands if name == group
                     for word in seq)
