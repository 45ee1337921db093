# ruff: noqa: E501  (test notes are long literal strings)
"""Teamwork, round 14: patterns found in set 14's misordered pairs, each tested here on a situation and notes written
for the test (fr and en), in no dev-set situation: a note that tells the team what was said in public, when what was
said is a call or is bounded by what was left out ("no amount yet"), is no fait accompli; "de ce type" (of this kind)
is no customer framed as a nuisance."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Maya", "text": "Your hotel charged my card twice for one night and nobody at reception could tell me why. I want my money back."}],
    "fr": [{"author": "Maya", "text": "Votre hôtel a débité ma carte deux fois pour une seule nuit et personne à la réception n'a su m'expliquer pourquoi. Je veux être remboursée."}],
}
EXPECT = {
    "en": {"person": "Maya", "facts": [["twice"], ["one night"]], "teams": ["billing"]},
    "fr": {"person": "Maya", "facts": [["deux fois"], ["une seule nuit"]], "teams": ["billing"]},
}
PUBLIC = {"en": "Maya, sorry, being charged twice for one night is not okay. Our billing team is looking into it today.",
          "fr": "Maya, désolés, être débitée deux fois pour une nuit, ce n'est pas normal. Notre équipe facturation regarde ça aujourd'hui."}
FACTS = {"en": "Billing: Maya Ortiz was charged twice for one night (stay of 3 Dec), reception could not explain it, public comment on Facebook. ",
         "fr": "Facturation : Maya Ortiz a été débitée deux fois pour une nuit (séjour du 3/12), la réception n'a pas su expliquer, commentaire public sur Facebook. "}


def regard(lang: str, note: str):
    result: StepResult = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang],
                                    expect=EXPECT[lang], qualities=["teamwork"],
                                    reply={"public": PUBLIC[lang], "internal_note": FACTS[lang] + note})
    return next((c for c in result.criteria if c.id == "colleague-regard"), None)


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "I've told her publicly that our billing lead will give her a call today. Can you check the double charge before then?"),
    ("fr", "J'ai annoncé publiquement un appel de notre responsable facturation aujourd'hui. Pouvez-vous vérifier le double débit avant ?"),
])
def test_a_call_announced_in_public_is_the_line_held_not_a_fait_accompli(lang: str, note: str) -> None:
    assert regard(lang, note) is None


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "I've told her publicly we'd compensate her, no amount yet. Can you tell me by tonight what we can offer?"),
    ("fr", "J'ai dit publiquement qu'on la dédommagerait, sans montant. Pouvez-vous me dire d'ici ce soir quoi lui proposer ?"),
])
def test_a_promise_bounded_by_what_it_left_out_is_no_fait_accompli(lang: str, note: str) -> None:
    assert regard(lang, note) is None


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "I've told her publicly we'd refund both nights and give her a free weekend. Please make it happen."),
    ("fr", "J'ai dit publiquement qu'on lui rembourserait les deux nuits et qu'on lui offrirait un week-end. Merci de faire le nécessaire."),
])
def test_an_outcome_announced_in_full_is_still_a_fait_accompli(lang: str, note: str) -> None:
    found = regard(lang, note)
    assert found is not None and found.score < 20


def test_of_this_kind_is_no_nuisance_but_this_guy_is() -> None:
    assert regard("fr", "Merci de vérifier nos autres débits de ce type cette semaine.") is None
    found = regard("fr", "Quelqu'un peut répondre à ce type ?")
    assert found is not None and any("ce type" in e.text for e in found.evidence)
