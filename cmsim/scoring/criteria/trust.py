"""Trust: what a public reply or post must never do to the community (private data, pressure, promises the brand
cannot keep, public suspicion of someone). Split from ``communication`` (its trust criterion)."""

from __future__ import annotations

import bisect
import re

from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion, spans
from cmsim.scoring.criteria.denial import negation_words
from cmsim.scoring.criteria.disclosure import brand_mailboxes, disclosures, named_staff
from cmsim.scoring.criteria.giveaways import everyone_wins, windfalls
from cmsim.scoring.criteria.moves import pitches
from cmsim.scoring.criteria.overreach import overreach
from cmsim.scoring.criteria.pressure import pressures
from cmsim.scoring.criteria.readability import within_quotes
from cmsim.scoring.criteria.warranties import promised_hundred, warranted
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import Analysis

READS = ("public", "private", "post")
BROKEN_TRUST = 100.0
"""Pressure on a critic, private data asked for or written in public, bait, a pitch, public suspicion, a windfall
granted blind in public, a gain promised to everyone, a change to the whole service or a rule waived decided in a reply
(``overreach``): trust is gone."""
PROMISE_COST = 50.0
"""Each reassurance that runs ahead of the facts ("don't worry", "rest assured")."""
OVERPROMISE_COST = 65.0
"""Each promise the brand cannot keep ("guaranteed", "never again", "c'est promis"): it will be broken in front of
everyone, so it costs more than a reassurance (hand graders put such replies at 16-25 on communication, under stock
replies)."""

_NEGATIONS = negation_words(("denial", "particles", "none", "nobody", "without"))
_NEGATION_REACH = 3
_BEFORE, _AFTER = 8, 3
"""How far before ("winner #3 does look like a comp account") or after ("bots like @jane") the suspicion word
the person it is aimed at may stand."""


_INDEFINITE = frozenset({"a", "an", "any", "some", "every", "each", "un", "une", "des", "chaque", "tout", "toute"})


def _one_known_person(an: Analysis, h: Hit) -> bool:
    """Whether a third-party word designates one known person ("winner #3", "la gagnante"), not a group ("the
    winners", "les clients") nor anyone ("a customer", "un client")."""
    plural = an.surface[h.last - 1].lower().endswith(("s", "x"))
    return not plural and (h.first == 0 or an.norms[h.first - 1] not in _INDEFINITE)


def public_accusations(ctx: Context, fv: FieldView) -> list[Hit]:
    """Suspicion voiced in public about a third party: a suspicion word ("fake account", "triche") close to the
    name of someone else of the thread or a third party ("winner #3", "la gagnante"), in one sentence. Denials
    ("not a fake account", "on ne disqualifiera personne") are not accusations."""
    if fv.kind not in _PRIVACY_FIELDS:
        return []
    found = fv.hits("accusation")
    suspicion = [h for h in found if h.group == "suspicion"]
    if not suspicion:
        return []
    an = fv.an
    targets = [h.first for h in found if h.group == "third-party" and _one_known_person(an, h)]
    targets += [i for i in fv.live_words() if an.norms[i] in ctx.others]

    def aimed(h: Hit) -> bool:
        return any(an.sentence_of[t] == an.sentence_of[h.first] and -_BEFORE <= t - h.first <= _AFTER + h.last - h.first
                   for t in targets)

    return [h for h in suspicion if aimed(h)
            and not _NEGATIONS.intersection(an.norms[max(0, h.first - _NEGATION_REACH) : h.first])]


_PRIVACY_FIELDS = ("public", "post")


@field_criterion("trust", READS, merge="min", soft_gate=True)
def trust(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Keeps the community's trust: no private data asked for in public, no pressure on critics to delete
    or keep quiet, no reassurance that promises more than is known, no selling in a reply, no engagement bait in
    a post (platforms demote "like and share to win" and Meta's promotion rules forbid it), no public suspicion cast
    on someone else of the thread (it exposes a person before any check).

    When every fault found is of one sort, private data, selling or a promise, the rubric's hint of that name
    (``lacks``) says that one, not the whole list of what breaks trust."""
    pitch, mention = pitches(fv) if not offer_asked(ctx) else ([], [])
    bait = fv.distinct("engagement-bait") if fv.kind == "post" else []
    data = privacy_breaches(ctx, fv) + disclosures(ctx, fv)
    broken = pressures(fv) + data + bait + pitch
    broken += public_accusations(ctx, fv) + windfalls(fv) + everyone_wins(ctx, fv) + named_staff(ctx, fv)
    reassured = fv.distinct("reassurance")
    promises = reassured + mention
    over = overpromises(fv)
    broken += overreach(ctx, fv)
    score = 100.0 - BROKEN_TRUST * len(broken) - PROMISE_COST * len(promises) - OVERPROMISE_COST * len(over)
    evidence = sorted(spans(fv, broken + promises + over, "-"), key=lambda s: s[1])
    faults = len(broken) + len(promises) + len(over)
    kinds = [k for k, found in (("data", data), ("pitch", pitch + mention), ("promise", reassured + over)) if found
             and len(found) == faults]
    return Outcome(max(0.0, score), evidence, lacks=kinds)



@field_criterion("exposure", READS, merge="min")
def exposure(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """What a public reply does to the person that no civil reply does, however empty: their private data written or
    asked for in public (:func:`privacy_breaches`, ``disclosures``), or their complaint used to sell (``pitches``).

    Hand graders put such replies at 6-22 on communication, under a civil stock reply ("sorry for the inconvenience,
    please contact us": 15-40); trust's ceiling held both at about 30, the harm level with the emptiness. The rubric
    gives this guard weight 0 and its own ceiling, so it only holds the quality under the stock reply's; the other
    faults of trust (a promise, a windfall, a colleague named) keep trust's ceiling: graders split on them.
    A guard: not applicable to a reply that does neither, so it never dilutes."""
    data = privacy_breaches(ctx, fv) + disclosures(ctx, fv)
    pitch = pitches(fv)[0] if not offer_asked(ctx) else []
    if not data and not pitch:
        return NOT_APPLICABLE
    lacks = [] if data and pitch else ["data"] if data else ["pitch"]  # the hint naming the one it does
    return Outcome(0.0, sorted(spans(fv, data + pitch, "-"), key=lambda s: s[1]), lacks=lacks)



def offer_asked(ctx: Context) -> bool:
    """Whether the person asked about an offer: an offer word in a sentence of theirs that is a question, by its
    question mark or its opener, first in the sentence but for a handle ("What's in the spring offer you
    mentioned?", "is there a promo code for first orders", "Combien coûte l'abonnement famille ?"; not "Your prices
    are a rip-off"). The terms of an offer told to someone who asked for them answer them: no pitch (lexicon
    ``offer-questions``). Read once a step (``Context.offer_asked``): the person's words do not change per reply."""
    if ctx.offer_asked is None:
        ctx.offer_asked = _offer_asked(ctx)
    return ctx.offer_asked


def _offer_asked(ctx: Context) -> bool:
    lexicon = ctx.lex["offer-questions"]
    for an in ctx.person_said:
        hits = lexicon.find(an)
        offers = {an.sentence_of[h.first] for h in hits if h.group == "offer"}
        for index in offers:
            sent = an.sentences[index]
            opened = any(h.group == "openers" and an.sentence_of[h.first] == index and all(
                not an.is_word[i] or an.surface[i].startswith("@") for i in range(sent.first, h.first)) for h in hits)
            if opened or an.text[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?"):
                return True
    return False


_HUNDRED = re.compile(r"\b100\s?%")


def overpromises(fv: FieldView) -> list[Hit]:
    """Promises the brand cannot keep: "guaranteed", "never again", in a reply or a post; "every hour", "for sure"
    and "100%" in a reply only (a post's "100% recycled" is a fact, its "every hour" a timetable). A guarantee with a
    term ("guaranteed for 2 years", "sous garantie") is a warranty, not a promise; a claim inside a quotation (the
    label's « 100 % », an ad's "guaranteed dry") is mentioned to be discussed, not made.

    Read once per field (trust, next step, de-escalation and void sentences all ask): a fresh list each call."""
    found = fv.readings.get(_OVERPROMISES)
    if found is None:
        found = fv.readings[_OVERPROMISES] = _overpromises(fv)
    return list(found)


_OVERPROMISES = "overpromises"
"""Key of :func:`overpromises` in a field's cached readings."""


def _overpromises(fv: FieldView) -> list[Hit]:
    if fv.kind not in ("public", "private", "post"):
        return []
    an = fv.an
    out = [h for h in fv.distinct("overpromise") if (fv.kind != "post" or h.group == "promise")
           and not _recalled_or_purpose(an, h) and not within_quotes(fv, h.start, h.end)]
    out = [h for h in out if not warranted(fv, h)]
    if fv.kind == "post":
        return out
    if "100" not in an.text:  # what every match of the pattern holds (most replies: no search)
        return out
    taken = {i for h in out for i in range(h.first, h.last)}  # "garantie à 100 %": one promise, not two
    for m in _HUNDRED.finditer(an.text):
        first = bisect.bisect_left(an.ends, m.start() + 1)
        if first < len(an.starts) and not fv.mask[first] and first not in taken and not within_quotes(
                fv, m.start(), m.end()) and promised_hundred(fv, first):
            out.append(Hit(m.group(), "", first, first + 1, m.start(), m.end()))
            taken.add(first)
    return out


_PAST_PROMISE = frozenset({"promised", "promis"})
_RECALLED_BY = frozenset({"had", "have", "has", "d", "we", "i", "they", "as", "ai", "a", "avons", "avez", "ont",
                          "avais", "avait", "avions", "aviez", "avaient", "comme"})
"""Words before a past promise that make it a promise recalled or kept ("as promised", "we had promised you",
"on vous avait promis", "comme promis"), not a new one ("c'est promis", "promis, ça arrive demain")."""
_INFINITIVES = frozenset({"guarantee", "ensure", "garantir"})
_PURPOSE = frozenset({"to", "pour", "de"})
"""A guarantee as a purpose ("to guarantee everyone's safety", "pour garantir", "afin de garantir") promises nothing."""
_CLITICS = frozenset({"vous", "te", "t", "nous", "l", "le", "la", "les", "lui", "leur", "you", "them", "him", "her",
                      "us"})


def _recalled_or_purpose(an: Analysis, h: Hit) -> bool:
    """Whether a promise word speaks of a promise already made ("as promised", "on vous avait promis") or of a purpose
    ("pour garantir la sécurité"): neither promises anything new."""
    for i in range(h.first, h.last):
        if an.norms[i] in _PAST_PROMISE:
            before = [n for n in an.norms[max(0, i - 3) : i] if n not in _CLITICS]
            return bool(before) and before[-1] in _RECALLED_BY
    return an.norms[h.first] in _INFINITIVES and h.first > 0 and an.norms[h.first - 1] in _PURPOSE



def privacy_breaches(ctx: Context, fv: FieldView) -> list[Hit]:
    """Requests for personal data (account, card, address…) made in public with no private channel offered (the
    brand's own mailbox to write to is one: "email care@brand.com"). Data the sentence keeps out of public is not
    asked for: "please don't post your card number here", "no account details in the comments", "ne partagez jamais
    votre mot de passe", "évitez de publier votre IBAN"."""
    if fv.kind not in _PRIVACY_FIELDS or fv.distinct("private-channel") or brand_mailboxes(ctx, fv):
        return []
    an = fv.an
    asks = {an.sentence_of[h.first] for h in fv.hits("requests")}
    out: list[Hit] = []
    found = fv.distinct("sensitive-data")
    data = {i for h in found for i in range(h.first, h.last)}
    for hit in found:
        index = an.sentence_of[hit.first]
        end = an.sentences[index].end
        question = fv.raw[end : end + 3].lstrip(" )»\"'").startswith("?")
        if (index in asks or question) and not _withheld(an, hit, data):
            out.append(hit)
    return out


_CLAUSE_BREAK = re.compile(r"[,;:]\s")
"""A clause's end: the reach of a word withholding data stops there."""
_WITHHOLD = negation_words(("denial", "particles", "none", "avoid"))
"""Words that keep the data out of public ("don't", "no", "never", "avoid", "ne… pas", "jamais", "évitez")."""
_WITHHOLD_SCOPE = frozenset({
    "post", "posting", "share", "sharing", "put", "putting", "write", "writing", "give", "giving", "send", "sending",
    "publish", "type", "leave", "include", "paste", "mettez", "mettre", "partagez", "partager", "publiez", "publier",
    "ecrivez", "ecrire", "donnez", "donner", "laissez", "indiquez", "indiquer", "envoyez", "communiquez", "postez",
    "envoyer", "communiquer", "poster", "need", "needed", "necessary", "besoin", "necessaire",
    "surtout", "ever", "even", "please", "your", "any", "the", "or", "and", "votre", "vos", "ton", "ta", "tes", "de",
    "d", "du", "des", "ou", "et", "ici", "here", "in", "public", "en", "to", "us", "nous",
})
"""Words that may stand between the withholding word and the data: a verb of showing, its determiners, "here"; any
other word ("we can't refund without your bank details") ends its reach. A need denied is data kept out of public:
"there's no need to send us your card details", "pas besoin de nous envoyer vos coordonnées bancaires"."""
_WITHHOLD_REACH = 6


def _withheld(an: Analysis, hit: Hit, data: set[int]) -> bool:
    """Whether a negation or "avoid" keeps the data out of public, a verb of showing at most between them ("no account
    details here", "never share your password or bank details"; not "no worries, just post your card number", nor
    "we can't refund without your card number"). ``data`` holds the tokens of the sentence's other private data."""
    first = an.sentences[an.sentence_of[hit.first]].first
    reach = _WITHHOLD_REACH
    for i in range(hit.first - 1, first - 1, -1):
        if _CLAUSE_BREAK.search(an.text[an.ends[i] : an.starts[i + 1]]):
            return False
        if an.norms[i] in _WITHHOLD:
            return True
        if an.norms[i] not in _WITHHOLD_SCOPE and i not in data:
            return False
        reach -= i not in data  # other data listed take none of it ("votre numéro de carte ou vos coordonnées…")
        if not reach:
            return False
    return False
