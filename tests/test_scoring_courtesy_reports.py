"""Courtesy never reads a report as an order, and never asks a reply to stop giving orders it does not give.

A reviewer's "Tom, we are looking into it." read courtesy 60 with "Soften your requests ('could you', 'please') instead
of giving orders": the reply gives no order. The cost was a stock formula ("we are looking into it" is listed as one),
and the fair band's text named orders whatever had cost. Now the fair text names what cost (a stock formula, or
exasperation) when no order was found. And an order verb that opens a report as a noun ("Update: …", "Email sent",
"Fix is rolling out") is no order either: a label, or the subject of what follows. Real bare orders still count.
Replies written for these tests, in situations of no dev-set item.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREADS = {
    "en": [{"author": "Sam Okafor",
            "text": "My replacement kettle still hasn't shipped and the tracking page is blank."}],
    "fr": [{"author": "Léa Roux",
            "text": "Ma bouilloire de remplacement n'est toujours pas partie, le suivi est vide."}],
}
PERSON = {"en": "Sam", "fr": "Léa"}


def _courtesy(lang: str, reply: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply,
                        expect={"person": PERSON[lang]})
    return next(c for c in result.criteria if c.id == "courtesy")


REPORTS = [
    # first-person reports: the brand says what it does
    ("en", "We're checking it now, Sam."),
    ("en", "Sam, I'm looking at the tracking page myself."),
    ("fr", "Léa, nous regardons ça."),
    ("fr", "On vérifie le suivi de ta bouilloire, Léa."),
    ("fr", "Léa, je passe le message à l'entrepôt ce matin."),
    # an order verb opening a report as a noun: a label, or the subject of what follows
    ("en", "Update: the replacement left our warehouse this morning, Sam."),
    ("en", "Email sent, Sam: the new tracking link is in your inbox."),
    ("en", "Message received, Sam, the warehouse has it."),
    ("en", "Fix is rolling out to the tracking page tonight, Sam."),
    ("en", "Call booked with the courier for 3pm, Sam."),
    ("en", "Update on your kettle, Sam: it ships on Monday."),
]


@pytest.mark.parametrize(("lang", "reply"), REPORTS)
def test_a_report_is_no_order(lang: str, reply: str) -> None:
    courtesy = _courtesy(lang, reply)
    assert not [e.text for e in courtesy.evidence if e.polarity == "-"], reply
    assert courtesy.score >= 70


ORDERS = [
    ("en", "Send us your order number.", "Send"),
    ("en", "Sam, email us the receipt.", "email"),
    ("en", "Update the app and look again, Sam.", "Update"),
    ("en", "Check your spam folder, Sam.", "Check"),
    ("en", "Message us the tracking number.", "Message"),
    ("en", "Call the courier yourself, Sam.", "Call"),
    ("fr", "Envoyez-nous votre numéro.", "Envoyez"),
    ("fr", "Léa, vérifiez vos spams.", "vérifiez"),
    ("fr", "Renvoie-nous le bon de commande, Léa.", "Renvoie"),
    ("fr", "Appelez le transporteur, Léa.", "Appelez"),
]


@pytest.mark.parametrize(("lang", "reply", "verb"), ORDERS)
def test_a_bare_order_still_costs_courtesy(lang: str, reply: str, verb: str) -> None:
    courtesy = _courtesy(lang, reply)
    assert verb in [e.text for e in courtesy.evidence if e.polarity == "-"], reply
    assert courtesy.score < 70
    assert courtesy.feedback_in("en").startswith("Soften your requests")  # the fair text asks what is true
    assert courtesy.feedback_in("fr").startswith("Adoucissez vos demandes")


ORDER_TEXTS = ("instead of giving orders", "au lieu de donner des ordres")


@pytest.mark.parametrize(("lang", "reply", "formula"), [
    ("en", "Tom, we are looking into it.", "we are looking into it"),
    ("en", "Sam, we are aware of the issue and the warehouse has your kettle.", "we are aware of the issue"),
    ("fr", "Léa, nous revenons vers vous dans les plus brefs délais.", "dans les plus brefs délais"),
    ("fr", "Léa, nous avons bien pris en compte votre message, la bouilloire part lundi.",
     "nous avons bien pris en compte"),
])
def test_a_stock_formula_is_named_not_an_order(lang: str, reply: str, formula: str) -> None:
    courtesy = _courtesy(lang, reply)
    assert courtesy.band == "fair"
    assert any(formula in e.text.lower() for e in courtesy.evidence if e.polarity == "-")  # the formula costs
    assert not courtesy.feedback.endswith(ORDER_TEXTS)  # it gives no order
    assert any(w in courtesy.feedback for w in ("stock", "toute faite", "toutes faites"))
    assert courtesy.feedback_in("fr") != courtesy.feedback_in("en")


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Sam, why on earth would the tracking page be blank? We're checking it."),
    ("fr", "Léa, non mais franchement, le suivi vide ? On regarde."),
])
def test_exasperation_is_named_not_an_order(lang: str, reply: str) -> None:
    courtesy = _courtesy(lang, reply)
    assert courtesy.score < 70 and any(e.polarity == "-" for e in courtesy.evidence)
    assert not courtesy.feedback.endswith(ORDER_TEXTS)
    # what cost: the exasperation, or (when the hostility criteria also read it as a jab) the person's respect
    assert any(w in courtesy.feedback for w in ("exasperat", "exaspér", "respect"))
