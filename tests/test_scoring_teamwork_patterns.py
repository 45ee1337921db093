# ruff: noqa: E501  (test notes are long literal strings)
"""Teamwork patterns found on the development set's tuning split, each tested here on situations and notes written
for the test (fr and en), not taken from the development set or the scenario library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Olga", "text": "Booked one night at Harbourview and got charged three times on my card. 540 euros gone. Hello??"},
           {"author": "Ben", "text": "@Olga same here, charged twice for Saturday"}],
    "fr": [{"author": "Olga", "text": "J'ai réservé une nuit au Harbourview et j'ai été débitée trois fois. 540 euros envolés. Allô ??"},
           {"author": "Ben", "text": "@Olga pareil, débité deux fois pour samedi"}],
}
EXPECT = {
    "en": {"person": "Olga", "facts": [["charged", "three times"], ["card"]], "teams": ["billing"], "private": True},
    "fr": {"person": "Olga", "facts": [["débitée", "trois fois"], ["carte"]], "teams": ["billing"], "private": True},
}
PUBLIC = {"en": "Olga, Ben, sorry, being charged several times is awful. We're on it: DM us your booking number.",
          "fr": "Olga, Ben, désolés, être débité plusieurs fois c'est affreux. On s'en occupe : envoyez-nous votre numéro de réservation en MP."}


def handover(lang: str, note: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang], expect=EXPECT[lang],
                      qualities=["teamwork", "calm"], reply={"public": PUBLIC[lang], "internal_note": note})


def criterion(result: StepResult, cid: str):
    return next((c for c in result.criteria if c.id == cid), None)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_blaming_or_shouting_at_the_team_costs_teamwork(lang: str) -> None:
    respectful = {"en": "Billing team: 2 guests (Olga, Ben) charged two or three times for one night since Saturday, public thread on Facebook. Can you check the card payments this morning? I'm answering them meanwhile.",
                  "fr": "Équipe facturation : 2 clients (Olga, Ben) débités deux ou trois fois pour une nuit depuis samedi, fil public sur Facebook. Pouvez-vous vérifier les paiements carte ce matin ? Je leur réponds en attendant."}[lang]
    blaming = {"en": "Billing team, you messed up again: 2 guests (Olga, Ben) charged two or three times for one night since Saturday, public thread on Facebook. Your fault, as usual. Check the card payments this morning. I'm answering them meanwhile.",
               "fr": "Équipe facturation, c'est encore de votre faute : 2 clients (Olga, Ben) débités deux ou trois fois pour une nuit depuis samedi, fil public sur Facebook. Vous avez encore tout cassé. Vérifiez les paiements carte ce matin. Je leur réponds en attendant."}[lang]
    shouting = {"en": "BILLING TEAM FIX THE CARD PAYMENTS NOW!!! Olga and Ben charged several times since Saturday, public thread!!!",
                "fr": "ÉQUIPE FACTURATION RÉPAREZ LES PAIEMENTS CARTE TOUT DE SUITE !!! Olga et Ben débités plusieurs fois depuis samedi, fil public !!!"}[lang]
    good, blamed, shouted = handover(lang, respectful), handover(lang, blaming), handover(lang, shouting)
    assert criterion(good, "colleague-regard") is None  # a guard: silent on a respectful note
    assert blamed.scores[Q.teamwork] < good.scores[Q.teamwork] - 15
    assert shouted.scores[Q.teamwork] < good.scores[Q.teamwork] - 15
    assert all(e.polarity == "-" for e in criterion(blamed, "colleague-regard").evidence)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_urgent_flag_and_a_report_of_who_said_what_are_not_attacks_on_the_team(lang: str) -> None:
    note = {"en": "URGENT billing: 2 guests (Olga, Ben) charged two or three times for one night since Saturday; a troll in the thread is mocking them. Can you check the card payments this morning? I'm answering them meanwhile.",
            "fr": "URGENT facturation : 2 clients (Olga, Ben) débités deux ou trois fois pour une nuit depuis samedi ; un troll se moque d'eux dans le fil. Pouvez-vous vérifier les paiements carte ce matin ? Je leur réponds en attendant."}[lang]
    assert criterion(handover(lang, note), "colleague-regard") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_in_a_reply_a_team_is_involved_when_it_acts_not_when_its_topic_is_named(lang: str) -> None:
    thread = [{"author": "Sam", "text": {"en": "Got an email from 'Harbourview' asking for my card number. Were you hacked??",
                                        "fr": "J'ai reçu un mail de « Harbourview » qui demande mon numéro de carte. Vous avez été piratés ??"}[lang]}]
    line = {"lang": lang, "platform": "x", "thread": thread, "qualities": ["teamwork", "listening"],
            "expect": {"person": "Sam", "facts": [["email", "mail"], ["card", "carte"]], "teams": ["security"], "private": True}}
    denial = {"en": "Sam, we were not hacked, that email is a fake. Don't answer it.",
              "fr": "Sam, nous n'avons pas été piratés, ce mail est un faux. N'y répondez pas."}[lang]
    involved = {"en": "Sam, don't answer that email. I've passed it to our security team, who are checking it this morning.",
                "fr": "Sam, ne répondez pas à ce mail. Je l'ai transmis à notre équipe sécurité, qui l'analyse ce matin."}[lang]
    denied, passed = score_line(**line, reply=denial), score_line(**line, reply=involved)
    assert criterion(denied, "right-team").score < 50 <= criterion(passed, "right-team").score
    assert denied.scores[Q.teamwork] < passed.scores[Q.teamwork]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dropping_the_problem_on_the_team_is_not_a_handover(lang: str) -> None:
    owned = {"en": "Billing team: Olga and Ben charged several times for one night since Saturday. Can you check the card payments today?",
             "fr": "Équipe facturation : Olga et Ben débités plusieurs fois pour une nuit depuis samedi. Pouvez-vous vérifier les paiements carte aujourd'hui ?"}[lang]
    dropped = {"en": "Billing team: Olga and Ben charged several times for one night since Saturday. Up to you what you do with it.",
               "fr": "Équipe facturation : Olga et Ben débités plusieurs fois pour une nuit depuis samedi. À vous de voir ce que vous en faites."}[lang]
    kept, dumped = handover(lang, owned), handover(lang, dropped)
    assert dumped.scores[Q.teamwork] < kept.scores[Q.teamwork]
    assert any(e.polarity == "-" for e in criterion(dumped, "colleague-regard").evidence)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_asking_someone_to_look_is_a_little_more_than_an_empty_note(lang: str) -> None:
    ask = {"en": "Could someone look at this?", "fr": "Quelqu'un pourrait regarder ça ?"}[lang]
    assert handover(lang, ask).scores[Q.teamwork] > handover(lang, "").scores[Q.teamwork]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_telegraphic_note_is_read_in_full_and_a_deadline_says_when_and_how_urgent(lang: str) -> None:
    """Notes to colleagues are terse: "Thread public, growing fast." is a sentence there, and "check today" gives both
    the time and the urgency. A bare run of keywords is still not a note."""
    terse = {"en": "Billing team: Olga and Ben charged three times for one night. Thread public, growing fast. Check today please.",
             "fr": "Équipe facturation : Olga et Ben débités trois fois pour une nuit. Fil public, ça grossit. À vérifier aujourd'hui svp."}[lang]
    keywords = {"en": "billing urgent charged card customers today viral public refund check",
                "fr": "facturation urgent débit carte clients aujourd'hui viral public remboursement vérifier"}[lang]
    note, listed = handover(lang, terse), handover(lang, keywords)
    facts = criterion(note, "handover-facts")
    assert facts.score >= 95 and not facts.missing
    assert note.scores[Q.teamwork] > 70
    assert listed.scores[Q.teamwork] < 20


BASE_NOTE = {"en": "Billing team: 2 guests (Olga, Ben) charged two or three times for one night since Saturday, public thread on Facebook. Can you check the card payments this morning? I'm answering them meanwhile.",
             "fr": "Équipe facturation : 2 clients (Olga, Ben) débités deux ou trois fois pour une nuit depuis samedi, fil public sur Facebook. Pouvez-vous vérifier les paiements carte ce matin ? Je leur réponds en attendant."}


@pytest.mark.parametrize(("lang", "report"), [
    ("en", "The customer is now complaining publicly."),
    ("en", "Olga says it's our fault and calls us clowns."),
    ("en", "Customers are threatening to report us to their bank."),
    ("fr", "La cliente se plaint publiquement maintenant."),
    ("fr", "Olga dit que c'est notre faute et nous traite de clowns."),
    ("fr", "Des clients menacent de nous signaler à leur banque."),
])
def test_a_note_reporting_what_the_customer_says_or_does_is_no_jab_at_the_team(lang: str, report: str) -> None:
    assert criterion(handover(lang, f"{BASE_NOTE[lang]} {report}"), "colleague-regard") is None


@pytest.mark.parametrize(("lang", "jab"), [
    ("en", "You messed up again, as usual."),
    ("en", "The customer is furious and it's your fault, as usual."),
    ("fr", "Vous avez encore tout cassé, comme d'habitude."),
    ("fr", "La cliente est furieuse et c'est votre faute, comme d'habitude."),
])
def test_a_jab_at_the_team_still_costs_even_beside_the_customer(lang: str, jab: str) -> None:
    regard = criterion(handover(lang, f"{BASE_NOTE[lang]} {jab}"), "colleague-regard")
    assert regard is not None and regard.score == 0
