# ruff: noqa: E501  (test replies are long literal strings)
"""Substance of a post: the figures its brief gives (the date, the hour, the price) are what the community can act on;
a figure the brief never gave ("founded in 1987", "plus de 40 000 clients", "300,000 learners") is the brand talking
about itself, no specific (creativity prices it as invented). Hand graders put posts opening on the brand's history
at 40-56, under plain posts of the brief's facts that the scorer ranked below them (issue 11, round 6; found on the
tuning split's misordered pairs, tested here on briefs and posts written for this file, fr and en)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BRIEF = {
    "en": "Post on Facebook: the Elmfield library's summer reading challenge starts on Monday 7 July. Children aged 6 to 11 read 6 books by 30 August and get a medal. Free, sign up at the front desk.",
    "fr": "Publication Facebook : la fromagerie Lait Cru ouvre une dégustation le samedi 12 avril de 10 h à 13 h, 5 fromages pour 8 €, au 3 place du Marché à Vannes.",
}
EXPECT = {
    "en": {"facts": [["reading challenge"], ["7 July", "Monday"], ["6 books"], ["30 August"], ["medal"]]},
    "fr": {"facts": [["dégustation"], ["12 avril", "samedi"], ["10 h", "13 h"], ["8 €"], ["place du Marché", "Vannes"]]},
}


def _substance(lang: str, text: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "brief", "text": BRIEF[lang]}],
                        expect=EXPECT[lang], qualities=["communication"], reply=text)
    crit = next(c for c in result.criteria if c.id == "substance")
    return crit.score, [e.text for e in crit.evidence if e.polarity == "+"]


HISTORY = {  # the brand's own figures beside the brief's
    "en": [
        ("Since 1952, over 40,000 children have read their way through Elmfield library. The summer reading challenge starts Monday 7 July: read 6 books by 30 August and win a medal!", ("1952", "40,000")),
        ("Our 3 branches lent 120,000 books last year. This summer, ages 6 to 11 can join the reading challenge from 7 July: 6 books by 30 August, a medal at the end.", ("120",)),
    ],
    "fr": [
        ("Depuis 1978, plus de 25 000 clients ont poussé la porte de Lait Cru. Samedi 12 avril, de 10 h à 13 h, dégustation de 5 fromages pour 8 €, 3 place du Marché à Vannes.", ("1978", "25")),
        ("Lait Cru affine depuis 46 ans dans ses 2 caves. Samedi 12 avril, venez goûter 5 fromages pour 8 €, de 10 h à 13 h, 3 place du Marché à Vannes.", ("46",)),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(2))
def test_figures_the_brief_never_gave_are_no_specifics_of_a_post(lang: str, index: int) -> None:
    text, own = HISTORY[lang][index]
    _score, quoted = _substance(lang, text)
    assert not any(figure in q for q in quoted for figure in own), quoted


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_briefs_figures_stay_specifics(lang: str) -> None:
    text = {"en": "The summer reading challenge starts Monday 7 July at Elmfield library: ages 6 to 11, read 6 books by 30 August and win a medal. Free, sign up at the front desk.",
            "fr": "Dégustation chez Lait Cru samedi 12 avril, de 10 h à 13 h : 5 fromages pour 8 €, 3 place du Marché à Vannes."}[lang]
    _score, quoted = _substance(lang, text)
    assert any(any(c.isdigit() for c in q) for q in quoted), quoted
