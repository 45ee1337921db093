"""Which of a set of regular expressions could match a text, told from the literal words each match must spell out.

Every match of a pattern holds, for each of a few sets of strings derived from the pattern itself, one string of that
set (``ignore|forget`` then ``rules|grid`` : every match spells one word of each). :class:`Prefilter` reads those sets
from the parsed pattern (so they follow any edit of it, and nobody keeps a word list by hand) and skips a pattern on a
text that lacks a string of one of its sets: the skipped search could not have matched, so no finding changes. The
derivation only ever drops a requirement it cannot prove (a class, an optional part, a look-around, a group
reference, case-insensitive parts): a pattern it cannot read is always searched.

The strings are mostly words: a text's words are read once (one ``\\w+`` scan), and each distinct word is looked up
once for the strings it holds; the few strings with a non-word character are looked for in the whole text.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import or_
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

_WORD = re.compile(r"\w+")
_MAX_MEMO = 50_000
_ALWAYS = 1

Needs = tuple[frozenset[str], ...]
"""Sets of strings, every one of which a match holds one string of (empty: nothing known, always search)."""


def needs(pattern: re.Pattern[str], keep: int = 2) -> Needs:
    """Up to ``keep`` sets of strings every match of ``pattern`` holds one string of each (the most telling first:
    longest shortest string, then fewest strings); none when the pattern cannot be read."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        sets = _sets(list(parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a private parser that changed shape: search always, never skip wrongly
        return ()
    return tuple(sorted(set(sets), key=_telling)[:keep])


def _telling(strings: frozenset[str]) -> tuple[int, int, list[str]]:
    return -min(map(len, strings)), len(strings), sorted(strings)


def _sets(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Sets required by a sequence of parsed items: each run of literal characters, and what its parts require."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                out.extend(_sets(list(sub)))
        elif op is sre.BRANCH:
            branches = [_sets(list(branch)) for branch in av[1]]
            if all(branches):
                out.append(frozenset().union(*(min(b, key=_telling) for b in branches)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                out.extend(_sets(list(sub)))
        elif op is sre.ATOMIC_GROUP:
            out.extend(_sets(list(av)))
        # anything else (classes, any character, anchors, look-arounds, group references) requires no literal
    if run:
        out.append(frozenset(["".join(run)]))
    return out


def alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """The top-level alternatives of ``pattern`` (``a|b|c``), each compiled alone: the pattern matches a text exactly
    when one of them does, and each has needs of its own. The pattern itself when it has capturing groups (a split
    would renumber them), flags beyond the default, or no top-level ``|``."""
    if pattern.groups or pattern.flags != re.UNICODE:
        return [pattern]
    parts, start, depth, i, source = [], 0, 0, 0, pattern.pattern
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: up to its closing bracket (a "]" first in it, or after "^", is a member)
            i += 2 if source.startswith("[^", i) else 1
            i += 1 if source.startswith("]", i) else 0
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    if len(parts) < 2 or depth:
        return [pattern]
    return [re.compile(part) for part in parts]


class Prefilter:
    """Which of ``patterns`` match a text (in their order), searching each top-level alternative of a pattern only in
    a text holding a string of each set of its needs."""

    def __init__(self, patterns: dict[str, re.Pattern[str]], keep: int = 2) -> None:
        if not 1 <= keep <= 2:
            raise ValueError("a pattern keeps one or two sets of needs")
        parts = [(name, part, needs(part, keep)) for name, pattern in patterns.items()
                 for part in alternatives(pattern)]
        strings = sorted({s for _name, _part, sets in parts for strings in sets for s in strings})
        bit = {s: 1 << i for i, s in enumerate(strings, start=1)}  # bit 0: always set, the mask of no needs
        self._words = tuple((s, bit[s]) for s in strings if _WORD.fullmatch(s))
        by_first: dict[str, list[tuple[str, int]]] = {}
        for s, b in self._words:
            by_first.setdefault(s[0], []).append((s, b))
        self._by_first = {c: tuple(found) for c, found in by_first.items()}
        """The word strings by their first character: a word holds a string only if it holds its first character."""
        self._others = tuple((s, bit[s]) for s in strings if not _WORD.fullmatch(s))
        masks = [(name, part, [sum(bit[s] for s in strings) for strings in sets]) for name, part, sets in parts]
        # two masks a part (its one mask twice, or bit 0 twice: no needs, always searched); keep is at most 2
        self._parts = tuple((name, part, (m or [_ALWAYS])[0], (m or [_ALWAYS])[-1]) for name, part, m in masks)
        self._memo: dict[str, int] = {}

    def present(self, text: str) -> int:
        """The needed strings ``text`` holds, one bit each (and bit 0, always). A string of word characters only
        lies inside one of the text's words, so each distinct word is asked once for the strings it holds
        (remembered); the others are looked for in the whole text."""
        memo = self._memo
        words = set(_WORD.findall(text))
        try:
            found: int = reduce(or_, map(memo.__getitem__, words), _ALWAYS)
        except KeyError:
            if len(memo) > _MAX_MEMO:
                memo.clear()
            by_first = self._by_first
            for word in words.difference(memo):  # a new word is asked for the strings that start with one of its
                # characters only (each string once: one first character), not for all of them
                memo[word] = sum(bit for c in set(word) for s, bit in by_first.get(c, ()) if s in word)
            found = reduce(or_, map(memo.__getitem__, words), _ALWAYS)
        for s, bit in self._others:
            if s in text:
                found |= bit
        return found

    def possible(self, text: str) -> list[str]:
        """Names of the patterns that could match ``text``: one of whose alternatives' sets ``text`` all hold a
        string of."""
        found = self.present(text)
        return list(dict.fromkeys(name for name, _part, first, last in self._parts if found & first and found & last))

    def findings(self, text: str) -> list[str]:
        """Names of the patterns that match ``text``, in their order: each alternative that could is searched until
        one matches."""
        found = self.present(text)
        out: list[str] = []
        for name, part, first, last in self._parts:
            if found & first and found & last and (not out or out[-1] != name) and part.search(text):
                out.append(name)
        return out
