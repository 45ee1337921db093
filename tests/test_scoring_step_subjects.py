"""Who acts in a next step. French "on" takes a verb of the third person: "on croit en elle" states a belief, as "je
crois" does, and is no step ("we're rooting for you" neither); "on vous rappelle demain" calls the person back (a
step), where "je vous rappelle que…" or "on vous rappelle les conditions" remind them of something (none); "ça arrive à
tout le monde" says that mishaps happen, where "votre colis arrive jeudi" says what comes. Situations written for this
test (a piano teacher's cancelled recital, a garage's late repair, a vet's lost lab results, a ferry's lost luggage),
none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

PIANO_FR = [{"author": "Hélène Roux", "text": "Le récital de ma fille a été annulé la veille sans explication, elle "
             "avait répété trois mois. Elle est effondrée et moi furieuse."}]
GARAGE_FR = [{"author": "Marc Dubois", "text": "Ma voiture devait être prête mardi, on est vendredi, personne ne "
              "me répond au téléphone. J'en ai besoin pour travailler, je suis furieux."}]
VET_EN = [{"author": "Sarah Quinn", "text": "You lost my dog's blood results and now he needs another test. He hates "
           "needles and I'm really upset."}]
FERRY_EN = [{"author": "Tom Reyes", "text": "My suitcase never came off your ferry on Tuesday. Three days, no news, "
             "no answer from your desk."}]
THREADS = {"piano": ("fr", "Hélène", PIANO_FR), "garage": ("fr", "Marc", GARAGE_FR),
           "vet": ("en", "Sarah", VET_EN), "ferry": ("en", "Tom", FERRY_EN)}

OPENINGS = {"piano": "Hélène, un récital annulé la veille après trois mois de travail, c'est vraiment dur, on "
                     "comprend votre colère. ",
            "garage": "Marc, une voiture promise et toujours pas prête, sans réponse au téléphone, c'est "
                      "inacceptable et on comprend votre colère. ",
            "vet": "Sarah, losing his results and putting him through another needle is on us, and we understand "
                   "why you're upset. ",
            "ferry": "Tom, three days without your suitcase and without an answer is not good enough, and we "
                     "understand why you're annoyed. "}

NO_STEP = [  # a belief, a wish, a reminder or a generality: nothing happens next
    ("piano", "On croit en elle, elle rejouera bientôt !"),
    ("piano", "On y croit, la prochaine fois sera la bonne."),
    ("garage", "Ça arrive à tout le monde, les pièces sont parfois longues."),
    ("garage", "Ce sont des choses qui arrivent, malheureusement."),
    ("garage", "Nous vous rappelons que les délais sont indicatifs."),
    ("garage", "On vous rappelle les conditions de votre devis."),
    ("vet", "We're rooting for him, he's a brave boy."),
    ("ferry", "We're cheering for you, these things happen to the best of us."),
]
STEP = [  # someone does something for the person
    ("piano", "On vous rappelle pour vous proposer une nouvelle date."),
    ("garage", "Je vous rappelle avec le nom de la pièce manquante."),
    ("garage", "On vous rappelle dès que le mécanicien a fini."),
    ("garage", "Votre voiture de prêt arrive chez vous."),
    ("piano", "Sa place au prochain récital arrive par courrier."),
    ("vet", "We're redoing his test with a numbing cream, free of charge."),
    ("ferry", "We're tracing your suitcase with the port in Calais."),
]


def _next_step(situation: str, reply: str) -> tuple[int, list[str]]:
    lang, person, thread = THREADS[situation]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=OPENINGS[situation] + reply,
                        expect={"person": person})
    step = next(c for c in result.criteria if c.id == "next-step")
    return step.score, [e.text for e in step.evidence]


@pytest.mark.parametrize(("situation", "reply"), NO_STEP)
def test_a_belief_a_reminder_or_a_generality_is_no_next_step(situation: str, reply: str) -> None:
    score, evidence = _next_step(situation, reply)
    assert score == 0, evidence


@pytest.mark.parametrize(("situation", "reply"), STEP)
def test_calling_back_or_something_arriving_is_a_next_step(situation: str, reply: str) -> None:
    score, evidence = _next_step(situation, reply)
    assert score >= 60, evidence
