"""Communication's substance: the facts owed, concrete specifics and what happens next, not vague wording; figures a
post gives against its brief."""

from __future__ import annotations

import re
from functools import lru_cache

from cmsim.model.params import AlwaysParams, read_params
from cmsim.scoring.criteria import giveaways as _giveaways
from cmsim.scoring.criteria import trust as _trust
from cmsim.scoring.criteria.acts import GROUP, first_person_acts
from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, step_criterion
from cmsim.scoring.criteria.denial import negation_words
from cmsim.scoring.criteria.disclosure import brand_mailboxes, span_hit
from cmsim.scoring.criteria.facts import fact_coverage, needs_an_answer
from cmsim.scoring.criteria.inventions import figures, invented_figures, is_hour
from cmsim.scoring.criteria.listening import _recalled_date as recalled_date
from cmsim.scoring.criteria.moves import action_moves, outside, pitches
from cmsim.scoring.criteria.readability import quoted
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, lexicons
from cmsim.scoring.names import name_words
from cmsim.scoring.text import Analysis, analyse_cached, fold

READS = ("public", "private", "post")
FACTS_SHARE, SPECIFICS_SHARE, MOVES_SHARE = 0.6, 0.2, 0.2
"""Substance: the facts owed, concrete specifics (numbers, dates, times) and what happens next."""
SPECIFICS_FULL, MOVES_FULL = 3, 2
"""Specifics and next moves needed for their full share."""
RECAP_SHARE = 0.5
"""What the facts owed are worth in a reply that only reads them back: no act, no cause given, nothing the thread did
not say."""
VAGUE_COST = 25.0
"""Each vague or stock phrase costs substance this much."""
WRONG_FIGURE_COST = 25.0
"""Each figure a post gives that its brief never gave ("mardi 8 janvier à 18 h" for mercredi, 19 h) costs this much."""


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
    acts, doer = max(((_forward(ctx, fv)[:2], fv) for fv in live), key=lambda p: len(p[0]) * p[1].gate)
    specifics_share = SPECIFICS_SHARE * min(1.0, len(concrete) / SPECIFICS_FULL) * best.gate
    facts = FACTS_SHARE * coverage.ratio
    if not acts and not concrete and not any(_asks_or_offers(ctx, fv) or _explains(ctx, fv) for fv in live):
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


def _forward(ctx: Context, fv: FieldView) -> list[Hit]:
    """What happens next for the person: the moves (see :func:`moves`) and, when the step's details are private (an
    account, a booking, a claim), the way to take them private in a public reply: a DM, an MP, the brand's own mailbox
    ("Could you DM us the number on the account?", "écrivez-nous à contact@…"). Hand graders rank "So sorry, please DM
    us" above replies that write the person's details out or lecture them with facts: it is the step the person can
    take. Where nothing is private the invitation is no move (it still shows the reply is more than a recap)."""
    found = moves(ctx, fv)
    if not ctx.expect.private or fv.kind != "public":
        return found
    ways = [h for h in fv.distinct("private-channel") if not _refused(fv, h)]
    for box in brand_mailboxes(ctx, fv, own_domain=True)[:1]:
        start = fv.an.text.index(box)
        ways = [*ways, span_hit(fv.an, start, start + len(box), "mailbox")]
    taken = {i for h in found for i in range(h.first, h.last)}
    ways = [h for h in ways if h.first not in taken][:1]
    # the way private before a first person's act in its wake ("DM us and we'll take it from there"): the channel is
    # the step the person takes, the act what the brand does once they have
    return [h for h in found if h.group != GROUP] + ways + [h for h in found if h.group == GROUP]


def ways_forward(ctx: Context, fv: FieldView) -> list[Hit]:
    """What happens next for the person, whatever the step owes: the moves (see :func:`moves`) and a private channel
    not refused in its clause ("DM me the order number", "écrivez-nous en MP")."""
    return moves(ctx, fv) + [h for h in fv.distinct("private-channel") if not _refused(fv, h)]


_REFUSALS = negation_words(("denial", "particles", "more", "closed"))
_REFUSAL_BEFORE, _REFUSAL_AFTER = 7, 3
_CLAUSE = re.compile(r"[,;:]|\b(?:but|mais|so|donc|instead|plutôt)\b", re.IGNORECASE)


def _refused(fv: FieldView, h: Hit) -> bool:
    """Whether a private channel is refused or closed in its clause ("we don't handle billing by DM", "nous ne traitons
    pas les remboursements en message privé", "our DMs are closed"): no way forward. A prohibition in another clause
    ("don't post your number here, DM us") leaves the invitation standing."""
    an = fv.an
    sent = an.sentences[an.sentence_of[h.first]]
    start = max(sent.first, h.first - _REFUSAL_BEFORE)
    end = min(sent.last, h.last + _REFUSAL_AFTER)
    for j in range(start, end):
        if an.norms[j] not in _REFUSALS:
            continue
        lo, hi = (an.ends[j], an.starts[h.first]) if j < h.first else (an.ends[h.last - 1], an.starts[j])
        if not _CLAUSE.search(an.text[lo:hi]):
            return True
    return False


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


EXPLAINS_WORDS = 3
"""Content words the thread never used that a sentence giving a cause must bring to explain (not "because of course
that's when it happens")."""


def _explains(ctx: Context, fv: FieldView) -> bool:
    """Whether a field explains why: a sentence that gives a cause (``explanation``: "because", "due to", "parce que",
    "à cause de") with at least :data:`EXPLAINS_WORDS` content words the thread never used ("because the publisher's
    licence ended"). An explanation answers; the person's own facts read back do not."""
    causes = fv.hits("explanation")
    if not causes:
        return False
    an = fv.an
    function = fv.lex["function-words"].words
    given = _thread_stems(tuple(t.text for t in ctx.thread), ctx.lang)
    names = set(name_words(ctx.person)) | set(ctx.others) if ctx.person else set(ctx.others)
    cue = {i for h in causes for i in range(h.first, h.last)}
    for index in sorted({an.sentence_of[h.first] for h in causes}):
        sent = an.sentences[index]
        new = {an.stems[i] for i in range(sent.first, sent.last)
               if an.is_word[i] and not fv.mask[i] and i not in cue and an.norms[i] not in function
               and an.norms[i] not in names and an.stems[i] not in given}
        if len(new) >= EXPLAINS_WORDS:
            return True
    return False


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
    moved = {fv.an.sentence_of[h.first] for h in found}
    stock = fv.hits("stock-phrases") + fv.hits("defensive")
    found += [h for h in outside(first_person_acts(fv), stock + found) if fv.an.sentence_of[h.first] not in moved][:2]
    if not found:
        return found
    an = fv.an
    void = void_sentences(fv)
    given = _thread_stems(tuple(t.text for t in ctx.thread), ctx.lang)
    times = {i for h in fv.hits("time") for i in range(h.first, h.last)}

    def recalled(h: Hit) -> bool:  # "50 minutes on a Saturday", "ordered in March": when it happened, as told
        words = [i for i in range(h.first, h.last) if an.is_word[i]]
        return all(i in times and an.stems[i] in given for i in words) or recalled_date(ctx, fv, h)

    return [h for h in found if an.sentence_of[h.first] not in void and not recalled(h)
            and not _denied(fv, h)]


_DENIAL_REACH = 3
"""Words before a step in which a negation denies it ("we won't refund", "aucun remboursement", "on ne renvoie
pas")."""
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]")


def _denied(fv: FieldView, h: Hit) -> bool:
    """Whether a step is denied in its clause ("we won't refund it", "nous n'envoyons aucun remplacement"): a
    negation among the few words before it, no comma or colon between ("Pas de panique, on règle ça" still acts), or
    right after it ("ce remboursement ne correspond pas", "the refund isn't coming": the step word is what is
    denied)."""
    an = fv.an
    negation = fv.lex["negation"].words
    first = an.sentences[an.sentence_of[h.first]].first
    for k in range(h.first - 1, max(first, h.first - _DENIAL_REACH) - 1, -1):
        if _CLAUSE_END.search(fv.raw, an.ends[k], an.starts[k + 1]):
            break
        if an.norms[k] in negation:
            return True
    last = an.sentences[an.sentence_of[h.first]].last
    for k in range(h.last, min(last, h.last + _DENIED_AFTER)):
        if _CLAUSE_END.search(fv.raw, an.ends[k - 1], an.starts[k]):
            return False
        if an.norms[k] in negation:
            return True
    return False


_DENIED_AFTER = 2
"""Words after a step word in which a negation denies it."""


def void_sentences(fv: FieldView) -> set[int]:
    """Sentences that promise what the brand cannot keep ("within 10 minutes, guaranteed!", "demain matin, c'est
    promis"), grant a windfall or sell: neither their steps nor their figures are anything the person can rely on
    (computed once per field: next moves and specifics both ask)."""
    known = fv._distinct.get(_VOID)
    if known is None:
        known = fv._distinct[_VOID] = _trust.overpromises(fv) + _giveaways.windfalls(fv) + pitches(fv)[0]
    return {fv.an.sentence_of[h.first] for h in known}


_VOID = "@void"
"""Where a field's void-making hits are kept among its cached lexicon lists (no lexicon has this name)."""


def vague_wording(fv: FieldView) -> list[Hit]:
    """Vague or stock wording: stock phrases always; a vague phrase unless its sentence is concrete (a figure, a
    date, a time: "votez pour leurs prénoms sur notre site jusqu'au 15 juin" says what to do there and until when); a
    quoted stock phrase is mentioned, not used."""
    an = fv.an
    concrete = {an.sentence_of[h.first] for h in specifics(fv)}
    vague = [h for h in fv.distinct("vague") if an.sentence_of[h.first] not in concrete]
    return vague + [h for h in fv.distinct("stock-phrases") if not quoted(fv, h.start, h.end)]


def specifics(fv: FieldView) -> list[Hit]:
    """Concrete details: tokens with digits (prices, dates, references), clock times and named days (computed once
    per field: substance and its vague-wording check both ask)."""
    known = fv._distinct.get(_SPECIFICS)
    if known is not None:
        return list(known)
    an = fv.an
    words = fv.live_words() if _DIGIT.search(an.text) else []  # a text without a digit: no word to look at
    digits = [Hit(an.surface[i], "number", i, i + 1, an.starts[i], an.ends[i]) for i in words
              if _DIGIT.search(an.surface[i])]
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
    a recap (the facts owed count them), not information; "by 5pm", "on Monday", "refund of £34.99" are. Those of a
    void sentence (see :func:`void_sentences`: "a £60 voucher on top, guaranteed!") are not, nor in a post the figures
    its brief never gave ("founded in 1987", "plus de 25 000 clients": the brand talking about itself, which creativity
    prices as invented; the community acts on the brief's date, hour and price)."""
    found = specifics(fv)
    if not found:
        return found
    given = _thread_stems(tuple(an.text for an in ctx.thread), ctx.lang)
    an = fv.an
    wrong = {i for first, last in wrong_figures(ctx, fv) for i in range(first, last)}
    if fv.kind == "post" and ctx.brief is not None:  # "since 1987", "300,000 learners": the brand on itself
        wrong |= {i for _v, first, last in invented_figures(ctx, fv) for i in range(first, last)}
    void = void_sentences(fv)
    return [h for h in found if h.first not in wrong and an.sentence_of[h.first] not in void
            and not all(an.stems[i] in given for i in range(h.first, h.last) if an.is_word[i])]


@lru_cache(maxsize=256)
def _thread_stems(texts: tuple[str, ...], lang: str) -> frozenset[str]:
    return frozenset(s for text in texts for s in analyse_cached(text, lang).stems)


_DIGIT = re.compile(r"\d")
