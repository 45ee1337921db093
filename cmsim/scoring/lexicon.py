"""Lexicons compiled to stem-sequence lookup tables, and found in texts: one lexicon (:class:`Lexicon`) or every
lexicon of a language in one pass (:class:`Lexicons`). What a lexicon file holds and how it is read:
:mod:`cmsim.scoring.lexiconfile`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.paths import rubrics_dir
from cmsim.scoring.lexiconfile import ANY, LexiconFile, read_lexicon, term_stems
from cmsim.scoring.text import Analysis, analyse


def matches(stems: list[str], i: int, seq: tuple[str, ...], wild: bool) -> bool:
    """Whether ``seq`` matches ``stems`` from index ``i``; ``wild``: ``seq`` holds :data:`ANY`."""
    k = len(seq)
    if not wild:
        return k == 1 or tuple(stems[i : i + k]) == seq
    window = stems[i : i + k]
    return len(window) == k and all(w == s or s == ANY for w, s in zip(window, seq, strict=True))


class Hit(NamedTuple):
    """A lexicon term found in a text: the term, its group, its token range and character span (immutable; a named
    tuple because criteria make and read thousands a second: three times cheaper to build than a frozen dataclass)."""

    term: str
    group: str
    first: int
    last: int
    start: int
    end: int


class Lexicon:
    """A compiled lexicon: first stem → candidate stem sequences, longest first."""

    def __init__(self, name: str, lang: str, data: LexiconFile) -> None:
        self.name = name
        self.lang = lang
        self.description = data.description
        self.table: dict[str, list[tuple[tuple[str, ...], str, str, bool]]] = {}
        entries = [(t, "") for t in data.terms] + [(t, g) for g, ts in data.groups.items() for t in ts]
        for term, group in entries:
            stems = term_stems(term, lang)
            if stems and stems[0] != ANY:
                self.table.setdefault(stems[0], []).append((stems, term, group, ANY in stems))
        for cands in self.table.values():
            cands.sort(key=lambda c: (-len(c[0]), c[1]))
        self.words = frozenset(analyse(" ".join(t for t, _ in entries), lang).norms)
        self.exact = {term: forms for term, _g in entries
                      if (forms := _exact_forms(term, lang, data.exact_below)) is not None}
        """For each term with a word shorter than ``exact_below`` letters once stemmed, or a hyphen: what it asks of
        the words it matches (see :func:`forms_agree`)."""

    def find(self, an: Analysis, mask: list[bool] | None = None) -> list[Hit]:
        """Every non-overlapping occurrence in ``an``, skipping masked tokens (longest match wins)."""
        table = self.table
        stems = an.stems
        hits: list[Hit] = []
        free = 0  # first token not yet inside a hit
        for i in [i for i, s in enumerate(stems) if s in table]:
            if i < free or (mask is not None and mask[i]):
                continue
            for seq, term, group, wild in table[stems[i]]:
                k = len(seq)
                if k > 1 and not (matches(stems, i, seq, wild) and _one_sentence(an, i, k)):
                    continue
                if self.exact and term in self.exact and not forms_agree(an, i, self.exact[term]):
                    continue
                if mask is None or not any(mask[i : i + k]):
                    hits.append(Hit(term, group, i, i + k, an.starts[i], an.ends[i + k - 1]))
                    free = i + k
                    break
        return hits


class WordForms(NamedTuple):
    """What a term of an ``exact_below`` lexicon asks of the words its stems matched (see :func:`forms_agree`)."""

    words: tuple[tuple[int, str, str], ...]
    """Its short-stemmed words: (position, folded form, lowercase written form)."""
    joins: tuple[int, ...]
    """Positions of its words joined to the next by a hyphen ("ferme-la")."""
    size: int


INFLECTIONS = ("", "s", "x", "e", "es")
"""Endings a word matched by its written form may add: plural and feminine ("cons", "connes", "nazes")."""


def _exact_forms(term: str, lang: str, below: int) -> WordForms | None:
    """What ``term`` asks of the words it matches when its lexicon says ``exact_below``: None when nothing."""
    if below <= 0:
        return None
    words: list[tuple[int, str, str]] = []
    joins: list[int] = []
    k = 0
    for n, part in enumerate(term.split(ANY)):
        if n:
            k += 1
        an = analyse(part, lang)
        for j, (written, norm, root) in enumerate(zip(an.surface, an.norms, an.stems, strict=True)):
            if len(root) < below:
                words.append((k, norm, written.lower()))
            if j + 1 < len(an.norms) and "-" in part[an.ends[j] : an.starts[j + 1]]:
                joins.append(k)
            k += 1
    return WordForms(tuple(words), tuple(joins), k) if words or joins else None


def forms_agree(an: Analysis, i: int, forms: WordForms) -> bool:
    """Whether the words of a term matched by stems from token ``i`` match it as written: each short word its folded
    form with an ending of :data:`INFLECTIONS` (and, when the text writes an accent, the term's written form); words
    the term joins by a hyphen joined so, or else ending their clause ("ferme la !", not "on ferme la boutique")."""
    norms, surface = an.norms, an.surface
    for k, norm, written in forms.words:
        got = norms[i + k]
        ending = got[len(norm):]
        if not got.startswith(norm) or ending not in INFLECTIONS:
            return False
        lower = surface[i + k].lower()
        if lower != got and lower != written + ending:
            return False
    text, starts, ends = an.text, an.starts, an.ends
    if any("-" not in text[ends[i + k] : starts[i + k + 1]] for k in forms.joins):
        rest = text[ends[i + forms.size - 1] :].lstrip()
        return not rest or not rest[0].isalnum()
    return True


def _one_sentence(an: Analysis, i: int, k: int) -> bool:
    """Whether the ``k`` tokens from ``i`` stand in one sentence: a phrase never spans a sentence break ("sorry. If
    you had…" is an apology, then another sentence, not "sorry if you")."""
    last = i + k - 1
    return last < len(an.sentence_of) and an.sentence_of[i] == an.sentence_of[last]


def distinct(hits: list[Hit]) -> list[Hit]:
    """The first hit of each term: a term repeated counts once."""
    seen: set[str] = set()
    out: list[Hit] = []
    for hit in hits:
        if hit.term not in seen:
            seen.add(hit.term)
            out.append(hit)
    return out


_Candidate = tuple[int, str, str, str, int]
"""(order among the phrases opened by one word, lexicon, term, group, length in words)."""


class _FirstStem:
    """The phrases of every lexicon that one stem opens, indexed by the words that follow it: single words; phrases
    by their second word, then exact ones by length and words, wildcard ones tried in turn (a wildcard second word:
    tried whatever follows)."""

    __slots__ = ("by_second", "singles")

    def __init__(self, cands: list[tuple[str, tuple[str, ...], str, str, bool, int]]) -> None:
        self.singles: list[_Candidate] = []
        self.by_second: dict[str, _Phrases] = {}
        for order, (name, seq, term, group, wild, k) in enumerate(cands):
            cand = (order, name, term, group, k)
            if k == 1:
                self.singles.append(cand)
                continue
            exact, wilds = self.by_second.setdefault(seq[1], ({}, []))
            if wild:
                wilds.append((cand, seq))
            else:
                exact.setdefault(k, {}).setdefault(seq, []).append(cand)

    def candidates(self, stems: list[str], i: int) -> list[_Candidate]:
        """The phrases that match the text from word ``i``, in the order the lexicons list them."""
        by_second = self.by_second
        if not by_second or i + 1 >= len(stems):  # most words open no phrase, and a phrase needs a second word
            return self.singles  # already in order (read only)
        extra: list[_Candidate] = []
        for second in (stems[i + 1], ANY):  # only the phrases listing the next word (or a wildcard) are tried
            phrases = by_second.get(second)
            if phrases is None:
                continue
            for k, by_words in phrases[0].items():
                hit = by_words.get(tuple(stems[i : i + k]))
                if hit:
                    extra += hit
            for cand, seq in phrases[1]:
                if matches(stems, i, seq, True):
                    extra.append(cand)
        if not extra:
            return self.singles
        found = self.singles + extra
        found.sort()
        return found


_Phrases = tuple[dict[int, dict[tuple[str, ...], list[_Candidate]]], list[tuple[_Candidate, tuple[str, ...]]]]
"""Exact phrases by length then words, and wildcard phrases, that share a second word."""


NO_HITS: list[Hit] = []
"""The hits of a lexicon that found nothing, shared by every field (cached hits are read, never changed)."""


_NOT_SCANNED = frozenset({"function-words", "private-details", "first-person-acts", "warranty", "note-labels", "staff",
                         "self-talk", "negation", "negation-leads", "negation-advice", "negation-links", "wish-denial",
                         "negation-after", "negation-joins", "negation-without", "negation-pairs",
                         "refusal", "false-friends", "order-nouns", "determiners", "subject-pronouns", "word-traps",
                         "negation-pronouns", "denial-links", "month-abbreviations", "weekday-abbreviations",
                         "contractions", "self-judgement", "negation-scopes", "offer-questions", "figure-words",
                         "acronyms"})
"""Lexicons used as word sets only, or searched only on demand (``staff``: only when a reply holds a capitalised name),
never in the scan every field gets (the month and weekday abbreviations: ``cmsim.scoring.abbreviations``)."""


class Lexicons:
    """Every lexicon of one language, by file name."""

    def __init__(self, lang: str, folder: Path) -> None:
        self.lang = lang
        self._by_name: dict[str, Lexicon] = {}
        problems: list[Problem] = []
        for file in sorted((folder / lang).glob("*.yaml")):
            try:
                data = read_lexicon(file, lang)
            except AuthoringError as exc:
                problems.extend(exc.problems)
                continue
            self._by_name[file.stem] = Lexicon(file.stem, lang, data)
        if problems:
            raise AuthoringError(problems)
        merged: dict[str, list[tuple[str, tuple[str, ...], str, str, bool, int]]] = {}
        for name, lex in self._by_name.items():
            if name in _NOT_SCANNED:
                continue
            for first, cands in lex.table.items():
                merged.setdefault(first, []).extend((name, *c, len(c[0])) for c in cands)
        self._index = {first: _FirstStem(cands) for first, cands in merged.items()}
        self._scanned = tuple(name for name in self._by_name if name not in _NOT_SCANNED)
        self._exact = {name: lex.exact for name, lex in self._by_name.items() if lex.exact}
        self._scanned_names = frozenset(self._scanned)
        self._nothing: dict[str, list[Hit]] = dict.fromkeys(self._scanned, NO_HITS)

    def find_all(self, an: Analysis, mask: list[bool] | None = None) -> dict[str, list[Hit]]:
        """:meth:`Lexicon.find` for every lexicon at once, in one pass over the text (same results; a lexicon without
        a hit is left out, see :meth:`scans`): at each word, the phrases it may open are looked up by the text's next
        words, not tried one by one."""
        index, exact = self._index, self._exact
        stems, starts, ends, sentence_of = an.stems, an.starts, an.ends, an.sentence_of
        count = len(sentence_of)
        out: dict[str, list[Hit]] = {}
        free: dict[str, int] = {}  # by lexicon, the first token not yet inside one of its hits
        for i in [i for i, s in enumerate(stems) if s in index]:
            if mask is not None and mask[i]:
                continue
            for _order, name, term, group, k in index[stems[i]].candidates(stems, i):
                if i < free.get(name, 0):  # also one hit a lexicon at a word: its first hit there moved it past i
                    continue
                last = i + k - 1
                if k > 1:  # a phrase stands in one sentence (see _one_sentence), on unmasked words
                    if not (last < count and sentence_of[i] == sentence_of[last]):
                        continue
                    if mask is not None and any(mask[i : i + k]):
                        continue
                if exact and name in exact and term in exact[name] and not forms_agree(an, i, exact[name][term]):
                    continue
                hit = Hit(term, group, i, i + k, starts[i], ends[last])
                found = out.get(name)
                if found is None:
                    out[name] = [hit]
                else:
                    found.append(hit)
                free[name] = i + k
        return out

    def scans(self, name: str) -> bool:
        """Whether :meth:`find_all` reads lexicon ``name`` (every lexicon but those used as word sets only)."""
        return name in self._scanned_names

    def scanned(self) -> tuple[str, ...]:
        """The lexicons :meth:`find_all` reads, in file order."""
        return self._scanned

    def nothing_found(self) -> dict[str, list[Hit]]:
        """A fresh mapping of every lexicon :meth:`find_all` reads to :data:`NO_HITS` (one copy of a prepared mapping,
        not a new empty list per lexicon for each field)."""
        return self._nothing.copy()

    def __getitem__(self, name: str) -> Lexicon:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"no lexicon '{name}' for language '{self.lang}'") from None

    def names(self) -> list[str]:
        """Names of the lexicons, sorted."""
        return sorted(self._by_name)


@lru_cache(maxsize=32)  # the ~16 lexicons read alone (grader, function words, the cross-read ones… in two languages)
def one_lexicon(lang: str, name: str) -> Lexicon:
    """The built-in lexicon ``name`` of ``lang`` (fr or en) alone, read from its file: the same as ``lexicons(lang)
    [name]`` without loading the others (the grader guard reads both languages' ``grader`` lexicon; loading every
    lexicon of the other language for it was half the time to score a first reply)."""
    file = rubrics_dir() / "lexicons" / lang / f"{name}.yaml"
    return Lexicon(name, lang, read_lexicon(file, lang))


@lru_cache(maxsize=8)
def lexicons(lang: str, folder: Path | None = None) -> Lexicons:
    """The lexicons of ``lang`` (fr or en; anything else reads English), loaded once."""
    return Lexicons(lang if lang in ("fr", "en") else "en", folder or rubrics_dir() / "lexicons")
