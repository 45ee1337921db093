"""Anti-gaming: what of a reply may earn points, and how much the rest of the reply is worth.

Each field is read once into a :class:`~cmsim.scoring.fieldview.FieldView`: its analysis, a mask over tokens that earn
nothing (spans copied from the thread, sentences addressed to the grader, repeated sentences), its *substance* (share
of words standing in real sentences), and a *gate* that scales every criterion reading the field (substance × stuffing
× length). FieldView, the view and what criteria read of it, lives in :mod:`cmsim.scoring.fieldview`; it is imported
from here too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from cmsim.platforms import weighted_length
from cmsim.scoring.abbreviations import spell_out_dates
from cmsim.scoring.fieldview import CrossReading, OtherLanguage
from cmsim.scoring.fieldview import FieldView as FieldView  # re-exported: criteria import it from here
from cmsim.scoring.injection import doomed as injection_doomed
from cmsim.scoring.injection import speaks_to_grader, units
from cmsim.scoring.language import OTHER, other_sentences, reads_across, written_in_other
from cmsim.scoring.lexicon import Hit, Lexicons, lexicons
from cmsim.scoring.text import Analysis, Sentence, analyse, fold

MAX_CHARS = 3000
"""Only this many characters of a field are analysed; longer input is also penalised for length."""
COPY_NGRAM = 5
REWARD_LEXICONS = (
    "empathy", "apology", "next-step", "private-channel", "de-escalation", "hooks", "calls-to-action", "teams",
    "commitments",
)
_MAX_DENSITY = 0.6
_MIN_FUNCTION_SHARE = 0.12
_FULL_SUBSTANCE_WORDS = 8
_PACKED_TERMS = 8
"""Rewarded terms (distinct places) a field must hold before their density can read as packing."""
_LONG_RUN_WORDS = 12
_LONG_RUN_EXTRA = 0.13
_NOTE_FRAGMENT_WORDS = 6
"""A note to colleagues is a sentence up to this many words, grammar or not ("devs pls fix vat thing asap"); 4 gated
such a note to 0 on every teamwork criterion."""
_PAUSE = re.compile(r"[,;:–—(] |\s[-–—]\s")
_WORDS_PER_FREE_REPEAT = 25
"""A long reply may say a rewarded word again ("I'll… I'll…"): one repeat is free per this many words."""


@lru_cache(maxsize=256)
def thread_ngrams(texts: tuple[str, ...], lang: str) -> frozenset[tuple[str, ...]]:
    """Stem n-grams (n = 5) of the thread: a reply repeating one of them is copying the thread."""
    grams: set[tuple[str, ...]] = set()
    for text in texts:
        stems = analyse(text, lang).stems
        grams.update(tuple(stems[i : i + COPY_NGRAM]) for i in range(len(stems) - COPY_NGRAM + 1))
    return frozenset(grams)


def inspect(
    field_id: str, kind: str, platform: str | None, limit: int, text: str, lex: Lexicons,
    grams: frozenset[tuple[str, ...]],
) -> FieldView:
    """Analyse one field and apply every integrity check to it."""
    flags: list[str] = []
    typed = text
    text = unicodedata.normalize("NFC", text)  # the analysis reads NFC: its offsets must point into the same text
    scored = text
    if len(text) > MAX_CHARS:
        scored = text[:MAX_CHARS]
        flags.append("truncated")
    an = analyse(scored, lex.lang)
    spell_out_dates(an, lex)
    n = len(an)
    view = FieldView(field_id, kind, platform, limit, text, an, lex, [False] * n, flags=flags)
    if typed != text:
        view.typed, view.offsets = typed, _typed_offsets(typed, text)
    if not text.strip() or n == 0:
        view.flags.append("empty")
        return view
    view.other_language = _other_language(an, lex.lang)
    _mask_copies(view, grams)
    if reads_across(an, lex.lang):
        view.cross = _cross_reading(view)
    _mask_grader(view)
    _mask_repeats(view)
    view.substance = _substance(view)
    if view.substance <= 0.0:
        view.flags.append("no-sentence")
        return view
    view.length_factor = _length_factor(view)
    view.gate = view.substance * _stuffing_factor(view) * view.length_factor
    return view


def _other_language(an: Analysis, lang: str) -> OtherLanguage | None:
    """The sentences of a field written in both languages that are in the other one (a field written all in the other
    language is read in it whole: see ``cmsim.scoring.foreign``)."""
    others = other_sentences(an, lang)
    if not others or written_in_other(an, lang):
        return None
    other = [False] * len(an)
    for k in others:
        sent = an.sentences[k]
        other[sent.first : sent.last] = [True] * sent.size
    own = [not o for o in other]
    return OtherLanguage(lexicons(OTHER[lang]), analyse(an.text, OTHER[lang]), own, other)


def _cross_reading(view: FieldView) -> CrossReading:
    """The field analysed in the other language, to be read for that language's insults and swear words in its own
    sentences (see ``cmsim.scoring.language.CROSS_READ``)."""
    other = view.other_language
    lang = OTHER[view.lex.lang]
    return CrossReading(lang, other.an if other is not None else analyse(view.an.text, lang))


def _function_words(view: FieldView) -> frozenset[str]:
    """The field's language's function words, and the other language's when the field is written in both."""
    own = view.lex["function-words"].words
    other = view.other_language
    return own if other is None else own | other.lex["function-words"].words


def _typed_offsets(typed: str, nfc: str) -> list[int] | None:
    """For each character of the NFC text (and its end), its offset in the text as typed; None when they cannot be
    lined up (then offsets are used as they are)."""
    out: list[int] = []
    i = 0
    while i < len(typed):
        j = i + 1
        while j < len(typed) and unicodedata.combining(typed[j]):
            j += 1
        out.extend([i] * len(unicodedata.normalize("NFC", typed[i:j])))
        i = j
    out.append(len(typed))
    return out if len(out) == len(nfc) + 1 else None


def _mask_copies(view: FieldView, grams: frozenset[tuple[str, ...]]) -> None:
    stems = view.an.stems
    copied = 0
    view.copied = [False] * len(stems)
    for i in range(len(stems) - COPY_NGRAM + 1):
        if tuple(stems[i : i + COPY_NGRAM]) in grams:
            for k in range(i, i + COPY_NGRAM):
                if not view.mask[k]:
                    view.mask[k] = True
                    view.copied[k] = True
                    copied += 1
    if copied and copied >= 0.3 * len(stems):
        view.flags.append("copied-thread")


def _mask_sentence(view: FieldView, index: int) -> None:
    sent = view.an.sentences[index]
    for k in range(sent.first, sent.last):
        view.mask[k] = True
        view.copied[k] = False  # masked for a reason a recap does not excuse


def _mask_grader(view: FieldView) -> None:
    """Mask every sentence that speaks to the grader: the lexicon on the text as typed, and the
    patterns of :mod:`cmsim.scoring.injection` on its folded form (fullwidth, hashtags, zero-width…),
    sentence by sentence and on neighbours read together."""
    an = view.an
    doomed = {an.sentence_of[hit.first] for hit in view.lex["grader"].find(an) if _names_grader(an, hit)}
    spans = units(view.an)
    doomed |= injection_doomed([view.an.text[a:b] for a, b in spans])
    for index in sorted(doomed):
        _mask_sentence(view, index)
    if doomed or speaks_to_grader(view.id):  # a batch line's field key is the candidate's text too
        view.flags.append("addresses-grader")


def _names_grader(an: Analysis, hit: Hit) -> bool:
    """Whether a grader term is there as written: a one-word term must be the word itself or its plural, not a word
    sharing its stem ("évaluateur" is not "évaluer les conditions", "evaluator" not "we'll evaluate your claim")."""
    return hit.last - hit.first > 1 or an.norms[hit.first].startswith(fold(hit.term))


def _mask_repeats(view: FieldView) -> None:
    seen: set[tuple[str, ...]] = set()
    repeated = 0
    for index, sent in enumerate(view.an.sentences):
        key = tuple(view.an.stems[sent.first : sent.last])
        if len(key) < 3:
            continue
        if key in seen:
            _mask_sentence(view, index)
            repeated += sent.size
        seen.add(key)
    if repeated and repeated >= 0.2 * len(view.an):
        view.flags.append("repetition")


def _substance(view: FieldView) -> float:
    """Share of words standing in real sentences (enough words, some function words), scaled by size."""
    function = _function_words(view)
    an = view.an
    total = an.word_count
    real = 0
    # Internal notes are telegraphic: fewer function words, but still more than a keyword list.
    minimum = _MIN_FUNCTION_SHARE / 2 if view.kind == "internal" else _MIN_FUNCTION_SHARE
    mask = view.recap_mask()  # a short recap in the customer's words is still the trainee's sentence
    for sent in an.sentences:
        words = [i for i in range(sent.first, sent.last) if an.is_word[i] and not mask[i]]
        if len(words) < 3:
            continue
        share = sum(1 for i in words if an.norms[i] in function) / len(words)
        # Short fragments may be telegraphic ("£169, free repairs for life"); a long run of words with
        # no pause (comma, colon, dash) and hardly any grammar is a keyword list, not a sentence.
        long_run = len(words) > _LONG_RUN_WORDS and not _PAUSE.search(view.raw, sent.start, sent.end)
        # A note to colleagues may be telegraphic ("Check today please.", "Photos public, thread growing."): a short
        # fragment there is a sentence; a long run of bare words still is not.
        fragment = view.kind == "internal" and len(words) <= _NOTE_FRAGMENT_WORDS
        if fragment or share >= minimum + (_LONG_RUN_EXTRA if long_run else 0.0) or _telegraphic(view, sent, words):
            real += len(words)
    if total == 0 or real == 0:
        return 0.0
    return min(1.0, real / _FULL_SUBSTANCE_WORDS) * float((real / total) ** 0.5)


_CLAUSE_WORDS = 6
"""A telegraphic clause is short ("refund today", "replacement ships Monday")."""
_TERMINAL = re.compile(r"\s*[.!?…]")


def _telegraphic(view: FieldView, sent: Sentence, words: list[int]) -> bool:
    """Whether a sentence with hardly any grammar is still written as prose, telegraphically ("Thanks Nadia, sorry:
    refund today, replacement ships Monday."): it opens on a capital, ends on a full stop, ! or ?, and is cut by pauses
    into short clauses most of which hold two words or more. A keyword list is not: one word between commas ("Refund,
    sorry, replacement, Monday."), no capital or final stop ("empathy, apology, next step"), or no pause at all."""
    an = view.an
    if not an.surface[words[0]][:1].isupper() or not _TERMINAL.match(an.text, sent.end):
        return False
    clauses = [1]
    for a, b in pairwise(words):
        if _PAUSE.search(an.text[an.ends[a] : an.starts[b] + 1] + " "):
            clauses.append(1)
        else:
            clauses[-1] += 1
    if len(clauses) < 2 or max(clauses) > _CLAUSE_WORDS:
        return False
    return 2 * sum(1 for c in clauses if c >= 2) >= len(clauses)


def _stuffing_factor(view: FieldView) -> float:
    """Below 1 when rewarded terms are packed densely or the same words come back again and again."""
    live = view.live_words()
    if not live:
        return 0.0
    factor = 1.0
    found = [h for name in REWARD_LEXICONS for h in view.hits(name)]
    covered = {i for h in found for i in range(h.first, h.last)}
    density = sum(1 for i in covered if view.an.is_word[i]) / len(live)
    # "Thanks Kate, it means a lot" and "Kim, sorry, your replacement ships today, I'll DM the tracking" are fine: a
    # short reply is dense in useful words by nature (and one phrase, "is working on a fix", covers five); packing
    # needs many rewarded terms
    if density > _MAX_DENSITY and len({h.first for h in found}) >= _PACKED_TERMS:
        factor *= _MAX_DENSITY / density
    repeats = _repeated_terms(view.an, found) - len(live) // _WORDS_PER_FREE_REPEAT
    if repeats >= 2:
        factor /= 1.0 + 0.25 * repeats
    function = _function_words(view)
    content = [view.an.stems[i] for i in live if view.an.norms[i] not in function]
    if len(content) >= 10:
        counts = Counter(content)
        variety = len(counts) / len(content)
        if variety < 0.55:
            factor *= variety / 0.55
        top = max(counts.values())  # most_common(1)'s count, without its heap
        if top >= 4 and top > 0.15 * len(content):
            factor *= 0.15 * len(content) / top
    if factor < 0.999:
        view.flags.append("stuffing")
    return factor


def _repeated_terms(an: Analysis, found: list[Hit]) -> int:
    """Rewarded terms said again among ``found`` (the rewarded lexicons' hits, in their order; each place counted
    once, whichever lexicons it belongs to)."""
    seen: set[str] = set()
    places: set[int] = set()
    repeats = 0
    for hit in found:
        if hit.first in places:
            continue
        places.add(hit.first)
        key = " ".join(an.stems[hit.first : hit.last])
        repeats += key in seen
        seen.add(key)
    return repeats


def _length_factor(view: FieldView) -> float:
    """1 within the platform's limit, falling to 0.2 at twice the limit and beyond."""
    length = weighted_length(view.raw, view.platform) if view.platform else len(view.raw)
    if length <= view.limit:
        return 1.0
    view.flags.append("too-long")
    over = length / view.limit - 1.0
    return max(0.2, 1.0 - 0.8 * over)
