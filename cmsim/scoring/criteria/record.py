"""The brand's record in place of the person's case: "every release goes through rigorous quality assurance", "nos
conseillers traitent plus de 2 000 appels par jour", "at Ledgerly, our mission has always been…".

A reply that answers a complaint with what the brand always, generally or massively does defends the brand; it says
nothing of this person's problem. The reading: a sentence where the brand speaks (we, our, nous, notre, on, or a word
of its name) holding a word of its record (``rubrics/lexicons/<lang>/brand-record.yaml``), that is no step for the
person (no act or commitment done for them, no next step, no time outside the record's own words), no apology or
feeling, no stock phrase and no question ("could you send us each receipt?" asks)."""

from __future__ import annotations

from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion, spans
from cmsim.scoring.criteria.moves import outside
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

RECORD = "brand-record"
_BRAND_SIDE = {"en": frozenset({"we", "our", "us", "ours"}), "fr": frozenset({"nous", "notre", "nos", "on"})}
"""Words by which the brand speaks of itself (a person's "I" speaks for themself, not for the brand's record)."""
_ABOUT_THE_PERSON = ("apology", "empathy", "next-step", "stock-phrases")
"""Lexicons whose words make a sentence about the person's case, or a stock phrase read elsewhere."""
_TO_THE_PERSON = {"en": frozenset({"you", "your", "yours"}),
                  "fr": frozenset({"vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes"})}
"""Words saying an act is done for the person ("we'll check every part of your machine"), not as a habit ("we ship
thousands of orders a week")."""


def brand_record(fv: FieldView, brand: str) -> list[Hit]:
    """The first record word of each sentence where the brand speaks of its record instead of the case (see the
    module)."""
    if fv.empty or fv.kind not in ("public", "private"):
        return []
    found = fv.hits(RECORD)
    if not found:
        return []
    an = fv.an
    sentence_of = an.sentence_of
    side = _BRAND_SIDE[fv.lex.lang] | {fold(w) for w in brand.split() if len(w) > 2}
    casework = {sentence_of[h.first] for name in _ABOUT_THE_PERSON for h in fv.hits(name)}
    to_them = _TO_THE_PERSON[fv.lex.lang]
    casework |= {s for s in (sentence_of[h.first] for h in first_person_acts(fv) + fv.hits("commitments"))
                 if to_them.intersection(an.norms[an.sentences[s].first : an.sentences[s].last])}
    casework |= {sentence_of[h.first] for h in outside(fv.hits("time"), found)}
    out: list[Hit] = []
    seen: set[int] = set()
    for h in found:
        s = sentence_of[h.first]
        if s in seen or s in casework:
            continue
        sent = an.sentences[s]
        if fv.raw[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?"):
            continue
        if side.intersection(an.norms[sent.first : sent.last]):
            seen.add(s)
            out.append(h)
    return out


@field_criterion("own-record", ("public", "private"), merge="min")
def own_record(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Listening is about the person's case: a sentence that answers with the brand's record ("every jacket is tested",
    "nous traitons des milliers de dossiers") defends the brand instead (graded 18 points under the scorer on average
    in the tuning split before this guard).

    A guard: applicable only when it happens, so it never dilutes the other listening criteria; then it scores 0."""
    found = brand_record(fv, ctx.brand.name)
    if not found:
        return NOT_APPLICABLE
    return Outcome(0.0, spans(fv, found, "-"))
