# ruff: noqa: E501  (test posts are long literal strings)
"""A post's communication counts whether it speaks to its community (issue 11, round 4): with the same facts, a post
that tells people what to do or asks them something ranks above a flat notice (hand graders did so on the opened sets:
a copy of the brief 72, the same facts speaking to the reader 90). Situations and posts written for this file, fr and en;
engagement bait earns nothing of it."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

BRIEFS = {
    "en-library": "Announce our free bike repair workshop at the Elm Street library on Saturday 4 May, 10am to 1pm. Bring your own bike, tools provided.",
    "en-bakery": "Post about our new sourdough class: Thursday evenings from 6 June, 6pm to 8pm, £25 per session, 8 places.",
    "en-pool": "Tell our members the outdoor pool reopens on 1 June after repairs, open 7am to 9pm every day.",
    "fr-biblio": "Annonce notre atelier gratuit de réparation de vélos à la médiathèque du Parc le samedi 4 mai, de 10 h à 13 h. Venir avec son vélo, outils fournis.",
    "fr-boulangerie": "Présente notre nouvel atelier pain au levain : le jeudi soir à partir du 6 juin, de 18 h à 20 h, 25 € la séance, 8 places.",
    "fr-piscine": "Annonce à nos adhérents que la piscine extérieure rouvre le 1er juin après travaux, ouverte de 7 h à 21 h tous les jours.",
}
FACTS = {
    "en-library": [["bike", "repair"], ["4 May"], ["library"], ["free"]],
    "en-bakery": [["sourdough"], ["6 June"], ["£25"], ["8 places"]],
    "en-pool": [["pool"], ["1 June"], ["7am"], ["9pm"]],
    "fr-biblio": [["vélo", "réparation"], ["4 mai"], ["médiathèque"], ["gratuit"]],
    "fr-boulangerie": [["levain"], ["6 juin"], ["25 €"], ["8 places"]],
    "fr-piscine": [["piscine"], ["1er juin"], ["7 h"], ["21 h"]],
}
PAIRS = [  # (situation, speaks to the community, the same facts as a flat notice)
    ("en-library", "Squeaky brakes? Flat tyre? Bring your bike to the Elm Street library on Saturday 4 May, 10am to 1pm: tools are on us and the repair workshop is free. What should we fix first?",
     "Free bike repair workshop. Elm Street library, Saturday 4 May, 10am to 1pm. Bikes not provided. Tools provided."),
    ("en-bakery", "Ever wanted to bake your own sourdough? Join our new class on Thursday evenings from 6 June, 6pm to 8pm. £25 a session, only 8 places, so book yours now.",
     "New sourdough class. Thursday evenings from 6 June, 6pm to 8pm. £25 per session. 8 places."),
    ("en-pool", "Towels out, everyone: the outdoor pool reopens on 1 June after the repairs! Open every day, 7am to 9pm. Who's taking the first swim?",
     "Outdoor pool reopening on 1 June after repairs. Opening hours: 7am to 9pm every day."),
    ("fr-biblio", "Un frein qui grince, un pneu à plat ? Venez avec votre vélo à la médiathèque du Parc le samedi 4 mai, de 10 h à 13 h : l'atelier est gratuit et on fournit les outils. Vous réparez quoi en premier ?",
     "Atelier gratuit de réparation de vélos. Médiathèque du Parc, samedi 4 mai, de 10 h à 13 h. Vélo non fourni. Outils fournis."),
    ("fr-boulangerie", "Envie de faire votre propre pain au levain ? Rejoignez notre nouvel atelier le jeudi soir dès le 6 juin, de 18 h à 20 h. 25 € la séance, 8 places seulement : réservez vite.",
     "Nouvel atelier pain au levain. Jeudi soir à partir du 6 juin, de 18 h à 20 h. 25 € la séance. 8 places."),
    ("fr-piscine", "Sortez les serviettes : la piscine extérieure rouvre le 1er juin après les travaux ! Ouverte tous les jours de 7 h à 21 h. Qui fait la première longueur ?",
     "Réouverture de la piscine extérieure le 1er juin après travaux. Horaires : de 7 h à 21 h tous les jours."),
]
BAIT = [  # near-misses: engagement bait is no way of speaking to the community
    ("en-pool", "Like and share to win a free summer pass! Outdoor pool reopening on 1 June after repairs. Opening hours: 7am to 9pm every day."),
    ("fr-piscine", "Likez et partagez pour gagner un pass été ! Réouverture de la piscine extérieure le 1er juin après travaux. Horaires : de 7 h à 21 h tous les jours."),
]


def _post(situation: str, text: str) -> tuple[int, int]:
    result = score_line(lang=situation[:2], platform="facebook", thread=[{"author": "brief", "text": BRIEFS[situation]}],
                        expect={"facts": FACTS[situation]}, rubric="community-post", qualities=["communication", "creativity"], reply=text)
    part = next((c.score for c in result.criteria if c.id == "speaks-to-community"), -1)
    return result.scores[Q.communication], part


@pytest.mark.parametrize(("situation", "speaking", "notice"), PAIRS)
def test_a_post_that_speaks_to_its_community_communicates_better_than_a_notice(situation: str, speaking: str, notice: str) -> None:
    assert _post(situation, speaking)[0] > _post(situation, notice)[0]


@pytest.mark.parametrize(("situation", "bait"), BAIT)
def test_engagement_bait_does_not_speak_to_the_community(situation: str, bait: str) -> None:
    notice = next(n for s, _speaking, n in PAIRS if s == situation)
    assert _post(situation, bait)[0] < _post(situation, notice)[0]
