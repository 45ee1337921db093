"""French "rappeler" followed by "que" reminds, it does not call back: "Nous rappelons par ailleurs que la résiliation
obéit à des règles précises" (fresh4's mutual insurer, graded 8 on listening) earned the next step as a first person
acting, and "nous vous rappelons que…" as the commitment "nous vous rappelons" (call you back). Round 8 read the
call-back reading this way; the acts reading and listening's next step now read every "rappeler … que" as a
reminder, whatever stands between ("par ailleurs", "à tous nos clients", "tout de même": up to six words). A call
back keeps its step ("on vous rappelle demain pour voir ce qu'on peut faire", "nous vous rappelons dès que le poseur
est disponible"). English "remind" is a stance word already. A
situation written for this test (a kitchen fitter's cancelled appointments), none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

REMINDERS = [
    "Léa, nous rappelons par ailleurs que la pose est garantie deux ans.",
    "Léa, nous rappelons également que la pose est garantie deux ans.",
    "Léa, nous rappelons à tous nos clients que les reports sont gratuits.",
    "Léa, je vous rappelle tout de même que le devis précise les délais.",
    "Léa, on rappelle simplement que les créneaux sont confirmés la veille.",
    "Léa, nous vous rappelons que nos conditions de report figurent sur le devis.",
]
CALLS = [
    "Léa, on vous rappelle demain matin pour fixer une date.",
    "Léa, on vous rappelle demain pour voir ce qu'on peut faire.",
    "Léa, nous vous rappelons dès que le poseur est disponible.",
]


@pytest.mark.parametrize("reply", REMINDERS)
def test_a_reminder_is_no_next_step(reply: str) -> None:
    score, evidence = criterion_on_missed("fr", reply, "next-step")
    assert score == 0, evidence


@pytest.mark.parametrize("reply", CALLS)
def test_a_call_back_still_is(reply: str) -> None:
    score, evidence = criterion_on_missed("fr", reply, "next-step")
    assert score >= 60, evidence
