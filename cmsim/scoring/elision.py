"""Contracted words read as their full forms ("you're" as "you are", "c'est" as "ce est", "t'as" as "tu as"), so a
lexicon phrase written in one form matches the other: the ``contractions`` lexicon of each language, read as a table
(not scanned). Only the stem a lexicon matches changes; the folded word stays as written, so word sets that list the
contracted token ("t", "n", "j") read it as before."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import read_yaml
from cmsim.paths import rubrics_dir
from cmsim.scoring.lexiconmodel import LexiconFile
from cmsim.scoring.stems import fold

APOSTROPHES = ("'", "\u2019", "\u02bc")
"""Characters that join a contracted word to its neighbour ("you're", "c’est")."""
CLITIC_FIRST = frozenset({"fr"})
"""Languages whose contracted word stands before its apostrophe ("c'", "j'"); in the others it stands after ("'re")."""


class Elisions(NamedTuple):
    """A language's contractions: the full form of a contracted word wherever it stands, and beside one word only."""

    anywhere: dict[str, str]
    """Folded contracted word → full form ("re" → "are", "c" → "ce")."""
    beside: dict[tuple[str, str], str]
    """(folded word before the apostrophe, folded word after) → full form of the contracted one (("it", "s") → "is",
    ("t", "as") → "tu")."""


@lru_cache(maxsize=4)
def elisions(lang: str) -> Elisions:
    """The ``contractions`` lexicon of ``lang`` as a table (empty when the language has none)."""
    file = rubrics_dir() / "lexicons" / lang / "contractions.yaml"
    if not file.is_file():
        return Elisions({}, {})
    data = to_model(read_yaml(file), LexiconFile)
    anywhere: dict[str, str] = {}
    beside: dict[tuple[str, str], str] = {}
    for full, terms in data.groups.items():
        for term in terms:
            before, _, after = fold(term).replace("\u2019", "'").partition("'")
            clitic, other = (before, after) if lang in CLITIC_FIRST else (after, before)
            if other:
                beside[(before, after)] = full
            else:
                anywhere[clitic] = full
    return Elisions(anywhere, beside)
