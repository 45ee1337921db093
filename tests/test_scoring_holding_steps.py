"""Teamwork's holding line reads the public reply's step as listening's next step does: a step word in a sales pitch
("don't miss tomorrow's keynote at 9am", "profitez de -20 % jusqu'à demain"), refused ("no refund is possible",
"aucun remboursement") or of another class ("non-refundable", "non remboursables") tells the person nothing of what
happens while the team works (fresh5's summit: "Don't miss tomorrow's keynote at 9am in the Main Hall!", graded 8 on
teamwork, held the line at 80). Such a reply answers without saying what happens: the holding line's
``ANSWERED_ONLY`` (less when the reply is short). A step the brand gives ("we'll send you a replacement battery
tomorrow") still holds it. Written for this test on an e-bike battery thread (fr and en), in no dev-set situation."""

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
NOTE = {"en": "Quality: Ines's e-bike battery died after two weeks, public thread on Facebook.",
        "fr": "Qualité : la batterie du vélo d'Ines a lâché au bout de deux semaines, fil public sur Facebook."}

NOTHING_HAPPENS = [
    ("en", "Ines, don't miss our spring sale: 20% off all batteries until tomorrow!"),
    ("en", "Ines, no refund is possible on batteries, sorry."),
    ("en", "Ines, batteries are non-refundable after 14 days."),
    ("fr", "Ines, profitez de nos soldes : -20 % sur toutes les batteries jusqu'à demain !"),
    ("fr", "Ines, aucun remboursement n'est possible sur les batteries."),
    ("fr", "Ines, les batteries sont non remboursables après 14 jours."),
]
HOLDING = [
    ("en", "Ines, we'll send you a replacement battery tomorrow."),
    ("en", "Ines, sorry, a refund is on its way today."),
    ("fr", "Ines, on vous envoie une batterie de remplacement demain."),
    ("fr", "Ines, désolés, le remboursement part aujourd'hui."),
]


def holding(lang: str, public: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang],
                        expect={"person": "Ines", "teams": ["quality"]}, qualities=["teamwork"],
                        reply={"public": public, "internal_note": NOTE[lang]})
    found = next(c for c in result.criteria if c.id == "holding-line")
    return found.score, [e.text for e in found.evidence]


@pytest.mark.parametrize(("lang", "public"), NOTHING_HAPPENS)
def test_a_step_word_that_sells_refuses_or_qualifies_holds_no_line(lang: str, public: str) -> None:
    score, evidence = holding(lang, public)
    assert score <= ANSWERED_ONLY, evidence


@pytest.mark.parametrize(("lang", "public"), HOLDING)
def test_a_step_given_still_holds_the_line(lang: str, public: str) -> None:
    score, evidence = holding(lang, public)
    assert score >= 60, evidence
