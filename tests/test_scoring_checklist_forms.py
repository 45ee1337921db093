"""A checklist word is found in its plural and possessive forms (cmsim/scoring/wordforms.py, rules in
rubrics/lexicons/word-forms.yaml, words whose plural is none in lexicons/<lang>/word-traps.yaml), never in a word that
only looks like one ("car" / "care", "new" / "news", "bonne foi" / "une bonne fois"). Situations written for these
tests, in no dev set."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError
from scoring_kit import score_line

from cmsim.model.result import CriterionResult
from cmsim.scoring.wordforms import WordFormsFile, singulars, word_forms_file

THREADS = {
    "en": ("Megan", [{"author": "Megan Ross", "text": "Your coach left me at the station with two kids and no "
                      "luggage. Where are our bags, and who pays for the taxi?"}]),
    "fr": ("Chloé", [{"author": "Chloé Martin", "text": "J'ai acheté quatre pneus chez vous, un s'est dégonflé en "
                      "une semaine. Et on me parle de frais de montage ?"}]),
}


def _reading(lang: str, reply: str, must: list[str] | None = None, avoid: list[str] | None = None) -> CriterionResult:
    person, thread = THREADS[lang]
    expect: dict[str, Any] = {"person": person}
    quality = "communication" if must is not None else "calm"
    if must is not None:
        expect["must"] = [{"does": "name what she lost", "words": must, "quality": quality}]
    if avoid is not None:
        expect["avoid"] = [{"does": "doubt her good faith", "words": avoid, "quality": quality}]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply, expect=expect)
    return next(c for c in result.criteria if c.id == f"checklist-{quality}")


@pytest.mark.parametrize(("lang", "word", "reply", "shown"), [
    ("en", "receipt", "Megan, keep the receipts for the taxi and we pay them back this week.", "receipts"),
    ("en", "receipts", "Megan, keep the receipt for the taxi and we pay it back this week.", "receipt"),
    ("en", "Ross's luggage", "Megan, the Ross luggage is at Leeds depot and comes to you tonight.", "Ross luggage"),
    ("en", "customer's bags", "Megan, all customers' bags are at Leeds depot and come to you tonight.",
     "customers' bags"),
    ("en", "bus", "Megan, both buses were held at Leeds; your bags come to you tonight.", "buses"),
    ("en", "child", "Megan, I'm so sorry you were left with the children at the station.", "children"),
    ("fr", "remboursement", "Chloé, les remboursements du montage partent aujourd'hui, c'est pour nous.",
     "remboursements"),
    ("fr", "colis", "Chloé, votre colis de remplacement part aujourd'hui, le montage est pour nous.", "colis"),
    ("fr", "pneu neuf", "Chloé, on vous pose deux pneus neufs samedi, le montage est pour nous.", "pneus neufs"),
    ("fr", "travail", "Chloé, les travaux de montage sont pour nous samedi.", "travaux"),
    ("fr", "jeu", "Chloé, on vous offre le jeu de valves et les deux jeux de bouchons samedi.", "jeu"),
])
def test_a_word_is_found_in_its_plural_and_possessive(lang: str, word: str, reply: str, shown: str) -> None:
    reading = _reading(lang, reply, must=[word])
    assert reading.score >= 90 and [e.text for e in reading.evidence] == [shown]


@pytest.mark.parametrize(("lang", "word", "reply"), [
    ("en", "car", "Megan, take care: your bags come to you tonight and the taxi is on us."),
    ("en", "car", "Megan, she cares, and your bags come to you tonight; the taxi is on us."),
    ("en", "new", "Megan, that is bad news; your bags come to you tonight and the taxi is on us."),
    ("fr", "moi", "Chloé, dans un mois le montage sera pour nous, promis."),
    ("fr", "cour", "Chloé, votre pneu est en cours de contrôle, le montage est pour nous."),
])
def test_a_word_that_only_looks_like_a_plural_shows_nothing(lang: str, word: str, reply: str) -> None:
    reading = _reading(lang, reply, must=[word])
    assert reading.evidence == [] and reading.score < 50


@pytest.mark.parametrize(("lang", "made", "kept"), [
    ("fr", "Chloé, nous doutons de votre bonne foi : ce pneu a roulé à plat.",
     "Chloé, réglons ça une bonne fois pour toutes : le montage est pour nous."),
    ("en", "Megan, the two other passengers' claims look odd to us.",
     "Megan, against all odds your bags were found at Leeds."),
])
def test_an_avoid_word_is_not_made_by_a_look_alike(lang: str, made: str, kept: str) -> None:
    avoid = ["bonne foi"] if lang == "fr" else ["odd", "passenger's claim"]
    bad, good = _reading(lang, made, avoid=avoid), _reading(lang, kept, avoid=avoid)
    assert good.score > bad.score and good.evidence == [] and [e.polarity for e in bad.evidence] == ["-"]


def test_singulars_follow_the_data_not_the_look_of_a_word() -> None:
    assert singulars("cares", "en") == {"cares", "care"} and "car" not in singulars("cares", "en")
    assert singulars("caress", "en") == {"caress"} and singulars("news", "en") == {"news"}
    assert "knife" in singulars("knives", "en") and "policy" in singulars("policies", "en")
    assert singulars("its", "en") == {"its"} and singulars("mois", "fr") == {"mois"}
    assert {"travail", "travaux"} <= singulars("travaux", "fr") and "oeil" in singulars("yeux", "fr")


def test_the_rules_are_validated_data() -> None:
    data = word_forms_file().model_dump()
    assert {"en", "fr"} <= set(data["languages"])
    broken = {**data, "languages": {"en": {"plurals": [{"plural": "S", "singular": [""]}]}}}
    with pytest.raises(ValidationError):
        WordFormsFile.model_validate(broken)
    with pytest.raises(ValidationError):
        WordFormsFile.model_validate({**data, "extra": 1})
