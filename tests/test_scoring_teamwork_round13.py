# ruff: noqa: E501  (test notes are long literal strings)
"""Teamwork, round 13: patterns found in the tuning split's misordered pairs, each tested here on a situation and
notes written for the test (fr and en), in no dev-set situation: a promise handed to the team to honour, the customer
framed as a nuisance or a sales opportunity, and their innocent near-misses."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Ines", "text": "My e-bike battery died after two weeks. The shop says six weeks for a replacement. I ride it to work every day!"},
           {"author": "Karl", "text": "@Ines mine too, same model, dead after a month"}],
    "fr": [{"author": "Ines", "text": "La batterie de mon vélo électrique a lâché au bout de deux semaines. Le magasin annonce six semaines pour la remplacer. Je vais au travail avec tous les jours !"},
           {"author": "Karl", "text": "@Ines pareil pour moi, même modèle, morte au bout d'un mois"}],
}
EXPECT = {
    "en": {"person": "Ines", "facts": [["battery"], ["two weeks"]], "teams": ["quality", "customer-service"]},
    "fr": {"person": "Ines", "facts": [["batterie"], ["deux semaines"]], "teams": ["quality", "customer-service"]},
}
PUBLIC = {"en": "Ines, Karl, sorry, a battery dying that fast is not normal. We're checking it with our quality team today.",
          "fr": "Ines, Karl, désolés, une batterie qui lâche aussi vite, ce n'est pas normal. On vérifie avec notre équipe qualité aujourd'hui."}


def handover(lang: str, note: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang], expect=EXPECT[lang],
                      qualities=["teamwork", "calm"], reply={"public": PUBLIC[lang], "internal_note": note})


def regard(result: StepResult):
    return next((c for c in result.criteria if c.id == "colleague-regard"), None)


ASKING = {
    "en": "Quality and support: 2 riders (Ines, Karl) report the same e-bike battery dead after two weeks to a month, shop quotes six weeks for a replacement, public thread on Facebook. Ines rides to work daily: can support offer her a loan battery, and can quality tell me by Friday whether a refund or a faster swap is possible?",
    "fr": "Qualité et SAV : 2 cyclistes (Ines, Karl) signalent la même batterie de vélo électrique morte après deux semaines à un mois, le magasin annonce six semaines pour la remplacer, fil public sur Facebook. Ines va au travail avec tous les jours : le SAV peut-il lui prêter une batterie, et la qualité peut-elle me dire d'ici vendredi si un remboursement ou un échange plus rapide est possible ?",
}
PROMISED = {
    "en": "Quality and support: 2 riders (Ines, Karl) report the same e-bike battery dead after two weeks to a month, public thread on Facebook. I've promised Ines a new battery by Friday and a full refund, please make it happen.",
    "fr": "Qualité et SAV : 2 cyclistes (Ines, Karl) signalent la même batterie de vélo électrique morte après deux semaines à un mois, fil public sur Facebook. Je lui ai promis une batterie neuve d'ici vendredi et un remboursement complet, merci de faire le nécessaire.",
}
BOUNDED = {
    "en": "Quality and support: 2 riders (Ines, Karl) report the same e-bike battery dead after two weeks to a month, public thread on Facebook. In public I've only promised that we are checking it today, nothing on refunds or dates. Can you tell me by Friday what we can offer her?",
    "fr": "Qualité et SAV : 2 cyclistes (Ines, Karl) signalent la même batterie de vélo électrique morte après deux semaines à un mois, fil public sur Facebook. En public je n'ai promis qu'une vérification aujourd'hui, rien sur un remboursement ni sur une date. Pouvez-vous me dire d'ici vendredi ce qu'on peut lui proposer ?",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_promise_handed_to_the_team_to_honour_ranks_under_a_note_asking_what_it_can_do(lang: str) -> None:
    asking, promised = handover(lang, ASKING[lang]), handover(lang, PROMISED[lang])
    assert regard(asking) is None
    found = regard(promised)
    assert found is not None and found.score < 20
    assert any("promis" in e.text.lower() for e in found.evidence)
    assert "promise" in found.feedback or "promesse" in found.feedback  # says why, not "blaming the team"
    assert promised.scores[Q.teamwork] < asking.scores[Q.teamwork] - 20


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_note_bounding_what_was_promised_in_public_is_no_fait_accompli(lang: str) -> None:
    assert regard(handover(lang, BOUNDED[lang])) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_promise_handed_over_still_ranks_above_a_note_that_brushes_the_customer_off(lang: str) -> None:
    brushed = {"en": "Support: can someone deal with this guy on Facebook?",
               "fr": "SAV : client agressif sur Facebook, quelqu'un peut gérer ?"}[lang]
    assert handover(lang, PROMISED[lang]).scores[Q.teamwork] > handover(lang, brushed).scores[Q.teamwork]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_customer_framed_as_a_nuisance_or_a_sales_opportunity_is_no_handover(lang: str) -> None:
    plain = {"en": "Support: a rider says her e-bike battery died after two weeks, can someone call her today?",
             "fr": "SAV : une cycliste dit que sa batterie a lâché au bout de deux semaines, quelqu'un peut la rappeler aujourd'hui ?"}[lang]
    framed = {"en": ["Support: can someone answer this guy on Facebook? Battery died after two weeks.",
                     "Marketing: two riders with dead batteries, good upsell opportunity for the Long Range pack."],
              "fr": ["SAV : cliente agressive sur Facebook, batterie morte au bout de deux semaines, à gérer.",
                     "Marketing : deux cyclistes avec une batterie morte, bonne occasion de pousser le pack Longue Autonomie."]}[lang]
    base = handover(lang, plain)
    assert regard(base) is None
    for note in framed:
        result = handover(lang, note)
        found = regard(result)
        assert found is not None and found.score == 0
        assert "nuisance" in found.feedback or "gêneur" in found.feedback
        assert result.scores[Q.teamwork] < base.scores[Q.teamwork] - 5


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reporting_what_the_customer_does_or_feels_is_information_not_framing(lang: str) -> None:
    notes = {"en": ["Quality: Ines is angry and now complaining publicly, battery dead after two weeks. Can you check the batch today?",
                    "Support: the guy who sold her the bike says six weeks for a battery; can you find a faster option today?"],
             "fr": ["Qualité : Ines est en colère et se plaint maintenant publiquement, batterie morte au bout de deux semaines. Pouvez-vous vérifier le lot aujourd'hui ?",
                    "SAV : la batterie lui semble agressive pour le chargeur, elle a lâché au bout de deux semaines ; pouvez-vous vérifier aujourd'hui ?"]}[lang]
    for note in notes:
        assert regard(handover(lang, note)) is None, note


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_someone_elses_promise_reported_is_no_fait_accompli(lang: str) -> None:
    note = {"en": "Quality: Ines says the shop promised her a replacement within a week and nothing came; battery dead after two weeks. Can you check the batch today?",
            "fr": "Qualité : Ines dit que le magasin lui avait promis un remplacement sous huit jours et rien n'est venu ; batterie morte au bout de deux semaines. Pouvez-vous vérifier le lot aujourd'hui ?"}[lang]
    assert regard(handover(lang, note)) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_outcome_announced_in_public_is_handed_over_as_a_fait_accompli_not_as_a_holding_line(lang: str) -> None:
    announced = {"en": "Quality: I have told Ines publicly that the whole battery batch is being recalled.",
                 "fr": "Qualité : j'ai dit publiquement que tout le lot de batteries était rappelé."}[lang]
    holding = {"en": "Quality: Ines's battery died after two weeks, can you check the batch today? I'm answering her publicly meanwhile.",
               "fr": "Qualité : la batterie d'Ines a lâché au bout de deux semaines, pouvez-vous vérifier le lot aujourd'hui ? Je lui réponds publiquement en attendant."}[lang]
    told, held = handover(lang, announced), handover(lang, holding)
    assert regard(held) is None
    assert next(c for c in held.criteria if c.id == "holding-line").score == 100
    assert regard(told) is not None
    assert next(c for c in told.criteria if c.id == "holding-line").score < 100  # the announcement holds no line
    assert told.scores[Q.teamwork] < held.scores[Q.teamwork] - 20


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_note_closing_the_case_on_the_customers_fault_is_no_handover_unless_it_asks_the_team(lang: str) -> None:
    closing = {"en": "Support: she charged it wrong, user error, no action needed.",
               "fr": "SAV : elle l'a mal chargée, erreur de l'utilisatrice, aucune action."}[lang]
    asking = {"en": "Quality: the shop calls it a user error, but Karl reports the same battery dead after a month. Can you check the batch today?",
              "fr": "Qualité : le magasin parle d'une erreur de l'utilisatrice, mais Karl signale la même batterie morte au bout d'un mois. Pouvez-vous vérifier le lot aujourd'hui ?"}[lang]
    closed = handover(lang, closing)
    found = regard(closed)
    assert found is not None and found.score == 0
    assert "fault" in found.feedback or "faute" in found.feedback  # not "a nuisance or a sales opportunity"
    assert regard(handover(lang, asking)) is None
    assert closed.scores[Q.teamwork] < handover(lang, asking).scores[Q.teamwork] - 20


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_promised_answer_is_the_community_managers_to_keep_not_a_fait_accompli(lang: str) -> None:
    note = {"en": "Quality: 2 riders (Ines, Karl) report the same battery dead after two weeks to a month. Can you check the batch and tell me if we can swap it faster? I've promised Ines an update by 5pm.",
            "fr": "Qualité : 2 cyclistes (Ines, Karl) signalent la même batterie morte après deux semaines à un mois. Pouvez-vous vérifier le lot et me dire si on peut l'échanger plus vite ? Je lui ai promis un retour avant 17 h."}[lang]
    assert regard(handover(lang, note)) is None
