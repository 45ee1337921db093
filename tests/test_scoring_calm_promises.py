"""A promise the brand cannot keep does not take the matter on (round 6): "your sofa will be replaced by tonight,
guaranteed", "je vous promets que cela ne se reproduira plus" offer what the brand cannot stand behind, which hand
graders put near 60 on calm beside measured replies at 85-90. The reply's moves of taking it on earn no de-escalation;
its other moves (an apology, a feeling named) still count, and it is not told to "say what you are doing": it said
too much, and the promise is quoted.

Named from calm pairs of the tuning split (a bank's outage, a conference, a hospital, e-scooters). The sentences below
are written for a removal company that broke a sofa, in French and English, with near-misses that take it on without
a promise (a warranty with its term, a promise declined).
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Tom", "text": "Your movers dropped my sofa down the stairs and nobody answers. Furious."}],
    "fr": [{"author": "Tom", "text": "Vos déménageurs ont fait tomber mon canapé dans l'escalier, personne ne répond. "
                                     "Furieux."}],
}


def _de_escalation(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                        brand={"name": "Cartons & Co", "handle": "@cartonsco"}, expect={"person": "Tom"})
    return next(c for c in result.criteria if c.id == "de-escalation")


PROMISING = [
    ("en", "Tom, we'll have your sofa replaced by tonight, guaranteed."),
    ("en", "Tom, I promise you we'll sort it and this will never happen again."),
    ("en", "Tom, we guarantee every piece will be repaired by Friday."),
    ("en", "Tom, we're fixing it and it won't happen again."),
    ("en", "Tom, we'll refund everything today, 100% promised."),
    ("en", "Tom, we're on it and the stairs problem will be fixed for good."),
    ("fr", "Tom, nous remplaçons votre canapé ce soir, c'est garanti."),
    ("fr", "Tom, je vous promets que nous réglons tout et que cela ne se reproduira plus."),
    ("fr", "Tom, nous vous garantissons une réparation d'ici vendredi."),
    ("fr", "Plus jamais ça, Tom : nous réglons tout dès aujourd'hui."),
    ("fr", "Tom, on vous rembourse tout aujourd'hui, promis."),
    ("fr", "Tom, c'est promis, on répare tout demain matin."),
]
MEASURED = [
    ("en", "Tom, we'll check the sofa with you and reply by tonight."),
    ("en", "Tom, the repair is under guarantee for two years, so we'll book it this week."),
    ("en", "Tom, we can't give a date yet, but we're calling the workshop today."),
    ("fr", "Tom, nous vérifions le canapé avec vous et revenons vers vous ce soir."),
    ("fr", "Tom, la réparation est sous garantie deux ans : nous la programmons cette semaine."),
    ("fr", "Tom, nous ne pouvons pas encore donner de date, mais nous appelons l'atelier aujourd'hui."),
]


@pytest.mark.parametrize(("lang", "text"), PROMISING)
def test_a_promise_the_brand_cannot_keep_takes_nothing_on(lang: str, text: str) -> None:
    de_escalation = _de_escalation(lang, text)
    assert de_escalation.score == 30, (text, [e.text for e in de_escalation.evidence])
    assert any(e.polarity == "-" for e in de_escalation.evidence), text
    assert "charge" not in de_escalation.missing, text


@pytest.mark.parametrize(("lang", "text"), MEASURED)
def test_taking_it_on_without_a_promise_calms(lang: str, text: str) -> None:
    de_escalation = _de_escalation(lang, text)
    assert de_escalation.score >= 50, (text, [e.text for e in de_escalation.evidence])
    assert not any(e.polarity == "-" for e in de_escalation.evidence), text
