"""Months and weekdays written short in a date ("Sun 9 Nov", "dim. 12 oct."), read as their full names.

Posts shorten dates; the brief, the expected facts and the instructor's checklist write them whole ("Sunday 9
November"). A reply's analysis gives such a token the stem of its full name (``month-abbreviations`` and
``weekday-abbreviations`` lexicons), so that facts, checklist items and the time lexicon find the date as written; the
token's surface and folded form stay as typed. A month abbreviation counts beside a day's number ("9 Nov", "Nov 9");
a weekday one when written as an abbreviation (capitalised or with its stop) and opening a date, a day's number then a
month ("Sat 28 Feb"). Elsewhere the token is the word it spells ("the sun", "we sat 20 minutes", "Sam 14 ans")."""

from __future__ import annotations

from functools import lru_cache

from cmsim.scoring.lexicon import Lexicon, Lexicons
from cmsim.scoring.text import Analysis, stem
from cmsim.scoring.wordsets import group_names, one_word_groups

MONTHS, WEEKDAYS = "month-abbreviations", "weekday-abbreviations"
_DAYS = range(1, 32)


def _full(lexicon: Lexicon, token_stem: str) -> str | None:
    """The full name a one-word abbreviation of ``lexicon`` stands for (its group), or None."""
    return one_word_groups(lexicon).get(token_stem)


@lru_cache(maxsize=4)
def _month_stems(months: Lexicon) -> frozenset[str]:
    """The stems of the months' full names (the groups of ``months``)."""
    return frozenset(stem(group, months.lang) for group in group_names(months))


def spell_out_dates(an: Analysis, lex: Lexicons) -> None:
    """Give each month or weekday abbreviation of ``an`` that stands in a date the stem of its full name (in place)."""
    months, weekdays = lex[MONTHS], lex[WEEKDAYS]
    norms, stems = an.norms, an.stems
    n = len(norms)

    def day(j: int) -> bool:
        return 0 <= j < n and norms[j].isdigit() and int(norms[j]) in _DAYS

    days = [j for j, norm in enumerate(norms) if norm.isdecimal() and int(norm) in _DAYS]  # what day() reads as one
    if not days:
        return  # no day's number, no date (most texts): nothing spelled short stands in one
    spelled: list[tuple[int, str]] = []
    for i in sorted({k for j in days for k in (j - 1, j + 1) if 0 <= k < n}):  # only a day's neighbours can be spelled
        if not an.is_word[i]:
            continue
        month = _full(months, stems[i])
        if month is not None and (day(i - 1) or day(i + 1)):
            spelled.append((i, stem(month, an.lang)))
            continue
        weekday = _full(weekdays, stems[i])
        marked = an.surface[i][:1].isupper() or an.text[an.ends[i] : an.ends[i] + 1] == "."
        if weekday is not None and marked and day(i + 1) and i + 2 < n \
                and (stems[i + 2] in _month_stems(months) or _full(months, stems[i + 2]) is not None):
            spelled.append((i, stem(weekday, an.lang)))
    for i, full in spelled:
        stems[i] = full
