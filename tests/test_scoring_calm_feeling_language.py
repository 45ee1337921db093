"""The step's feeling named in English in a French scene (round 8): an instructor writing a French scenario may name the
person's feeling "angry" or "furious", as set 7's author did for three French situations. Calm read it only in the
scene's language, so the person was not upset for calm: a policy recital, a pitch or a joke at their expense cost
nothing. The feeling is now read in the scene's language or in English.

Written for a situation the dev set does not have (a gym's cancelled class, in French), with the feeling named in
French, in English, and a happy one in English that must not make the person upset.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = [{"author": "Chloé", "text": "Cours de yoga de 19 h annulé pour la troisième fois ce mois-ci, sans prévenir. "
                                      "J'ai traversé la ville pour rien."}]
BRAND = {"name": "Salle Atlas", "handle": "@salleatlas"}
RECITAL = ("Bonjour Chloé, conformément à notre règlement intérieur, les cours peuvent être annulés sans préavis et "
           "ne donnent lieu à aucun dédommagement.")
PITCH = "Chloé, découvrez notre nouvelle offre Premium à -20 % ce mois-ci, avec cours illimités !"


def _hostility(text: str, feeling: str) -> CriterionResult:
    result = score_line(lang="fr", platform="facebook", thread=THREAD, reply=text, brand=BRAND,
                        expect={"person": "Chloé", "feeling": feeling})
    return next(c for c in result.criteria if c.id == "no-hostility")


@pytest.mark.parametrize("feeling", ["en colère", "angry", "furious", "frustrated"])
@pytest.mark.parametrize("text", [RECITAL, PITCH])
def test_an_upset_person_is_upset_whatever_the_language_of_the_feeling(text: str, feeling: str) -> None:
    hostility = _hostility(text, feeling)
    assert hostility.score <= 60, (feeling, text)
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize("feeling", ["pleased", "ravie"])
def test_a_happy_feeling_in_either_language_is_not_upset(feeling: str) -> None:
    assert _hostility(PITCH, feeling).score == 100
