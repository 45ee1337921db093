"""What a reply does besides its words' tone: next steps, commitments and times (:func:`action_moves`), clock times
and short dates, and selling (:func:`pitches`). Several qualities read them, once per field."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

_CLOCK = re.compile(r"(?<![\w:])\d{1,2}(?:\s?[:h]\s?\d{2}|\s?h\b|\s?(?:am|pm)\b)|(?<![\w/])\d{1,2}/\d{1,2}(?![\w/])",
                    re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def clock_times(fv: FieldView) -> list[Hit]:
    """Clock times and short dates in the unmasked text ("9am", "16 h", "10:30", "20/04") as hits."""
    an = fv.an
    out: list[Hit] = []
    if not _DIGIT.search(an.text):  # every time or date holds a digit: one fast scan, not the pattern at each place
        return out
    for m in _CLOCK.finditer(an.text):
        first = bisect.bisect_left(an.ends, m.start() + 1)
        if first < len(an.starts) and not fv.mask[first]:
            last = bisect.bisect_left(an.ends, m.end())
            out.append(Hit(m.group(), "time", first, min(last + 1, len(an.starts)), m.start(), m.end()))
    return out


def action_moves(fv: FieldView) -> list[Hit]:
    """What the reply does about it: concrete next steps, first-person commitments or actions taken, and
    when (a time or a date), each kind counted once, stock phrases excluded."""
    found = fv.readings.get("action-moves")  # several criteria ask: read once per field
    if found is None:
        stock = fv.hits("stock-phrases") + fv.hits("defensive")
        steps = outside(fv.distinct("next-step"), stock)
        taken = {i for h in steps for i in range(h.first, h.last)}
        commitments = [h for h in outside(fv.distinct("commitments"), stock)
                       if h.first not in taken and not happening(fv, h)][:1]
        # a time inside a step's words ("passe demain reprendre le matelas") is its when, as one after it would be
        inside = {i for h in steps for i in range(h.first + 1, h.last - 1)}
        hours = {h.first for h in scheduled(fv)}  # "Monday to Friday 9am to 5pm": when the brand can be reached
        times = [h for h in fv.distinct("time") + clock_times(fv) if (h.first not in taken or h.first in inside)
                 and h.first not in hours][:1]
        found = fv.readings["action-moves"] = steps + commitments + times
    return list(found)


_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till|through|à|a|au|jusqu'?(?:à|au|a))\s*", re.IGNORECASE)
"""What joins two times into a range ("Monday to Friday", "de 9 h à 18 h", "8 h 30 - 12 h", "du lundi au samedi")."""
_ROUND_THE_CLOCK = re.compile(r"(?<!\w)(?:24\s?/\s?7|24\s?h\s?/\s?24|7\s?j(?:ours)?\s?/\s?7)(?!\w)", re.IGNORECASE)
"""A round-the-clock mark: "24/7", "24 h/24", "7j/7"."""
_SCHEDULE = "schedules"


def scheduled(fv: FieldView) -> list[Hit]:
    """The times of a schedule: two times joined as a range ("Monday to Friday 9am to 5pm", "du lundi au vendredi de
    9 h à 18 h", "aux horaires d'ouverture (8 h 30 - 12 h)"), a round-the-clock mark ("24/7", "24 h/24"), and a
    bare unit beside them ("our support hours are…"); and a timestamp in a video ("abordé à 6:32 dans la vidéo").
    They say when the brand can be reached or where to look, not when anything happens for the person: none is a
    step's time. A time outside the range stays one ("le poseur passe samedi de 8 h à 12 h")."""
    found = fv.readings.get(_SCHEDULE)
    if found is None:
        an = fv.an
        clocks = clock_times(fv)
        times = sorted(fv.hits("time") + clocks, key=lambda h: h.start)
        found = [clock for clock in clocks if _ROUND_THE_CLOCK.search(an.text, max(0, clock.start - 6), clock.end + 6)]
        for a, b in pairwise(times):
            if an.sentence_of[a.first] == an.sentence_of[b.first] and _RANGE.fullmatch(an.text[a.end : b.start]):
                found += [a, b]
        words = fv.hits(_WORDS)
        units = {h.first for h in words if h.group == "units"}
        ranged = {an.sentence_of[h.first] for h in found}
        found += [h for h in times if an.sentence_of[h.first] in ranged and h.first in units
                  and not (h.first and _DIGIT.search(an.surface[h.first - 1]))]
        media = {h.first for h in words if h.group == "media"}  # "6:32 dans la vidéo", "3:42 in the video"
        found += [h for h in clocks if any(j in media for j in range(h.last, h.last + _MEDIA_REACH)
                                           if j < len(an.norms) and an.sentence_of[j] == an.sentence_of[h.first])]
        fv.readings[_SCHEDULE] = found
    return list(found)


_WORDS = "schedule-words"
"""Lexicon of the words that make a time no step's: opening hours' units, and media after a timestamp."""
_MEDIA_REACH = 4
"""Words after a clock time within which a media word makes it a timestamp ("à 6:32 dans la vidéo")."""


_OTHER_CLASS = ("able", "ables", "ible", "ibles", "ion", "ions", "el", "els", "elle", "elles", "al", "ant", "ants",
                "ante", "antes", "on")
"""Endings of a word of another class than the step word its stem matched: an adjective of possibility
("remboursable", "refundable"), a noun in -ion ("expression" for "express"), an adjective in -el/-al ("données
personnelles", "le personnel", "personal" for "personnellement", "personally"), a person in -ant ("un remplaçant" for
"remplacement"); "person" for "personally" is read the same way (the term's own ending missing)."""


def other_class(fv: FieldView, hit: Hit) -> bool:
    """Whether a one-word step term matched a word of another class through their shared stem: "vos données
    personnelles" is no "personnellement", "non remboursable" no "remboursement", "l'expression de nos sentiments" no
    "express"."""
    if " " in hit.term or hit.last - hit.first != 1:
        return False
    word, term = fold(fv.an.surface[hit.first].lower()), fold(hit.term.lower())
    if word == term or word.startswith(term):
        return word != term and word[len(term):] in _OTHER_CLASS
    if term.endswith(("ly", "ellement")) and not word.endswith(("ly", "ment")):
        return True  # adverbs: "personnellement" / "personally" matched by "personnel", "person"
    return word.endswith(_OTHER_CLASS) and not term.endswith(word[-4:])


_HAPPEN = "arriv"
"""The stem of French "arriver": "votre colis arrive jeudi" is a step, "ça arrive à tout le monde" a generality."""
_GENERIC = frozenset({"ca", "cela", "qui"})
"""Subjects of "arriver" that make it "happen": "ça arrive", "cela peut arriver", "des choses qui arrivent"."""
_OFTEN = frozenset({"tous", "toutes", "chaque", "souvent", "parfois", "toujours", "jamais"})
"""Time words that make "arriver" a habit ("ça arrive tous les jours", "ça arrive parfois"), not a day it comes."""
_EVERYONE = frozenset({"tout", "tous", "toutes", "chacun", "chacune", "n", "nimporte", "meilleurs"})


def happening(fv: FieldView, hit: Hit) -> bool:
    """Whether a step word "arrive" says that something happens, not that something comes: its subject is "ça",
    "cela" or "qui" ("ça arrive", "ça peut arriver", "des choses qui arrivent"), or it happens to everyone ("ça arrive
    à tout le monde", "ça arrive aux meilleurs"). A generality about mishaps is no step for this person."""
    an = fv.an
    if fv.lex.lang != "fr" or not an.norms[hit.first].startswith(_HAPPEN):
        return False
    if any(h.first in (hit.last, hit.last + 1) and fold(an.norms[h.first]) not in _OFTEN for h in fv.hits("time")):
        return False  # "Votre batterie ? Ça arrive jeudi.", "la batterie, qui arrive jeudi, …": it comes, on a day
    before = [fold(n) for n in an.norms[max(0, hit.first - 3) : hit.first]]
    while before and before[-1] in ("peut", "peuvent", "y", "en", "lui", "leur", "nous", "vous", "m", "t", "s"):
        before.pop()
    after = [fold(n) for n in an.norms[hit.last : hit.last + 2]]
    return bool((before and before[-1] in _GENERIC) or (after[:1] in (["a"], ["aux"]) and after[1:2]
                                                        and after[1] in _EVERYONE))


def outside(hits: list[Hit], stock: list[Hit]) -> list[Hit]:
    """The hits that do not overlap any of ``stock``."""
    return [h for h in hits if not any(s.first < h.last and h.first < s.last for s in stock)]


def pitches(fv: FieldView) -> tuple[list[Hit], list[Hit]]:
    """Selling in a reply, split in two: pitches (a promo or an offer in a sentence that also gives a figure or a
    call to action: "use code X10 for 10% off, link in bio") and mere mentions ("a discount code was a mistake").
    An offer named in an apology ("sorry our 30% discount code was tied to…") is owning a mistake, neither."""
    pitch = fv.readings.get(_PITCHES)
    if pitch is None:  # trust, calm, listening, creativity and void sentences ask: read once per field
        pitch, mention = _pitches(fv)
        fv.readings[_PITCHES], fv.readings[_MENTIONS] = pitch, mention
    return list(pitch), list(fv.readings[_MENTIONS])


_PITCHES, _MENTIONS = "pitches", "pitch-mentions"
"""Keys of :func:`pitches`'s two lists in a field's cached readings."""


def _pitches(fv: FieldView) -> tuple[list[Hit], list[Hit]]:
    selling = fv.distinct("sales-push")
    if fv.kind == "post" or not selling:
        return [], []
    an = fv.an
    selling = [h for h in selling if not _stated(fv, h) and (h.group != ORDERED or _opens(fv, h))]
    owned = {an.sentence_of[h.first] for h in fv.hits("apology")}  # "sorry the discount code was tied to…"
    selling = [h for h in selling if an.sentence_of[h.first] not in owned]
    calls = {an.sentence_of[h.first] for h in fv.hits("calls-to-action")}
    offers = {an.sentence_of[i] for i in fv.live_words() if any(c.isdigit() for c in an.surface[i])}
    pitch = [h for h in selling if an.sentence_of[h.first] in calls | offers]
    return pitch, [h for h in selling if h not in pitch]


ORDERED = "ordered"
"""Group of the sales-push lexicon: buying words that sell only as an order opening a clause ("…only £4 a month:
upgrade in the app", « souscrivez dans l'appli »); "we'll upgrade you to express" is a remedy."""
_CLAUSE_MARKS = re.compile(r"[,;:.!?()\u2014-]")


def _opens(fv: FieldView, hit: Hit) -> bool:
    """Whether ``hit`` opens its sentence or follows a pause in it."""
    an = fv.an
    first = an.sentences[an.sentence_of[hit.first]].first
    return hit.first == first or bool(_CLAUSE_MARKS.search(an.text, an.ends[hit.first - 1], an.starts[hit.first]))


def _stated(fv: FieldView, hit: Hit) -> bool:
    """Whether a one-word sales term follows a subject pronoun or a negation in its sentence: "vous achetez chez nous
    depuis dix ans" says what someone does, "n'achetez pas" advises against buying; neither sells. Phrases
    ("profitez de nos soldes", "ne manquez pas notre") are read as written."""
    an = fv.an
    before = hit.first - 1
    if hit.last - hit.first != 1 or before < 0 or an.sentence_of[before] != an.sentence_of[hit.first]:
        return False
    return an.norms[before] in fv.lex["subject-pronouns"].words or an.norms[before] in fv.lex["negation"].words
