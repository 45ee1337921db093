"""Calm, round 6: a reply to someone upset that names what is at stake for them calms more than a civil one that
speaks of the brand's processes, volumes and rules.

Named from the tuning split's misordered civil pairs (set 4 opened): "Dougie, a cancelled 17:40 with 20 minutes'
notice… with a van of chilled langoustines" graded 93 on calm, "Hi. Please refer to our service updates page…" 38, "our
advisers handle 2,000 calls a day and do their best" 8, yet the scorer put the civil ones on top because nothing in them
fired. Every sentence here was written for this file, in other situations, fr and en, with near-misses: the reading
applies only to someone upset, never lifts a reply that attacks above a civil one, and copying the thread earns none.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREADS = {
    "cake": ("en", "Priya", "You delivered a chocolate cake to my daughter's wedding when we ordered lemon and "
                            "elderflower, two hours before the reception. Nobody at your shop answered the phone. "
                            "Disgraceful."),
    "luggage": ("en", "Owen", "Five days and my suitcase with my insulin cooler is still lost somewhere between "
                              "Lisbon and Leeds. Your helpline hangs up on me every single time. Useless."),
    "plumber": ("en", "Marta", "Your plumber never turned up on Saturday, I took a day off work and the kitchen is "
                               "still flooded. Third booking cancelled without a word. I'm furious."),
    "valise": ("fr", "Sophie", "Ma valise avec la robe de mariée de ma sœur est perdue depuis quatre jours entre "
                               "Nantes et Montréal, le mariage est samedi. Votre service client raccroche à chaque "
                               "fois. C'est honteux."),
    "creche": ("fr", "Julien", "La crèche a encore fermé sans prévenir ce matin, troisième fois ce mois-ci, j'ai dû "
                               "poser un jour de congé en catastrophe. Je paie 600 € par mois pour ça. Inadmissible."),
    "chaudiere": ("fr", "Hélène", "Ma chaudière est en panne depuis dix jours, j'ai un bébé de deux mois et votre "
                                  "technicien a annulé deux rendez-vous. J'en ai marre."),
}


def _score(situation: str, text: str | dict[str, str]) -> StepResult:
    lang, person, said = THREADS[situation]
    return score_line(lang=lang, platform="facebook", thread=[{"author": person, "text": said}], reply=text,
                      brand={"name": "Maison Lune", "handle": "@maisonlune"}, expect={"person": person})


# (names what is at stake for the person, speaks of the brand's processes, volumes or rules): both civil, both with
# the same calming moves (an apology and the same next step), neither with a word that attacks
STAKES_OVER_PROCESS = [
    ("cake", "Priya, a chocolate cake instead of lemon and elderflower, two hours before your daughter's reception, "
             "and nobody picking up: I'm sorry. I'm calling you now about a refund.",
     "Priya, our bakers prepare more than forty celebration orders every weekend and each one is checked against the "
     "order form: I'm sorry. I'm calling you now about a refund."),
    ("luggage", "Owen, five days without the cooler for your insulin is serious, and a helpline hanging up on you "
                "makes it worse. I'm tracing the bag myself this afternoon.",
     "Owen, baggage handling involves several partner airports and most delayed bags are reunited with their owners "
     "within a short time. I'm tracing the bag myself this afternoon."),
    ("plumber", "Marta, a flooded kitchen, a day off work for nothing and a third booking cancelled without a word: "
                "sorry. A plumber will be with you tomorrow morning.",
     "Marta, our engineers cover a wide area and schedules can change at short notice due to emergencies: sorry. A "
     "plumber will be with you tomorrow morning."),
    ("valise", "Sophie, une valise perdue depuis quatre jours avec la robe de mariée de votre sœur, à deux jours du "
               "mariage : je suis désolée. Je m'occupe moi-même de la retrouver aujourd'hui.",
     "Sophie, nos équipes traitent chaque jour plusieurs milliers de bagages en correspondance et la plupart des "
     "bagages retardés sont livrés rapidement : je suis désolée. Je m'occupe moi-même de la retrouver aujourd'hui."),
    ("creche", "Julien, trois fermetures sans prévenir ce mois-ci et un jour de congé posé en catastrophe, pour 600 € "
               "par mois : pardon. J'appelle la directrice ce matin.",
     "Julien, l'établissement applique le règlement intérieur validé par la commission des familles et communique "
     "les fermetures exceptionnelles dans l'application : pardon. J'appelle la directrice ce matin."),
    ("chaudiere", "Hélène, dix jours sans chauffage avec un bébé de deux mois et deux rendez-vous annulés : pardon. Un "
                  "technicien passe chez vous demain à 8 h.",
     "Hélène, nos techniciens interviennent dans tout le département et le planning dépend des pièces disponibles "
     "chez nos fournisseurs : pardon. Un technicien passe chez vous demain à 8 h."),
]


@pytest.mark.parametrize(("situation", "stakes", "process"), STAKES_OVER_PROCESS)
def test_naming_the_persons_stakes_calms_more_than_speaking_of_processes(situation: str, stakes: str,
                                                                          process: str) -> None:
    assert _score(situation, stakes).scores[Q.calm] > _score(situation, process).scores[Q.calm]


def _stakes(situation: str, text: str) -> float | None:
    return next((c.score for c in _score(situation, text).criteria if c.id == "stakes"), None)


# near-misses: nobody upset (a question, a compliment), the reading does not apply
CALM_ASKERS = [
    ("en", "Leo", "Hi! Do you do gluten-free sponge for a birthday cake next Saturday?",
     "Leo, yes: gluten-free sponge for next Saturday is fine, just order by Wednesday."),
    ("fr", "Inès", "Bonjour, est-ce que vos chaudières à granulés sont éligibles à la prime rénovation ?",
     "Inès, oui, nos chaudières à granulés sont éligibles à la prime rénovation."),
    ("en", "Sam", "Loved the lemon and elderflower cake at my sister's party, what a treat!",
     "Thanks Sam, lemon and elderflower is our favourite too."),
]


@pytest.mark.parametrize(("lang", "person", "said", "reply"), CALM_ASKERS)
def test_stakes_are_not_read_when_nobody_is_upset(lang: str, person: str, said: str, reply: str) -> None:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": person, "text": said}], reply=reply,
                        brand={"name": "Maison Lune", "handle": "@maisonlune"}, expect={"person": person})
    assert all(c.id != "stakes" for c in result.criteria)


# near-misses: a reply that attacks keeps below a civil one, however many of the person's facts it repeats
ATTACKS_WITH_FACTS = [
    ("cake", "Priya, lemon and elderflower, chocolate, whatever: if you had checked your order form two hours before "
             "the reception, you'd have seen it. Calm down.",
     "Priya, I'm sorry. Refund requests are handled by our customer service within ten working days."),
    ("valise", "Sophie, votre valise, la robe, Montréal, Nantes : vous auriez dû mettre la robe en cabine, c'est "
               "pourtant simple.",
     "Sophie, je suis désolée. Les réclamations se font via le formulaire en ligne."),
    ("creche", "Julien, 600 € par mois, trois fermetures, un jour de congé : c'est comme ça, point final.",
     "Julien, les fermetures exceptionnelles sont communiquées via l'application parents."),
]


@pytest.mark.parametrize(("situation", "attack", "civil"), ATTACKS_WITH_FACTS)
def test_an_attack_naming_the_facts_stays_below_a_civil_reply(situation: str, attack: str, civil: str) -> None:
    assert _score(situation, attack).scores[Q.calm] < _score(situation, civil).scores[Q.calm]


@pytest.mark.parametrize("situation", ["luggage", "valise", "chaudiere"])
def test_copying_the_persons_message_names_no_stakes(situation: str) -> None:
    said = THREADS[situation][2]
    assert not _stakes(situation, said)


# the same reading when the reply goes with a note to colleagues (the note names the facts to the team, not to the
# person: it is not read for stakes)
WITH_NOTE = [
    ("luggage", STAKES_OVER_PROCESS[1][1], STAKES_OVER_PROCESS[1][2],
     "Baggage team: Owen's suitcase with an insulin cooler, lost five days between Lisbon and Leeds. Urgent."),
    ("creche", STAKES_OVER_PROCESS[4][1], STAKES_OVER_PROCESS[4][2],
     "Direction : Julien, trois fermetures sans prévenir ce mois-ci, 600 € par mois, jour de congé posé. Urgent."),
]


@pytest.mark.parametrize(("situation", "stakes", "process", "note"), WITH_NOTE)
def test_stakes_are_read_in_the_reply_beside_a_note(situation: str, stakes: str, process: str, note: str) -> None:
    with_stakes = _score(situation, {"public": stakes, "internal_note": note})
    with_process = _score(situation, {"public": process, "internal_note": note})
    assert any(c.id == "stakes" for c in with_process.criteria)
    assert with_stakes.scores[Q.calm] > with_process.scores[Q.calm]
