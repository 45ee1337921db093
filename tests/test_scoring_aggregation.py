"""Honest aggregation (issue 11): promises the brand cannot keep and private data written in public cost trust,
a reply in the other language costs clarity, a troll's claim is owed facts, and capped replies keep their order."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

UPSET = [{"author": "Luke", "text": "You charged me twice this month after I cancelled. I want my money back."}]


def _trust(reply: str, thread: list[dict[str, str]] = UPSET, lang: str = "en") -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply)
    trust = next(c for c in result.criteria if c.id == "trust")
    return trust.score, [e.text.lower() for e in trust.evidence]


@pytest.mark.parametrize("promise", [
    "This will never happen again, guaranteed.", "We guarantee a full refund within the hour.",
    "You will get 100% of it back by tonight.",
])
def test_promises_the_brand_cannot_keep_cost_trust(promise: str) -> None:
    plain, _ = _trust("Luke, sorry about the double charge. Could you DM us your membership number?")
    promised, evidence = _trust(f"Luke, sorry about the double charge. {promise} Could you DM us your number?")
    assert promised < plain and evidence


def test_a_post_stating_a_measured_fact_is_not_a_promise() -> None:
    post = score_line(lang="en", platform="instagram", expect={"facts": ["jacket"]},
                      reply="Our new jacket: a shell of 100% recycled fishing nets, out on Friday.")
    trust = next((c for c in post.criteria if c.id == "trust"), None)
    assert trust is None or trust.score == 100


def test_private_data_written_in_public_costs_trust() -> None:
    plain, _ = _trust("Luke, sorry about the double charge, it was charged on 2 and 3 May. DM us.")
    disclosed, evidence = _trust("Luke, sorry: your card ending 4421 was charged on 2 and 3 May. DM us.")
    assert disclosed < plain and any("card ending" in e for e in evidence)
    fr_thread = [{"author": "Karim", "text": "Mon canapé est arrivé cassé."}]
    address, _ = _trust("Karim, désolés. Votre adresse, 8 rue des Lilas, est notée pour l'échange.", fr_thread, "fr")
    assert address < 100


def test_repeating_what_the_person_said_publicly_is_not_disclosing_it() -> None:
    thread = [{"author": "Nadia", "text": "Charged 17.99 after downgrading, now I'm overdrawn with bank fees!"}]
    score, _ = _trust("Nadia, being charged 17.99 and ending up overdrawn is not ok. We'll refund it today.", thread)
    assert score == 100


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_reply_in_the_other_language_costs_clarity(lang: str) -> None:
    thread = {"en": [{"author": "Ann", "text": "Where is my parcel? It's been ten days."}],
              "fr": [{"author": "Ann", "text": "Où est mon colis ? Ça fait dix jours."}]}[lang]
    right = {"en": "Ann, sorry about the ten days. Could you DM us your order number so we can chase it?",
             "fr": "Ann, désolés pour ces dix jours. Pouvez-vous nous écrire en MP avec votre numéro ?"}[lang]
    wrong = {"en": "Ann, désolés pour ces dix jours. Pouvez-vous nous écrire en MP avec votre numéro de commande ?",
             "fr": "Ann, sorry about the ten days. Could you DM us your order number so we can chase it?"}[lang]
    scores = [score_line(lang=lang, thread=thread, reply=r) for r in (right, wrong)]
    assert scores[1].scores[Q.communication] < scores[0].scores[Q.communication]
    clarity = next(c for c in scores[1].criteria if c.id == "clarity")
    assert [e.text for e in clarity.evidence if e.polarity == "-"]


def test_a_trolls_claim_is_owed_facts() -> None:
    thread = [{"author": "Dex", "text": "lol this battery is trash, dies by lunch, anyone buying it is an idiot"}]
    facts = "Dex, the battery lasts 8 hours with noise cancelling on, 30 with the case; DM us if yours doesn't."
    bland = "Thanks for your feedback! We value all our customers."
    scores = [score_line(lang="en", thread=thread, reply=r).scores[Q.communication] for r in (facts, bland)]
    assert scores[0] > scores[1] + 20


def test_two_capped_replies_do_not_tie() -> None:
    thread = [{"author": "Enzo", "text": "vos burgers c'est du carton mdr, faut être débile pour payer 14 balles ça"}]
    expect = {"person": "Enzo", "facts": [["burger", "burgers"], ["prix", "14"]]}
    honest = "Salut Enzo, dommage que ça ne t'ait pas plu. Dis-nous lequel tu as pris ?"
    english = "Hi Enzo, sorry you didn't like it. Which one did you have?"
    a, b = (score_line(lang="fr", platform="tiktok", thread=thread, expect=expect, reply=r) for r in (honest, english))
    assert a.scores[Q.communication] > b.scores[Q.communication]


def _named(reply: str, author: str = "Will", signature: str | None = None) -> int:
    brand = {"name": "Shop", "handle": "@shop", "charter": {"signature": signature}} if signature else None
    result = score_line(lang="en", brand=brand, thread=[{"author": author, "text": "My refund is late, again."}],
                        reply=reply)
    return next(c for c in result.criteria if c.id == "names-person").score


def test_a_name_counts_only_when_it_addresses_the_person() -> None:
    assert _named("Will, sorry about that. I will check your refund today.") >= 80
    assert _named("Sorry about that. I will check your refund today.") == 0  # the verb, not Will
    assert _named("Sorry about that, checking your refund today. – Will", author="Will", signature="– Will") == 0
    assert _named("Sorry about that, checking your refund today. – Will", author="Tom", signature="– Will") == 0
    assert _named("Sorry Grace, your refund goes out today.", author="Grace") >= 80
    assert _named("Sorry, your refund is past its grace period, it goes out today.", author="Grace") == 0


def test_facts_derived_from_the_thread_are_never_the_customers_insults() -> None:
    thread = [{"author": "Dex", "text": "lol this trash clown battery, whoever designed it is an idiot"}]
    echo = score_line(lang="en", thread=thread, reply="Dex, clown, idiot, trash: noted.")
    facts = next(c for c in echo.criteria if c.id == "picks-up-facts")
    assert not {e.text.lower() for e in facts.evidence} & {"clown", "idiot", "trash"}


def test_length_beyond_the_platforms_norm_costs_clarity_not_calm() -> None:
    thread = [{"author": "Ann", "text": "Where is my parcel? It's been ten days."}]
    short = "Ann, sorry about the ten days. Could you DM us your order number? We'll chase the courier today."
    padding = (" Our couriers cover the whole country, our warehouse ships every weekday, our team answers every "
               "message, our parcels are tracked from the moment they leave us, and we care about every order.") * 1
    long = short + padding + " We also send a confirmation email as soon as a parcel moves, so keep an eye on it."
    results = [score_line(lang="en", platform="x", thread=thread, reply=r) for r in (short, long)]
    clarity = [next(c for c in r.criteria if c.id == "clarity").score for r in results]
    assert clarity[1] < clarity[0]
    assert results[1].scores[Q.calm] >= results[0].scores[Q.calm] - 5
