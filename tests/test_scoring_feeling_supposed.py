"""A feeling supposed is not heard: "we understand that three missed deliveries may have caused some frustration",
"nous comprenons que cette vidéo ait pu choquer" grant a feeling that might exist, to nobody in particular (a
non-apology graders put with the replies that acknowledge nothing: fresh7's drive-through, graded 12 on listening,
read as two acknowledgements). A modal of possibility before the feeling ("may/might/could have", French "pu" with
only a pronoun or "être" between) makes its sentence's acknowledgements a supposition; "we could see how frustrated you
were", "must have been" or "vous n'avez pas pu travailler, c'est frustrant" still hear the person. Situations written
for this test (a courier's missed deliveries, a kitchen fitter's cancelled appointments), none from the development
set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

STEP = {"en": " We're booking a fixed slot for Saturday.", "fr": " On vous rappelle pour fixer une date."}

SUPPOSED = [
    ("en", "Dan, we understand that three missed deliveries may have caused some frustration."),
    ("en", "Dan, we appreciate this might have been upsetting for some customers."),
    ("en", "Dan, we realise the missed slots could have been annoying."),
    ("en", "Dan, we understand the missed slots might have been stressful."),
    ("fr", "Léa, nous comprenons que ces annulations aient pu vous agacer."),
    ("fr", "Léa, nous comprenons que la situation ait pu être frustrante."),
]
HEARD = [
    ("en", "Dan, we could see how frustrated you were on the phone, and we're sorry."),
    ("en", "Dan, I can imagine how frustrating three wasted days are."),
    ("fr", "Léa, trois jours de congé pour rien, on comprend votre colère."),
    ("fr", "Léa, vous n'avez pas pu travailler, c'est frustrant et nous sommes désolés."),
]


def _feeling(lang: str, reply: str) -> tuple[int, list[str]]:
    return criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")


@pytest.mark.parametrize(("lang", "reply"), SUPPOSED)
def test_a_feeling_supposed_is_not_acknowledged(lang: str, reply: str) -> None:
    score, evidence = _feeling(lang, reply)
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), HEARD)
def test_a_feeling_heard_still_is(lang: str, reply: str) -> None:
    score, evidence = _feeling(lang, reply)
    assert score >= 70, evidence
