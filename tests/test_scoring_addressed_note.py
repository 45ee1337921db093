"""Teamwork: a note addressed to a team the lexicon does not know still reaches a team.

Found on the opened fresh sets: notes opening "Maintenance : merci de bloquer la trottinette 4471…" or "Installation:
please show customers Night Eco at handover…" were graded 70 on teamwork, yet right-team read no team at all (0), as
for a note addressed to nobody ("Can someone look at this?"). A header naming who the note is for — one to three
capitalised words before a colon — now reaches a team the scorer cannot judge: half marks, the feedback asking to
check who owns the problem. The notes below were written for this test, in situations the development set does not
have; the near-misses open on a flag or a label ("URGENT:", "FYI:", "Note :"), on the customer, or on no header."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

THREAD = {
    "fr": [{"author": "Lina Morel", "text": "La porte du parking de la résidence est bloquée ouverte depuis hier soir, "
                                           "n'importe qui peut entrer. C'est inadmissible."}],
    "en": [{"author": "Lina Moore", "text": "The car park gate at our building has been stuck open since last night, "
                                           "anyone can walk in. Unacceptable."}],
}
PUBLIC = {"fr": "Lina, merci de l'alerte : un technicien passe ce matin et je vous tiens au courant ici.",
          "en": "Lina, thanks for the alert: a technician is coming this morning and I'll update you here."}
ADDRESSED = [
    ("fr", "Gardiennage : porte du parking bloquée ouverte depuis hier soir, résidente inquiète sur Facebook. "
           "Merci de passer avant midi."),
    ("fr", "Atelier portails : la porte du parking reste ouverte depuis hier, à réparer aujourd'hui."),
    ("fr", "Prestataire portail : porte du parking bloquée, une résidente s'en plaint publiquement, "
           "pouvez-vous intervenir ?"),
    ("en", "Facilities: car park gate stuck open since last night, a resident is worried on Facebook. "
           "Please send someone before noon."),
    ("en", "Night Shift Crew: the car park gate has been open since yesterday, please fix it today."),
    ("en", "Gate Contractor: car park gate stuck open, resident complaining publicly, can you come this morning?"),
]
NOT_ADDRESSED = [
    ("fr", "URGENT : porte du parking bloquée ouverte depuis hier soir, résidente inquiète."),
    ("fr", "Note : la porte du parking est ouverte depuis hier, quelqu'un peut regarder ?"),
    ("fr", "Récap : porte du parking ouverte depuis hier soir, résidente inquiète sur Facebook."),
    ("fr", "Porte du parking ouverte depuis hier, quelqu'un peut regarder ?"),
    ("en", "FYI: car park gate stuck open since last night, resident worried."),
    ("en", "Lina Moore: says the gate has been open since last night."),
    ("en", "car park gate open since yesterday, can someone look?"),
]


def right_team(lang: str, note: str) -> Any:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"teams": ["management"]},
                        qualities=["teamwork"], reply={"public": PUBLIC[lang], "internal_note": note})
    return next(c for c in result.criteria if c.id == "right-team")


@pytest.mark.parametrize(("lang", "note"), ADDRESSED)
def test_a_note_addressed_to_a_team_reaches_a_team(lang: str, note: str) -> None:
    criterion = right_team(lang, note)
    assert 40 <= criterion.score < 70  # a team is reached; whether it owns the problem, the scorer cannot tell
    assert criterion.missing  # the feedback still names the team that owns it


@pytest.mark.parametrize(("lang", "note"), NOT_ADDRESSED)
def test_a_flag_a_label_or_no_header_reaches_no_team(lang: str, note: str) -> None:
    assert right_team(lang, note).score == 0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_known_team_is_judged_as_before(lang: str) -> None:
    body = {"fr": " : porte du parking bloquée ouverte depuis hier soir, résidente inquiète sur Facebook. "
                  "Merci de passer avant midi.",
            "en": ": car park gate stuck open since last night, a resident is worried on Facebook. "
                  "Please send someone before noon."}[lang]
    right = {"fr": "Direction", "en": "Management"}[lang] + body
    wrong = "Marketing" + body
    assert right_team(lang, right).score == 100
    assert right_team(lang, wrong).score == 20
