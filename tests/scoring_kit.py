"""Helpers shared by the scoring tests: build one-step scenarios and score texts quickly."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from cmsim.authoring.load import Loaded, load_scenario
from cmsim.model.result import Answer, CriterionResult, StepResult
from cmsim.paths import scenarios_dir
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer


@lru_cache(maxsize=1)
def scorer() -> OfflineScorer:
    """One scorer for the whole test session (rubrics and lexicons read once)."""
    return OfflineScorer()


@lru_cache(maxsize=2)
def late_parcel(lang: str = "en") -> Loaded:
    """The built-in late-parcel scenario."""
    return load_scenario(scenarios_dir() / lang / "late-parcel.yaml")


def score_late(text: str | dict[str, str], step: str = "first-reply") -> StepResult:
    """Score an answer to a step of the English late-parcel scenario."""
    scenario = late_parcel().scenario
    return scorer().score(scenario, scenario.step(step), Answer.from_data(text))


def score_line(**line: Any) -> StepResult:
    """Score a batch-style line (see cmsim.scoring.batch)."""
    item = parse_line({"id": "t", **line}, scorer())
    return scorer().score(item.scenario, item.step, item.answer)


MISSED_APPOINTMENTS = {
    "en": ("Dan", [{"author": "Dan Hughes", "text": "Three missed deliveries, three days off work for nothing. I'm "
                    "furious."}]),
    "fr": ("Léa", [{"author": "Léa Martin", "text": "Trois rendez-vous annulés la veille, j'ai posé trois jours de "
                    "congé pour rien. Je suis furieuse."}]),
}
"""(person, thread) of two complaints written for listening's tests, in no dev-set situation: a courier's missed
deliveries (en), a kitchen fitter's cancelled appointments (fr)."""


def criterion_on_missed(lang: str, reply: str, criterion: str) -> tuple[int, list[str]]:
    """Score and evidence of one criterion for ``reply`` on Facebook under the ``lang`` complaint of
    MISSED_APPOINTMENTS."""
    person, thread = MISSED_APPOINTMENTS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply, expect={"person": person})
    found = next(c for c in result.criteria if c.id == criterion)
    return found.score, [e.text for e in found.evidence]


def criterion_of(result: StepResult, criterion_id: str) -> CriterionResult:
    """One criterion's result by its id."""
    return next(c for c in result.criteria if c.id == criterion_id)


UPSET = {
    "en": [{"author": "Owen",
            "text": "ROOM 214 IS FILTHY. Hair in the shower, stained sheets. I am furious and I want my money back."}],
    "fr": [{"author": "Sandrine",
            "text": "TROISIÈME retard du car scolaire cette semaine, ma fille attend dans le froid. "
                    "Je suis furieuse."}],
}
"""Two upset people written for calm's tests (a hotel guest, a parent waiting for a school bus), in no dev-set
situation."""
UPSET_PERSON = {"en": "Owen", "fr": "Sandrine"}
UPSET_BRAND = {"en": {"name": "Harbour Inn", "handle": "@harbourinn"},
               "fr": {"name": "TransVal", "handle": "@transval"}}


def score_upset(lang: str, text: str) -> StepResult:
    """Score a public reply to :data:`UPSET` on Facebook."""
    return score_line(lang=lang, platform="facebook", thread=UPSET[lang], reply=text, brand=UPSET_BRAND[lang],
                      expect={"person": UPSET_PERSON[lang]})


OUTAGE = {
    "en": [{"author": "Kemi",
            "text": "Two days without broadband and I work from home. This is a joke, when is it back??"}],
    "fr": [{"author": "Hugo",
            "text": "Encore 40 minutes de retard ce matin sur le Nantes-Angers, j'ai raté ma réunion. Ras-le-bol."}],
}
"""Two complaints written for trust's tests (a broadband outage, a late train), in no dev-set situation."""


def trust_of(lang: str, text: str) -> int:
    """Trust's score of a Facebook reply to :data:`OUTAGE`."""
    return criterion_of(score_line(lang=lang, platform="facebook", thread=OUTAGE[lang], reply=text), "trust").score


LATE_BLENDER = {
    "en": [{"author": "Nora",
            "text": "@brand my blender order #8831 was due Tuesday, nothing yet, and I've asked twice. Where is it?"}],
    "fr": [{"author": "Nora", "text": "@marque mon mixeur, commande 8831, devait arriver mardi, toujours rien et j'ai "
                                      "déjà relancé deux fois. Il est où ?"}],
}
"""A late order asked about twice (calm's round-14 tests), in no dev-set situation."""

POST_BRIEFS = {
    "en": ("Post: our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at "
           "crumb.co.uk.",
           [["9 May", "Saturday"], ["Mill Lane"], ["£25"], ["crumb.co.uk", "book"]]),
    "fr": ("Publication : l'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "inscription sur cyclofix.fr.", [["14 mai", "jeudi"], ["rue des Forges"], ["gratuit"], ["cyclofix.fr"]]),
}
"""(brief, facts) of two posts written for the posts' tests (a bakery's sourdough class, a bike co-op's repair
evening), in no dev-set situation."""


def against(result: StepResult, criterion_id: str) -> list[str]:
    """The texts a criterion quotes against the reply."""
    return [e.text for e in criterion_of(result, criterion_id).evidence if e.polarity == "-"]


WASHER = {
    "en": [{"author": "Rowan", "text": "Our new washing machine flooded the kitchen on its third wash. The engineer "
                                       "can't come for ten days."}],
    "fr": [{"author": "Rowan", "text": "Notre lave-linge tout neuf a inondé la cuisine au troisième lavage. Le "
                                       "technicien ne peut pas venir avant dix jours."}],
}
"""A washing machine that flooded a kitchen (fr and en), in no dev-set situation: the holding line's tests."""
WASHER_NOTE = {
    "en": "Quality: Rowan's new washing machine leaked on its third wash, engineer ten days out, public thread.",
    "fr": "Qualité : le lave-linge neuf de Rowan a fui au troisième lavage, technicien dans dix jours, fil public.",
}


def holding_line(lang: str, public: str) -> tuple[int, list[str]]:
    """Teamwork's holding line (score, evidence) for ``public`` answering :data:`WASHER`, with a plain note."""
    result = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=WASHER[lang],
                        expect={"person": "Rowan", "teams": ["quality"]}, qualities=["teamwork"],
                        reply={"public": public, "internal_note": WASHER_NOTE[lang]})
    found = criterion_of(result, "holding-line")
    return found.score, [e.text for e in found.evidence]


def missed_appointment(lang: str, text: str, platform: str, qualities: list[str] | None = None) -> StepResult:
    """``text`` answering :data:`MISSED_APPOINTMENTS` on ``platform``, graded on ``qualities`` (multi-platform)."""
    person, thread = MISSED_APPOINTMENTS[lang]
    return score_line(lang=lang, platform=platform, thread=thread, reply=text, expect={"person": person},
                      qualities=qualities or ["multiplatform"])
