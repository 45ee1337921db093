"""Text analysis shared by every criterion: tokens with spans, folded forms, stems, sentences.

A reply is tokenised once into an :class:`Analysis`; criteria then work on its parallel lists, so
each criterion stays O(tokens).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from cmsim.scoring.elision import APOSTROPHES, CLITIC_FIRST, elisions
from cmsim.scoring.stems import fold as fold  # re-exported: the tokeniser is where criteria read words
from cmsim.scoring.stems import stem as stem

_TOKEN = re.compile(
    r"(?P<word>[^\W_]+)"
    r"|(?P<emoji>[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2190-\u21FF\u3030\u303D][\uFE0F\U0001F3FB-\U0001F3FF]?)"
)
_END_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"
_SENTENCE_END = re.compile(rf"[.!?…\n{_END_EMOJI}]"
                           rf"(?:(?<=[.!?…])[.!?…]*|(?<=\n)\n*|(?<=[{_END_EMOJI}])(?=\s+[A-ZÀ-Ý]))")
"""Punctuation, line breaks, and an emoji followed by a capital ("Out now 🌊 Where…"): a run of punctuation or of line
breaks, or the emoji. Written to open on one character class, which the regular expression engine looks for with a
fast scan (written as three alternatives, it tried each at every character: a sixth of a reply's tokenising)."""
_APOSTROPHE = re.compile("['\u2019\u02bc]")
"""The apostrophes that join a contracted word to its neighbour (``cmsim.scoring.elision.APOSTROPHES``)."""
@dataclass(frozen=True)
class Sentence:
    """A sentence: its character span and the range of its tokens."""

    start: int
    end: int
    first: int
    last: int  # exclusive

    @property
    def size(self) -> int:
        """Number of tokens."""
        return self.last - self.first


@dataclass
class Analysis:
    """One text tokenised once: parallel lists of tokens (surface, folded, stem, span, is-word)."""

    text: str
    lang: str
    surface: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    is_word: list[bool] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.norms)

    @property
    def word_count(self) -> int:
        """Number of word tokens (emoji excluded)."""
        return sum(self.is_word)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span covering tokens ``first`` to ``last`` (exclusive)."""
        return self.starts[first], self.ends[last - 1]

    def emoji(self) -> list[int]:
        """Indexes of emoji tokens."""
        return [i for i, w in enumerate(self.is_word) if not w]


_WORDS: dict[str, dict[str, tuple[str, str]]] = {}
"""Folded form and stem of each word token already read, by language (one dictionary look-up per token: an
``lru_cache`` of the pair cost two look-ups and a key built for each)."""
_WORDS_MAX = 131072
"""Past this many words in a language, its memo starts afresh."""


def _words(lang: str) -> dict[str, tuple[str, str]]:
    words = _WORDS.get(lang)
    if words is None or len(words) > _WORDS_MAX:
        words = _WORDS[lang] = {}
    return words


def analyse(text: str, lang: str) -> Analysis:
    """Tokenise ``text`` (NFC) into an :class:`Analysis` with sentences."""
    text = unicodedata.normalize("NFC", text)
    an = Analysis(text, lang)
    surface, norms, stems, starts, ends, is_word = an.surface, an.norms, an.stems, an.starts, an.ends, an.is_word
    words = _words(lang)
    for m in _TOKEN.finditer(text):
        tok = m.group()
        start, end = m.span()
        surface.append(tok)
        if m.lastgroup == "word":
            read = words.get(tok)
            if read is None:
                read = words[tok] = (fold(tok), stem(tok, lang))
            norm, root = read
            norms.append(norm)
            stems.append(root)
            is_word.append(True)
        else:
            norms.append(tok[0])
            stems.append(tok[0])
            is_word.append(False)
        starts.append(start)
        ends.append(end)
    if "'" in text or "\u2019" in text or "\u02bc" in text:
        _elide(an)
    _split_sentences(an)
    return an


def _elide(an: Analysis) -> None:
    """Give each contracted word the stem of its full form ("you're" reads as "you are", "c'est" as "ce est", "t'as"
    as "tu as"; see :mod:`cmsim.scoring.elision`): a phrase matches whichever form a text writes. A contracted word is
    the word after its apostrophe (English) or before it (French); a lexicon term may open on "'re" or close on "c'"."""
    table = elisions(an.lang)
    if not table.anywhere and not table.beside:
        return
    text, norms, starts, ends, is_word = an.text, an.norms, an.starts, an.ends, an.is_word
    count = len(norms)
    first = an.lang in CLITIC_FIRST
    # only a word beside an apostrophe may be contracted, the one ending before it (French) or starting after it
    # (English): those are read, not every word of the text
    beside = sorted({bisect_right(ends, m.start()) - 1 if first else bisect_right(starts, m.start())
                     for m in _APOSTROPHE.finditer(text)})
    for i in beside:
        if not 0 <= i < count or not is_word[i]:
            continue
        gap = text[ends[i] : starts[i + 1]] if i + 1 < count else text[ends[i] :].strip()
        if first:  # "c'est": this word, then the apostrophe
            if gap not in APOSTROPHES:
                continue
            after = norms[i + 1] if i + 1 < count and is_word[i + 1] and gap else ""
            full = table.beside.get((norms[i], after)) or table.anywhere.get(norms[i])
        else:  # "you're": the apostrophe, then this word
            before = text[ends[i - 1] : starts[i]] if i else text[: starts[i]].strip()
            if before not in APOSTROPHES:
                continue
            prev = norms[i - 1] if i and is_word[i - 1] else ""
            full = table.beside.get((prev, norms[i])) or table.anywhere.get(norms[i])
        if full:
            an.stems[i] = stem(full, an.lang)


@lru_cache(maxsize=4096)  # the dev set's threads, briefs, names and terms: ~1,900 texts (1,024 thrashed)
def analyse_cached(text: str, lang: str) -> Analysis:
    """:func:`analyse`, remembered: for texts read again and again (a scenario's thread). Do not mutate."""
    return analyse(text, lang)


def _split_sentences(an: Analysis) -> None:
    """A sentence ends before the first token that starts at or after a sentence end (punctuation, line break…):
    one bisection per sentence end, not a step per token."""
    starts, count = an.starts, len(an.starts)
    if not count:
        return
    cuts = sorted({bisect_left(starts, m.end()) for m in _SENTENCE_END.finditer(an.text)} - {0} | {count})
    first = 0
    for index, last in enumerate(cuts):
        an.sentences.append(Sentence(starts[first], an.ends[last - 1], first, last))
        an.sentence_of.extend([index] * (last - first))
        first = last
