"""Calm, round 15: hostility aimed at the person by the shape of a sentence, read as constructions rather than phrases
(:mod:`cmsim.scoring.criteria.insinuation`, ``insinuation.yaml``), tested on sentences written for a hotel and a school
bus (no dev-set situation), in French and English, with near-misses that must not fire.

1. Their account doubted in a condition: "if the stain really was there at check-in…", "si le car est vraiment passé
   en avance…"; a wish or a need doubted offers ("if you really want to cancel", "if it's really urgent"), our own
   doubt owns ("if we really got this wrong"), a doubt beside a negation helps ("if you really can't find it"), and a
   sentence that owns or apologises checks before conceding ("if the shower really was that cold, that's not
   acceptable, sorry").
2. A feat granted "for once" in a sentence about the person ("good on you for keeping the receipt for once"); "for once
   we got it right" and the weather "for once" are none.
3. The others counted as doing what the person failed to: "most guests never bother reading…", "les autres familles
   s'en sortent très bien"; others who have not yet received a refund we are chasing are none.
4. The fault put on the person as a guess: "you probably didn't read the booking terms", "vous avez sans doute oublié
   de valider"; a guess at their feelings or that they are right is none.
5. A concession under a condition concedes nothing yet ("if that's on us", "si c'est de notre faute"): no calming move,
   and no owning sentence to excuse a verdict beside it (:func:`cmsim.scoring.criteria.insinuation.conditioned`).
6. A condition granted, then the person asked why they act on it ("if it's all a scam, then why did you book twice?",
   "si c'est si lent, pourquoi tu le prends ?"); "why not…", "why don't you send us…" and a question with no condition
   are none.
"""

from __future__ import annotations

import pytest
from scoring_kit import against, criterion_of, score_upset

HOSTILE = {
    "en": [
        "Owen, if the stain really was there at check-in, housekeeping would have logged it.",
        "If that's genuinely what the night porter said, we'll speak to him, Owen.",
        "Owen, if your room actually had no towels, the minibar slip would show it.",
        "Good on you for keeping the receipt for once, Owen.",
        "Owen, most guests never bother reading the check-in email.",
        "Owen, every other guest manages the key cards just fine.",
        "Owen, you probably didn't read the booking terms.",
        "Owen, you probably didn't follow the sign to the lift exactly.",
    ],
    "fr": [
        "Sandrine, si le car est vraiment passé en avance, le chauffeur l'aurait signalé.",
        "Si votre fille a réellement attendu quarante minutes, la mairie aurait été prévenue.",
        "Sandrine, si c'est vraiment ce que le chauffeur a dit, nous lui en parlerons.",
        "Vous avez gardé le ticket pour une fois, c'est bien.",
        "Sandrine, la plupart des parents ne lisent jamais le mail de la mairie.",
        "Sandrine, les autres familles s'en sortent très bien avec l'appli.",
        "Sandrine, vous avez sans doute oublié de valider l'inscription.",
        "Tu n'as sans doute pas bien regardé l'horaire d'hiver, Sandrine.",
    ],
}
NEAR_MISSES = {
    "en": [
        "Owen, if you really want to cancel, we can do it today.",
        "If you'd really rather have a refund, that's fine, Owen.",
        "Owen, if we really got this wrong, we'll make it right.",
        "For once we got the timing wrong, Owen, and we're sorry.",
        "The sun is out for once, enjoy the harbour walk!",
        "Owen, many guests haven't received their refund yet, and we're chasing it.",
        "Owen, you must have been so worried.",
        "Owen, you're probably right about the sheets: a new room is ready.",
        "Owen, if you really can't find the confirmation email, we'll resend it.",
        "If it's really urgent, Owen, call the front desk on 0123 456.",
        "If that's actually the case, Owen, it's on us and we'll refund the night.",
        "If the shower really was that cold, that's not acceptable, Owen, sorry.",
    ],
    "fr": [
        "Sandrine, si vous souhaitez vraiment changer d'arrêt, on s'en occupe.",
        "Si nous nous sommes vraiment trompés d'horaire, nous vous le dirons, Sandrine.",
        "Pour une fois, nous avons été à l'heure, et c'est encore trop rare.",
        "Il fait beau pour une fois, bonne journée Sandrine !",
        "Sandrine, la plupart des parents n'ont pas encore reçu l'horaire, on s'en occupe.",
        "Tout le monde peut oublier, ne vous en faites pas Sandrine.",
        "Tu as sans doute raison, Sandrine : le car était en retard.",
        "Sandrine, vous avez sans doute mal vécu ce retard, et nous le comprenons.",
        "Sandrine, si vous n'arrivez vraiment pas à vous connecter, écrivez-nous.",
        "Si c'est vraiment urgent, appelez la mairie, Sandrine.",
        "Si le car est réellement passé en avance, c'est inacceptable, pardon Sandrine.",
        "Sandrine, la plupart des parents ne voient pas l'affiche, elle est mal placée.",
    ],
}


def test_every_language_has_eight_hostile_sentences_and_eight_near_misses() -> None:
    assert all(len(HOSTILE[lang]) >= 8 and len(NEAR_MISSES[lang]) >= 8 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in HOSTILE.items() for t in texts])
def test_an_insinuation_aimed_at_the_person_costs_calm(lang: str, text: str) -> None:
    result = score_upset(lang, text)
    assert criterion_of(result, "no-hostility").score <= 50, (text, against(result, "no-hostility"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_a_wish_our_own_doubt_or_a_kind_guess_is_none(lang: str, text: str) -> None:
    result = score_upset(lang, text)
    assert criterion_of(result, "no-hostility").score == 100, (text, against(result, "no-hostility"))


# 5. a concession under a condition concedes nothing yet
CONDITIONED = {
    "en": [("Owen, if that's on us, housekeeping will redo the room.", "that's on us"),
           ("If this was our mistake, the front desk will sort it, Owen.", "our mistake"),
           ("Owen, if you're right about the stain, housekeeping will redo the room.", "you're right"),
           ("If you're upset about the noise, Owen, the front desk can move you.", "upset")],
    "fr": [("Sandrine, si c'est de notre faute, on verra avec le transporteur.", "de notre faute"),
           ("Si c'est notre erreur, nous corrigerons l'horaire, Sandrine.", "notre erreur"),
           ("Sandrine, si vous avez raison pour l'horaire, la mairie corrigera.", "avez raison"),
           ("Sandrine, si vous êtes déçue, la mairie peut vous répondre.", "déçue")],
}
CONCEDED = {
    "en": [("Owen, that's on us: housekeeping will redo the room.", "that's on us"),
           ("It was our mistake, Owen, and the front desk will sort it.", "our mistake"),
           ("You're right about the stain, Owen: housekeeping will redo the room.", "You're right"),
           ("Even if it's a small thing, that's our fault, Owen.", "our fault")],
    "fr": [("C'est de notre faute, Sandrine, on voit avec le transporteur.", "de notre faute"),
           ("C'est notre erreur : nous corrigeons l'horaire, Sandrine.", "notre erreur"),
           ("Vous avez raison pour l'horaire, Sandrine, et nous le corrigeons.", "avez raison"),
           ("Même si le retard est court, c'est de notre faute, Sandrine.", "de notre faute")],
}


def _moves(lang: str, text: str) -> list[str]:
    return [e.text for e in criterion_of(score_upset(lang, text), "de-escalation").evidence if e.polarity == "+"]


@pytest.mark.parametrize(("lang", "text", "words"), [(lang, *c) for lang, cases in CONDITIONED.items() for c in cases])
def test_a_concession_under_a_condition_is_no_calming_move(lang: str, text: str, words: str) -> None:
    assert not any(words.lower() in m.lower() for m in _moves(lang, text)), (text, _moves(lang, text))


@pytest.mark.parametrize(("lang", "text", "words"), [(lang, *c) for lang, cases in CONCEDED.items() for c in cases])
def test_a_concession_stated_or_past_a_pause_is_a_calming_move(lang: str, text: str, words: str) -> None:
    assert any(words.lower() in m.lower() for m in _moves(lang, text)), (text, _moves(lang, text))


@pytest.mark.parametrize(("lang", "door"), [
    ("en", "Owen, your room is being cleaned. If that's not good enough, there are other shops out there."),
    ("fr", "Sandrine, le car passe à 7h40. Si ce n'est pas acceptable, il reste toujours à voir ailleurs."),
])
def test_the_door_shown_after_a_conditional_verdict_still_costs_calm(lang: str, door: str) -> None:
    result = score_upset(lang, door)
    assert criterion_of(result, "no-hostility").score <= 50, against(result, "no-hostility")


def test_an_if_that_asks_is_no_condition() -> None:
    assert "votre fils" in " ".join(_moves("fr", "Sandrine, nous allons vérifier si votre fils a été blessé, pardon."))


# 6. a condition granted, then the person asked why they act on it
CHALLENGES = {
    "en": ["Owen, if the hotel is that awful, why are you still booking with us every summer?",
           "Owen, if it's all a scam, then why did you book twice?",
           "If the towels are so bad, Owen, why do you take them home?",
           "If the harbour view is such a lie, why are you posting it?"],
    "fr": ["Si c'est si terrible, pourquoi vous réinscrivez votre fille chaque année ?",
           "Si l'appli ne sert à rien, alors pourquoi est-ce que tu l'utilises ?",
           "Sandrine, si le car est si lent, pourquoi tu le prends ?",
           "Si nos horaires sont faux, pourquoi vous les partagez partout ?"],
}
OFFERS = {
    "en": ["Owen, if the app crashes again, why not try reinstalling it?",
           "If you were charged twice, why don't you send us the receipt so we can refund it?",
           "Owen, why are you being charged twice? We're checking now.",
           "If the room is cold, why not ask the desk for a heater? They'll bring one."],
    "fr": ["Sandrine, si l'appli plante, pourquoi ne pas la réinstaller ?",
           "Si le car était en retard, pourquoi personne ne vous a prévenue ? On vérifie.",
           "Sandrine, pourquoi votre fille a-t-elle attendu ? Nous voulons comprendre.",
           "Si vous voulez, on vous explique pourquoi le car a changé d'arrêt."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CHALLENGES.items() for t in texts])
def test_a_condition_granted_then_why_you_costs_calm(lang: str, text: str) -> None:
    result = score_upset(lang, text)
    assert criterion_of(result, "no-hostility").score <= 50, (text, against(result, "no-hostility"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in OFFERS.items() for t in texts])
def test_why_not_our_question_or_no_condition_is_none(lang: str, text: str) -> None:
    result = score_upset(lang, text)
    assert criterion_of(result, "no-hostility").score == 100, (text, against(result, "no-hostility"))



# written after the readings, to look for false alarms: civil sentences that share their words
CIVIL = {
    "en": ["Owen, most guests never need the spare key, but it's at the desk if you do.",
           "Everyone else on your floor had hot water, so it's your room's boiler: an engineer is coming.",
           "Owen, you're probably exhausted after that night, so breakfast is on the house.",
           "Owen, you probably didn't see the notice because it was behind the door.",
           "For once, the sun is out, so enjoy the terrace on us, Owen."],
    "fr": ["Sandrine, la plupart des parents ne savent pas que l'arrêt a bougé, c'est notre faute.",
           "Les autres familles n'ont pas reçu le SMS non plus, Sandrine, pardon.",
           "Vous n'avez sans doute pas vu l'affiche, elle était cachée par un panneau.",
           "Sandrine, pourquoi vous a-t-on laissée sans nouvelles ? C'est inexcusable.",
           "Pour une fois que le car est à l'heure, on vous le signale, Sandrine !"],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CIVIL.items() for t in texts])
def test_civil_sentences_sharing_the_readings_words_are_none(lang: str, text: str) -> None:
    result = score_upset(lang, text)
    assert criterion_of(result, "no-hostility").score == 100, (text, against(result, "no-hostility"))
