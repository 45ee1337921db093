# ruff: noqa: E501  (test replies are long literal strings)
"""Calm, round 14: set 14's graders read a reply that pleads the brand's innocence to the person it wronged as
defensive ("an isolated error that in no way reflects our values", "can you prove it was yours?", "set by our
partner, not by us"). Tested on a situation and replies written for the test (fr and en), in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Nadia", "text": "Your bakery's new poster uses my illustration. I never sold it to you and my name is nowhere on it."}],
    "fr": [{"author": "Nadia", "text": "La nouvelle affiche de votre boulangerie utilise mon illustration. Je ne vous l'ai jamais vendue et mon nom n'y figure nulle part."}],
}
PLAIN = {"en": "Hello Nadia, thank you for telling us. We are taking the poster down today.",
         "fr": "Bonjour Nadia, merci de nous l'avoir signalé. Nous retirons l'affiche aujourd'hui."}
PLEADING = {
    "en": ["Hello Nadia, thank you for telling us. We are taking the poster down today. This is an isolated mistake that in no way reflects our values.",
           "Hello Nadia, thank you for telling us. We are taking the poster down today. Can you prove the illustration is yours?",
           "Hello Nadia, thank you for telling us. We are taking the poster down today. The design was chosen by our printer, not by us."],
    "fr": ["Bonjour Nadia, merci de nous l'avoir signalé. Nous retirons l'affiche aujourd'hui. Il s'agit d'une erreur isolée qui ne reflète en rien nos valeurs.",
           "Bonjour Nadia, merci de nous l'avoir signalé. Nous retirons l'affiche aujourd'hui. Pouvez-vous prouver que l'illustration est de vous ?",
           "Bonjour Nadia, merci de nous l'avoir signalé. Nous retirons l'affiche aujourd'hui. Le visuel a été choisi par notre imprimeur, pas par nous."],
}


def calm(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", rubric="public-reply", thread=THREAD[lang],
                      expect={"person": "Nadia"}, qualities=["calm"], reply=text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pleading_the_brands_innocence_to_the_person_it_wronged_is_defensive(lang: str) -> None:
    plain = calm(lang, PLAIN[lang]).scores[Q.calm]
    for text in PLEADING[lang]:
        result = calm(lang, text)
        hostility = next(c for c in result.criteria if c.id == "no-hostility")
        assert hostility.score < 100 and any(e.polarity == "-" for e in hostility.evidence), text
        assert result.scores[Q.calm] < plain, text
