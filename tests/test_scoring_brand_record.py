"""The brand's record is no answer to the person's case: "every release goes through rigorous quality assurance",
"nos conseillers traitent plus de 2 000 appels par jour", "cancellations are rare and we always recommend…".

Found on the opened sets: 23 replies of the tuning split speak of what the brand always, generally or massively does;
hand graders put them 18 points under the scorer on listening on average (others: 2), from "Chez Luméa Optique, la
satisfaction de nos clients est au cœur de nos préoccupations depuis 1987" (graded 55, scored 93) to "we receive over
300 applications for each position". The reading: a sentence where the brand speaks (we, our, nous, notre, on, its
name) of its habits or its volume (brand-record lexicon: always, every, chaque, la grande majorité, des milliers de…),
and that is no step for this person (no act, no next step, no time), no apology or feeling, no question. Listening's
guard 'own-record' scores it 0 (a guard: not applicable otherwise). Written for this test, in situations the
development set does not have."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "fr": [{"author": "Léon Petit", "text": "Ma machine à café fuit depuis la livraison, trois semaines déjà, "
                                           "et personne ne me répond. Je suis furieux."}],
    "en": [{"author": "Leon Small", "text": "My coffee machine has leaked since delivery, three weeks now, "
                                           "and nobody answers me. I'm furious."}],
}
RECORDS = [
    ("en", "Leon, every machine we sell is tested twice before it leaves the factory."),
    ("en", "We ship thousands of orders a week and the vast majority arrive in perfect condition."),
    ("en", "At Brewly, quality has always been our number one priority."),
    ("en", "Our engineers routinely check each unit, so leaks like this are very rare."),
    ("fr", "Léon, chaque machine est contrôlée deux fois avant de quitter notre usine."),
    ("fr", "Nous expédions des milliers de colis par semaine et la grande majorité arrivent en parfait état."),
    ("fr", "Chez Brewly, la qualité a toujours été notre priorité."),
    ("fr", "Nos techniciens vérifient systématiquement chaque appareil, ce genre de fuite est très rare."),
]
CASES = [
    ("en", "Leon, we'll check every part of your machine tomorrow and call you with what we find."),
    ("en", "We're so sorry for every day you waited, Leon."),
    ("en", "Leon, could you send us each receipt by DM?"),
    ("en", "Leon, you can always reach me here, and I'll send the new machine today."),
    ("fr", "Léon, on vous rembourse chaque prélèvement dès demain."),
    ("fr", "Nous sommes désolés pour chaque jour d'attente, Léon."),
    ("fr", "Toutes nos excuses, Léon : nous vous envoyons une machine neuve aujourd'hui."),
    ("fr", "Léon, pouvez-vous nous envoyer chaque justificatif en MP ?"),
]


def own_record(lang: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply, brand={"name": "Brewly"},
                        expect={"feeling": "furieux" if lang == "fr" else "furious"})
    found = [c for c in result.criteria if c.id == "own-record"]
    assert all(c.score == 0 for c in found)
    return [e.text for c in found for e in c.evidence]


@pytest.mark.parametrize(("lang", "reply"), RECORDS)
def test_the_brands_record_in_place_of_the_case_is_no_listening(lang: str, reply: str) -> None:
    assert own_record(lang, reply)


@pytest.mark.parametrize(("lang", "reply"), CASES)
def test_a_step_an_apology_or_a_request_that_says_every_is_no_record(lang: str, reply: str) -> None:
    assert own_record(lang, reply) == []


def test_the_record_costs_listening_against_the_same_reply_without_it() -> None:
    plain = "Leon, I'm sorry about the leak. DM us your order number and I'll send a new machine today."
    boast = plain + " Every machine we sell is tested twice before it leaves the factory."
    line = {"lang": "en", "platform": "facebook", "thread": THREAD["en"], "brand": {"name": "Brewly"}}
    assert score_line(**line, reply=boast).scores["listening"] < score_line(**line, reply=plain).scores["listening"]
