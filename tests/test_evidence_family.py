"""Evidence says what it is: the kinds that find attacks on the person (hostility, shouting) name their negative spans
``hostility``, the kinds that find civil faults (courtesy, de-escalation) name theirs ``coldness``, and a report's
hostile flag reads that, whatever a rubric calls its criteria. Sentences written for this test, not taken from the
dev set or the report tests."""

from __future__ import annotations

import shutil

import pytest

from cmsim.authoring.load import RubricBook
from cmsim.model.qualities import Quality
from cmsim.model.result import CriterionResult, Evidence, StepResult
from cmsim.paths import rubrics_dir
from cmsim.report.flags import hostile, quotable_as_strength
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

SAID = {"fr": "Ma machine à café fuit depuis la deuxième semaine, et le SAV ne rappelle jamais.",
        "en": "My coffee machine has been leaking since week two and your support never calls back."}


def _scored(reply: str, lang: str, scorer: OfflineScorer | None = None) -> StepResult:
    scorer = scorer or OfflineScorer()
    thread = [{"author": "Louis Marchand", "text": SAID[lang]}]
    item = parse_line({"lang": lang, "platform": "instagram", "thread": thread, "reply": reply}, scorer)
    return scorer.score(item.scenario, item.step, item.answer)


def _families(result: StepResult) -> set[tuple[str, str | None]]:
    return {(c.id, e.family) for c in result.criteria for e in c.evidence if e.polarity == "-"}


@pytest.mark.parametrize(("reply", "lang"), [
    ("Louis, si vous aviez lu la notice, vous sauriez qu'il faut détartrer. C'est pourtant simple.", "fr"),
    ("Louis, maybe try reading the manual before blaming us. It's not that hard.", "en"),
])
def test_an_attack_on_the_person_is_named_hostility(reply: str, lang: str) -> None:
    result = _scored(reply, lang)
    assert ("no-hostility", "hostility") in _families(result)
    assert hostile(result) and not quotable_as_strength(result)


@pytest.mark.parametrize(("reply", "lang"), [
    ("Louis, NOUS AVONS DÉJÀ RÉPONDU À CETTE QUESTION !!!", "fr"),
    ("Louis, WE HAVE ALREADY ANSWERED THIS !!!", "en"),
])
def test_shouting_is_named_hostility(reply: str, lang: str) -> None:
    result = _scored(reply, lang)
    assert ("no-shouting", "hostility") in _families(result)
    assert hostile(result)


@pytest.mark.parametrize(("reply", "lang"), [
    ("Louis, nous sommes désolés pour la gêne occasionnée. Envoyez votre numéro de série en message privé.", "fr"),
    ("Louis, we apologise for any inconvenience caused. Send your serial number by private message.", "en"),
])
def test_a_civil_fault_is_named_coldness_and_is_no_hostility(reply: str, lang: str) -> None:
    result = _scored(reply, lang)
    named = _families(result)
    assert any(family == "coldness" for _c, family in named), "the scorer no longer finds the stock phrase or the order"
    assert all(family != "hostility" for _c, family in named)
    assert not hostile(result)


def test_positive_evidence_and_other_kinds_say_nothing() -> None:
    result = _scored("Louis, merci de nous l'avoir signalé : une fuite après deux semaines n'est pas normale, "
                     "on vous envoie une machine de remplacement cette semaine.", "fr")
    assert all(e.family is None for c in result.criteria for e in c.evidence if e.polarity == "+")
    calm_kinds = {"no-hostility", "no-shouting", "courtesy", "de-escalation"}
    assert all(e.family is None for c in result.criteria if c.id not in calm_kinds for e in c.evidence)


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> OfflineScorer:
    """The shipped rubrics with their calm criteria renamed, as an instructor may: 'courtesy' is 'politeness',
    'de-escalation' is 'calming-moves', 'no-hostility' is 'respect-for-people'."""
    folder = tmp_path_factory.mktemp("rubrics") / "rubrics"
    shutil.copytree(rubrics_dir(), folder)
    for path in folder.glob("*.yaml"):
        text = path.read_text("utf-8")
        for old, new in (("- id: courtesy\n", "- id: politeness\n"), ("- id: de-escalation\n", "- id: calming-moves\n"),
                         ("- id: no-hostility\n", "- id: respect-for-people\n")):
            text = text.replace(old, new)
        path.write_text(text, "utf-8")
    return OfflineScorer(RubricBook(folder))


def test_renamed_criteria_keep_what_their_evidence_is(renamed: OfflineScorer) -> None:
    cold = _scored("Louis, we apologise for any inconvenience caused. Send your serial number by private message.",
                   "en", renamed)
    ids = {c.id for c in cold.criteria}
    assert {"politeness", "calming-moves"} <= ids and "courtesy" not in ids
    assert any(f == "coldness" for _c, f in _families(cold))
    assert not hostile(cold)  # by criterion ids, 'politeness' and 'calming-moves' would have read as hostile
    rude = _scored("Louis, maybe try reading the manual before blaming us. It's not that hard.", "en", renamed)
    assert ("respect-for-people", "hostility") in _families(rude)
    assert hostile(rude)


def _one(criterion_id: str, family: str | None) -> StepResult:
    evidence = Evidence.model_validate({"field": "reply", "start": 0, "end": 4, "text": "Send", "polarity": "-",
                                        "family": family})
    criterion = CriterionResult(id=criterion_id, quality=Quality.calm, score=55, weight=1.0, feedback="",
                                evidence=[evidence])
    return StepResult(step_id="s", scores={Quality.calm: 55}, criteria=[criterion])


def test_the_report_reads_the_family_and_reads_older_results_as_before() -> None:
    assert not hostile(_one("politeness", "coldness"))
    assert hostile(_one("courtesy", "hostility"))
    # a result stored before evidence said what it is: read by its criterion, as reports did then
    assert hostile(_one("politeness", None))
    assert not hostile(_one("courtesy", None))


def test_family_survives_the_store_round_trip() -> None:
    result = _one("politeness", "coldness")
    again = StepResult.model_validate_json(result.model_dump_json())
    assert again == result and again.criteria[0].evidence[0].family == "coldness"
    older = result.model_dump_json().replace(',"family":"coldness"', "")
    assert StepResult.model_validate_json(older).criteria[0].evidence[0].family is None
