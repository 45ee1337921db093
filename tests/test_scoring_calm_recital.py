"""Policy recitals (round 7): answering someone upset with the brand's rules ("as per our terms and conditions,
memberships renew automatically", "conformément à nos conditions générales, toute résiliation prend effet…") puts the
contract between the brand and the person: hand graders put such replies at 30–42 on calm, beside civil ones at 55–90,
while no hostility reading saw them (76–84).

The reading: a conformity cue ("as per", "in line with", "under", "conformément à", "selon", "en vertu de", "comme le
prévoit") followed within a few words by a word of the brand's rules (terms, conditions, policy, contract, CGV,
règlement), or the rules as the subject of a statement ("our policy clearly states", "nos conditions sont claires"),
in a reply to someone upset, in a sentence that grants the person nothing ("under our warranty you're entitled to a
free repair" invokes the rules for them).

Named from misordered calm pairs of sets 5 and 4 (a yoga app's renewal, a gym's direct debits). The sentences below
were written before the pattern, for other situations (a restaurant deposit, a phone repair, a holiday let, a
car-rental excess), in French and English, with near-misses that must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Rosa", "text": "You cancelled my mum's 70th birthday booking two days before and kept the £120 "
            "deposit. Disgraceful."}],
    "fr": [{"author": "Hugo", "text": "Location annulée la veille et vous gardez mes 300 € d'acompte. Honteux."}],
}
PERSON = {"en": "Rosa", "fr": "Hugo"}
BRAND = {"en": {"name": "Copper Pot", "handle": "@copperpot"}, "fr": {"name": "Gîtes du Lac", "handle": "@giteslac"}}
HONEST = {
    "en": "Rosa, we're looking at your booking now and will reply here about the deposit within the hour.",
    "fr": "Hugo, nous regardons votre réservation et revenons vers vous ici dans l'heure pour l'acompte.",
}

RECITALS = {
    "en": ["Rosa, as per our terms of booking, deposits are non-refundable within 72 hours of the event.",
           "In line with our cancellation policy, the deposit cannot be returned.",
           "Under the rental agreement you signed, the excess is payable on any damage.",
           "Our policy clearly states that repairs on dropped phones are not covered.",
           "Rosa, in accordance with our house rules, late cancellations forfeit the deposit.",
           "Per the terms you accepted at checkout, the booking fee stays with us."],
    "fr": ["Hugo, conformément à nos conditions générales de vente, l'acompte reste acquis.",
           "Selon nos CGV, aucun remboursement n'est possible moins de 7 jours avant l'arrivée.",
           "En vertu de notre politique d'annulation, les frais de dossier restent dus.",
           "Comme le prévoit le contrat de location, la franchise s'applique à tout dommage.",
           "Nos conditions de réservation sont claires : l'acompte n'est pas remboursé.",
           "Hugo, conformément au règlement intérieur, les annulations tardives ne donnent droit à rien."],
}
NEAR_MISSES = {
    "en": ["Rosa, under our terms you're entitled to a full refund of the £120: it's on its way today.",
           "We're changing our cancellation policy so this can't happen to anyone again, Rosa.",
           "Rosa, I'm sorry: our terms were never meant for a booking we cancelled ourselves.",
           "The deposit goes back to your card today, Rosa, and I'm sorry for the stress."],
    "fr": ["Hugo, selon nos conditions vous avez droit au remboursement intégral : il part aujourd'hui.",
           "Nous revoyons notre politique d'annulation pour que cela n'arrive plus, Hugo.",
           "Hugo, pardon : c'est nous qui avons annulé, nos conditions ne devaient pas s'appliquer.",
           "Hugo, votre acompte vous est remboursé aujourd'hui, et nous sommes désolés."],
}
WEATHER = {
    "en": ("Rosa, under these weather conditions the terrace stays shut tonight, and I'm sorry: we'll seat you inside.",
           "As per our terms, closures caused by weather conditions are not refunded."),
    "fr": ("Hugo, selon les conditions météo de demain, nous pourrons rouvrir le gîte et vous accueillir.",
           "Conformément à notre règlement, les annulations dues aux conditions météo ne sont pas remboursées."),
}
"""(nature's conditions, the brand's rules about the weather): written after a recital beside the weather was missed
("conformément à nos CGV, les fermetures liées aux conditions météorologiques…", set 2)."""
CALM_THREAD = {
    "en": [{"author": "Rosa", "text": "Hi! Can I get my deposit back if I cancel a week before?"}],
    "fr": [{"author": "Hugo", "text": "Bonjour, l'acompte est-il remboursé si j'annule une semaine avant ?"}],
}


def _score(lang: str, text: str, thread: list[dict[str, str]] | None = None) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=thread or THREAD[lang], reply=text, brand=BRAND[lang],
                      expect={"person": PERSON[lang]})


def _hostility(lang: str, text: str, thread: list[dict[str, str]] | None = None) -> CriterionResult:
    return next(c for c in _score(lang, text, thread).criteria if c.id == "no-hostility")


def test_every_language_has_six_sentences_and_three_near_misses() -> None:
    assert all(len(RECITALS[lang]) >= 6 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in RECITALS.items() for t in texts])
def test_a_policy_recital_to_someone_upset_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 60, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_rules_invoked_for_the_person_or_changed_are_no_recital(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_weathers_conditions_are_no_rules_but_rules_about_the_weather_are(lang: str) -> None:
    weather, rules = WEATHER[lang]
    assert _hostility(lang, weather).score == 100
    assert _hostility(lang, rules).score <= 60


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_terms_given_to_a_calm_question_are_information(lang: str) -> None:
    text = RECITALS[lang][0]
    assert _hostility(lang, text, CALM_THREAD[lang]).score == 100
