"""Words in capitals that name something rather than shout: "send us your IBAN", « le RGPD », "the HDMI port",
"COVID-19", a product the thread writes in capitals.

Shouting (:func:`cmsim.scoring.criteria.calm.shouting_marks`) reads a word in capitals as a raised voice. A name
written so is none; a word that is how the reply would say it in lower case is ("STOP", "HUGE", « JAMAIS »). A word in
capitals names something when:

- the ``acronyms`` lexicon of the reply's language lists it (known acronyms and initialisms that are no ordinary word);
- it holds no vowel ("SNCF", "HTML", "RTBF": no word of French or English is spelled so; a letter three times in a
  row, "GRRR", "PFFF", is a noise, not a name);
- a hyphen joins it to a number ("COVID-19", "NOVA-3"): a model or a code;
- the step's brief writes it in capitals, or the thread does after a determiner (a noun named: the person's "my ESTA
  form", « au CROUS »), in a sentence that is not itself shouted, or it is a word of the brand's name or handle: the
  reply writes it as they do. A sentence with half its words or more in capitals ("WHERE IS MY PARCEL") shouts and
  lends the reply none of its words; a word the person stresses ("charged me TWICE", « c'est INADMISSIBLE », "it
  happened AGAIN") stands after no determiner and lends none either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cmsim.scoring.lexicon import Lexicons
from cmsim.scoring.text import Analysis, analyse_cached
from cmsim.scoring.wordsets import group_words

ACRONYMS = "acronyms"
VOWELS = frozenset("aeiouy")
_TRIPLE = re.compile(r"(.)\1\1")
SHOUTED_SHARE = 0.5
"""Share of a source sentence's words in capitals from which it shouts and names nothing."""


def capitalised(token: str) -> bool:
    """Whether a token is a word of two letters or more, all in capitals."""
    return len(token) >= 2 and token.isalpha() and token.isupper()


def spelled_as_initials(norm: str) -> bool:
    """Whether a folded word holds no vowel and no letter three times in a row ("sncf", "html"; not "grrr")."""
    return not VOWELS.intersection(norm) and _TRIPLE.search(norm) is None


def written_in_capitals(texts: Iterable[Analysis], after: frozenset[str] | None = None) -> frozenset[str]:
    """The folded words ``texts`` write in capitals in sentences that do not shout; with ``after``, only those that
    follow one of its words (a determiner)."""
    out: set[str] = set()
    for an in texts:
        for sent in an.sentences:
            words = [i for i in range(sent.first, sent.last) if an.is_word[i] and an.surface[i].isalpha()]
            caps = [i for i in words if capitalised(an.surface[i])]
            if caps and len(caps) < SHOUTED_SHARE * len(words):
                out.update(an.norms[i] for i in caps if after is None or (i > 0 and an.norms[i - 1] in after))
    return frozenset(out)


def joined_to_number(an: Analysis, i: int) -> bool:
    """Whether a hyphen joins token ``i`` to a neighbouring token holding a digit ("COVID-19", "MK-2")."""
    text = an.text
    after = i + 1 < len(an) and an.starts[i + 1] == an.ends[i] + 1 and text[an.ends[i]] == "-" \
        and any(c.isdigit() for c in an.surface[i + 1])
    before = i > 0 and an.ends[i - 1] == an.starts[i] - 1 and text[an.starts[i] - 1] == "-" \
        and any(c.isdigit() for c in an.surface[i - 1])
    return after or before


def names(an: Analysis, i: int, lex: Lexicons, sources: frozenset[str]) -> bool:
    """Whether token ``i`` of ``an``, in capitals, names something rather than shouts (see the module's docstring);
    ``sources`` are the words the thread, the brief and the brand write in capitals (:func:`sources_in_capitals`)."""
    norm = an.norms[i]
    return (norm in group_words(lex[ACRONYMS], "") or spelled_as_initials(norm) or joined_to_number(an, i)
            or norm in sources)


def sources_in_capitals(thread: Iterable[Analysis], brief: Analysis | None, brand: Iterable[str],
                        lex: Lexicons) -> frozenset[str]:
    """The words the brief writes in capitals and those the thread writes so after a determiner (in sentences that do
    not shout), and the words of the brand's name and handle however written ("LUMA" for Luma)."""
    named = written_in_capitals(list(thread), frozenset(lex["determiners"].words))
    if brief is not None:
        named |= written_in_capitals([brief])
    return named | frozenset(norm for b in brand for norm in analyse_cached(b, lex.lang).norms)
