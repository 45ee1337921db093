"""Figures read by their value, so that an expected fact is found however the reply writes it.

A case's facts write a figure one way ("3 weeks", "20 June", "£7,500", "2pm", "1 200 €", "1er juillet"); a reply that
paraphrases the person's problem writes it another ("three weeks", "June 20th", "7500 pounds", "14:00", "1200 euros",
"le premier juillet"). Both are read here into the same items: a text's tokens, each figure folded into one item whose
key is its value and kind, every other token an item keyed by its stem. A fact matches where its items stand in a row
in the reply's (see :func:`find_figure`), with the reply's mask and names as ``cmsim.scoring.criteria.facts`` reads
them.

Kinds of figure (keys): a number ``n7500`` (digit groups joined: "7 500", "7,500"; decimals kept: "238,60" is
``n238.6``; number words: "twenty-five", « quatre-vingt-dix »; a currency word or sign beside it left out), a
percentage ``p20`` ("20 %", "20 per cent", « 20 pour cent »), a date ``d20-6`` ("20 June", "June 20th", "the 20th of
June", « 20/06 », « le premier juillet »), a clock time ``t14:30`` ("2.30pm", "14:30", « 14 h 30 », « 14 heures 30 »;
noon and midnight), and a unit after a number, an item of its own (``u gram``: "7g", "7 grams"), so that "every 15"
still stands in "every fifteen minutes". The words are data (``figure-words`` lexicons, months' abbreviations from
``month-abbreviations``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from cmsim.scoring.abbreviations import MONTHS
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import Analysis, analyse, fold
from cmsim.scoring.wordsets import group_names, group_terms

FIGURE_WORDS = "figure-words"
_GLUED = re.compile(r"(\d+)(?:h(\d{2})?|([a-z]+))?")
"""A token led by digits: "10", "7h42", "48h", "10am", "20th", "1er", "7g"."""
_SPACES = frozenset({" ", "\u00a0", "\u202f", "'", "\u2019"})
"""What may join a number's digit groups in either language ("7 500", "1'200")."""
_THOUSANDS = {"en": ",", "fr": "."}
_DECIMALS = frozenset({",", "."})
_WORD_GAPS = frozenset({" ", "-", "\u2011"})
"""What may join the words of one number ("twenty-five", « vingt et un »)."""
_DAYS = range(1, 32)
_NOT_DATES = frozenset({(24, 7)})
"""Day and month pairs that are no date when written with a slash ("24/7": round the clock)."""


class Item(NamedTuple):
    """One token or one figure of a text: its key, its tokens (first, last exclusive), and whether it is a figure."""

    key: str
    first: int
    last: int
    figure: bool


class _Words(NamedTuple):
    numbers: dict[str, int]
    ordinals: dict[str, int]
    months: dict[str, int]
    endings: frozenset[str]
    joins: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    """Word sequences by group: currency, percent, am, pm, clock, noon, midnight."""
    units: tuple[tuple[tuple[str, ...], str], ...]
    """Word sequences of units, longest first, with the unit's name."""


@lru_cache(maxsize=2)
def _words(lang: str) -> _Words:
    lex = lexicons(lang)
    words = lex[FIGURE_WORDS]
    numbers: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    months: dict[str, int] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    units: list[tuple[tuple[str, ...], str]] = []
    for group in group_names(words):
        norms = tuple(tuple(analyse(t, lang).norms) for t in group_terms(words, group))
        if group.isdigit():
            numbers.update((n[0], int(group)) for n in norms if len(n) == 1)
        elif group.startswith("ordinal "):
            ordinals.update((n[0], int(group.split()[1])) for n in norms if len(n) == 1)
        elif group.startswith("month "):
            months.update((n[0], int(group.split()[1])) for n in norms if len(n) == 1)
        elif group.startswith("unit "):
            units.extend((n, group[len("unit "):]) for n in norms if n)
        else:
            phrases[group] = norms
    abbreviations = lex[MONTHS]
    for full in group_names(abbreviations):
        month = months.get(fold(full))
        if month is not None:
            months.update((t, month) for t in map(fold, group_terms(abbreviations, full)))
    endings = frozenset(n[0] for n in phrases.pop("day endings", ()) if n)
    joins = frozenset(n[0] for n in phrases.pop("joins", ()) if n)
    units.sort(key=lambda u: -len(u[0]))
    return _Words(numbers, ordinals, months, endings, joins, phrases, tuple(units))


def _value(number: float) -> str:
    """A number's key: "7500", "238.6" (no trailing zeros)."""
    return str(int(number)) if number == int(number) else f"{number:.4f}".rstrip("0")


class _Reader:
    """Reads the figures of one analysis, token by token."""

    def __init__(self, an: Analysis) -> None:
        self.an, self.w = an, _words(an.lang)
        self.norms, self.n = an.norms, len(an.norms)

    def gap(self, j: int) -> str:
        """The text between token ``j - 1`` and token ``j``."""
        an = self.an
        return an.text[an.ends[j - 1] : an.starts[j]] if 0 < j < self.n else ""

    def phrase(self, group: str, j: int) -> int:
        """The end of a phrase of ``group`` starting at token ``j`` (``j`` when none)."""
        for seq in self.w.phrases.get(group, ()):
            if tuple(self.norms[j : j + len(seq)]) == seq:
                return j + len(seq)
        return j

    def unit(self, j: int) -> tuple[str, int] | None:
        for seq, name in self.w.units:
            if tuple(self.norms[j : j + len(seq)]) == seq:
                return name, j + len(seq)
        return None

    def day(self, j: int) -> tuple[int, int] | None:
        """A day's number at token ``j`` ("20", "20th", "1er", "twentieth", « premier »): (day, end)."""
        if j >= self.n:
            return None
        m = _GLUED.fullmatch(self.norms[j])
        if m and not m.group(2) and (not m.group(3) or m.group(3) in self.w.endings) and int(m.group(1)) in _DAYS:
            return int(m.group(1)), j + 1
        ordinal = self.w.ordinals.get(self.norms[j])
        if ordinal is not None:
            return ordinal, j + 1
        tens = self.w.numbers.get(self.norms[j])
        if tens in (20, 30) and j + 1 < self.n and self.norms[j + 1] in self.w.ordinals:
            return tens + self.w.ordinals[self.norms[j + 1]], j + 2
        return None

    def month_after(self, j: int) -> tuple[int, int] | None:
        """A month at token ``j``, or after "of" (en: "the 20th of June"): (month, end)."""
        k = j + 1 if j < self.n and self.norms[j] == "of" and self.an.lang == "en" else j
        month = self.w.months.get(self.norms[k]) if k < self.n else None
        return (month, k + 1) if month is not None else None

    def items(self, i: int) -> tuple[list[Item], int]:
        """The items read from token ``i``, and the token after them."""
        norms, w = self.norms, self.w
        if not self.an.is_word[i]:
            return [Item(norms[i], i, i + 1, False)], i + 1
        if self.an.lang == "en" and norms[i] in w.months:  # "June 20th", "Nov 9"
            day = self.day(i + 1)
            if day is not None and not self.number_continues(day[1]):
                return [Item(f"d{day[0]}-{w.months[norms[i]]}", i, day[1], True)], day[1]
        for group, key in (("noon", "t12:00"), ("midnight", "t0:00")):
            end = self.phrase(group, i)
            if end > i:
                return [Item(key, i, end, True)], end
        day = self.day(i) if not norms[i][:1].isdigit() else None
        if day is not None:
            month = self.month_after(day[1])  # "twentieth of June", "premier juillet", "20th June"
            if month is not None:
                return [Item(f"d{day[0]}-{month[0]}", i, month[1], True)], month[1]
        return self.number(i)

    def number_continues(self, j: int) -> bool:
        """Whether token ``j`` continues a number (":30", a year is not read here)."""
        return j < self.n and self.gap(j) == ":" and norms_digit(self.norms[j])

    def number(self, i: int) -> tuple[list[Item], int]:
        norms, w = self.norms, self.w
        m = _GLUED.fullmatch(norms[i])
        if m is None:
            return self.spelled(i)
        whole, hour_minutes, suffix = m.group(1), m.group(2), m.group(3)
        j = i + 1
        if suffix is None and norms[i] != whole:  # "7h42", "10h", "48h"
            if self.an.lang == "fr":
                return self.clock(i, int(whole), int(hour_minutes or 0), j, minutes_read=bool(hour_minutes))
            return [Item(f"n{whole}", i, j, True), Item("u hour", i, j, True)], j
        if suffix in ("am", "pm"):
            return [Item(_meridiem(int(whole), 0, suffix), i, j, True)], j
        if suffix and suffix in w.endings:
            return self.dated(i, int(whole), j, ordinal=True)
        if suffix:
            unit = self.unit_word(suffix)
            if unit is None:
                return [Item(self.an.stems[i], i, j, False)], j
            return [Item(f"n{whole}", i, j, True), Item(f"u {unit}", i, j, True)], j
        value: float = int(whole)
        grouped = False
        while j < self.n and norms_digit(norms[j]):
            gap = self.gap(j)
            if (gap == ":" or (gap == "." and _meridiem_at(norms, j))) and not grouped and len(norms[j]) in (2, 4):
                return self.clock(i, int(value), int(norms[j][:2]), j + 1, minutes_read=True, glued=norms[j][2:])
            if not norms[j].isdigit():
                break
            if len(norms[j]) == 3 and (gap in _SPACES or gap == _THOUSANDS[self.an.lang]) \
                    and (grouped or len(whole) <= 3):
                value, grouped, j = value * 1000 + int(norms[j]), True, j + 1
                continue
            if gap in _DECIMALS and len(norms[j]) <= 2 + int(gap != _THOUSANDS[self.an.lang]):
                value, j = float(f"{int(value)}.{norms[j]}"), j + 1
            break
        if not grouped and value == int(value):
            if j < self.n and self.gap(j) == "/" and norms_digit(norms[j]) and len(norms[j]) <= 2:
                day, month = int(value), int(norms[j])
                if day in _DAYS and 1 <= month <= 12 and (day, month) not in _NOT_DATES:
                    return [Item(f"d{day}-{month}", i, j + 1, True)], j + 1
            return self.dated(i, int(value), j, ordinal=False)
        return self.after(i, value, j)

    def unit_word(self, suffix: str) -> str | None:
        return next((name for seq, name in self.w.units if seq == (suffix,)), None)

    def dated(self, i: int, value: int, j: int, ordinal: bool) -> tuple[list[Item], int]:
        """A number that may open a date ("20 June", "1er juillet") or be read as a number."""
        if value in _DAYS:
            month = self.month_after(j)
            if month is not None:
                return [Item(f"d{value}-{month[0]}", i, month[1], True)], month[1]
        if ordinal:
            return [Item(f"n{value}", i, j, True)], j
        return self.after(i, value, j)

    def spelled(self, i: int) -> tuple[list[Item], int]:
        """A number written in words ("twenty-five", « quatre-vingt-dix », "two hundred and fifty")."""
        norms, numbers = self.norms, self.w.numbers
        total = current = 0
        last: int | None = None
        j = i
        while j < self.n:
            if j > i and self.gap(j) not in _WORD_GAPS:
                break
            if norms[j] in self.w.joins and last is not None and j + 1 < self.n and norms[j + 1] in numbers:
                j += 1
                continue
            v = numbers.get(norms[j])
            if v is None:
                break
            if v >= 1000:
                total, current = total + max(current, 1) * v, 0
            elif v == 100:
                current = max(current, 1) * 100
            elif v == 20 and last == 4 and self.an.lang == "fr":
                current += 76  # « quatre-vingt(s) »
            elif last is None or v < last:
                current += v
            else:
                break
            last, j = v, j + 1
        if last is None:
            return [Item(self.an.stems[i], i, i + 1, False)], i + 1
        return self.after(i, float(total + current), j)

    def after(self, i: int, value: float, j: int) -> tuple[list[Item], int]:
        """What follows a number: a multiplier, a time, a percentage, a currency, a degree or a unit."""
        norms, text, an = self.norms, self.an.text, self.an
        if j < self.n and self.gap(j) in _WORD_GAPS and self.w.numbers.get(norms[j], 0) >= 1000:  # "8 millions"
            value, j = value * self.w.numbers[norms[j]], j + 1
        if j < self.n and value == int(value) and value <= 48:
            for group in ("am", "pm"):
                end = self.phrase(group, j)
                if end > j:
                    return [Item(_meridiem(int(value), 0, group), i, end, True)], end
            end = self.phrase("clock", j)
            if end > j:
                return self.clock(i, int(value), 0, end, minutes_read=False)
        after = text[an.ends[j - 1] : an.ends[j - 1] + 2].lstrip()
        if after.startswith("%"):
            return [Item(f"p{_value(value)}", i, j, True)], j
        end = self.phrase("percent", j)
        if end > j:
            return [Item(f"p{_value(value)}", i, end, True)], end
        end = self.phrase("currency", j)
        if after.startswith("°"):
            end = j + 1 if j < self.n and norms[j] in ("c", "f") and self.gap(j).strip() == "°" else j
            return [Item(f"n{_value(value)}", i, end, True)], end
        items = [Item(f"n{_value(value)}", i, end, True)]
        unit = self.unit(end)
        if unit is not None and end == j:
            items.append(Item(f"u {unit[0]}", j, unit[1], True))
            end = unit[1]
        return items, end

    def clock(self, i: int, hour: int, minutes: int, j: int, minutes_read: bool, glued: str = "") -> \
            tuple[list[Item], int]:
        """A clock time ("14 h 30", "10:30", "2.30pm"), its minutes already read or not."""
        norms = self.norms
        if not minutes_read and j < self.n and norms[j].isdigit() and len(norms[j]) == 2 and self.gap(j) == " ":
            minutes, j = int(norms[j]), j + 1
        meridiem = glued if glued in ("am", "pm") else ""
        for group in ("am", "pm"):
            end = self.phrase(group, j) if not meridiem else j
            if end > j:
                meridiem, j = group, end
        key = _meridiem(hour, minutes, meridiem) if meridiem else f"t{hour}:{minutes:02d}"
        return [Item(key, i, j, True)], j


def norms_digit(norm: str) -> bool:
    """Whether a token is digits alone, or two digits glued to "am"/"pm" (the minutes of "10:30am")."""
    return norm.isdigit() or (len(norm) == 4 and norm[:2].isdigit() and norm[2:] in ("am", "pm"))


def _meridiem_at(norms: list[str], j: int) -> bool:
    """Whether token ``j`` holds minutes then "am"/"pm" ("11.59pm"), or is followed by them ("11.59 pm")."""
    return norms[j][2:] in ("am", "pm") or (j + 1 < len(norms) and norms[j + 1] in ("am", "pm"))


def _meridiem(hour: int, minutes: int, meridiem: str) -> str:
    """A time's key on the 24-hour clock: "2pm" is ``t14:00``, "12am" ``t0:00``."""
    if meridiem and hour <= 12:
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return f"t{hour}:{minutes:02d}"


_ITEMS: dict[tuple[str, str], tuple[tuple[Item, ...], dict[str, list[int]]]] = {}
_ITEMS_MAX = 4096


def items(an: Analysis) -> tuple[tuple[Item, ...], dict[str, list[int]]]:
    """The items of ``an`` and where each key stands (remembered by text: the same reply is read by four
    qualities)."""
    key = (an.text, an.lang)
    known = _ITEMS.get(key)
    if known is None:
        if len(_ITEMS) > _ITEMS_MAX:
            _ITEMS.clear()
        reader = _Reader(an)
        found: list[Item] = []
        i = 0
        while i < reader.n:
            read, i = reader.items(i)
            found.extend(read)
        at: dict[str, list[int]] = {}
        for k, item in enumerate(found):
            at.setdefault(item.key, []).append(k)
        known = _ITEMS[key] = (tuple(found), at)
    return known


@lru_cache(maxsize=4096)
def term_keys(term: str, lang: str) -> tuple[str, ...] | None:
    """The keys of a fact's items when it holds a figure ("three weeks": ``n3``, ``week``), else None."""
    read = items(analyse(term, lang))[0]
    if not any(item.figure for item in read):
        return None
    return tuple(item.key for item in read)


def find_figure(an: Analysis, keys: tuple[str, ...], mask: list[bool], names: list[bool] | None) -> \
        tuple[int, int] | None:
    """Character span where ``keys`` (see :func:`term_keys`) stand in a row among ``an``'s items, on no masked token
    and no name."""
    found, at = items(an)
    k = len(keys)
    for start in at.get(keys[0], ()):
        run = found[start : start + k]
        if len(run) == k and all(item.key == key for item, key in zip(run, keys, strict=True)):
            first, last = run[0].first, run[-1].last
            if not any(mask[first:last]) and not (names and any(names[first:last])):
                return an.starts[first], an.ends[last - 1]
    return None
