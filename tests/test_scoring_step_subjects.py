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
    ("garage", "Ça arrive tous les jours, malheureusement."),
    ("garage", "Ça peut arriver à n'importe qui."),
    ("garage", "Un remplaçant ? Non, c'est le même mécanicien."),
]
STEP = [  # someone does something for the person, and the evidence quotes that act (not a time word alone)
    ("piano", "On vous rappelle pour vous proposer une nouvelle date.", "On vous rappelle"),
    ("garage", "Je vous rappelle avec le nom de la pièce manquante.", "Je vous rappelle"),
    ("garage", "On vous rappelle dès que le mécanicien a fini.", "On vous rappelle"),
    ("garage", "Votre voiture de prêt arrive chez vous.", "arrive"),
    ("piano", "Sa place au prochain récital arrive par courrier.", "arrive"),
    ("vet", "We're redoing his test with a numbing cream, free of charge.", "redoing"),
    ("ferry", "We're tracing your suitcase with the port in Calais.", "tracing"),
    # review 8, items 10 and 11: a thing arriving on a day, a call back with its day, someone coming by to collect
    ("garage", "Votre batterie ? Ça arrive jeudi.", "arrive"),
    ("garage", "La batterie, qui arrive jeudi, sera montée le jour même.", "arrive"),
    ("garage", "Le radiateur ? Ça arrive lundi matin à l'atelier.", "arrive"),
    ("garage", "La courroie, qui arrive demain, sera posée dans la foulée.", "arrive"),
    ("garage", "On vous rappelle demain.", "On vous rappelle"),
    ("piano", "Je vous rappelle ce soir avec deux dates possibles.", "Je vous rappelle"),
    ("garage", "Un remplaçant du livreur passe demain reprendre le matelas.", "reprendre"),
    ("garage", "Une technicienne passe jeudi récupérer votre voiture de prêt.", "récupérer"),
    ("garage", "Le dépanneur vient demain chercher la voiture chez vous.", "chercher"),
    ("ferry", "A courier comes tomorrow to collect your suitcase from the port.", "collect"),
    ("ferry", "Our driver will come Friday to pick up the suitcase.", "pick"),
]
TIMED = {  # the step and its day are both read: no feedback asks "say what you will do" or "say when"
    "On vous rappelle demain.", "La batterie, qui arrive jeudi, sera montée le jour même.",
    "Un remplaçant du livreur passe demain reprendre le matelas.",
    "A courier comes tomorrow to collect your suitcase from the port.",
}


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


@pytest.mark.parametrize(("situation", "reply", "act"), STEP)
def test_calling_back_or_something_arriving_is_a_next_step(situation: str, reply: str, act: str) -> None:
    score, evidence = _next_step(situation, reply)
    assert score >= 60, evidence
    assert any(act in e for e in evidence), evidence  # the act itself, not only the time word beside it
    if reply in TIMED:
        assert score == 100, evidence
