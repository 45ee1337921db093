# ruff: noqa: E501  (test texts are long literal strings)
"""Corporate buzzwords cost clarity like internal jargon (issue 11, round 5): "démarche RSE", "marque employeur",
"levier de synergies avec l'écosystème", "thought leadership", "value proposition" say nothing the reader can use, and
hand graders put LinkedIn posts written in them under plain ones with the same facts, where clarity scored them 89-100.
The plain words the phrases are made of ("la démarche à suivre", "the pond's ecosystem", "une équipe dynamique", "our
team built the stand") cost nothing. Sentences written for this file, fr and en, none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BUZZ = [
    ("fr", "Dans le cadre de notre démarche RSE, notre brasserie ouvre ses portes samedi : une expérience immersive au cœur de notre savoir-faire."),
    ("fr", "Entreprises, boostez votre marque employeur avec un atelier de team building porteur de sens à la ferme, le 4 juin."),
    ("fr", "Ce partenariat, véritable levier de synergies avec l'écosystème économique local, s'inscrit pleinement dans notre feuille de route."),
    ("fr", "Nous recherchons des partenaires à forte valeur ajoutée, dans une dynamique de co-construction avec l'ensemble des parties prenantes."),
    ("en", "As part of our CSR strategy, our bakery opens its doors on Saturday for an immersive experience at the heart of our value chain."),
    ("en", "Companies, boost your employer brand with a purpose-driven team-building day on our farm on 4 June."),
    ("en", "This partnership is a game-changer that will move the needle for the whole local business ecosystem."),
    ("en", "We are looking for best-in-class partners who share our value proposition and our thought leadership on sustainability."),
]
PLAIN = [  # near-misses: the plain words these phrases are made of
    ("fr", "Voici la démarche à suivre pour vous inscrire : remplissez le formulaire sur notre site avant le 4 juin."),
    ("fr", "Une équipe dynamique vous accueille samedi à la brasserie, et la valeur de votre bon d'achat reste intacte."),
    ("en", "Five years after the clean-up, the pond's ecosystem is thriving again: come and see the newts on Saturday."),
    ("en", "Our team built the stand last night and the bakery opens on Saturday at 9am, with bread at £2 a loaf."),
]


def _clarity(lang: str, text: str) -> int:
    result = score_line(lang=lang, platform="linkedin", rubric="community-post", thread=[], reply=text)
    return next(c.score for c in result.criteria if c.id == "clarity")


@pytest.mark.parametrize(("lang", "text"), BUZZ)
def test_corporate_buzzwords_cost_clarity(lang: str, text: str) -> None:
    assert _clarity(lang, text) <= 80


@pytest.mark.parametrize(("lang", "text"), PLAIN)
def test_the_plain_words_of_those_phrases_cost_nothing(lang: str, text: str) -> None:
    assert _clarity(lang, text) >= 95
