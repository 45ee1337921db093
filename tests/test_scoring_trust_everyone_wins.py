# ruff: noqa: E501  (test posts are long literal strings)
"""A post that promises a gain to everyone its brief never promised breaks trust (issue 11, round 5): "tous les
participants gagnent une entrée gratuite", "chaque visiteur repart avec 10 kg de pommes offertes", "everyone who enters
gets featured" turn a contest with a few winners, or a free visit, into a giveaway the brand never decided and cannot
honour; hand graders put such posts at 12-30 however well written. The brief's own winners ("5 winners will each
receive a kit", "each winning duo gets…"), a gain the brief gives to all, and a universal without a gain ("open to
all", "everyone is welcome") keep trust. Briefs and posts written for this file, fr and en, none from the development
set."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BRIEFS = {
    "en-quiz": ("Instagram post: the Fox & Hound pub quiz returns on Friday 14 November at 8pm; teams of up to six, £2 a head; the best team wins a £50 bar tab.",
                [["quiz"], ["14 November", "Friday"], ["£2"], ["£50", "bar tab"]]),
    "fr-dessin": ("Post Facebook : la librairie Les Mots Passants lance un concours de dessin pour les 6-12 ans sur le thème de la forêt, jusqu'au 30 avril ; trois dessins gagnants seront exposés en vitrine et leurs auteurs recevront chacun un livre.",
                  [["concours"], ["dessin"], ["forêt"], ["30 avril"], ["vitrine", "livre"]]),
    "en-open": ("Facebook post: the Millbrook fire station opens its doors on Sunday 6 April, 10am to 4pm; free entry for everyone, fire engine rides for kids, and every child gets a junior firefighter badge.",
                [["open day", "fire station"], ["6 April", "Sunday"], ["10am", "4pm"], ["free"], ["badge"]]),
}
EVERYONE_WINS = [
    ("en-quiz", "Quiz night is back! Friday 14 November, 8pm, teams of up to six, £2 a head. Every team that plays wins a free round of drinks!"),
    ("en-quiz", "Dust off your trivia brain: the Fox & Hound quiz returns Friday 14 November at 8pm. £2 each, and everyone who takes part gets a £5 voucher."),
    ("en-quiz", "Quiz is back Friday 14 November at 8pm! Teams of six max, £2 a head. All players take home a free pint glass."),
    ("fr-dessin", "Grand concours de dessin pour les 6-12 ans sur la forêt, jusqu'au 30 avril ! Tous les participants gagnent un livre, et les trois plus beaux dessins seront exposés en vitrine."),
    ("fr-dessin", "À vos crayons ! Concours de dessin sur le thème de la forêt jusqu'au 30 avril : chaque enfant qui participe repart avec un livre offert."),
    ("fr-dessin", "Concours de dessin pour les 6-12 ans, thème la forêt, jusqu'au 30 avril. Tout le monde gagne : une entrée gratuite au salon du livre pour chaque participant !"),
]
KEEPS_TRUST = [  # near-misses: the brief's own winners, a gain the brief gives to all, a universal without a gain
    ("en-quiz", "Quiz night is back! Friday 14 November, 8pm, teams of up to six, £2 a head. Everyone is welcome, and the best team wins a £50 bar tab."),
    ("fr-dessin", "Concours de dessin pour les 6-12 ans sur la forêt, jusqu'au 30 avril ! Trois dessins gagnants seront exposés en vitrine et chacun de leurs auteurs recevra un livre. Ouvert à tous les enfants de 6 à 12 ans."),
    ("en-open", "Millbrook fire station opens its doors on Sunday 6 April, 10am to 4pm! Free entry for everyone, fire engine rides for the kids, and every child gets a junior firefighter badge."),
    ("fr-dessin", "Concours de dessin sur la forêt pour les 6-12 ans, jusqu'au 30 avril : chaque dessin compte, et les trois gagnants recevront chacun un livre et une place en vitrine."),
]


def _trust(key: str, text: str) -> int:
    brief, facts = BRIEFS[key]
    result = score_line(lang=key[:2], platform="instagram", rubric="community-post",
                        thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                        qualities=["creativity", "communication"], reply=text)
    return next(c.score for c in result.criteria if c.id == "trust")


@pytest.mark.parametrize(("key", "text"), EVERYONE_WINS)
def test_a_gain_promised_to_everyone_beyond_the_brief_breaks_trust(key: str, text: str) -> None:
    assert _trust(key, text) <= 50


@pytest.mark.parametrize(("key", "text"), KEEPS_TRUST)
def test_the_briefs_winners_or_a_welcome_to_all_keep_trust(key: str, text: str) -> None:
    assert _trust(key, text) >= 95
