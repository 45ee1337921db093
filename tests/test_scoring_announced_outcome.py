"""A note saying the outcome was announced in public ("I have told Amara publicly why she was rejected", fresh9's
hiring form, graded 18 on teamwork, scored 45) tells that the public reply closed the case instead of holding the line
while the team works: the public reply's acts ("I have checked with our recruitment team: …") no longer hold it.
``fait-accompli.yaml`` lists these announcements in their own group (``announced``); a promise handed over (group
``promised``) keeps the public reply's line, as round 13 measured, and so does a note that bounds what it said ("in
public I have only said we are checking it"). Written for this test on an e-bike battery thread (fr and en), in no
dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.teamwork import ANSWERED_ONLY

THREAD = {
    "en": [{"author": "Ines", "text": "My e-bike battery died after two weeks. The shop says six weeks for a "
                                      "replacement."}],
    "fr": [{"author": "Ines", "text": "La batterie de mon vélo électrique a lâché au bout de deux semaines. Le magasin "
                                      "annonce six semaines pour la remplacer."}],
}
PUBLIC = {
    "en": "Ines, I have checked with our quality team: your battery was damaged by a fall, so the warranty does not "
          "cover it.",
    "fr": "Ines, j'ai vérifié avec notre équipe qualité : votre batterie a subi une chute, la garantie ne la "
          "couvre donc pas.",
}
ANNOUNCED = {
    "en": ["Quality: I have told Ines publicly that her battery claim is refused.",
           "Quality: FYI, I've told her publicly the warranty does not apply to her battery."],
    "fr": ["Qualité : j'ai dit publiquement à Ines que sa batterie n'était pas couverte.",
           "Qualité : pour info, je lui ai dit publiquement que la garantie ne s'appliquait pas à sa batterie."],
}
HOLDING = {
    "en": ["Quality: Ines's battery died after two weeks, can you check whether the warranty applies?",
           "Quality: in public I have only said we are checking it, nothing on the warranty. Can you confirm?"],
    "fr": ["Qualité : la batterie d'Ines a lâché au bout de deux semaines, pouvez-vous vérifier la garantie ?",
           "Qualité : en public je n'ai dit que nous vérifions, rien sur la garantie. Pouvez-vous confirmer ?"],
}


def holding(lang: str, note: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang],
                        expect={"person": "Ines", "teams": ["quality"]}, qualities=["teamwork"],
                        reply={"public": PUBLIC[lang], "internal_note": note})
    found = next(c for c in result.criteria if c.id == "holding-line")
    return found.score, [e.text for e in found.evidence]


@pytest.mark.parametrize(("lang", "note"), [(lang, n) for lang, notes in ANNOUNCED.items() for n in notes])
def test_an_outcome_announced_in_public_holds_no_line(lang: str, note: str) -> None:
    score, evidence = holding(lang, note)
    assert score <= ANSWERED_ONLY, evidence


@pytest.mark.parametrize(("lang", "note"), [(lang, n) for lang, notes in HOLDING.items() for n in notes])
def test_the_same_reply_still_holds_the_line_beside_a_note_that_asks(lang: str, note: str) -> None:
    score, evidence = holding(lang, note)
    assert score >= 60, evidence
