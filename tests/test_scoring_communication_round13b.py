"""Communication, round 13b: an apology or an intention is no act; "it can be learned" in a post encourages, in a
reply it lectures.

Every sentence here was written for these tests, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.acts import first_person_acts, owned_failings
from cmsim.scoring.integrity import inspect
from cmsim.scoring.lexicon import lexicons


def _view(lang: str, text: str):  # type: ignore[no-untyped-def]
    return inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())


def acts(lang: str, text: str) -> list[str]:
    return [text[h.start : h.end] for h in first_person_acts(_view(lang, text))]


# --- 1. an apology is said, an intention is a position: neither is an act on the problem ------------------------------

NO_ACTS = [
    ("en", "We did intend to post the spare keys on Friday."),
    ("en", "I meant to ring the garage yesterday."),
    ("en", "We intended to open the pool at nine."),
    ("en", "I offer my sincere apologies for the cold room."),
    ("en", "We extend our deepest apologies to every guest on that coach."),
    ("en", "I owe you an apology, Ravi."),
    ("fr", "Nous avons envie de vous revoir au club."),
    ("fr", "On avait l'intention de livrer le canapé mardi."),
    ("fr", "Je vous présente mes excuses pour la salle froide."),
    ("fr", "Je vous adresse mes plus sincères excuses, Mathis."),
    ("fr", "Nous tenions à vous prévenir du changement de quai."),
]


@pytest.mark.parametrize(("lang", "text"), NO_ACTS)
def test_apology_and_intention_are_no_acts(lang: str, text: str) -> None:
    assert acts(lang, text) == []


STILL_ACTS = [
    # the act after the apology is still read
    ("fr", "Je vous présente mes excuses et je vous rembourse la séance.", "je vous rembourse"),
    ("en", "I offer my apologies, and I have refunded the ticket.", "I have refunded"),
    ("en", "Sorry, we did intend to call, so I have booked a callback for 9am.", "I have booked"),
    # a verb that offers something else than an apology
    ("en", "I offer you a free night on your next stay.", "I offer"),
    ("fr", "Je vous adresse un bon d'achat de 20 € par courrier.", "Je vous adresse"),
    # imperfect "avoir" is an auxiliary: a past act in the pluperfect is read
    ("fr", "Nous avions remboursé la commande dès lundi.", "Nous avions remboursé"),
]


@pytest.mark.parametrize(("lang", "text", "act"), STILL_ACTS)
def test_acts_beside_an_apology_are_read(lang: str, text: str, act: str) -> None:
    assert acts(lang, text) == [act]


def test_pluperfect_failing_is_owned_fr() -> None:
    text = "On avait oublié votre table, pardon."
    assert [text[h.start : h.end] for h in owned_failings(_view("fr", text))] == ["On avait oublié"]


def _calming(lang: str, thread: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="x", thread=[{"author": "Ravi Shah", "text": thread}], reply=reply)
    return next([e.text for e in c.evidence] for c in result.criteria if c.id == "de-escalation")


def test_apology_is_read_as_an_apology_not_an_act_en() -> None:
    thread = "Our room was freezing all night and nobody came to fix the heater."
    said = _calming("en", thread, "Hi Ravi, I offer my sincere apologies for the freezing room.")
    assert "apologies" in said and not any("offer" in e for e in said)
    done = _calming("en", thread, "Hi Ravi, I have refunded the night and the engineer replaced the heater.")
    assert "I have refunded" in done


def test_apology_is_read_as_an_apology_not_an_act_fr() -> None:
    thread = "Notre chambre était glaciale toute la nuit et personne n'est venu réparer le radiateur."
    said = _calming("fr", thread, "Bonjour Ravi, je vous présente mes excuses pour la chambre glaciale.")
    assert "excuses" in said and not any("présente" in e for e in said)
    done = _calming("fr", thread, "Bonjour Ravi, je vous rembourse la nuit et le technicien a changé le radiateur.")
    assert "je vous rembourse" in done


# --- 2. "it can be learned": encouragement to all in a post, a lesson to a person in a reply -------------------------


def _respect_post(lang: str, brief: str, post: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="instagram", brand={"name": "Fil & Aiguille"},
                        thread=[{"author": "brief", "text": brief}], reply={"instagram": post})
    found = next(c for c in result.criteria if c.id == "respect")
    return found.score, [e.text for e in found.evidence]


def _respect_reply(lang: str, thread: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Nora Blanc", "text": thread}], reply=reply)
    found = next(c for c in result.criteria if c.id == "respect")
    return found.score, [e.text for e in found.evidence]


def test_learnable_in_a_post_encourages_fr() -> None:
    score, evidence = _respect_post("fr", "Post Instagram : notre atelier couture pour débutants ouvre le mardi soir.",
                                    "Coudre un ourlet, ça s'apprend ! Atelier débutants tous les mardis à 19 h.")
    assert score >= 90 and not evidence


def test_learnable_in_a_post_encourages_en() -> None:
    score, evidence = _respect_post("en", "Instagram post: our beginners' sewing class starts on Tuesday evenings.",
                                    "Hemming trousers? It can be learned! Beginners' class every Tuesday at 7pm.")
    assert score >= 90 and not evidence


def test_learnable_at_a_person_stays_a_lesson_fr() -> None:
    score, evidence = _respect_reply("fr", "Votre machine à coudre casse le fil toutes les deux minutes, c'est nul.",
                                     "Bonjour Nora, enfiler une machine, ça s'apprend.")
    assert score < 70 and "ça s'apprend" in evidence


def test_learnable_at_a_person_stays_a_lesson_en() -> None:
    score, evidence = _respect_reply("en", "Your sewing machine snaps the thread every two minutes, useless.",
                                     "Hi Nora, threading a machine properly, it can be learned.")
    assert score < 70 and "it can be learned" in evidence


# --- 3. laughter: with every reader in a post, at the person in a reply ----------------------------------------------


def test_laughter_in_a_post_is_no_sarcasm_en() -> None:
    score, evidence = _respect_post("en", "Instagram post: our sewing café reopens on Saturday 9 May after the flood.",
                                    "We're back! Saturday 9 May, dry floors and all (the old ones swam off lol). "
                                    "Bring your mending 🧵")
    assert score >= 90 and not evidence


def test_laughter_in_a_post_is_no_sarcasm_fr() -> None:
    brief = "Post Instagram : notre café couture rouvre le samedi 9 mai après le dégât des eaux."
    post = "On rouvre ! Samedi 9 mai, parquet neuf (l'ancien a pris le large mdr). Apportez vos raccommodages 🧵"
    score, evidence = _respect_post("fr", brief, post)
    assert score >= 90 and not evidence


def test_laughter_at_an_upset_person_stays_sarcasm_en() -> None:
    score, evidence = _respect_reply("en", "Your sewing machine snaps the thread every two minutes, useless.",
                                     "lol Nora, maybe read the manual first.")
    assert score < 70 and "lol" in evidence


def test_laughter_at_an_upset_person_stays_sarcasm_fr() -> None:
    score, evidence = _respect_reply("fr", "Votre machine à coudre casse le fil toutes les deux minutes, c'est nul.",
                                     "mdr Nora, la machine marche très bien chez tout le monde.")
    assert score < 70 and "mdr" in evidence
