"""A first person acting on the person's problem is a next step and takes the matter on, in any verb.

Found on the reviewer's French case (feedback asked to "dire que vous vous en occupez" beside "je relance le
transporteur") and on the fresh replies ("On bloque la 4471 tout de suite"): the lexicons list phrases, people write
the same move with any verb. The sentences below were written for this test, in situations the development set does
not have; the near-misses must not fire (position verbs, negation, hypothesis, habit, "be"/"have" with no act,
requests to the person, questions)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.criteria.teamwork import ANSWERED_ONLY
from cmsim.scoring.integrity import inspect
from cmsim.scoring.lexicon import lexicons


def acts(lang: str, text: str) -> list[str]:
    view = inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())
    return [text[h.start : h.end] for h in first_person_acts(view)]


ACTS = [
    ("fr", "Je relance le transporteur ce matin.", "Je relance"),
    ("fr", "Bonjour Hugo, on rembourse la deuxième séance et on bloque votre abonnement.", "on rembourse"),
    ("fr", "Nous avons recrédité les 12 € sur votre carte.", "Nous avons recrédité"),
    ("fr", "Aline, je vous renvoie un badge neuf par la poste.", "je vous renvoie"),
    ("fr", "Je viens d'appeler la résidence pour le chauffage.", "Je viens d'appeler"),
    ("fr", "Désolée Marc : j'ai décalé votre rendez-vous à jeudi.", "j'ai décalé"),
    ("fr", "Nous sommes en train de réinstaller la borne du parking.", "Nous sommes en train de réinstaller"),
    ("en", "I'm chasing the courier now.", "I'm chasing"),
    ("en", "Sorry Jo, we've refunded the duplicate charge.", "we've refunded"),
    ("en", "I rebook you on the 9:40 train and text you the seat.", "I rebook"),
    ("en", "Thanks Pia, I'll swap the cracked lid myself.", "I'll swap"),
    ("en", "We're reissuing your boarding pass as we speak.", "We're reissuing"),
    ("en", "Nadia, I'm going to call the depot before noon.", "I'm going to call"),
    ("en", "We just unlocked your account.", "We just unlocked"),
]


@pytest.mark.parametrize(("lang", "text", "span"), ACTS)
def test_a_first_person_acting_is_read_as_an_act(lang: str, text: str, span: str) -> None:
    assert acts(lang, text) == [span]


NOT_ACTS = [
    ("fr", "Je comprends votre colère."),  # a position, not an act
    ("fr", "Nous ne pouvons rien faire de plus."),  # negation
    ("fr", "Si nous avions su, nous aurions prévenu."),  # hypothesis
    ("fr", "Nous contrôlons chaque ascenseur tous les mois."),  # a habit, not an act for this person
    ("fr", "Nous vous invitons à contacter le service client."),  # a request to the person
    ("fr", "Nous sommes désolés pour ce désagrément."),  # "être" with no act
    ("fr", "Nous avons beaucoup de demandes en ce moment."),  # "avoir" with no act
    ("fr", "On regarde ça ensemble ?"),  # a question
    ("fr", "Je vous rappelle que les retours sont gratuits."),  # a reminder, not an act
    ("fr", "Merci de nous avoir écrit."),  # "nous" is no subject here
    ("en", "We understand how frustrating this is."),
    ("en", "We would have helped sooner."),
    ("en", "We always test every jacket before it ships."),
    ("en", "We're sorry to hear that."),
    ("en", "We have many options for you."),
    ("en", "We encourage you to read the guide."),
    ("en", "Can we call you tomorrow?"),
    ("en", "As we said in the release notes, rates are set per client."),
    ("en", "I'm afraid the offer has ended."),
    ("en", "We don't refund opened items."),
    ("fr", "On verra."),
    ("fr", "Nous avons pris bonne note de votre remarque."),
    ("en", "We look forward to hearing from you."),
    ("en", "We've got your back."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ACTS)
def test_near_misses_are_not_acts(lang: str, text: str) -> None:
    assert acts(lang, text) == []


PARCEL = {
    "fr": [{"author": "Claire Martin",
            "text": "Mon colis est perdu depuis 10 jours, personne ne répond, j'en ai marre."}],
    "en": [{"author": "Claire Martin", "text": "My parcel has been lost for 10 days and nobody answers, I'm fed up."}],
}


def criteria(lang: str, reply: str) -> dict[str, tuple[float, str]]:
    result = score_line(lang=lang, platform="facebook", thread=PARCEL[lang], reply=reply)
    return {c.id: (c.score, c.feedback or "") for c in result.criteria}


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Bonjour Claire, je relance le transporteur et je vous écris dès que j'ai sa réponse."),
    ("en", "Hi Claire, I'm chasing the courier and I'll write to you as soon as they answer."),
])
def test_feedback_never_asks_for_taking_it_on_beside_a_reply_that_does(lang: str, reply: str) -> None:
    by_id = criteria(lang, reply)
    de_escalation, next_step = by_id["de-escalation"], by_id["next-step"]
    assert "occupez" not in de_escalation[1] and "on it" not in de_escalation[1]
    assert "ce que vous faites" not in de_escalation[1] and "what you are doing" not in de_escalation[1]
    assert next_step[0] >= 60 and "Aucune suite" not in next_step[1] and "No concrete" not in next_step[1]


@pytest.mark.parametrize(("lang", "reply", "asks"), [
    ("fr", "Bonjour Claire, merci pour votre patience avec ce colis.", "ce que vous faites"),
    ("en", "Hi Claire, thank you for your patience with this parcel.", "what you are doing"),
])
def test_feedback_asks_for_taking_it_on_when_the_reply_does_not(lang: str, reply: str, asks: str) -> None:
    text = criteria(lang, reply)["de-escalation"][1]
    assert asks in text and "remercie" not in text and "thank" not in text


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Bonjour Claire, merci pour votre patience, et pardon pour ces dix jours sans réponse."),
    ("en", "Hi Claire, thank you for your patience, and sorry for ten days without an answer."),
])
def test_praise_of_calming_moves_names_none_the_reply_lacks(lang: str, reply: str) -> None:
    score, text = criteria(lang, reply)["de-escalation"]
    assert score >= 70 and "prise en charge" not in text and "ownership" not in text


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Bonjour Claire, désolée pour ces dix jours. Réponse à 10 h."),
    ("fr", "Claire, dix jours sans nouvelles, c'est long, surtout cette semaine."),
    ("en", "Hi Claire, sorry about these ten days. An answer at 10am."),
    ("en", "Claire, ten days without news is long, especially this week."),
])
def test_a_time_without_an_act_is_asked_for_the_act_not_the_time(lang: str, reply: str) -> None:
    score, text = criteria(lang, reply)["next-step"]
    assert 40 <= score < 70
    assert "délai" not in text and "Say when" not in text
    assert "ce que vous allez faire" in text or "what you will do" in text


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Claire, désolée pour ce colis ! Il y a -20 % sur toute la boutique ce week-end avec le code COLIS20."),
    ("fr", "Claire, pardon pour l'attente. Profitez de nos soldes jusqu'à dimanche : -30 % sur les sacs."),
    ("en", "Claire, sorry about the parcel! There's 20% off everything this weekend with code PARCEL20."),
    ("en", "Claire, sorry for the wait. Our sale ends Sunday: 30% off all bags."),
])
def test_a_time_in_a_sales_pitch_is_no_step(lang: str, reply: str) -> None:
    assert criteria(lang, reply)["next-step"][0] == 0


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Claire, 10 jours sans colis et personne pour répondre, on vous entend."),
    ("en", "Claire, 10 days without your parcel and nobody answering: we hear you."),
])
def test_a_duration_recalled_from_the_thread_is_no_step(lang: str, reply: str) -> None:
    assert criteria(lang, reply)["next-step"][0] == 0


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Claire, désolée pour ces dix jours : je vous rappelle ce soir."),
    ("fr", "Claire, désolée, le transporteur livre un nouveau colis demain."),
    ("en", "Claire, sorry about these ten days: I'll call you tonight."),
    ("en", "Claire, sorry, I'm sending a new parcel by courier tomorrow."),
])
def test_a_time_with_an_act_is_a_full_step(lang: str, reply: str) -> None:
    assert criteria(lang, reply)["next-step"][0] >= 60


def test_a_date_the_thread_already_gave_is_no_deadline() -> None:
    thread = [{"author": "Inès Roy",
               "text": "Depuis la mise à jour du 3 juin, mon appli plante à chaque ouverture. Vous corrigez quand ?"}]
    recall = score_line(lang="fr", platform="x", thread=thread,
                        reply="Inès, désolés pour ces plantages depuis la mise à jour du 3 juin.")
    promise = score_line(lang="fr", platform="x", thread=thread,
                         reply="Inès, désolés pour ces plantages : le correctif sort le 12 juin.")
    step = {r: next(c for c in res.criteria if c.id == "next-step") for r, res in (("recall", recall),
                                                                                 ("promise", promise))}
    assert not any("juin" in e.text for e in step["recall"].evidence)
    assert any("juin" in e.text for e in step["promise"].evidence)


LIFT = [{"author": "Omar Haddad", "text": "Le 3e ascenseur de la résidence est encore bloqué, ma mère ne peut pas "
                                          "descendre, ça fait deux jours. Quelqu'un s'en occupe ?"}]
LIFT_EN = [{"author": "Omar Haddad", "text": "Lift 3 in our building is stuck again, my mum can't get downstairs, "
                                             "it's been two days. Is anyone dealing with it?"}]
NOTE = {"fr": "Maintenance : ascenseur 3 bloqué depuis deux jours, une résidente âgée coincée, à voir aujourd'hui.",
        "en": "Maintenance: lift 3 stuck for two days, an elderly resident stuck upstairs, please check today."}


def holding(lang: str, public: str) -> float:
    result = score_line(lang=lang, platform="facebook", thread=LIFT if lang == "fr" else LIFT_EN,
                        expect={"teams": ["management"]}, qualities=["teamwork", "listening"],
                        reply={"public": public, "internal_note": NOTE[lang]})
    return next(c.score for c in result.criteria if c.id == "holding-line")


@pytest.mark.parametrize(("lang", "public"), [
    ("fr", "Omar, on bloque l'ascenseur 3 et on envoie le technicien."),
    ("fr", "Omar, j'appelle l'ascensoriste et je passe voir votre mère."),
    ("en", "Omar, we've booked the lift engineer and I'm calling your mum's flat."),
    ("en", "Omar, I'm sending the caretaker up with the spare key."),
])
def test_a_public_reply_that_acts_holds_the_line_while_the_team_works(lang: str, public: str) -> None:
    assert holding(lang, public) >= 80


@pytest.mark.parametrize(("lang", "public"), [
    ("fr", "Omar, nous comprenons votre inquiétude."),
    ("fr", "Omar, nous contrôlons chaque ascenseur tous les mois."),
    ("en", "Omar, we understand how worrying this is."),
    ("en", "Omar, we are looking into it."),  # a stock phrase holds nothing
])
def test_words_that_do_nothing_are_no_holding_line(lang: str, public: str) -> None:
    # the reply answers the person, but says nothing of what happens while the team works: a little more than silence
    assert 0 < holding(lang, public) <= ANSWERED_ONLY


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Claire, désolée : nous avons remboursé les frais de port et envoyé un colis de remplacement en express."),
    ("en", "Claire, sorry. We've refunded the postage and sent a replacement parcel by express."),
])
def test_a_full_step_without_a_time_is_not_praised_for_saying_when(lang: str, reply: str) -> None:
    score, text = criteria(lang, reply)["next-step"]
    assert score >= 70
    assert "et quand" not in text and "and when" not in text
    assert "délai" in text or "time" in text


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Claire, désolée : le colis de remplacement part demain en express."),
    ("en", "Claire, sorry: the replacement parcel leaves tomorrow by express."),
])
def test_a_full_step_with_a_time_is_praised_for_both(lang: str, reply: str) -> None:
    score, text = criteria(lang, reply)["next-step"]
    assert score >= 70 and ("et quand" in text or "and when" in text)


# A listed commitment ("on regarde", "I'll check") used to stop the reading of acts: a reply doing two things, one in
# lexicon words and one in any verb, earned one move. Sentences written for this test, in situations the development
# set does not have; the near-misses keep one move (the act shares the commitment's sentence, or states a position).
TWO_MOVES = [
    ("fr", "Claire, on regarde avec le transporteur. Je vous envoie un bon d'achat par mail."),
    ("fr", "Claire, je m'en occupe. Nous avons bloqué l'ancien colis au dépôt."),
    ("fr", "Désolée Claire : nous lançons une enquête auprès de La Poste. Je vous tiens au courant."),
    ("en", "Claire, I'll check with the courier. We've reserved a replacement for you."),
    ("en", "Claire, I'm on it. I rang the depot and flagged your parcel."),
    ("en", "Sorry Claire, we're opening a claim with the courier. I'll keep you posted."),
]
ONE_MOVE = [
    ("fr", "Claire, on regarde avec le transporteur. Je comprends votre agacement."),
    ("fr", "Claire, je m'en occupe. Nous sommes vraiment désolés."),
    ("en", "Claire, I'll check with the courier. We understand how annoying this is."),
    ("en", "Claire, I'm on it. We're so sorry about this."),
]


@pytest.mark.parametrize(("lang", "reply"), TWO_MOVES)
def test_an_act_beside_a_listed_commitment_is_a_second_move(lang: str, reply: str) -> None:
    assert criteria(lang, reply)["next-step"][0] == 100


@pytest.mark.parametrize(("lang", "reply"), ONE_MOVE)
def test_a_position_beside_a_commitment_is_no_second_move(lang: str, reply: str) -> None:
    assert criteria(lang, reply)["next-step"][0] == 60


# A promise of effort is no act: "we'll do better", "nous ferons mieux", "je ferai mon possible" say the brand will try,
# not what it does (a calibration example, "…we've taken it down. We'll do better.", read two moves once acts were
# read beside commitments). Written for this test; the near-misses use the same words for a real act.
EFFORT = [
    ("en", "We'll do better."),
    ("en", "We're going to do better with the next batch."),
    ("en", "I will do everything possible for you."),
    ("en", "We'll try our utmost."),
    ("fr", "Nous ferons mieux."),
    ("fr", "On va faire de notre mieux pour la suite."),
    ("fr", "Nous ferons le nécessaire."),
    ("fr", "Je ferai mon possible pour votre dossier."),
    ("fr", "On fait au mieux avec les moyens du bord."),
]
REAL_ACTS = [
    ("en", "We'll send you a better charger today.", "We'll send"),
    ("en", "I'm making the best of seats available to you: row 3.", "I'm making"),
    ("fr", "Nous ferons le remboursement demain.", "Nous ferons"),
    ("fr", "Je fais partir un colis neuf ce soir.", "Je fais"),
    ("fr", "Nous vous envoyons le meilleur modèle dès lundi.", "Nous vous envoyons"),
]


@pytest.mark.parametrize(("lang", "text"), EFFORT)
def test_a_promise_of_effort_is_no_act(lang: str, text: str) -> None:
    assert acts(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "span"), REAL_ACTS)
def test_an_act_with_a_word_of_effort_nearby_is_still_an_act(lang: str, text: str, span: str) -> None:
    assert acts(lang, text) == [span]
