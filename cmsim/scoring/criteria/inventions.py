"""Facts a post invents: figures its brief never gave (a founding year, a member count, a discount, an age limit, an
hour), read by their value so that "13/12" gives the brief's "13 December" and "5 winners" its "five winners"."""

from __future__ import annotations

import re
from functools import lru_cache

from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion
from cmsim.scoring.criteria.brief import brief_stems
from cmsim.scoring.criteria.facts import fact_coverage
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Lexicon, lexicons
from cmsim.scoring.names import brand_stems
from cmsim.scoring.text import Analysis, analyse_cached

READS = ("post",)
FIGURE_COST = 60.0
"""Each distinct figure the brief never gave: hand graders put a post that invents its brand's history, a discount or
an age limit with or under a bare copy of the brief, however well it is written (down to :data:`BESIDE`'s floor)."""
PROMOTION_WEIGHT = 2
"""A discount the brief never gave counts as this many invented figures: the post sells something else than its brief
("WINTER SALE: 20% off all lights" under a brief for a free safety-check day), which hand graders put at the bottom."""
_LEADING = re.compile(r"\d+")
_CLOCK = re.compile(r"\d{1,2}(h\d{0,2}|am|pm)$")
_ENUMERATOR = re.compile(r"[.)]\s|\s*:\s")
_THOUSANDS = frozenset({",", ".", " ", "\u202f", "\u00a0"})
"""What joins the digit groups of one number ("300,000", "1 500")."""
_DURATIONS = frozenset({"seconds", "second", "secs", "sec", "minutes", "minute", "mins", "min", "hours", "hour",
                        "days", "weeks", "secondes", "seconde", "heures", "heure", "jours", "semaines", "s"})
"""Units of a story's time ("30 secondes plus tard")."""
BESIDE = 45.0
"""What a post inventing figures keeps for the brief's facts it still gives, at most (all of them): an invented offer
beside the brief's facts leaves them standing ("-20 % sur toute la boutique" on top of the date, the hour and the
contest), and hand graders put such posts (35-42) above emoji soup and above an invented offer that replaces the
brief (8-15), while the scorer had them all at the bottom. The floor is this times the share of the facts kept (half
the facts: half the floor): posts that still announce the brief's event with a detail changed or added (graded 32-42)
sat with offers replacing it (15) under the square of that share (round 14). A post with an invented discount keeps
the square: it sells something else than its brief (graded 15-16 with half the facts kept)."""
DEGREE = 100
"""A hundred per cent is a degree ("100 % féminine", "100% handmade"), not a figure to check."""


def figures(an: Analysis, raw: str) -> list[tuple[tuple[int, ...], int, int]]:
    """Each number written in digits in ``an``: (the values it may stand for, first token, last token exclusive); digit
    groups of one number are joined ("300,000"), an hour keeps its minutes ("18:30"), a token led by digits counts by
    them ("10am", "1er", "£150"), and "7pm" stands for 7 and 19."""
    found: list[tuple[tuple[int, ...], int, int]] = []
    for i, norm in enumerate(an.norms):
        lead = _LEADING.match(norm)
        if not lead or raw[an.starts[i] - 1 : an.starts[i]] in ("#", "@"):
            continue
        if found and found[-1][2] == i and len(norm) == 3 and norm.isdigit() \
                and raw[an.ends[i - 1] : an.starts[i]] in _THOUSANDS:
            values, first, _last = found[-1]
            found[-1] = ((values[0] * 1000 + int(norm),), first, i + 1)
            continue
        if found and found[-1][2] == i and raw[an.ends[i - 1] : an.starts[i]] == ":":
            hour = found[-1][0][0]  # "18:30", "7:30pm": the minutes belong to the hour
            found[-1] = ((hour, hour + 12) if norm.endswith("pm") and hour < 12 else found[-1][0], found[-1][1], i + 1)
            continue
        value = int(lead.group())
        found.append(((value, value + 12) if norm.endswith("pm") and value < 12 else (value,), i, i + 1))
    return found


def is_hour(an: Analysis, raw: str, first: int, last: int) -> bool:
    """Whether the figure at tokens ``first``-``last`` is a clock time: "8pm", "20h30", "18:30", "19 h", "23 h 59"."""
    if _CLOCK.match(an.norms[first]) or ":" in raw[an.starts[first] : an.ends[last - 1]]:
        return True
    if first > 1 and an.norms[first - 1] == "h" and an.norms[first - 2].isdigit():
        return True  # the minutes of "23 h 59"
    return last < len(an.norms) and an.norms[last] in ("h", "am", "pm") and an.starts[last] - an.ends[last - 1] <= 1


def is_discount(an: Analysis, raw: str, first: int, last: int, discounts: Lexicon) -> bool:
    """Whether the figure at tokens ``first``-``last`` is a discount: a percentage taken off ("-20 %") or followed
    within two words by a word of discount ("20% off", "30 % de réduction")."""
    after = raw[an.ends[last - 1] : an.ends[last - 1] + 3].lstrip()
    if not after.startswith("%"):
        return False
    if raw[an.starts[first] - 1 : an.starts[first]] in ("-", "\u2212"):
        return True
    near = [h for h in discounts.find(an) if last <= h.first <= last + 2]
    return bool(near)


def _timed_dates(texts: list[Analysis]) -> frozenset[int]:
    """Figures the texts give in a sentence with a clock time (the days of "les 8 et 15 janvier à 19 h")."""
    timed: set[int] = set()
    for an in texts:
        found = figures(an, an.text)
        clocked = {an.sentence_of[f] for _v, f, e in found if is_hour(an, an.text, f, e)}
        timed.update(v for vs, f, e in found if an.sentence_of[f] in clocked and not is_hour(an, an.text, f, e)
                     for v in vs)
    return frozenset(timed)


def given_figures(texts: list[Analysis], numbers: Lexicon) -> frozenset[int]:
    """Every value the texts give, in digits or in words ("quatre", "December")."""
    values = {value for an in texts for found, _first, _last in figures(an, an.text) for value in found}
    values.update(int(h.group) for an in texts for h in numbers.find(an))
    return frozenset(values | {DEGREE})


@lru_cache(maxsize=256)
def _brief_figures(lang: str, sources: tuple[str, ...]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """What a step's brief gives, read once a step: every value it gives, the dates it gives a time for, and the
    discounts it offers."""
    lex = lexicons(lang)
    texts = [analyse_cached(t, lang) for t in sources]
    offered = {v for t in texts for vs, f, e in figures(t, t.text) if is_discount(t, t.text, f, e, lex["discounts"])
               for v in vs}
    return given_figures(texts, lex["numbers"]), _timed_dates(texts), frozenset(offered)


def invented_figures(ctx: Context, fv: FieldView) -> list[tuple[int, int, int]]:
    """The figures of ``fv`` its brief, expected facts, brand and thread never give, one per value. A list's or a
    script's numbering ("1. The contest is open…", "[Shot 2: the press turns]") is no figure, and a clock time is
    invented only beside a date the brief gives a time for ("closes Sunday 16 March, 8pm" fills in a detail the brief
    left open; "le 8 janvier à 18 h" where the brief says 19 h contradicts it)."""
    if brief_stems(ctx) is None or ctx.brief is None:
        return []
    facts = [a for f in ctx.expect.facts for a in ([f] if isinstance(f, str) else f)]
    given, timed, offered = _brief_figures(ctx.lang, (ctx.brief.text, *(t.text for t in ctx.thread), ctx.brand.name,
                                                      *facts))
    discounts = ctx.lex["discounts"]
    an = fv.an
    readers = _readers_world(ctx, fv)
    seen: set[int] = set()
    invented: list[tuple[int, int, int]] = []
    for values, first, last in figures(an, fv.raw):
        value = values[0]
        if is_discount(an, fv.raw, first, last, discounts):  # a discount is the brief's or a promotion of its own
            if not offered.intersection(values) and not fv.mask[first]:
                invented.append((value, first, last))
            continue
        if given.intersection(values) or value in seen or fv.mask[first] or an.sentence_of[first] in readers:
            continue
        sentence = an.sentences[an.sentence_of[first]]
        opens = first == sentence.first or fv.raw[an.starts[first] - 2 : an.starts[first]].strip() == ":"
        label = fv.raw[an.ends[last - 1] : an.ends[last - 1] + 3].lstrip().startswith(":") and not \
            fv.raw[an.ends[last - 1] : an.ends[last - 1] + 2].endswith(tuple("0123456789"))
        if (opens and _ENUMERATOR.match(fv.raw, an.ends[last - 1])) or label:
            continue
        if _story_time(an, last):
            continue
        if is_hour(an, fv.raw, first, last) and not any(
                timed.intersection(v) for v, f, e in figures(an, fv.raw)
                if an.sentence_of[f] == an.sentence_of[first] and not is_hour(an, fv.raw, f, e)):
            continue
        seen.add(value)
        invented.append((value, first, last))
    return invented


def _story_time(an: Analysis, last: int) -> bool:
    """Whether the figure ending at token ``last`` times a story ("30 secondes plus tard, il refait des tartines",
    "two hours later"): a duration then "later", "plus tard", "après", never "later than" or "plus tard que" (a claim
    about opening hours)."""
    if last >= len(an.norms) or an.norms[last] not in _DURATIONS:
        return False
    after = an.norms[last + 1 : last + 4]
    if after[:1] == ["later"]:
        return after[1:2] != ["than"]
    if after[:2] == ["plus", "tard"]:
        return after[2:3] != ["que"]
    return after[:1] in (["après"], ["apres"], ["afterwards"])


def _readers_world(ctx: Context, fv: FieldView) -> set[int]:
    """Sentences about the reader's world, where a figure is a picture, not a claim: addressed to the reader ("the
    pothos you overwatered, now 90% stem", "ton œuf fait 40 cm") or asked ("what would it sound like at 3am?"), and
    saying nothing of the brand (its name, "we", "our") and selling nothing."""
    an = fv.an
    persons = fv.hits("persons")
    reader = {an.sentence_of[h.first] for h in persons if h.group == "reader"}
    asked = {i for i, s in enumerate(an.sentences) if fv.raw[s.end : s.end + 2].lstrip().startswith("?")}
    brand_words = brand_stems(ctx)
    brand = {an.sentence_of[h.first] for h in persons if h.group == "brand"}
    brand |= {an.sentence_of[i] for i, s in enumerate(an.stems) if s in brand_words}
    brand |= {an.sentence_of[h.first] for h in fv.hits("sales-push")}
    return (reader | asked) - brand


@field_criterion("invented-facts", READS, merge="min")
def invented_facts(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Figures the brief never gave cost :data:`FIGURE_COST` each: a post announces what the brand decided, and an
    invented discount, age limit, founding year or member count is a fact the community will hold the brand to.

    The price has a floor: the share of the brief's facts the posts still give times :data:`BESIDE`, the square of
    that share when an invented figure is a discount (an invention beside the brief costs less than one in its place;
    an offer sells something else). A guard: applicable only to a post giving such a figure (a
    post keeping to its brief's figures is judged as any other); not applicable when the step gives no brief."""
    invented = invented_figures(ctx, fv)
    if not invented:
        return NOT_APPLICABLE
    an = fv.an
    evidence = [(fv.id, an.starts[first], an.ends[last - 1], "-") for _v, first, last in invented]
    discounts = ctx.lex["discounts"]
    promotions = sum(1 for _v, first, last in invented if is_discount(an, fv.raw, first, last, discounts))
    cost = FIGURE_COST * (len(invented) + (PROMOTION_WEIGHT - 1) * promotions)
    share = fact_coverage(ctx, [f for f in ctx.fields if f.kind == "post"]).ratio
    kept = BESIDE * (share ** 2 if promotions else share)  # a promotion sells something else: it keeps less
    return Outcome(max(kept, 100.0 - cost), evidence, [], lacks=["figures"])
