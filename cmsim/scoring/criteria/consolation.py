"""Mock consolation: a silver lining or a wink said to someone upset, in a reply that does not care ("at least
you got some exercise"), read by hostility as the ``consolation`` family (calm's)."""

from __future__ import annotations

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.criteria.linings import silver_linings
from cmsim.scoring.criteria.moves import pitches
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.names import name_words

CONSOLATION = "consolation"
"""Lexicon of silver linings and winks: mock consolation to someone upset, in a reply that does not care (calm's)."""


def mock_consolations(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """The consolation hits that make light of the person answered, who is upset (the caller checks): none in a reply
    that cares (a joke beside an apology is warmth), no wink at a pitch (priced as selling), no wink shared with
    another person of the thread."""
    if _cares(ctx):
        return []
    return _to_others(ctx, fv, _not_selling(fv, hits))


def _cares(ctx: Context) -> bool:
    """Whether a field of the reply apologises, names the feeling or owns the fault (the de-escalation lexicon's owning
    group). A feeling word inside a silver lining is the joke's material, not care ("au moins tu fais du cardio en
    t'énervant", "at least your frustration burns calories"): a feeling counts outside the sentences of a silver
    lining."""
    return any(fv.kind != "internal" and (bool(fv.hits("apology")) or _felt_outside_jest(fv)
                                          or any(h.group == "owning" for h in fv.hits("de-escalation")))
               for fv in ctx.fields)


def _felt_outside_jest(fv: FieldView) -> bool:
    """Whether the field names a feeling in a sentence that holds no silver lining."""
    felt = fv.hits("empathy")
    if not felt:
        return False
    sentence_of = fv.an.sentence_of
    jest = {sentence_of[h.first] for h in fv.hits(CONSOLATION) + silver_linings(fv) if h.group == "silver-lining"}
    return any(sentence_of[h.first] not in jest for h in felt)


def _not_selling(fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """Consolation hits but winks at a pitch: "tu as vu notre offre à -30 % ? 😉" winks at an offer, which calm prices
    as selling to someone upset (one act, one price). A wink belongs to the sentence it closes."""
    pitched = {fv.an.sentence_of[h.first] for h in pitches(fv)[0]}
    if not pitched:
        return hits
    sentence_of = fv.an.sentence_of
    return [h for h in hits if h.group != "wink"
            or not {sentence_of[h.first], sentence_of[max(0, h.first - 1)]} & pitched]


def _to_others(ctx: Context, fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """Winks but those in a sentence that speaks to another person of the thread by name and not to the person
    answered ("Lucas, ta motivation et nos capsules, même combat 😅"): a joke shared with the joker, not a jest at the
    upset person's expense. A wink belongs to the sentence it closes."""
    if not ctx.others:
        return hits
    an = fv.an
    mine = set(name_words(ctx.person)) if ctx.person else set()

    def elsewhere(h: Hit) -> bool:
        if h.group != "wink":
            return False
        sent = an.sentences[an.sentence_of[max(0, h.first - 1)]]
        words = set(an.norms[sent.first : sent.last])
        return bool(words & ctx.others) and not words & mine

    return [h for h in hits if not elsewhere(h)]
