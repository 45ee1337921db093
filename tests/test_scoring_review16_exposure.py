# ruff: noqa: E501  (test replies are long literal strings)
"""Round 16's review: exposure read on details that are no one's private data, in no dev-set situation, fr and en,
with near-misses that must still be charged.

- A private-data word needs a figure of its own, in its clause: "ne le" (« né le » once accents are folded) after
  "Lot 2311B :", a balance "not touched" after "since 11:40;" write out no one's data; "votre solde est de 1 200 €"
  still does.
- A line or a mailbox the reader is sent to ("email graduates@…", "can be reached on 020…", "écrivez à
  adhesions@…", "joignable au 04…") is a channel to use; "your email luke@…", "email sent to luke@…" still expose."""

from __future__ import annotations

import pytest
from scoring_kit import against, score_line

from cmsim.model.result import StepResult


def _score(lang: str, message: str, reply: str, person: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=[{"author": person, "text": message}], reply=reply,
                      expect={"person": person, "private": True}, qualities=["communication"])


NO_ONES = [  # (lang, person, message, reply): a figure of another clause, or a channel the reader is sent to
    ("fr", "Nadia", "Il y a des morceaux dans ma compote, c'est normal ?", "Nadia, merci de nous avoir prévenus. Pot du lot 4471C : ne le mangez pas en attendant notre analyse."),
    ("fr", "Hugo", "Votre site de paiement a planté hier soir.", "Hugo, le site est revenu à 22 h 15 ; votre solde et vos prélèvements n'ont pas bougé."),
    ("fr", "Sarah", "Comment je m'inscris à l'atelier poterie ?", "Bonjour Sarah, écrivez à ateliers@mjc-brest.fr avec vos disponibilités, on vous répond sous 48 h."),
    ("fr", "Yanis", "Personne ne décroche à l'accueil.", "Yanis, désolés : l'accueil est joignable au 04 76 12 34 56 du lundi au vendredi, de 9 h à 17 h."),
    ("en", "Ruth", "My card payment failed twice at checkout.", "Ruth, checkout was down from 9:05 to 9:40; your balance was never touched. You can try again now."),
    ("en", "Omar", "How do I apply for the volunteer programme?", "Hi Omar, email volunteers@riverside-trust.org with a few lines about yourself and we'll reply within a week."),
    ("en", "Grace", "Nobody answers at your office!", "Sorry Grace. The bookings desk can be reached on 0161 496 0753, weekdays from 9 to 5."),
    ("en", "Ben", "Is there someone I can talk to about the allotment waiting list?", "Hi Ben, yes: contact 01632 960 418 and ask for the allotments officer."),
]
STILL_EXPOSED = [  # someone's data written out: a figure in the data word's clause, or an address owned by "your"
    ("fr", "Nadia", "Mon prélèvement a été fait deux fois.", "Nadia, votre solde est de 1 240 € après le double prélèvement, on rembourse."),
    ("fr", "Hugo", "Vous n'avez pas mon adresse mail ?", "Hugo, nous avons bien votre mail hugo.perrin@gmail.com, la facture y est partie."),
    ("en", "Ruth", "My card payment failed twice at checkout.", "Ruth, your card ending 4471 was declined twice, sorry."),
    ("en", "Omar", "I never got my confirmation email.", "Omar, we've sent it again to your email, omar.haddad@gmail.com."),
    ("en", "Ben", "I never got my confirmation email.", "Ben, email sent to ben.k1982@hotmail.com this morning."),
    ("fr", "Yanis", "Personne ne m'a rappelé.", "Yanis, notre technicien a tenté de te joindre au 06 98 76 54 32 hier, sans réponse."),
]


@pytest.mark.parametrize(("lang", "person", "message", "reply"), NO_ONES)
def test_a_figure_of_another_clause_or_a_channel_to_use_exposes_no_one(lang: str, person: str, message: str, reply: str) -> None:
    result = _score(lang, message, reply, person)
    assert against(result, "trust") == []
    assert "exposure" not in {c.id for c in result.criteria}  # the guard is listed only when it holds a reply down


@pytest.mark.parametrize(("lang", "person", "message", "reply"), STILL_EXPOSED)
def test_data_written_out_is_still_exposed(lang: str, person: str, message: str, reply: str) -> None:
    assert against(_score(lang, message, reply, person), "exposure")
