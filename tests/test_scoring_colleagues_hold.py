"""Teamwork's holding line reads a team of the brand acting on the case in the public reply ("notre responsable
qualité vous contacte en MP", graded 52 on teamwork, held no line while replies holding it by wild promises did; "our
devs are on it"): one of our teams as subject, then a pronoun for the person or the case within three words, outside
a question. A team the person is sent to, or one described (its hours, its habits, "à votre disposition"), holds no
line. Written for this test on a washing-machine thread (fr and en), in no dev-set situation, before the rule."""

from __future__ import annotations

import pytest
from scoring_kit import holding_line

from cmsim.scoring.criteria.teamwork import ANSWERED_ONLY

ACTING = [
    ("en", "Rowan, our quality manager is contacting you by DM."),
    ("en", "Rowan, sorry. Our customer care team is on it."),
    ("en", "Rowan, our billing team is refunding you."),
    ("en", "Rowan, our support team will ring you."),
    ("fr", "Rowan, notre responsable qualité vous contacte en MP."),
    ("fr", "Rowan, notre service client vous écrit en privé."),
    ("fr", "Rowan, désolés : notre équipe technique s'en occupe."),
    ("fr", "Rowan, notre service facturation vous rembourse."),
]
DESCRIBED = [
    ("en", "Rowan, please contact our customer care team."),
    ("en", "Rowan, our quality team tests every machine."),
    ("en", "Rowan, our customer care team is available Monday to Friday."),
    ("en", "Rowan, our support team is the best in the business."),
    ("fr", "Rowan, merci de contacter notre service client."),
    ("fr", "Rowan, notre service client reste à votre disposition."),
    ("fr", "Rowan, notre équipe qualité teste chaque machine."),
    ("fr", "Rowan, notre service client est ouvert du lundi au vendredi."),
]



@pytest.mark.parametrize(("lang", "public"), ACTING)
def test_a_team_of_ours_acting_on_the_case_holds_the_line(lang: str, public: str) -> None:
    score, evidence = holding_line(lang, public)
    assert score >= 60, evidence


@pytest.mark.parametrize(("lang", "public"), DESCRIBED)
def test_a_team_pointed_to_or_described_holds_no_line(lang: str, public: str) -> None:
    score, evidence = holding_line(lang, public)
    assert score <= ANSWERED_ONLY, evidence
