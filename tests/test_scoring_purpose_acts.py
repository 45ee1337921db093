"""An act offered in a clause of purpose: "could you message us so we can check where your application stands?",
"pourriez-vous nous écrire en privé afin que nous puissions vous proposer un créneau ?".

Found in the tuning split: such replies (graded 70 on listening) were read with no next step at all, under stock
replies graded 35-50: the acts reading skipped every question ("on regarde ensemble ?" asks, it does not act), and in
French "que nous" was no subject. A first person that opens a clause of purpose ("so (that) we", "afin que nous",
"pour qu'on") after a request to continue in private (a DM, "en MP", "message us") names what the brand will do once
the person writes: an act, in a question too. Asking for details in public "so we can check" is no such act (a
calibration example of the security-leak scenario, graded poor on listening).
Written for this test, in situations the development set does not have; the near-misses state a position in the
purpose clause, ask with no purpose clause, put the condition on the person, or ask for details in public."""

from __future__ import annotations

import pytest

from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.integrity import inspect
from cmsim.scoring.lexicon import lexicons


def acts(lang: str, text: str) -> list[str]:
    view = inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())
    return [text[h.start : h.end] for h in first_person_acts(view)]


PURPOSE = [
    ("en", "Could you DM us your booking reference so we can book you on the 6pm class?"),
    ("en", "Would you send us a private message with a photo of the label so I can arrange a replacement?"),
    ("en", "Can you message us the address so that we can reschedule the visit?"),
    ("en", "Please DM us the invoice number so we can correct the amount."),
    ("fr", "Pouvez-vous nous envoyer votre référence en MP afin que nous puissions vous rembourser ?"),
    ("fr", "Peux-tu nous écrire en privé pour qu'on puisse te renvoyer le colis ?"),
    ("fr", "Envoyez-nous votre numéro de dossier en message privé afin que nous puissions relancer l'atelier."),
    ("fr", "Pourriez-vous nous transmettre la facture par MP pour que nous puissions corriger le montant ?"),
]
NOT_ACTS = [
    ("en", "Could you tell us more so we understand what happened?"),
    ("en", "Can we move you to the 6pm class?"),
    ("en", "Could you check the label so you can see the date?"),
    ("fr", "Pouvez-vous nous écrire afin que nous comprenions mieux la situation ?"),
    ("fr", "On vous rembourse ?"),
    ("fr", "Pouvez-vous vérifier l'étiquette pour que vous puissiez voir la date ?"),
    ("en", "Can you reply here with the email on your account so we can check?"),
    ("fr", "Pouvez-vous répondre ici avec votre adresse e-mail afin que nous puissions vérifier ?"),
]


@pytest.mark.parametrize(("lang", "text"), PURPOSE)
def test_an_act_in_a_clause_of_purpose_is_an_act(lang: str, text: str) -> None:
    assert acts(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_ACTS)
def test_a_position_a_bare_question_or_the_person_acting_is_no_act(lang: str, text: str) -> None:
    assert not acts(lang, text)
