"""Advice given as a rule: "we always recommend that customers carrying time-sensitive goods allow a buffer", "nous
conseillons toujours à nos clients de vérifier leur colis". Said to someone upset about a failure, a precaution stated
as what every customer is advised to do tells them the failure was theirs for not taking it: condescension. Advice to
this person about what to do now ("we'd recommend contacting your bank today") is none, and so is the same rule to
someone who is not upset (a tip). The cue words are data (``rubrics/lexicons/<lang>/rule-advice.yaml``)."""

from __future__ import annotations

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

RULE_ADVICE_COST = 60.0
"""What advice given as a rule costs calm in a reply to someone upset, as a blame (calm's own: read by listening's
regard and communication's respect as well, it lost pairs there)."""
RULE_ADVICE = "rule-advice"
"""Lexicon of the brand advising (``advice``: recommend, encourage, conseillons, invitons), of what makes the advice a
rule (``rule``: always, customers, everyone; toujours, nos clients, chacun) and of reaching us (``contact``)."""
_OWNS = frozenset({"owning", "agreement"})
"""Groups of the de-escalation lexicon that take the fault on or agree with the person: beside them, a rule advised to
everyone is a precaution shared ("vous avez raison, pardon … nous conseillons à tous les parents inquiets de faire
pareil"), not the fault passed back."""


def rule_advice(ctx: Context, fv: FieldView) -> list[Hit]:
    """One hit per sentence where the brand advises and a word makes the advice a rule, spanning the advice cue (the
    caller reads it only in a reply to someone upset); a sentence inviting the person to reach us ("we'd encourage
    anyone affected to get in touch") is none, and so is every one in a reply that owns the fault or agrees."""
    found = fv.hits(RULE_ADVICE)
    if len(found) < 2 or fv.kind == "internal":
        return []
    if any(h.group in _OWNS for f in ctx.fields if f.kind != "internal" for h in f.hits("de-escalation")):
        return []
    sentence_of = fv.an.sentence_of
    ruled = {sentence_of[h.first] for h in found if h.group == "rule"}
    ruled -= {sentence_of[h.first] for h in found if h.group == "contact"}
    out: list[Hit] = []
    for h in found:
        s = sentence_of[h.first]
        if h.group == "advice" and s in ruled and not _grants(fv, h):
            out.append(h._replace(group=RULE_ADVICE))
            ruled.discard(s)
    return out


_WE = frozenset({"we", "i", "nous", "on", "je", "j"})
_YOU = frozenset({"you", "your", "yours", "vous", "votre", "vos", "te", "t", "ton", "ta", "tes", "toi"})
_GRANT_REACH = 6


def _grants(fv: FieldView, advice: Hit) -> bool:
    """Whether the advice's sentence goes on to grant something to this person: after the advice, we (or I) act and
    the person is the object within a few words ("…, and we've already added yours today", "et on vous rembourse la
    location"). The rule then explains a remedy given, not a fault passed back."""
    an = fv.an
    sent = an.sentences[an.sentence_of[advice.first]]
    norms = an.norms
    return any(norms[i] in _WE and _YOU.intersection(norms[i + 1 : min(sent.last, i + 1 + _GRANT_REACH)])
               for i in range(advice.last, sent.last))
