"""Shouting at a person drowns out what a reply says to them: a reply mostly in capitals, with runs of "!!!" and
floods of emoji, reads as a broadcast, not as listening, whatever facts and steps it packs (hand graders put such
replies at 5-35 on listening where the scorer gave 38-78). Near-misses keep their listening: a warm emoji or two, one
"!", an acronym, a capitalised brand name. Situations written for this test, none of the dev set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BIKE_EN = [{"author": "Ravi Patel", "text": "My bike came back from your workshop with the gears still slipping. "
            "Third time this month. I'm so annoyed."}]
FLIGHT_EN = [{"author": "Nora Quinn", "text": "Flight LX208 cancelled at the gate, no hotel, no food voucher, and "
              "I've been in the queue for 3 hours with a toddler."}]
POOL_FR = [{"author": "Karim Benali", "text": "Piscine fermée sans prévenir ce matin, on a fait 40 minutes de route "
            "avec les enfants pour rien. Franchement déçu."}]
GINGERBREAD_FR = [{"author": "Chloé Martin", "text": "Ma commande de pain d'épices est arrivée écrasée, c'était pour "
                   "l'anniversaire de ma fille samedi. Je suis déçue."}]

SHOUTED = [
    ("en", BIKE_EN, "RAVI!!! 😱😱😱 GEARS SLIPPING AGAIN?!! 🔧🔧🔧 BRING IT IN SATURDAY, WE FIX IT FREE!!! 💪💪🚲🚲"),
    ("en", FLIGHT_EN, "🚨🚨 NORA WE HEAR YOU 🚨🚨 HOTEL + FOOD VOUCHERS AT DESK 12 NOW!!! ✈️✈️✈️ HANG IN THERE 🙏🙏🙏"),
    ("fr", POOL_FR, "KARIM 😭😭😭 LA PISCINE ROUVRE DEMAIN !!! 🏊‍♂️🏊‍♂️💦💦 ON VOUS OFFRE 2 ENTRÉES 🎁🎁🎁 "
                    "À TRÈS VITE 😍😍"),
    ("fr", GINGERBREAD_FR, "OH NON CHLOÉ 😱😱😱 COLIS ÉCRASÉ ?!! 🎂🎂 ON RENVOIE UNE BOÎTE DEMAIN !!! 🚚🚚💨 "
                           "PROMIS 🙏🙏"),
]
SAID_CALMLY = [
    "Ravi, sorry the gears are slipping again. Bring it in on Saturday and we'll fix it free while you wait.",
    "Nora, we hear you: hotel and food vouchers are ready at desk 12 now. Hang in there, we're sorry.",
    "Karim, désolés pour ce matin. La piscine rouvre demain et on vous offre deux entrées pour le trajet perdu.",
    "Chloé, désolés pour ce colis écrasé. On vous renvoie une boîte demain, promis.",
]
NEAR_MISSES = [
    ("en", BIKE_EN, "Ravi, sorry the gears are slipping again 😞 Bring it in on Saturday and we'll fix it free while "
                    "you wait!"),
    ("en", FLIGHT_EN, "Nora, we're so sorry. Hotel and food vouchers for LX208 are ready at desk 12 now, and an "
                      "agent will take you and your toddler first. Hang in there 🙏"),
    ("fr", POOL_FR, "Karim, désolés pour ce matin 😔 La piscine rouvre demain, et on vous offre deux entrées pour le "
                    "trajet perdu. Écrivez-nous en MP !"),
    ("fr", GINGERBREAD_FR, "Chloé, désolés pour ce colis écrasé 😢 On vous renvoie une boîte demain par DPD, promis."),
]


def _listening(lang: str, thread: list[dict[str, str]], reply: str) -> int:
    return score_line(lang=lang, platform="facebook", thread=thread, reply=reply).scores["listening"]


@pytest.mark.parametrize(("case", "calm"), list(zip(SHOUTED, SAID_CALMLY, strict=True)))
def test_shouting_at_the_person_is_not_listening(case: tuple[str, list[dict[str, str]], str], calm: str) -> None:
    lang, thread, reply = case
    shouted = _listening(lang, thread, reply)
    assert shouted <= 40 and shouted < _listening(lang, thread, calm) - 20


@pytest.mark.parametrize("case", NEAR_MISSES)
def test_near_misses_an_emoji_or_an_exclamation_keep_their_listening(
        case: tuple[str, list[dict[str, str]], str]) -> None:
    lang, thread, reply = case
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply)
    assert not any(c.id == "heard-over-noise" for c in result.criteria)  # the guard does not apply
    assert result.scores["listening"] >= 60


@pytest.mark.parametrize(("lang", "thread", "reply"), [
    ("en", BIKE_EN, "Ravi 😱😱😱 so sorry!! 🔧🔧 we'll fix it free on Saturday, bring it in 💪💪"),
    ("fr", POOL_FR, "Karim 😭😭 vraiment désolés !! La piscine rouvre demain, on vous offre deux entrées 🎁🎁"),
    ("en", FLIGHT_EN, "Nora, LX208 is on us: the hotel and food vouchers are at desk 12 NOW, and we're so sorry."),
    ("fr", GINGERBREAD_FR, "Chloé, désolés : on renvoie la boîte demain par DPD, et c'est NOUS qui payons."),
])
def test_near_misses_lower_case_floods_and_one_shouted_word_are_not_this_guard(
        lang: str, thread: list[dict[str, str]], reply: str) -> None:
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply)
    assert not any(c.id == "heard-over-noise" for c in result.criteria)
