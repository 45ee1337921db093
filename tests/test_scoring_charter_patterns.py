"""Communication's charter: shouting breaks a brand's voice, every shouted word and every emoji past the allowance
(issue 11: "capitals and emoji beyond the charter's allowance cost without a cap").

Every sentence here was written for this file before the pattern was: words in capitals (alone when long, or in a run),
"!!" and "?!" runs, and each emoji past the charter's allowance cost the charter; acronyms ("DM", "UPS", "SNCF",
"RGPD"), the brand's own name in capitals, one stressed word in a calm text ("on répare GRATUITEMENT"), a single "!"
and emoji within the allowance cost nothing.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Kim", "text": "My blender lid cracked on day two. Not impressed."}],
    "fr": [{"author": "Léa", "text": "Le couvercle de mon blender s'est fendu au bout de deux jours. Déçue."}],
}
BRAND = {"name": "MIXA", "handle": "@mixa", "charter": {"emoji": "sparing"}}


def _score(lang: str, text: str) -> StepResult:
    person = THREAD[lang][0]["author"]
    return score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=text, brand=BRAND,
                      expect={"person": person})


def _charter(lang: str, text: str) -> tuple[int, list[str]]:
    criterion = next(c for c in _score(lang, text).criteria if c.id == "charter")
    return criterion.score, [e.text for e in criterion.evidence if e.polarity == "-"]


# (the reply shouted, the same reply written calmly, a shouted word the evidence must quote)
SHOUTED = {
    "en": [
        ("Kim, we are SO SORRY, your new lid is ON ITS WAY!!!", "Kim, we are so sorry, your new lid is on its way.",
         "SORRY"),
        ("THANK YOU Kim, the replacement lid ships TOMORROW!!", "Thank you Kim, the replacement lid ships tomorrow.",
         "TOMORROW"),
        ("Kim, DM us and we will sort it TODAY, PROMISE!!! 🙏🙏🙏🙏", "Kim, DM us and we will sort it today 🙏",
         "TODAY"),
        ("Kim, that is NOT how our lids should behave?! Sending a new one.",
         "Kim, that is not how our lids should behave. Sending a new one.", "NOT"),
    ],
    "fr": [
        ("Léa, on est VRAIMENT désolés, votre couvercle ARRIVE demain !!!",
         "Léa, on est vraiment désolés, votre couvercle arrive demain.", "VRAIMENT"),
        ("MERCI Léa, le nouveau couvercle part DEMAIN !!", "Merci Léa, le nouveau couvercle part demain.", "DEMAIN"),
        ("Léa, écrivez-nous en MP, on règle ça AUJOURD'HUI, PROMIS !!! 🙏🙏🙏🙏",
         "Léa, écrivez-nous en MP, on règle ça aujourd'hui 🙏", "PROMIS"),
        ("Léa, ce n'est PAS normal pour un couvercle ?! On vous en envoie un autre.",
         "Léa, ce n'est pas normal pour un couvercle. On vous en envoie un autre.", "PAS"),
    ],
}


@pytest.mark.parametrize(("lang", "shouted", "calm", "word"),
                         [(lang, s, c, w) for lang, cases in SHOUTED.items() for s, c, w in cases])
def test_shouting_costs_the_charter_and_the_evidence_quotes_it(lang: str, shouted: str, calm: str, word: str) -> None:
    loud, evidence = _charter(lang, shouted)
    quiet, _ = _charter(lang, calm)
    assert loud < quiet
    assert any(word in e for e in evidence), evidence


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_emoji_past_the_allowance_costs_without_a_cap(lang: str) -> None:
    name = THREAD[lang][0]["author"]
    scores = [_charter(lang, f"{name}, a new lid is on its way {'🎉' * n}")[0] for n in (2, 3, 4, 5, 6)]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores), scores


NOT_SHOUTED = {
    "en": [
        "Kim, please DM us your order number and UPS will collect the jar.",
        "Kim, the EU warranty covers the lid, and a new one ships today!",
        "Kim, MIXA lids are tested to 90°C, so this one should not have cracked 🙁",
        "Thanks Kim 🙏 a new lid is on its way 🎉",
        "Kim, this Saturday our Leeds shop fits new lids for FREE, just bring the jar.",
        "Thanks Kim, your patience means a LOT to the team, a new lid ships today.",
    ],
    "fr": [
        "Léa, envoyez-nous le numéro de commande en MP, La Poste le récupère jeudi.",
        "Léa, le RGPD nous interdit de publier votre adresse ici, écrivez-nous en MP !",
        "Léa, les couvercles MIXA sont testés à 90 °C, celui-ci n'aurait pas dû se fendre 🙁",
        "Merci Léa 🙏 un nouveau couvercle part aujourd'hui 🎉",
        "Léa, samedi notre boutique de Lyon remplace GRATUITEMENT les couvercles, venez avec le bol.",
        "Merci Léa, votre patience nous touche VRAIMENT, un nouveau couvercle part aujourd'hui.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_SHOUTED.items() for t in texts])
def test_acronyms_brand_name_a_stressed_word_one_exclamation_and_allowed_emoji_cost_nothing(
    lang: str, text: str,
) -> None:
    score, evidence = _charter(lang, text)
    assert score == 100, evidence
