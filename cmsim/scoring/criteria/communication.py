"""Communication: the brand's charter, clarity without jargon, respect without condescension."""

from __future__ import annotations

import re
from functools import lru_cache

from cmsim.model.params import AlwaysParams, ClarityParams, read_params
from cmsim.scoring.criteria import (
    HOSTILITY_COSTS,
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    Span,
    action_moves,
    fact_coverage,
    field_criterion,
    find_term,
    hostile_penalties,
    name_words,
    needs_an_answer,
    penalty_score,
    pitches,
    step_criterion,
)
from cmsim.scoring.criteria import trust as _trust  # its trust criterion, split off, registers here
from cmsim.scoring.criteria.calm import calming_moves
from cmsim.scoring.criteria.inventions import figures, invented_figures, is_hour
from cmsim.scoring.criteria.listening import _recalled_date as recalled_date
from cmsim.scoring.criteria.readability import SWITCHED_SHARE, other_language, shouted, verbosity_cost
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, lexicons
from cmsim.scoring.text import Analysis, analyse_cached, fold

READS = ("public", "private", "post")
WRONG_PRONOUN = 20.0
"""Each of the first two pronouns against the charter (tu/vous)."""
EMOJI_OVER_SPARING, EMOJI_FORBIDDEN = 15.0, 25.0
"""Each emoji beyond a sparing charter, or under a no-emoji charter (without a cap)."""
SHOUT_COST = 10.0
"""Each word in capitals that shouts and each run of "!!" or "?!" (no brand's voice shouts; without a cap)."""
HASHTAG_COST = 10.0
"""Each hashtag past the first in a reply to a person (a post's hashtags are the post's business)."""
_HASHTAG = re.compile(r"(?<![\w#])#[^\W\d_]\w*")
AVOIDED_WORD = 25.0
"""Each word the charter says the brand never uses."""
NO_SIGNATURE = 25.0
NAME_MISSING = 20.0
"""A public reply under a naming rule that never names the person."""
NAME_RULE = 15.0
"""Naming against the charter's rule (a surname under first names, any name under 'none', half a full name)."""
FACTS_SHARE, SPECIFICS_SHARE, MOVES_SHARE = 0.6, 0.2, 0.2
"""Substance: the facts owed, concrete specifics (numbers, dates, times) and what happens next."""
SPECIFICS_FULL, MOVES_FULL = 3, 2
RECAP_SHARE = 0.5
"""What the facts owed are worth in a reply that only reads them back: no act, nothing the thread did not say."""
"""Specifics and next moves needed for their full share."""
VAGUE_COST = 25.0
"""Each vague or stock phrase costs substance this much."""
WRONG_FIGURE_COST = 25.0
"""Each figure a post gives that its brief never gave ("mardi 8 janvier à 18 h" for mercredi, 19 h) costs this much."""
_TU = frozenset({"tu", "te", "toi", "ton", "ta", "tes"})
_VOUS = frozenset({"vous", "votre", "vos"})


@field_criterion("charter", READS, soft_gate=True)
def charter(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Pronoun, names, emoji policy, signature and words to avoid, as the brand's charter says; no brand's voice
    shouts (capitals, "!!!")."""
    rules = ctx.brand.charter
    an = fv.an
    score = 100.0
    evidence: list[Span] = []
    missing: list[str] = []

    def fault(cost: float, first: int, last: int) -> None:
        nonlocal score
        score -= cost
        evidence.append((fv.id, an.starts[first], an.ends[last - 1], "-"))

    if ctx.lang == "fr" and rules.pronoun != "any" and not (rules.pronoun == "tu" and addresses_several(ctx, fv)):
        wrong = _VOUS if rules.pronoun == "tu" else _TU
        bad = [i for i, n in enumerate(an.norms) if n in wrong and not fv.mask[i]]
        for i in bad[:2]:
            fault(WRONG_PRONOUN, i, i + 1)
    emoji = an.emoji()
    allowed = {"none": 0, "sparing": 2, "free": 10**6}[rules.emoji]
    for i in emoji[allowed:]:
        fault(EMOJI_OVER_SPARING if rules.emoji == "sparing" else EMOJI_FORBIDDEN, i, i + 1)
    marks = shouted(ctx, fv)
    if len(marks) == 1 and fv.raw[marks[0][0] : marks[0][1]].isalpha():
        marks = []  # one word stressed in a calm text ("on répare GRATUITEMENT") is emphasis, not shouting
    for start, end in marks:
        score -= SHOUT_COST
        evidence.append((fv.id, start, end, "-"))
    if fv.kind in ("public", "private"):  # a run of hashtags under a person is a post pasted there
        for m in list(_HASHTAG.finditer(fv.raw[: len(an.text)]))[1:]:
            score -= HASHTAG_COST
            evidence.append((fv.id, m.start(), m.end(), "-"))
    for term in rules.avoid:
        found = find_term(fv, term)
        if found:
            score -= AVOIDED_WORD
            evidence.append((fv.id, found[0], found[1], "-"))
    if rules.signature and fv.kind in ("public", "post") and not fold(fv.raw.strip()).endswith(
        fold(rules.signature.strip())
    ):
        score -= NO_SIGNATURE
        missing.append(rules.signature)
    if ctx.person and rules.names in ("first_name", "none", "full_name"):
        words = ctx.person.split()
        surname = set(name_words(" ".join(words[1:])))
        parts = set(name_words(words[0])) | surname
        used = [i for i, n in enumerate(an.norms) if n in parts and not fv.mask[i]]
        if rules.names != "none" and not used and fv.kind == "public":
            score -= NAME_MISSING
            missing.append(ctx.person)
        if rules.names == "none" and used:
            fault(NAME_RULE, used[0], used[0] + 1)
        elif rules.names == "first_name" and surname and any(an.norms[i] in surname for i in used):
            i = next(i for i in used if an.norms[i] in surname)
            fault(NAME_RULE, i, i + 1)
        elif rules.names == "full_name" and surname and not parts <= {an.norms[i] for i in used}:
            score -= NAME_RULE
            missing.append(ctx.person)
    return Outcome(max(0.0, score), sorted(evidence, key=lambda s: s[1]), missing)


_PLURAL_AFTER_VOUS = frozenset({"deux", "trois", "tous", "toutes"})


def addresses_several(ctx: Context, fv: FieldView) -> bool:
    """Whether the reply speaks to several people ("Léa, Malik, vous avez raison", "vous deux"): then "vous" is
    a plural, right under a tu charter too."""
    an = fv.an
    mine = set(name_words(ctx.person)) if ctx.person else set()
    named = {"person" if n in mine else n for i, n in enumerate(an.norms)
             if not fv.mask[i] and (n in mine or n in ctx.others) and an.surface[i][:1].isupper()}
    if len(named) >= 2:
        return True
    return any(n == "vous" and an.norms[i + 1] in _PLURAL_AFTER_VOUS for i, n in enumerate(an.norms[:-1]))


@field_criterion("clarity", READS)
def clarity(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Sentences of a readable length, enough words to say something, no jargon, no corporate padding."""
    an = fv.an
    max_words = read_params(params, ClarityParams).max_sentence_words
    out = penalty_score(fv, [(fv.distinct("jargon"), 20.0), (fv.distinct("padding"), 10.0)])
    for sent in an.sentences:
        words = sum(1 for i in range(sent.first, sent.last) if an.is_word[i])
        if words > max_words:
            out.score -= min(30.0, (words - max_words) * 2.0)
            out.evidence.append((fv.id, sent.start, sent.end, "-"))
    live = len(fv.live_words())
    if live < 8:
        out.score -= 5.0 * (8 - live)
    verbose = verbosity_cost(ctx, fv, params, out.evidence)
    out.score -= verbose
    if verbose or fv.length_factor < 1.0:
        out.lacks.append("shorter")  # the feedback says it is too long, never "too short to say anything"
    switched = other_language(ctx, fv)
    if switched:
        out.score *= SWITCHED_SHARE
        out.evidence.extend((fv.id, an.starts[i], an.ends[i], "-") for i in switched[:3])
        out.missing.append("fr" if ctx.lang == "fr" else "en")
    out.score = max(0.0, out.score)
    return out


@field_criterion("respect", READS, merge="min", soft_gate=True)
def respect(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """No condescension, blame or defensiveness, and the register the brand asked for; the worst field counts."""
    tone = ctx.brand.charter.tone
    penalties = hostile_penalties(ctx, fv, HOSTILITY_COSTS)
    jabs = len(penalties)
    if tone == "casual":
        penalties.append((fv.distinct("formal-markers"), 20.0))
    elif tone == "formal":
        penalties.append((fv.distinct("casual-markers"), 20.0))
    return penalty_score(fv, penalties, jabs=jabs)


_FIRST_PERSON = frozenset({"i", "me", "my", "je", "j", "moi", "mon", "ma", "mes"})


@field_criterion("voice", READS, soft_gate=True)
def voice(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A human voice: someone speaks ("I"), warmly, to a named person; stock phrases sound like nobody."""
    an = fv.an
    evidence: list[Span] = []
    points = 0
    if ctx.brand.charter.tone != "formal":
        me = next((i for i, n in enumerate(an.norms) if n in _FIRST_PERSON and not fv.mask[i]), None)
        if me is not None:
            points += 1
            evidence.append((fv.id, an.starts[me], an.ends[me], "+"))
        dismissive = fv.hits("reassurance")
        warm = [h for h in calming_moves(ctx, fv) if not any(d.first <= h.first < d.last for d in dismissive)][:2]
        if warm:
            points += 1
            evidence.append((fv.id, warm[0].start, warm[0].end, "+"))
    else:
        points += 2 - min(2, len(fv.distinct("casual-markers")))
    if ctx.person:
        named = find_term(fv, ctx.person.split()[0])
        if named:
            points += 1
            evidence.append((fv.id, named[0], named[1], "+"))
    else:
        points += 1
    stock = fv.distinct("stock-phrases")
    evidence.extend((fv.id, h.start, h.end, "-") for h in stock)
    return Outcome(max(0.0, 40.0 + 20.0 * points - 25.0 * len(stock)), evidence)


NOTE_SHARE = 0.5
"""What the facts handed over in an internal note add to a reply's substance, as a share of what they add when read
with it: the team needs them, but the person only reads the reply."""


@step_criterion("substance", (*READS, "internal"), gated=True)
def substance(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """The reply says something the reader can use: the facts that matter, concrete specifics (numbers,
    dates, times) and what happens next, not vague or stock wording. The fields are read together; an internal note
    beside a reply adds :data:`NOTE_SHARE` of what it brings."""
    told = [fv for fv in fields if fv.kind != "internal"] or fields
    if not (read_params(params, AlwaysParams).always or needs_an_answer(ctx, told)):
        return NOT_APPLICABLE
    reply = _substance(ctx, told)
    if len(told) == len(fields):
        return reply
    together = _substance(ctx, fields)
    if together.score <= reply.score:
        return reply
    score = reply.score + NOTE_SHARE * (together.score - reply.score)
    return Outcome(score, together.evidence, reply.missing)


def _substance(ctx: Context, fields: list[FieldView]) -> Outcome:
    live = [fv for fv in fields if not fv.empty]
    if not live:
        return Outcome(0.0, missing=["facts"])
    coverage = fact_coverage(ctx, live)
    concrete, best = max(((new_specifics(ctx, fv), fv) for fv in live), key=lambda p: len(p[0]) * p[1].gate)
    acts, doer = max(((moves(ctx, fv)[:2], fv) for fv in live), key=lambda p: len(p[0]) * p[1].gate)
    specifics_share = SPECIFICS_SHARE * min(1.0, len(concrete) / SPECIFICS_FULL) * best.gate
    facts = FACTS_SHARE * coverage.ratio
    if not acts and not concrete and not any(_asks_or_offers(ctx, fv) for fv in live):
        facts *= RECAP_SHARE  # the person's facts read back to them, and nothing new: a recap, not an answer
    score = 100.0 * (facts + specifics_share + MOVES_SHARE * len(acts) / MOVES_FULL * doer.gate)
    evidence = list(coverage.evidence) + [(best.id, h.start, h.end, "+") for h in concrete[:3]]
    evidence += [(doer.id, h.start, h.end, "+") for h in acts]
    for fv in live:
        vague = vague_wording(fv)
        wrong = wrong_figures(ctx, fv)
        score -= VAGUE_COST * len(vague) + WRONG_FIGURE_COST * len(wrong)
        evidence.extend((fv.id, h.start, h.end, "-") for h in vague)
        evidence.extend((fv.id, fv.an.starts[first], fv.an.ends[last - 1], "-") for first, last in wrong)
    return Outcome(max(0.0, score), evidence, coverage.missing)


def wrong_figures(ctx: Context, fv: FieldView) -> list[tuple[int, int]]:
    """Token spans of the figures a post gives against its brief: a figure the brief never gave (see
    ``inventions.invented_figures``) that stands where the brief has one of its kind, an hour beside the brief's date
    or a figure before a word that follows one of the brief's ("dès 14 ans" for its "16 ans", "22 mars" for its "21
    mars", "8 €" for its "5 €"). The community acts on a changed day, hour, age or price: it is a wrong fact, never a
    specific. A figure of no kind the brief gives ("nos 2 000 livreurs") is the brand's own to state, creativity's to
    question."""
    if fv.kind != "post" or ctx.brief is None:
        return []
    invented = invented_figures(ctx, fv)
    if not invented:
        return []
    an = fv.an
    kinds = _figure_kinds(tuple(t.text for t in (ctx.brief, *ctx.thread)), ctx.lang)
    return [(first, last) for _value, first, last in invented
            if is_hour(an, fv.raw, first, last) or _kind_of(an, fv.raw, first, last) in kinds]


def _kind_of(an: Analysis, raw: str, first: int, last: int) -> str | None:
    """What a figure counts: the word right after it in its sentence ("16 ans", "21 mars", "£5" / "5 €")."""
    glued = an.norms[first].lstrip("0123456789.,") if an.norms[first][:1].isdigit() else ""
    if glued:
        return glued
    before = raw[max(0, an.starts[first] - 1) : an.starts[first]]
    if before.strip() and not before.isalnum() and before not in "([\"'«":
        return before
    if last < len(an) and an.sentence_of[last] == an.sentence_of[first]:
        after = raw[an.ends[last - 1] : an.starts[last]].strip()
        if not after:
            return an.stems[last]
        return None if after[0] in ",;:.!?()-–" else after
    return None


@lru_cache(maxsize=256)
def _figure_kinds(texts: tuple[str, ...], lang: str) -> frozenset[str]:
    """The kinds of the figures the brief and thread give (see :func:`_kind_of`)."""
    kinds: set[str] = set()
    numbers = lexicons(lang)["numbers"]  # "five packs" gives the kind "packs" too
    for text in texts:
        an = analyse_cached(text, lang)
        spans = [(first, last) for _v, first, last in figures(an, an.text)]
        spans += [(h.first, h.last) for h in numbers.find(an)]
        kinds.update(k for first, last in spans if (k := _kind_of(an, an.text, first, last)))
    return frozenset(kinds)


def _asks_or_offers(ctx: Context, fv: FieldView) -> bool:
    """Whether a field does more than read the facts back: a post (its news), a request ("could you check…"), a way
    forward ("DM us", "next step") in a reply."""
    return fv.kind not in ("public", "private") or bool(
        fv.hits("requests") or fv.hits("private-channel") or moves(ctx, fv))


def moves(ctx: Context, fv: FieldView) -> list[Hit]:
    """What happens next, read as listening reads it: a time the thread already gave ("20 minutes of drizzle") says
    how long it took, not when the next step comes; a sentence that promises what the brand cannot keep ("every
    backer by Friday, guaranteed") or sells is no step the person can rely on."""
    found = action_moves(fv)
    if not found:
        return found
    an = fv.an
    void = {an.sentence_of[h.first] for h in _trust.overpromises(fv) + _trust.windfalls(fv) + pitches(fv)[0]}
    given = _thread_stems(tuple(t.text for t in ctx.thread), ctx.lang)
    times = {i for h in fv.hits("time") for i in range(h.first, h.last)}

    def recalled(h: Hit) -> bool:  # "50 minutes on a Saturday", "ordered in March": when it happened, as told
        words = [i for i in range(h.first, h.last) if an.is_word[i]]
        return all(i in times and an.stems[i] in given for i in words) or recalled_date(ctx, fv, h)

    return [h for h in found if an.sentence_of[h.first] not in void and not recalled(h)]


def vague_wording(fv: FieldView) -> list[Hit]:
    """Vague or stock wording: stock phrases always; a vague phrase unless its sentence is concrete (a figure, a
    date, a time: "votez pour leurs prénoms sur notre site jusqu'au 15 juin" says what to do there and until when)."""
    an = fv.an
    concrete = {an.sentence_of[h.first] for h in specifics(fv)}
    vague = [h for h in fv.distinct("vague") if an.sentence_of[h.first] not in concrete]
    return vague + fv.distinct("stock-phrases")


def specifics(fv: FieldView) -> list[Hit]:
    """Concrete details: tokens with digits (prices, dates, references), clock times and named days (computed once
    per field: substance and its vague-wording check both ask)."""
    known = fv._distinct.get(_SPECIFICS)
    if known is not None:
        return list(known)
    an = fv.an
    digits = [Hit(an.surface[i], "number", i, i + 1, an.starts[i], an.ends[i])
              for i in fv.live_words() if _DIGIT.search(an.surface[i])]
    seen: set[str] = set()
    out: list[Hit] = []
    for hit in digits + fv.distinct("time"):
        key = fold(hit.term)
        if key not in seen:
            seen.add(key)
            out.append(hit)
    fv._distinct[_SPECIFICS] = out
    return list(out)


_SPECIFICS = "@specifics"
"""Where a field's specifics are kept among its cached lexicon lists (no lexicon has this name)."""


def new_specifics(ctx: Context, fv: FieldView) -> list[Hit]:
    """Specifics the thread did not already give: "£180" and "20 minutes" read back to the person who wrote them are
    a recap (the facts owed count them), not information; "by 5pm", "on Monday", "refund of £34.99" are."""
    found = specifics(fv)
    if not found:
        return found
    given = _thread_stems(tuple(an.text for an in ctx.thread), ctx.lang)
    an = fv.an
    wrong = {i for first, last in wrong_figures(ctx, fv) for i in range(first, last)}
    return [h for h in found if h.first not in wrong
            and not all(an.stems[i] in given for i in range(h.first, h.last) if an.is_word[i])]


@lru_cache(maxsize=256)
def _thread_stems(texts: tuple[str, ...], lang: str) -> frozenset[str]:
    return frozenset(s for text in texts for s in analyse_cached(text, lang).stems)


_DIGIT = re.compile(r"\d")
