"""Calm, round 4: a bare order on the way to help is an instruction; alone it is curt.

Named from the tuning split's opened set 2: warm replies that own the mistake and take it on, then say "Envoyez-nous
votre numéro de commande en MP", were graded 86–92 on calm but scored under stock formulas because the order cost
courtesy 25 points; the same order alone ("Send your order number by DM.") is graded 45–55. Every sentence here was
written for this file, in other situations, fr and en, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Leon", "text": "Your gym locked me out of my account the day my free trial ended, and I "
                                      "had already paid for the year."}],
    "fr": [{"author": "Léon", "text": "Votre salle m'a bloqué l'accès le jour où mon essai finissait, alors que "
                                      "j'avais déjà payé l'année."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=text,
                      brand={"name": "Forma", "handle": "@forma"},
                      expect={"person": "Leon" if lang == "en" else "Léon"})


def _courtesy(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "courtesy")


# (a warm reply giving a bare order, the same reply asking softly)
IN_CARE = [
    ("en", "Leon, sorry, locking a paying member out is our mistake. Send us your membership number and I'll unlock it "
           "today.", "Leon, sorry, locking a paying member out is our mistake. Could you send us your membership "
                     "number? I'll unlock it today."),
    ("en", "That's not how it should work, Leon, you're right. DM your card's last four digits and we'll restore "
           "access.", "That's not how it should work, Leon, you're right. Would you DM your card's last four digits? "
                      "We'll restore access."),
    ("en", "Leon, I understand how annoying that is after paying for the year. Message me your email, I'm on it.",
     "Leon, I understand how annoying that is after paying for the year. Can you message me your email? I'm on it."),
    ("fr", "Léon, désolés, bloquer un abonné qui a payé, c'est notre erreur. Envoyez-nous votre numéro de membre, "
           "je débloque l'accès aujourd'hui.", "Léon, désolés, bloquer un abonné qui a payé, c'est notre erreur. "
                                               "Pourriez-vous nous envoyer votre numéro de membre ? Je débloque "
                                               "l'accès aujourd'hui."),
    ("fr", "Vous avez raison, Léon, ça n'aurait jamais dû arriver. Écrivez-nous en MP, on rétablit votre accès.",
     "Vous avez raison, Léon, ça n'aurait jamais dû arriver. Pouvez-vous nous écrire en MP ? On rétablit votre accès."),
    ("fr", "Léon, je comprends votre agacement. Donnez-moi votre adresse mail en privé, je m'en occupe.",
     "Léon, je comprends votre agacement. Pourriez-vous me donner votre adresse mail en privé ? Je m'en occupe."),
]
# bare orders with no calming move: still curt (a stock formula or a jab calms nobody)
CURT = [
    ("en", "Send us your membership number."),
    ("en", "Thank you for your feedback. DM us your card's last four digits."),
    ("en", "Leon, what a shock, a trial that ends. Message us your email."),
    ("fr", "Envoyez-nous votre numéro de membre."),
    ("fr", "Merci pour votre retour. Écrivez-nous en MP."),
    ("fr", "Léon, quelle surprise, un essai qui se termine. Donnez-nous votre adresse mail."),
]


@pytest.mark.parametrize(("lang", "bare", "soft"), IN_CARE)
def test_an_order_on_the_way_to_help_costs_little(lang: str, bare: str, soft: str) -> None:
    ordered, asked = _score(lang, bare), _score(lang, soft)
    assert asked.scores[Q.calm] - 3 <= ordered.scores[Q.calm] <= asked.scores[Q.calm]
    assert ordered.scores[Q.calm] >= 80
    courtesy = _courtesy(lang, bare)
    assert any(e.polarity == "-" for e in courtesy.evidence)  # still named: the feedback asks to soften it
    assert "instead of giving orders" in courtesy.feedback or "au lieu de donner des ordres" in courtesy.feedback


@pytest.mark.parametrize(("lang", "text"), CURT)
def test_an_order_with_no_calming_move_is_curt(lang: str, text: str) -> None:
    assert _courtesy(lang, text).score <= 60
    assert _score(lang, text).scores[Q.calm] < 80


def test_warm_with_an_order_ranks_above_a_stock_formula() -> None:
    for lang, bare, _soft in IN_CARE:
        stock = ("We apologise for any inconvenience. Please contact our customer service." if lang == "en" else
                 "Nous sommes désolés pour la gêne occasionnée. Nous vous invitons à contacter notre service client.")
        assert _score(lang, bare).scores[Q.calm] > _score(lang, stock).scores[Q.calm]


# A question is no order, however its "?" is typeset: French puts a space (often non-breaking) before it, and the
# sentence's span ends on its last word, before that space. Sentences written for this check, not from the dev set.
QUESTIONS = [
    ("fr", "Vérifiez-vous bien le mail de confirmation ?"),
    ("fr", "Léon, envoyez-nous votre numéro de membre ?"),
    ("fr", "Consultez la page Abonnement\u00a0? Le bouton Réactiver y est."),
    ("fr", "Essayez l'appli plutôt que le site\u202f? Elle garde votre session."),
    ("en", "Leon, send us your membership number ?"),
    ("en", "Check the confirmation email ? It has the unlock link."),
]
# real orders next to a question or closed by a spaced "!": still orders
ORDERS_BESIDE_QUESTIONS = [
    ("fr", "Vous avez reçu le mail ? Envoyez-nous une capture d'écran."),
    ("fr", "Rechargez la page !"),
    ("fr", "Léon, consultez vos mails. Vous avez une question ?"),
    ("en", "Did the email arrive ? Send us a screenshot."),
    ("en", "Restart the app !"),
]


@pytest.mark.parametrize(("lang", "text"), QUESTIONS)
def test_a_question_with_a_space_before_its_mark_is_no_order(lang: str, text: str) -> None:
    assert not any(e.polarity == "-" for e in _courtesy(lang, text).evidence)


@pytest.mark.parametrize(("lang", "text"), ORDERS_BESIDE_QUESTIONS)
def test_an_order_beside_a_question_or_a_spaced_mark_is_still_an_order(lang: str, text: str) -> None:
    courtesy = _courtesy(lang, text)
    assert [e.text for e in courtesy.evidence if e.polarity == "-"] in (["Envoyez"], ["Rechargez"], ["consultez"],
                                                                        ["Send"], ["Restart"])
