"""The fault put back to the person as a question: "Are you sure you gave us the right flat number?", "Maybe your
doorbell isn't working?", "Ton compost manque peut-être un peu de chaleur ?". A question where "maybe" / "peut-être"
stands beside the person's own thing suggests the failure is theirs instead of answering it: condescension's doubt,
priced by calm alone. The brand's own doubt ("maybe our driver left it with a neighbour?") and an offer ("maybe you'd
prefer a refund?": no thing of the person's) are none, and so is a statement. The cue words are data
(``rubrics/lexicons/<lang>/doubt-question.yaml``)."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

DOUBT_QUESTION = "doubt-question"
"""Lexicon of doubts of the person's certainty (``sure``), hedges (``maybe``), the person's possessives (``yours``) and
the brand's words (``ours``)."""
DOUBT_QUESTION_COST = 60.0
"""What the fault put back as a question costs calm: a condescension's price (calm's own)."""


def doubt_questions(fv: FieldView) -> list[Hit]:
    """One hit per doubt of the person's certainty ("are you sure you…", "vous êtes sûr de…") and per question holding
    a hedge and a possessive of the person and no word of the brand, spanning the hedge."""
    found = fv.hits(DOUBT_QUESTION)
    if not found or fv.kind == "internal":
        return []
    an = fv.an
    by_sentence: dict[int, dict[str, Hit]] = {}
    for h in found:
        by_sentence.setdefault(an.sentence_of[h.first], {}).setdefault(h.group, h)
    out = [h._replace(group=DOUBT_QUESTION) for h in found if h.group == "sure" and not _offers_instead(fv, found, h)]
    for s, groups in by_sentence.items():
        sent = an.sentences[s]
        if "maybe" in groups and "yours" in groups and "ours" not in groups \
                and "?" in fv.raw[sent.start : sent.end + 2]:
            out.append(groups["maybe"]._replace(group=DOUBT_QUESTION))
    return out


_WISH_REACH = 2
"""How many words may stand between a doubt of certainty and the wish it questions ("vous êtes sûr de vouloir")."""


def _offers_instead(fv: FieldView, found: list[Hit], sure: Hit) -> bool:
    """Whether a doubt questions a wish ("are you sure you want to cancel", "êtes-vous sûr de vouloir résilier") and
    an alternative follows in its sentence or the next ("you can pause for free instead", "vous pouvez suspendre à la
    place"): an offer of another way, not the person's account doubted."""
    s = fv.an.sentence_of[sure.first]
    wish = any(h.group == "wish" and sure.last <= h.first <= sure.last + _WISH_REACH for h in found)
    return wish and any(h.group == "instead" and h.first > sure.last and fv.an.sentence_of[h.first] in (s, s + 1)
                        for h in found)
