# ruff: noqa: E501  (test posts are long literal strings)
"""Communication gives the right facts (issue 11, round 5): a post that changes its brief's figures ("le mardi 8 janvier
à 18 h, dès 14 ans" for a brief saying mercredi, 19 h, 16 ans) or adds figures the brand never decided ("déjà 40
joueuses inscrites", "10 kg de pommes offertes") was paid for them as concrete specifics and graded 18-22 by hand while
the scorer put it among the best. A figure the brief never gave is no specific the reader can use: it costs substance.
The brief's own figures written another way ("5 packs" for "five packs") or in another order are no invention. Briefs and posts written
for this file, fr and en, none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BRIEFS = {
    "en-swap": ("Facebook post: the Elmfield library holds a seed swap on Saturday 13 December, 10am to 1pm, in the reading room; free, bring seeds in labelled envelopes, and five packs of heritage tomato seeds go to the first visitors.",
                [["seed swap", "seeds"], ["13 December", "Saturday"], ["10am", "1pm"], ["free"], ["envelopes", "labelled"]]),
    "fr-bal": ("Post Facebook : le comité des fêtes de Villeneuve organise un bal folk le vendredi 21 mars à 20 h, salle Jean-Moulin ; entrée 5 €, gratuit pour les moins de 12 ans, initiation aux danses à 19 h 30.",
               [["bal folk", "bal"], ["21 mars", "vendredi"], ["20 h"], ["5 €"], ["12 ans"], ["initiation"]]),
}

RIGHT = {
    "en-swap": "Seed swap at Elmfield library! Saturday 13 December, 10am to 1pm, in the reading room. It's free: bring your seeds in labelled envelopes, and the first visitors take home heritage tomato seeds.",
    "fr-bal": "Bal folk à Villeneuve ! Vendredi 21 mars à 20 h, salle Jean-Moulin, avec une initiation aux danses dès 19 h 30. Entrée 5 €, gratuit pour les moins de 12 ans.",
}
WRONG = [  # the brief's facts with one figure changed or added
    ("en-swap", "Seed swap at Elmfield library! Saturday 14 December, 10am to 1pm, in the reading room. It's free: bring your seeds in labelled envelopes, and the first visitors take home heritage tomato seeds."),
    ("en-swap", "Seed swap at Elmfield library! Saturday 13 December, 10am to 1pm, in the reading room. It's free: bring your seeds in labelled envelopes, and 20 packs of heritage tomato seeds go to our first visitors."),
    ("en-swap", "Seed swap at Elmfield library! Saturday 13 December, 10am to 1pm, in the reading room. It's free: bring your seeds in labelled envelopes, and the first visitors take home heritage tomato seeds. Doors open Saturday 13 December at 9am."),
    ("fr-bal", "Bal folk à Villeneuve ! Vendredi 21 mars à 20 h, salle Jean-Moulin, avec une initiation aux danses dès 19 h 30. Entrée 5 €, gratuit pour les moins de 10 ans."),
    ("fr-bal", "Bal folk à Villeneuve ! Vendredi 21 mars à 20 h, salle Jean-Moulin, avec une initiation aux danses dès 19 h 30. Entrée 8 €, gratuit pour les moins de 12 ans."),
    ("fr-bal", "Bal folk à Villeneuve ! Vendredi 21 mars à 20 h, salle Jean-Moulin, avec une initiation aux danses dès 19 h 30. Entrée 5 €, gratuit pour les moins de 12 ans. Le bal a lieu le 22 mars."),
]
SAME = [  # near-misses: the brief's own figures, written another way or in another order
    ("en-swap", "Seed swap at Elmfield library! Saturday 13 December, 10am to 1pm, in the reading room. It's free: bring your seeds in labelled envelopes, and 5 packs of heritage tomato seeds go to the first visitors."),
    ("en-swap", "Saturday 13 December is seed swap day at Elmfield library: from 10am until 1pm in the reading room, free, with your seeds in labelled envelopes. The first visitors take home heritage tomato seeds."),
    ("fr-bal", "Vendredi 21 mars, initiation aux danses à 19 h 30 puis bal folk à 20 h, salle Jean-Moulin à Villeneuve. Entrée 5 €, gratuit pour les moins de 12 ans."),
]


def _substance(key: str, text: str) -> int:
    brief, facts = BRIEFS[key]
    result = score_line(lang=key[:2], platform="facebook", rubric="community-post",
                        thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                        qualities=["creativity", "communication"], reply=text)
    return next(c.score for c in result.criteria if c.id == "substance")


@pytest.mark.parametrize(("key", "text"), WRONG)
def test_a_figure_the_brief_never_gave_costs_substance(key: str, text: str) -> None:
    assert _substance(key, text) < _substance(key, RIGHT[key]) - 10


@pytest.mark.parametrize(("key", "text"), SAME)
def test_the_briefs_figures_written_another_way_cost_nothing(key: str, text: str) -> None:
    assert _substance(key, text) >= _substance(key, RIGHT[key]) - 5
