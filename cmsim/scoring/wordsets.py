"""A lexicon read as sets of words or terms rather than scanned: a group's terms ("subjects" of ``first-person-acts``,
"needs" of ``wish-denial``), its words or stems, every term, the one-word terms, the groups.

Readings that compare a reply's tokens with a lexicon's group, rather than scan the reply for its phrases, ask for the
group's words here, read once per lexicon: besides :mod:`cmsim.scoring.lexicon` itself, this is the one module that
reads a compiled lexicon's table (:attr:`Lexicon.table`). Every reading lists what the table holds: a term the matcher
cannot open (one starting with ``*``, or with no word) is in none."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from cmsim.scoring.lexicon import Lexicon
from cmsim.scoring.text import analyse


@lru_cache(maxsize=256)
def group_terms(lex: Lexicon, group: str) -> tuple[str, ...]:
    """The terms of ``group`` as the lexicon file writes them, in the table's order."""
    return tuple(term for cands in lex.table.values() for _seq, term, name, _wild in cands if name == group)


@lru_cache(maxsize=64)
def all_terms(lex: Lexicon) -> tuple[str, ...]:
    """Every term of ``lex`` whatever its group, as the file writes them, in the table's order."""
    return tuple(term for cands in lex.table.values() for _seq, term, _name, _wild in cands)


@lru_cache(maxsize=64)
def one_word_terms(lex: Lexicon) -> tuple[str, ...]:
    """The terms of ``lex`` of a single word (whatever its group), in the table's order."""
    return tuple(term for cands in lex.table.values() for seq, term, _name, _wild in cands if len(seq) == 1)


@lru_cache(maxsize=64)
def group_names(lex: Lexicon) -> frozenset[str]:
    """The groups ``lex``'s terms are listed under ("" for its ``terms``)."""
    return frozenset(name for cands in lex.table.values() for _seq, _term, name, _wild in cands)


@lru_cache(maxsize=64)
def one_word_groups(lex: Lexicon) -> Mapping[str, str]:
    """For each stem a one-word term of ``lex`` has, the group of the first such term listed under it (read only)."""
    out: dict[str, str] = {}
    for first, cands in lex.table.items():
        group = next((name for seq, _term, name, _wild in cands if len(seq) == 1), None)
        if group is not None:
            out[first] = group
    return out


def term_groups(lex: Lexicon, first: str, term: str) -> frozenset[str]:
    """Every group listing ``term`` among the terms ``lex`` opens with stem ``first`` (a hit's first stem): "today"
    may stand under two groups."""
    return frozenset(name for _seq, written, name, _wild in lex.table.get(first, ()) if written == term)


@lru_cache(maxsize=64)
def group_sequences(lex: Lexicon, group: str) -> frozenset[tuple[str, ...]]:
    """The stem sequences of ``group``'s terms, as the matcher reads them (a ``*`` kept as ``ANY``)."""
    return frozenset(seq for cands in lex.table.values() for seq, _term, name, _wild in cands if name == group)


@lru_cache(maxsize=64)
def group_words(lex: Lexicon, group: str) -> frozenset[str]:
    """The words of ``group``'s terms as the matcher reads a reply's tokens (folded, not stemmed: ``norms``)."""
    terms = group_terms(lex, group)
    return frozenset(analyse(" ".join(terms), lex.lang).norms) if terms else frozenset()


@lru_cache(maxsize=64)
def group_stems(lex: Lexicon, group: str) -> frozenset[str]:
    """The stems of ``group``'s words (compared with a reply's ``stems``: "wanted", "voulions")."""
    return frozenset(word for seq in group_sequences(lex, group) for word in seq)
