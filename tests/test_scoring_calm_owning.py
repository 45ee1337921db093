"""Calm, round 4: owning a mistake in other words, passing the fault to a third party, and closers asking for
understanding.

Named from the tuning split's opened set 2: "c'était maladroit de notre part", "oubli de notre part" and "we should make
that clearer" (graded 80–93) read no owning; "c'est une saisonnière qui n'est pas encore formée", "c'est l'ESF qui
décide, pas nous" and "the backer delay is on the freight side, not ours" (graded 18–45) read spotless; "Merci de ta
compréhension" after a refusal by the terms of sale (graded 55) read as thanks. Every sentence here was written for
this file, in another situation, fr and en, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Sam", "text": "Your bus pass app charged me for a month I never used and the help page "
                                     "is useless."}],
    "fr": [{"author": "Sam", "text": "Votre appli de transport m'a facturé un mois que je n'ai jamais utilisé "
                                     "et l'aide ne sert à rien."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text,
                      brand={"name": "Ligne", "handle": "@ligne"}, expect={"person": "Sam"})


def _criterion(lang: str, text: str, cid: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == cid)


def _owns(lang: str, text: str) -> bool:
    """Whether the reply makes a calming move (each sentence here makes none but the one tested)."""
    return any(e.polarity == "+" for e in _criterion(lang, text, "de-escalation").evidence)


OWNING = [
    ("en", "Sam, charging an unused month was an oversight on our part; the refund is on its way."),
    ("en", "That was a mistake on our side, Sam: the pass should have been paused."),
    ("en", "Sam, our bad, the help page is out of date and it's being rewritten."),
    ("en", "We got that wrong, Sam. The month is refunded today."),
    ("en", "Sam, we should make the pause option clearer in the app. The month is refunded."),
    ("en", "Sam, that's an error on our end and the charge is reversed."),
    ("fr", "Sam, facturer un mois non utilisé, c'est un oubli de notre part : le remboursement est parti."),
    ("fr", "Une maladresse de notre part, Sam, l'abonnement aurait dû être suspendu."),
    ("fr", "Sam, c'était maladroit de laisser la page d'aide dans cet état, elle est en cours de réécriture."),
    ("fr", "Sam, erreur de notre côté, le prélèvement est annulé."),
    ("fr", "Sam, nous avons oublié de suspendre votre abonnement, le mois vous est remboursé."),
    ("fr", "Sam, c'est une négligence de notre part, le mois est remboursé aujourd'hui."),
]
NOT_OWNING = [
    ("en", "Sam, it was not a mistake on our part: the month was used on the 3rd."),
    ("en", "Sam, a small gift on our part: next month is free."),
    ("en", "Sam, the pause option is on the help page."),
    ("fr", "Sam, ce n'est pas un oubli de notre part, le mois a été utilisé le 3."),
    ("fr", "Sam, un petit geste de notre part : le mois prochain est offert."),
    ("fr", "Sam, l'option de pause est sur la page d'aide."),
]


@pytest.mark.parametrize(("lang", "text"), OWNING)
def test_owning_the_mistake_in_other_words_is_a_calming_move(lang: str, text: str) -> None:
    assert _owns(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_OWNING)
def test_no_fault_owned_is_no_owning(lang: str, text: str) -> None:
    assert not _owns(lang, text)


DEFLECTING = [
    ("en", "Sorry Sam, the double charge is the bank's doing, not ours."),
    ("en", "Sam, the refund rules are the transport authority's call, not us."),
    ("en", "Sam, the agent you spoke to was a seasonal hire, not trained yet."),
    ("en", "Sam, the help page is nothing to do with us, the city runs it."),
    ("fr", "Désolés Sam, c'est la banque qui a prélevé deux fois, pas nous."),
    ("fr", "Sam, le retard de remboursement vient de la région, nous n'y sommes pour rien."),
    ("fr", "Sam, la personne au guichet est une saisonnière, elle n'est pas encore formée."),
    ("fr", "Sam, le prestataire gère la page d'aide, nous n'y sommes donc pas pour grand-chose."),
]
NOT_DEFLECTING = [
    ("en", "Sam, the mistake is ours, not yours: the month is refunded."),
    ("en", "Sam, let us know your pass number and we'll refund the month."),
    ("en", "Sam, our seasonal timetable starts Monday; the month is refunded."),
    ("fr", "Sam, l'erreur est la nôtre, pas la vôtre : le mois est remboursé."),
    ("fr", "Sam, dites-nous votre numéro de carte, nous remboursons le mois."),
    ("fr", "Sam, notre offre saisonnière démarre lundi ; le mois vous est remboursé."),
]


@pytest.mark.parametrize(("lang", "text"), DEFLECTING)
def test_passing_the_fault_to_a_third_party_costs_calm(lang: str, text: str) -> None:
    hostility = _criterion(lang, text, "no-hostility")
    assert hostility.score <= 50
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < 65


@pytest.mark.parametrize(("lang", "text"), NOT_DEFLECTING)
def test_owning_or_naming_others_is_no_deflection(lang: str, text: str) -> None:
    assert _criterion(lang, text, "no-hostility").score == 100


def test_deflection_is_calms_alone() -> None:
    """Listening's regard and communication's respect read attacks on people of the thread; a fault passed to a
    supplier or a colleague out of the thread is calm's matter."""
    for lang, text in DEFLECTING:
        result = _score(lang, text)
        assert all(c.score == 100 for c in result.criteria if c.id in ("regard", "respect")), text


# closers asking for understanding after a refusal: a formula, no thanks
CLOSERS = [
    ("en", "Sam, unused months are not refundable under the pass terms. Thank you for your understanding."),
    ("en", "Sam, the charge follows the terms of the pass. Thanks for understanding."),
    ("en", "Sam, monthly passes renew automatically. We appreciate your understanding."),
    ("fr", "Sam, les mois non utilisés ne sont pas remboursables selon les conditions. Merci de ta compréhension."),
    ("fr", "Sam, le prélèvement suit les conditions de l'abonnement. Merci pour votre compréhension."),
    ("fr", "Sam, l'abonnement se renouvelle chaque mois. Nous comptons sur votre compréhension."),
]
REAL_THANKS = [
    ("en", "Sam, thanks for flagging the help page, it's being rewritten."),
    ("fr", "Sam, merci de nous avoir signalé la page d'aide, elle est en cours de réécriture."),
]


@pytest.mark.parametrize(("lang", "text"), CLOSERS)
def test_a_closer_asking_for_understanding_thanks_no_one(lang: str, text: str) -> None:
    assert not any(e.polarity == "+" for e in _criterion(lang, text, "de-escalation").evidence)
    assert any(e.polarity == "-" for e in _criterion(lang, text, "courtesy").evidence)


@pytest.mark.parametrize(("lang", "text"), REAL_THANKS)
def test_thanks_for_something_done_is_still_thanks(lang: str, text: str) -> None:
    assert any(e.polarity == "+" for e in _criterion(lang, text, "de-escalation").evidence)


# taking it on in words that promise to mend it, not to look into it
MENDING = [
    ("en", "Sam, could you DM us your pass number? We want to put it right today."),
    ("en", "Sam, let us make this right: DM us the pass number."),
    ("en", "Sam, DM the receipt so we can get it sorted today."),
    ("fr", "Sam, pouvez-vous nous écrire en MP ? Nous voulons arranger ça aujourd'hui."),
    ("fr", "Sam, écrivez-nous en privé pour qu'on puisse corriger le tir."),
    ("fr", "Sam, un MP avec le reçu et nous pourrons régler ça."),
]
NOT_MENDING = [
    ("en", "Sam, the right pass for you is the monthly one."),
    ("en", "Sam, the month is sorted by date on your account page."),
    ("fr", "Sam, ça s'arrange souvent en redémarrant l'appli."),
]


@pytest.mark.parametrize(("lang", "text"), MENDING)
def test_promising_to_mend_it_is_taking_it_on(lang: str, text: str) -> None:
    assert _owns(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_MENDING)
def test_the_same_words_about_something_else_are_no_move(lang: str, text: str) -> None:
    assert not _owns(lang, text)
