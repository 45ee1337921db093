"""One field of an answer as the criteria read it (:class:`FieldView`): its analysis, the mask and gate the integrity
checks of :mod:`cmsim.scoring.integrity` set on it, and what criteria ask of it again and again, cached for the reply
(lexicon hits, distinct hits, stem positions, tokens by length, readings by name)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cmsim.scoring.language import ANY_SENTENCE, CROSS_READ, false_friend_words, sentence_evidence, written_in_other
from cmsim.scoring.lexicon import NO_HITS, Hit, Lexicons, distinct, one_lexicon
from cmsim.scoring.text import Analysis


@dataclass(frozen=True)
class OtherLanguage:
    """The sentences of a field written in the thread's other language (a bilingual brand's "Sorry for the wait."
    after its French), read with that language's lexicons: the field's text analysed in it (the same tokens, other
    stems), and which tokens each reading leaves to the other."""

    lex: Lexicons
    an: Analysis
    own: list[bool]
    """True on the tokens of the sentences in the field's language (the other reading skips them)."""
    other: list[bool]
    """True on the tokens of the sentences in the other language (the field's own reading skips them)."""


@dataclass(frozen=True)
class CrossReading:
    """The field analysed in the other language, read word by word for that language's insults and swear words
    (``cmsim.scoring.language.CROSS_READ``) in the sentences of the field's own language."""

    lang: str
    an: Analysis


def _merge(own: list[Hit], other: list[Hit]) -> list[Hit]:
    if not other:
        return own
    if not own:
        return other
    return sorted(own + other, key=lambda h: h.first)


def _either(a: list[bool], b: list[bool]) -> list[bool]:
    return [x or y for x, y in zip(a, b, strict=True)]


@dataclass
class FieldView:
    """One field of an answer, analysed and inspected."""

    id: str
    kind: str
    platform: str | None
    limit: int
    raw: str
    an: Analysis
    lex: Lexicons
    mask: list[bool]
    copied: list[bool] = field(default_factory=list)
    substance: float = 0.0
    gate: float = 0.0
    flags: list[str] = field(default_factory=list)
    typed: str | None = None
    """The field as typed when it differs from ``raw`` (its NFC form, which every offset points into)."""
    offsets: list[int] | None = None
    """Offsets of ``raw``'s characters in ``typed`` (see :meth:`typed_span`)."""
    _cache: dict[str, list[Hit]] = field(default_factory=dict, repr=False)
    _scanned: bool = field(default=False, repr=False)
    _positions: dict[str, list[int]] | None = field(default=None, repr=False)
    _lengths: dict[int, list[int]] | None = field(default=None, repr=False)
    _near: dict[tuple[int, int], list[int]] = field(default_factory=dict, repr=False)
    _live: list[int] | None = field(default=None, repr=False)
    _distinct: dict[str, list[Hit]] = field(default_factory=dict, repr=False)
    _in_other: dict[str, bool] = field(default_factory=dict, repr=False)
    hostile: dict[str, list[Hit]] = field(default_factory=dict, repr=False)
    priced: dict[int, tuple[object, list[tuple[list[Hit], float]]]] = field(default_factory=dict, repr=False)
    """Hostile penalties by the id of their price list, with the list itself (see ``criteria.hostile_penalties``)."""
    length_factor: float = 1.0
    """The part of :attr:`gate` due to length over the platform's limit (1 within it)."""
    other_language: OtherLanguage | None = None
    """Its sentences in the thread's other language, when it holds both languages (see :class:`OtherLanguage`)."""
    cross: CrossReading | None = None
    """Its words read for the other language's insults and swear words, when it may hold one (:class:`CrossReading`)."""
    names: list[bool] | None = field(default=None, repr=False)
    """True on its tokens that are names (see ``cmsim.scoring.names.name_mask``), once read."""
    readings: dict[str, list[Hit]] = field(default_factory=dict, repr=False)
    """Hits of readings made from the text's shape rather than a lexicon's terms (see ``criteria.acts``), cached by
    name: several criteria ask."""
    """Hostile hits by lexicon, once filtered (several criteria price them; see ``criteria.hostile_penalties``)."""

    def hits(self, lexicon: str) -> list[Hit]:
        """Occurrences of a lexicon's terms in the unmasked tokens (cached)."""
        try:  # asked ~100 times a reply: one subscript when cached (every scanned lexicon is, once one is asked)
            return self._cache[lexicon]
        except KeyError:
            return self._scan(lexicon)

    def _scan(self, lexicon: str) -> list[Hit]:
        """:meth:`hits` when not cached: every scanned lexicon at once the first time (those without a hit cached
        empty), then a lexicon read as a word set only (``Lexicons.scans``) alone."""
        other = self.other_language
        if not self._scanned:
            self._scanned = True
            self._cache = self.lex.nothing_found()
            if other is None:
                self._cache.update(self.lex.find_all(self.an, self.mask))
            else:  # each sentence read with its language's lexicons (a hit's tokens are the same in both readings)
                self._cache.update(self.lex.find_all(self.an, _either(self.mask, other.other)))
                for name, hits in other.lex.find_all(other.an, _either(self.mask, other.own)).items():
                    if name in self._cache:
                        self._cache[name] = _merge(self._cache[name], hits)
            if self.cross is not None:
                self._cross_read(self.cross)
            if lexicon in self._cache:
                return self._cache[lexicon]
        if other is None:
            found = self.lex[lexicon].find(self.an, self.mask)
        else:
            found = _merge(self.lex[lexicon].find(self.an, _either(self.mask, other.other)),
                           other.lex[lexicon].find(other.an, _either(self.mask, other.own)))
        self._cache[lexicon] = found
        return found

    def _cross_read(self, cross: CrossReading) -> None:
        """The other language's insults, swear words and jabs among the field's own words ("c'est du bullshit",
        "Whatever."), unless the word is one of the field's language too (its ``false-friends``: "retard"), inside a
        phrase it borrows ("c'est la vie") or a hit of its own lexicon."""
        norms = self.an.norms
        own = false_friend_words(self.lex.lang)
        other = self.other_language  # its sentences in the other language are read in it whole
        skip = list(self.mask if other is None else _either(self.mask, other.other))
        for h in self.lex["false-friends"].find(self.an):  # a borrowed phrase ("c'est la vie") is not read again
            skip[h.first : h.last] = [True] * (h.last - h.first)
        evidence: list[tuple[int, int]] | None = None
        for name in CROSS_READ:
            mine = self._cache.get(name, NO_HITS)
            taken = {i for h in mine for i in range(h.first, h.last)}
            found = [h for h in one_lexicon(cross.lang, name).find(cross.an, skip)
                     if taken.isdisjoint(range(h.first, h.last)) and not any(norms[i] in own
                                                                              for i in range(h.first, h.last))]
            if found and name not in ANY_SENTENCE:  # a jab in a sentence without a word of the field's language
                evidence = evidence or sentence_evidence(self.an, self.lex.lang)
                found = [h for h in found if evidence[self.an.sentence_of[h.first]][0] == 0]
            if found:
                self._cache[name] = _merge(mine, found)

    def positions(self) -> dict[str, list[int]]:
        """Token indexes of each stem, in order (built once: criteria look terms up again and again)."""
        if self._positions is None:
            self._positions = {}
            for i, s in enumerate(self.an.stems):
                self._positions.setdefault(s, []).append(i)
        return self._positions

    def near_lengths(self, length: int, reach: int) -> list[int]:
        """Indexes, in order, of the tokens whose folded form is within ``reach`` characters of ``length`` long
        (a cached list: read it, do not change it)."""
        if self._lengths is None:
            self._lengths = {}
            for i, norm in enumerate(self.an.norms):
                self._lengths.setdefault(len(norm), []).append(i)
        near = self._near.get((length, reach))
        if near is None:  # criteria look several terms of one length up
            by_length = self._lengths
            near = self._near[(length, reach)] = sorted(i for n in range(length - reach, length + reach + 1)
                                                        for i in by_length.get(n, ()))
        return near

    def distinct(self, lexicon: str) -> list[Hit]:
        """Like :meth:`hits`, each term counted once (a cached list, computed once: read it, do not change it; some 50
        calls a reply, none of which changes it)."""
        found = self._distinct.get(lexicon)
        if found is None:
            hits = self.hits(lexicon)  # most lexicons find nothing in a reply: their (shared) empty list, as hits gives
            found = self._distinct[lexicon] = distinct(hits) if hits else NO_HITS
        return found

    def written_in_other(self, lang: str) -> bool:
        """Whether the field is written in the other language than ``lang`` (see
        :func:`cmsim.scoring.language.written_in_other`), read once per language: the foreign reading and clarity's
        and the charter's switch of language all ask."""
        known = self._in_other.get(lang)
        if known is None:
            known = self._in_other[lang] = written_in_other(self.an, lang)
        return known

    def typed_span(self, start: int, end: int) -> tuple[str, int, int]:
        """The text as typed, and a span of ``raw`` (NFC) moved onto it: feedback quotes and highlights what the
        trainee typed (decomposed accents included), never a span shifted mid-word."""
        if self.typed is None:
            return self.raw, start, end
        if self.offsets is None:
            return self.raw, start, end
        last = len(self.offsets) - 1
        return self.typed, self.offsets[min(start, last)], self.offsets[min(end, last)]

    def live_words(self) -> list[int]:
        """Indexes of unmasked word tokens (a fresh list each call; read once :func:`inspect` has set the mask)."""
        if self._live is None:
            self._live = [i for i, w in enumerate(self.an.is_word) if w and not self.mask[i]]
        return list(self._live)

    def asks(self, index: int) -> bool:
        """Whether sentence ``index`` closes on a question mark: what closes it runs to the next sentence's first token
        (French puts a space before "?"); False past the last sentence."""
        an = self.an
        if index >= len(an.sentences):
            return False
        sent = an.sentences[index]
        close = an.starts[sent.last] if sent.last < len(an.starts) else len(an.text)
        return self.raw[sent.end : close].rstrip().endswith("?")

    def recap_mask(self) -> list[bool]:
        """The mask, except that short restatements of the thread stay readable.

        Recapping the customer's facts in their words ("£34.99 taken twice") is listening; it only
        stops counting when most of the reply is copied from the thread.
        """
        if "copied-thread" in self.flags or not any(self.copied):
            return self.mask
        return [m and not c for m, c in zip(self.mask, self.copied, strict=True)]

    @property
    def empty(self) -> bool:
        """True when nothing in the field can earn points."""
        return self.substance <= 0.0
