"""Pointing someone to where they can find out is advice, not a lecture: "renseignez-vous auprès de votre mairie" costs
no calm; "renseignez-vous avant de poster" still does (the lecture is in what comes after, as in "avant de vous
plaindre"). Sentences written for this test, in situations the dev set does not have."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality

UPSET = "Mon vélo a été enlevé par la fourrière alors que j'étais garée sur votre parking, c'est scandaleux !"

ADVICE = [
    "Claire, désolée pour cette matinée. Renseignez-vous auprès de la mairie pour la fourrière, nous vous "
    "remboursons les frais dès que vous nous envoyez la facture en message privé.",
    "Renseigne-toi à la fourrière municipale pour les horaires de retrait ; de notre côté, on vérifie la signalétique "
    "du parking aujourd'hui et on te répond ce soir.",
    "Pour les aides à la réparation, renseignez-vous auprès de votre caisse : nous vous envoyons en privé le "
    "devis détaillé qu'elle vous demandera.",
    "Merci Claire. Vous pouvez vous renseigner auprès du service des objets trouvés ; nous appelons aussi le gardien "
    "du parking cet après-midi.",
]
LECTURES = [
    "Renseignez-vous avant de poster, le parking est privé après 20 h.",
    "Renseigne-toi avant de raconter n'importe quoi : les panneaux sont partout.",
    "Renseignez-vous avant de vous plaindre, c'est écrit à l'entrée.",
]


def _calm(reply: str) -> tuple[int, list[str]]:
    result = score_line(lang="fr", platform="facebook", thread=[{"author": "claire_m", "text": UPSET}], reply=reply)
    hostile = [e.text for c in result.criteria if c.id == "no-hostility" for e in c.evidence if e.polarity == "-"]
    return result.scores[Quality.calm], hostile


@pytest.mark.parametrize("reply", ADVICE)
def test_pointing_to_where_to_find_out_is_no_lecture(reply: str) -> None:
    calm, hostile = _calm(reply)
    assert hostile == [] and calm >= 60, (calm, hostile)


@pytest.mark.parametrize("reply", LECTURES)
def test_find_out_before_you_post_is_still_a_lecture(reply: str) -> None:
    calm, hostile = _calm(reply)
    assert hostile and calm < 60, (calm, hostile)
