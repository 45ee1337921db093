"""Policy recitals: the brand's rules put between it and someone upset ("as per our terms and conditions, memberships
renew automatically", "conformément à nos conditions générales, toute résiliation prend effet…", "our policy clearly
states that…"). Hand graders put such replies at 30–42 on calm, beside civil ones at 55–90, and no hostility reading
saw them. The cue words are data (``rubrics/lexicons/<lang>/recital.yaml``); what makes them a recital is read here."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

RECITAL = "recital"
"""Lexicon of the cues, and calm's family of the recitals read from them."""
RECITAL_COST = 50.0
"""What a policy recital costs calm in a reply to someone upset: a little under a blame (60), as passing the fault to a
third party (deflection, 50) is: the rules answer in the brand's place, without attacking the person."""
CUE_REACH = 4
"""How many words may stand between a conformity cue and the word of the rules ("as per the terms you accepted",
"conformément à nos conditions")."""
STATING_REACH = 3
"""How many words may stand between a word of the rules and its statement ("our policy clearly states")."""
NATURE_REACH = 2
"""How close to "conditions" a word of nature makes them the weather's ("selon les conditions météo", "under these
weather conditions"), not the brand's; further on in the sentence it is what the rules are about ("conformément à
nos CGV, les fermetures liées aux conditions météorologiques ne donnent lieu à aucun remboursement" recites)."""


def recitals(fv: FieldView) -> list[Hit]:
    """One hit (from the cue, or the word of the rules, to the word that makes it a recital) for each sentence that
    invokes the brand's rules: a conformity cue then, within :data:`CUE_REACH` words, a word of the rules; or a word of
    the rules then, within :data:`STATING_REACH` words, a statement. A sentence that grants the person something by
    the rules ("under our terms you're entitled to a full refund", "vous avez droit") or whose rules are nature's
    conditions ("selon les conditions météo", within :data:`NATURE_REACH` words) recites nothing. Read only in a reply
    to someone upset (the caller's test)."""
    found = fv.hits(RECITAL)
    if not found:
        return []
    an = fv.an
    sentence_of = an.sentence_of
    groups: dict[str, list[Hit]] = {}
    for h in found:
        groups.setdefault(h.group, []).append(h)
    rules = groups.get("rules", [])
    if not rules:
        return []
    spared = {sentence_of[h.first] for h in groups.get("favour", [])}
    nature = {h.first for h in groups.get("nature", [])}
    out: dict[int, Hit] = {}
    for rule in rules:
        s = sentence_of[rule.first]
        if s in spared or s in out or nature.intersection(range(rule.first - NATURE_REACH, rule.last + NATURE_REACH)):
            continue
        cue = next((c for c in groups.get("cue", []) if sentence_of[c.first] == s
                    and c.last <= rule.first <= c.last + CUE_REACH), None)
        stating = next((t for t in groups.get("stating", []) if sentence_of[t.first] == s
                        and rule.last <= t.first <= rule.last + STATING_REACH), None)
        if cue is not None:
            out[s] = Hit(cue.term, RECITAL, cue.first, rule.last, cue.start, rule.end)
        elif stating is not None:
            out[s] = Hit(rule.term, RECITAL, rule.first, stating.last, rule.start, stating.end)
    return sorted(out.values(), key=lambda h: h.first)
