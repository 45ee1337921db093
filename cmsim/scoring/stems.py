"""A word's folded form and stem, the two readings every matcher shares (lowercased, accents stripped; Snowball stems
for fr and en). Read by the tokeniser (:mod:`cmsim.scoring.text`, which re-exports both) and by the contractions table
(:mod:`cmsim.scoring.elision`), which the tokeniser itself reads: both stand on this module, not on each other."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import snowballstemmer

_STEMMERS = {"fr": snowballstemmer.stemmer("french"), "en": snowballstemmer.stemmer("english")}


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase ``word`` and strip its accents (``Été`` → ``ete``)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=131072)
def stem(word: str, lang: str) -> str:
    """Accent-folded Snowball stem of one word in ``lang`` (fr or en); digits stay as they are."""
    lower = word.lower()
    if lower.isdigit():
        return lower
    stemmer = _STEMMERS.get(lang, _STEMMERS["en"])
    return fold(stemmer.stemWord(fold(lower)))  # folded first: "securite" and "sécurité" share a stem
