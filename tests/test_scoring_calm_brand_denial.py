"""Deflection by the brand's own name (round 6): "…caused by the grid operator, not by Voltra", "…pas à Ligne Océane"
pass the fault to a third party as "not ours" does, with the brand's name where "us" stands. The reading comes from the
thread's own facts (the brand's name and handle), not from a list of words: a negation, then only prepositions, then
the brand's name closing the clause.

Named from misordered calm pairs of the tuning split (a bank's outage, a conference venue, a regional train). The
sentences below are written for an energy supplier, in French and English, with near-misses that put the brand after a
negation without passing the fault ("this is not the Voltra service you should get", "pas de frais en plus chez
Voltra").
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Lin", "text": "Power cut for two days and now a bill twice the usual. Furious."}],
    "fr": [{"author": "Lin", "text": "Deux jours de coupure, et une facture deux fois plus élevée. Furieuse."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      brand={"name": "Voltra Énergie", "handle": "@voltra"}, expect={"person": "Lin"})


def _criterion(lang: str, text: str, cid: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == cid)


DENYING = [
    ("en", "Lin, the outage was caused by the grid operator, not by Voltra."),
    ("en", "Your meter is read by the network company, not Voltra, so the figure stands."),
    ("en", "Lin, estimated bills come from the regulator's rules and not from Voltra."),
    ("en", "Lin, the cut was on the distributor's side, not at Voltra."),
    ("en", "The engineers who missed the visit work for a contractor, not for Voltra."),
    ("en", "Lin, that fee is set by your bank and not by Voltra Énergie."),
    ("fr", "Lin, la coupure vient du gestionnaire du réseau, pas de Voltra."),
    ("fr", "Lin, le compteur est relevé par le distributeur, et non par Voltra."),
    ("fr", "Ces frais sont fixés par votre banque, pas par Voltra."),
    ("fr", "Le technicien absent travaille pour un sous-traitant, pas pour Voltra."),
    ("fr", "Lin, le retard est du côté du distributeur, pas chez Voltra."),
    ("fr", "La hausse est décidée par l'État, pas par @voltra, désolés."),
]
NEAR_MISSES = [
    ("en", "Lin, this is not the Voltra service you should get, and I'm sorry."),
    ("en", "Not a great first month with Voltra, Lin, we know: your bill is being corrected today."),
    ("en", "Lin, it's not Voltra's way to leave anyone without power for two days. We're on it."),
    ("fr", "Lin, ce n'est pas le service Voltra que vous méritez, pardon."),
    ("fr", "Pas de frais en plus chez Voltra, Lin : on annule cette ligne de la facture."),
    ("fr", "Lin, jamais une facture Voltra n'aurait dû doubler ainsi ; on la corrige aujourd'hui."),
]


@pytest.mark.parametrize(("lang", "text"), DENYING)
def test_denying_the_fault_by_the_brands_name_costs_calm(lang: str, text: str) -> None:
    hostility = _criterion(lang, text, "no-hostility")
    assert hostility.score <= 50, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < 65


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_the_brands_name_after_a_negation_without_passing_the_fault(lang: str, text: str) -> None:
    assert _criterion(lang, text, "no-hostility").score == 100, text


def test_the_denial_is_calms_alone() -> None:
    for lang, text in DENYING:
        assert all(c.score == 100 for c in _score(lang, text).criteria if c.id in ("regard", "respect")), text
