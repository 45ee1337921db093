"""Lexicons as data (``rubrics/lexicons/<lang>/<name>.yaml``), read and validated as their authors write them.

A lexicon file lists ``terms`` (words or phrases) or named ``groups`` of terms (e.g. one group per
team). Terms are stemmed like replies, so "apologise", "apologised" and "apologising" all match. Inside
a phrase, ``*`` stands for any one word ("il y a * ans" matches "il y a deux ans" and "il y a 3 ans").
The compiled tables that find terms in a text: :mod:`cmsim.scoring.lexicon`.
"""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import Located, read_yaml
from cmsim.scoring.lexiconmodel import ANY, LexiconFile, Term
from cmsim.scoring.text import analyse

__all__ = ["ANY", "LexiconFile", "Term", "read_lexicon", "term_stems", "term_words"]


def term_stems(term: str, lang: str) -> tuple[str, ...]:
    """Stems of a lexicon term, with :data:`ANY` kept where the term has ``*``."""
    return _term_tokens(term, lang, stems=True)


def _term_tokens(term: str, lang: str, stems: bool) -> tuple[str, ...]:
    """A term's stems (or its words before stemming), part by part around each ``*``, which stays :data:`ANY`."""
    out: list[str] = []
    for n, part in enumerate(term.split(ANY)):
        if n:
            out.append(ANY)
        an = analyse(part, lang)
        out.extend(an.stems if stems else an.norms)
    return tuple(out)


def term_words(term: str, lang: str) -> tuple[str, ...]:
    """A lexicon term's words as the matcher reads them before stemming (casefolded, accents and punctuation dropped),
    with :data:`ANY` kept: two terms of the same words are one term to it ("game-changer", "Game changer")."""
    return _term_tokens(term, lang, stems=False)


def read_lexicon(file: Path, lang: str) -> LexiconFile:
    """Read and validate one lexicon file: its shape, then no term listed twice in one group (``terms`` is one group)
    as the matcher reads terms (:func:`term_words`). Raises :class:`AuthoringError` with every problem located."""
    doc = read_yaml(file)
    data = to_model(doc, LexiconFile)
    problems = _twice(doc, [(("terms",), "'terms'", data.terms)]
                      + [(("groups", g), f"group '{g}'", ts) for g, ts in data.groups.items()], lang)
    if problems:
        raise AuthoringError(problems)
    return data


def _twice(doc: Located, groups: list[tuple[tuple[str, ...], str, list[str]]], lang: str) -> list[Problem]:
    problems = []
    for path, label, terms in groups:
        first: dict[tuple[str, ...], tuple[int, str]] = {}
        for index, term in enumerate(terms):
            words = term_words(term, lang)
            if not words:  # no word the matcher reads ("%"): nothing to repeat
                continue
            if words not in first:
                first[words] = (index, term)
                continue
            was, earlier = first[words]
            line, col = doc.where((*path, was))
            same = "" if earlier == term else f" as '{earlier}' (the matcher reads both as '{' '.join(words)}')"
            problems.append(doc.problem((*path, index), f"'{term}' is listed twice in {label}: first at line {line}, "
                                        f"column {col}{same}; keep one", "duplicate-term"))
    return problems
