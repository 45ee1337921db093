# ruff: noqa: E501  (test replies are long literal strings)
"""Round 16, listening: a fact holding a figure is found however the reply writes it ("three weeks" for "3 weeks",
"March 14th" for "14 March", "1250 pounds" for "£1,250", "noon" for "12pm", « le premier juillet » for « 1er juillet »,
« 7h45 » for « 7 h 45 »), and a figure that only looks alike is not (another day, another unit, "24/7", a decimal).
Threads, facts and replies written for this file, in situations of no dev set: a boiler engineer who never came (en),
a removal van booked and cancelled (fr). Each case names one expected fact, so `picks-up-facts` reads 100 or 0."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

from cmsim.scoring.figures import items
from cmsim.scoring.text import analyse

THREADS = {
    "en": [{"author": "Dan Hughes", "text": "The engineer booked for 14 March between 8am and 12pm never came. Three weeks without heating, £1,250 paid up front, and 20% added for a 'priority' slot. Ridiculous."}],
    "fr": [{"author": "Léa Martin", "text": "Déménagement prévu le 1er juillet à 7 h 45, annulé la veille. 1 200 € d'acompte, quatre jours de congé posés, et on me propose le 12 octobre. Personne ne répond après 19 h."}],
}
PERSONS = {"en": "Dan", "fr": "Léa"}


def _facts_score(lang: str, fact: str, reply: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply,
                        expect={"person": PERSONS[lang], "facts": [[fact]]})
    return criterion_of(result, "picks-up-facts").score


PARAPHRASED = {  # (fact as the case writes it, a reply writing it otherwise)
    "en": [
        ("14 March", "Dan, I'm sorry nobody turned up on March 14th. I'm booking a new visit now."),
        ("14 March", "Dan, the engineer should have been with you on the fourteenth of March; I'm sorry."),
        ("£1,250", "Dan, the 1250 pounds you paid are safe, and I'm checking your booking today."),
        ("three weeks", "Dan, 3 weeks without heating is awful, I'm sorry. An engineer will call you today."),
        ("12pm", "Dan, you waited until noon for nothing, I'm sorry. I'm calling the team now."),
        ("8am", "Dan, you were ready from 08:00 and nobody came. I'm sorry, I'm rebooking you first thing."),
        ("20%", "Dan, the twenty per cent priority charge will come off your bill, I'm sorry."),
    ],
    "fr": [
        ("1 200 €", "Léa, vos 1200 euros d'acompte vous seront remboursés, je m'en occupe aujourd'hui."),
        ("1er juillet", "Léa, désolés pour le déménagement du premier juillet, je regarde une autre date."),
        ("7 h 45", "Léa, l'équipe aurait dû être là à 7h45, toutes nos excuses. Je vous rappelle demain."),
        ("quatre jours", "Léa, 4 jours de congé posés pour rien, c'est inacceptable. Je vous appelle ce matin."),
        ("12 octobre", "Léa, le 12/10 est trop loin, on vous propose une date plus proche dès demain."),
        ("19 h", "Léa, notre ligne ferme à 19 heures, je vous rappelle donc demain à 9 h."),
    ],
}
NEAR_MISSES = {  # (fact, a reply whose figure only looks like it)
    "en": [
        ("14 March", "Dan, I'm sorry. An engineer will come on 4 March instead."),
        ("14 March", "Dan, I'm sorry. We can come on 14 May at the earliest."),
        ("£1,250", "Dan, the £125 call-out fee will be refunded."),
        ("three weeks", "Dan, sorry, three days is the soonest we can do."),
        ("8am", "Dan, the engineer can come at 8pm tonight."),
        ("24 July", "Dan, our helpline is open 24/7 if you need us."),
        ("8am", "Dan, the repair takes 8 hours, so we'll book a full day."),
    ],
    "fr": [
        ("1 200 €", "Léa, les 200 € de frais vous seront remboursés."),
        ("1er juillet", "Léa, désolés, nous pouvons venir le 1er juin."),
        ("7 h 45", "Léa, le carton coûte 7,45 €, nous vous l'offrons."),
        ("quatre jours", "Léa, désolés, quatre semaines d'attente c'est trop long."),
        ("neuf jours", "Léa, on vous prête un camion neuf pour le déménagement."),
        ("12 octobre", "Léa, on vous propose le 12/11 à la place."),
        ("24 juillet", "Léa, notre service client répond 24/7."),
    ],
}


@pytest.mark.parametrize(("lang", "fact", "reply"), [(lang, f, r) for lang, cases in PARAPHRASED.items() for f, r in cases])
def test_a_figure_written_otherwise_is_the_fact(lang: str, fact: str, reply: str) -> None:
    assert _facts_score(lang, fact, reply) == 100, (fact, reply)


@pytest.mark.parametrize(("lang", "fact", "reply"), [(lang, f, r) for lang, cases in NEAR_MISSES.items() for f, r in cases])
def test_a_figure_that_only_looks_alike_is_not(lang: str, fact: str, reply: str) -> None:
    assert _facts_score(lang, fact, reply) == 0, (fact, reply)


@pytest.mark.parametrize(("lang", "text", "keys"), [
    ("en", "£7,500 on 20th June at 2.30pm", ["n7500", "d20-6", "t14:30"]),
    ("en", "two hundred and fifty, 11.59 pm, 5.2", ["n250", "t23:59", "n5.2"]),
    ("en", "every fifteen minutes, 7g, 48 hours", ["n15", "u minute", "n7", "u gram", "n48", "u hour"]),
    ("fr", "7 500 € le 1er juillet à 14 h 30", ["n7500", "d1-7", "t14:30"]),
    ("fr", "quatre-vingt-dix, vingt et un, 238,60 €, 20 pour cent", ["n90", "n21", "n238.6", "p20"]),
    ("fr", "mille deux cents, 12 sept., sept jours, 48 heures", ["n1200", "d12-9", "n7", "t48:00"]),
])
def test_figures_read_by_value(lang: str, text: str, keys: list[str]) -> None:
    assert [item.key for item in items(analyse(text, lang))[0] if item.figure] == keys


PLURAL_FORMS = {  # (fact, a reply naming it in its other number, which the stems do not join)
    "en": [
        ("shelves", "Dan, the spare parts never left our shelf, I'm sorry. I'm sending them today."),
        ("knife", "Dan, both knives were missing from the kit, sorry. Replacements go out today."),
        ("children", "Dan, with a child at home, three weeks without heating is not acceptable. I'm calling you today."),
        ("leaf", "Dan, the leaves blocked the flue, our engineer will clear it tomorrow."),
    ],
    "fr": [
        ("travaux", "Léa, le travail de démontage est à notre charge, je vous rappelle demain."),
        ("bail", "Léa, vos deux baux prennent fin le même jour, nous adaptons la date, désolés."),
        ("œil", "Léa, vous avez vu de vos propres yeux que le camion n'est pas venu, désolés."),
        ("vitrail", "Léa, les vitraux de l'entrée seront protégés pendant le déménagement, promis par écrit demain."),
    ],
}
PLURAL_NEAR_MISSES = {  # (fact, a reply whose word only looks like its plural)
    "en": [
        ("car", "Dan, we take great care of every booking, I'm sorry."),
        ("new", "Dan, the news is that an engineer is free tomorrow."),
        ("odd", "Dan, the odds of another no-show are low, I'm sorry."),
        ("good", "Dan, the goods were left at the depot, sorry."),
    ],
    "fr": [
        ("mois", "Léa, désolés, je vous rappelle aujourd'hui même, moi-même."),
        ("cour", "Léa, nous restons à votre disposition au cours de la journée."),
        ("foi", "Léa, désolés, une fois de plus nous vous rappelons demain."),
        ("fil", "Léa, votre fils peut nous appeler demain, désolés."),
    ],
}


@pytest.mark.parametrize(("lang", "fact", "reply"), [(lang, f, r) for lang, cases in PLURAL_FORMS.items() for f, r in cases])
def test_a_fact_in_its_other_number_is_the_fact(lang: str, fact: str, reply: str) -> None:
    assert _facts_score(lang, fact, reply) == 100, (fact, reply)


@pytest.mark.parametrize(("lang", "fact", "reply"), [(lang, f, r) for lang, cases in PLURAL_NEAR_MISSES.items() for f, r in cases])
def test_a_word_that_only_looks_like_the_facts_plural_is_not(lang: str, fact: str, reply: str) -> None:
    assert _facts_score(lang, fact, reply) == 0, (fact, reply)
