"""The matter handed to a third party (round 8): "the restaurant is run by an independent franchisee, who is solely
responsible for hiring its staff", "les frais sont prélevés par notre plateforme de paiement : c'est elle qu'il faut
contacter". The brand names who else is answerable and sends the person there instead of taking the matter on. Hand
graders put such replies at 34–42 on calm, under civil stock replies; without a word of denial ("not us", "out of our
hands") the scorer read them as spotless.

Deflection (calm's own family): a third party declared solely responsible, independent (a franchisee, an operator), or
the one to contact. Owning phrases that use the same words ("we are solely responsible for this mistake", "nous sommes
seuls responsables") take them over; forwarding the matter ourselves ("we've contacted the carrier for you") is none.

Named from misordered calm pairs of sets 6 and 7 (a fast-food franchise, a cabin's payment platform). The sentences
below are written for other situations (a car rental desk, a gym in a chain), in French and English, with near-misses
that must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Tariq", "text": "Your Leeds airport desk charged me £240 for a scratch that was already on the "
                                      "car. I sent you the photos. Disgraceful."}],
    "fr": [{"author": "Élodie", "text": "Votre salle de Nantes m'a encore prélevé l'abonnement alors que j'ai "
                                       "résilié en mars. Trois mails sans réponse, je suis à bout."}],
}
PERSON = {"en": "Tariq", "fr": "Élodie"}
BRAND = {"en": {"name": "Roadly Rentals", "handle": "@roadly"}, "fr": {"name": "FitZen", "handle": "@fitzen"}}
HONEST = {
    "en": "Tariq, I'm sorry: we're reviewing your photos against the check-out report today and will come back to you.",
    "fr": "Élodie, désolés : nous regardons votre résiliation de mars aujourd'hui et revenons vers vous en privé.",
}
HANDED = {
    "en": ["Tariq, the Leeds desk is run by an independent franchisee, who is solely responsible for damage charges.",
           "Hi Tariq, damage claims are handled by our insurance partner, so they're the ones you'll need to contact.",
           "Tariq, our Leeds branch is independently operated and sets its own damage policy.",
           "The damage fee was charged by the local operator, Tariq: you'll need to take it up with them directly.",
           "Tariq, we can't help there: the Leeds branch is independently operated."],
    "fr": ["Élodie, la salle de Nantes est exploitée par un franchisé indépendant, seul responsable des prélèvements.",
           "Bonjour Élodie, les prélèvements sont gérés par notre prestataire bancaire : c'est lui qu'il faut "
           "contacter.",
           "Élodie, chaque club est géré de façon indépendante et reste seul responsable de ses abonnements.",
           "Les résiliations relèvent de la responsabilité de chaque club, Élodie : voyez directement avec Nantes."],
}
NEAR_MISSES = {
    "en": ["Tariq, we are solely responsible for this charge and we'll refund it while we check the photos.",
           "Tariq, I've contacted the Leeds desk for you and asked them to pause the charge until we've checked.",
           "Tariq, the franchisee at Leeds and our team are looking at your photos together today.",
           "We're an independently owned shop, so I can sort this myself",  # the review's (round 8)
           "Tariq, we're independently run at Leeds, which means I can cancel this charge today."],
    "fr": ["Élodie, nous sommes seuls responsables de ce prélèvement et nous vous le remboursons.",
           "Élodie, nous avons contacté nous-mêmes le club de Nantes pour bloquer le prélèvement.",
           "Élodie, c'est nous qu'il faut contacter : écrivez-nous en privé et on règle ça aujourd'hui.",
           "Élodie, nous sommes un franchisé indépendant : je peux donc annuler ce prélèvement moi-même aujourd'hui."],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                      expect={"person": PERSON[lang], "feeling": "angry"})


def _hostility(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "no-hostility")


def test_every_language_has_four_sentences_and_three_near_misses() -> None:
    assert all(len(HANDED[lang]) >= 4 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in HANDED.items() for t in texts])
def test_the_matter_handed_to_a_third_party_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 50, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_owning_or_forwarding_it_ourselves_is_no_deflection(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
