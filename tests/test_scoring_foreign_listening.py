"""A reply written in the thread's other language is still read for listening: the person's name, the apology, the
step and the private channel it gives are seen, at a discount (it answers them in a language not theirs), while
communication keeps reading it in the thread's language. Hand graders put "Hi Aurélie, so sorry to hear about the
closures… DM us your pass numbers" under a French thread at 55 on listening, not 0. Situations written for this test."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BAKERY_FR = [{"author": "Chloé Martin", "text": "Ma commande de pain d'épices est arrivée écrasée, c'était pour "
              "l'anniversaire de ma fille samedi. Je suis vraiment déçue."}]
POOL_FR = [{"author": "Karim Benali", "text": "Piscine fermée sans prévenir ce matin, on a fait 40 minutes de route "
            "avec les enfants pour rien. Bravo."}]
BIKE_EN = [{"author": "Ravi Patel", "text": "My bike came back from your workshop with the gears still slipping. "
            "Third time. I'm so annoyed."}]
CINEMA_EN = [{"author": "Grace Obi", "text": "Bought two tickets for the 8pm screening and the room was overbooked. "
              "We were sent home. Not impressed."}]

FOREIGN = [
    ("fr", BAKERY_FR, "Hi Chloé, we're so sorry your gingerbread arrived crushed, on your daughter's birthday too. "
                      "Please send us your order number by DM and we'll ship a new box tomorrow."),
    ("fr", POOL_FR, "Karim, really sorry about this morning: the pool closed after a pump failure and we should have "
                    "warned you. Send us a private message and we'll refund your trip with two free passes."),
    ("en", BIKE_EN, "Ravi, nous sommes vraiment désolés pour vos vitesses qui sautent encore. Passez samedi, notre "
                    "mécanicien la répare devant vous, et écrivez-nous en MP pour fixer l'heure."),
    ("en", CINEMA_EN, "Bonjour Grace, toutes nos excuses pour la séance de 20 h surréservée. Nous vous remboursons "
                      "les deux places et vous envoyons deux invitations en message privé."),
]
SAME_IN_THREAD_LANGUAGE = [
    "Chloé, nous sommes vraiment désolés que votre pain d'épices soit arrivé écrasé, le jour de l'anniversaire de "
    "votre fille en plus. Envoyez-nous votre numéro de commande en MP et on vous renvoie une boîte demain.",
    "Karim, vraiment désolés pour ce matin : la piscine a fermé après une panne de pompe et on aurait dû prévenir. "
    "Écrivez-nous en MP et on vous rembourse le trajet avec deux entrées offertes.",
    "Ravi, we're really sorry the gears are still slipping. Come by on Saturday, our mechanic will fix it while you "
    "wait; DM us to book a time.",
    "Hi Grace, our apologies for the overbooked 8pm screening. We're refunding both tickets and sending you two "
    "passes by private message.",
]
STOCK = {"fr": "Nous sommes désolés pour la gêne occasionnée.", "en": "We apologise for any inconvenience caused."}
KEYWORDS = {"fr": "sorry crushed box DM refund tomorrow birthday", "en": "désolés vitesses samedi MP mécanicien"}


def _listening(lang: str, thread: list[dict[str, str]], reply: str) -> int:
    return score_line(lang=lang, platform="facebook", thread=thread, reply=reply).scores["listening"]


@pytest.mark.parametrize(("case", "native"), list(zip(FOREIGN, SAME_IN_THREAD_LANGUAGE, strict=True)))
def test_a_reply_in_the_other_language_is_heard_below_the_same_in_the_threads(
        case: tuple[str, list[dict[str, str]], str], native: str) -> None:
    lang, thread, reply = case
    foreign = _listening(lang, thread, reply)
    assert _listening(lang, thread, STOCK[lang]) < foreign < _listening(lang, thread, native)
    assert foreign >= 40


@pytest.mark.parametrize(("lang", "thread"), [("fr", BAKERY_FR), ("en", BIKE_EN)])
def test_near_misses_a_keyword_list_in_the_other_language_stays_unheard(lang: str,
                                                                       thread: list[dict[str, str]]) -> None:
    # Nothing of it is heard: it scores the civil floor alone (10, docs/scoring.md "Bottom of the scale"), under a
    # stock apology in the thread's language.
    assert _listening(lang, thread, KEYWORDS[lang]) == 10 < _listening(lang, thread, STOCK[lang])


def test_near_miss_a_reply_in_the_threads_language_with_a_borrowed_word_is_read_as_before() -> None:
    # "refund", "asap", "sorry" borrowed into a French reply: French prose, read in French as it always was
    reply = "Chloé, sorry pour le colis écrasé ! On lance le refund asap et on vous renvoie une boîte demain."
    result = score_line(lang="fr", platform="facebook", thread=BAKERY_FR, reply=reply)
    assert "no-sentence" not in result.flags and result.scores["listening"] >= 60
