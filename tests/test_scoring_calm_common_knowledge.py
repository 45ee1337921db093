"""Calm, round 6: condescension by appeal to what "anyone" knows ("as anyone who flies knows, delays are part of
travel", "comme chacun sait") tells the person they should have known.

Found by the adversarial suite's en-delayed-flight condescension case once calm read the person's stakes: the case
names the five hours, and its appeal to common knowledge was read by nothing. Every sentence here was written for this
file, in other situations, fr and en, with near-misses ("anyone who flew on…can claim", "comme chacun de nos clients").
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Kofi", "text": "My new bike's chain snapped on the first ride and the shop says it's wear "
                                      "and tear. Ridiculous."}],
    "fr": [{"author": "Kofi", "text": "La chaîne de mon vélo neuf a cassé à la première sortie et le magasin parle "
                                      "d'usure. Ridicule."}],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                        brand={"name": "Rayon", "handle": "@rayon"}, expect={"person": "Kofi"})
    return next(c for c in result.criteria if c.id == "no-hostility")


APPEALS = [
    ("en", "Kofi, as anyone who rides knows, a chain needs oiling before the first outing."),
    ("en", "Kofi, as any cyclist knows, chains stretch in the first hundred miles."),
    ("en", "Kofi, as we all know, new chains have to be checked after a week."),
    ("en", "Kofi, as everybody knows, a chain is a wear part."),
    ("en", "Kofi, anyone who has ever owned a bike knows a chain can snap."),
    ("fr", "Kofi, comme chacun sait, une chaîne se graisse avant la première sortie."),
    ("fr", "Kofi, comme n'importe quel cycliste le sait, une chaîne s'use."),
    ("fr", "Kofi, tout cycliste sait qu'une chaîne neuve se contrôle après une semaine."),
    ("fr", "Kofi, comme nous le savons tous, la chaîne est une pièce d'usure."),
]
NEAR_MISSES = [
    ("en", "Kofi, anyone who bought the bike this month can have the chain replaced for free."),
    ("en", "Kofi, as you may know, we recalled that chain batch last week: yours is covered."),
    ("en", "Kofi, any mechanic in our shops knows this chain and can swap it today."),
    ("fr", "Kofi, comme chacun de nos clients, vous avez droit au remplacement gratuit de la chaîne."),
    ("fr", "Kofi, tout cycliste qui a acheté ce modèle peut faire changer la chaîne gratuitement."),
    ("fr", "Kofi, nous savons tous à l'atelier que cette chaîne pose problème : on la remplace."),
]


@pytest.mark.parametrize(("lang", "text"), APPEALS)
def test_an_appeal_to_what_anyone_knows_is_condescension(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40 and any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_anyone_or_everyone_in_an_offer_costs_nothing(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100
