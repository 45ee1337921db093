"""The instructor's checklist read as criteria (``checklist-<quality>``, cmsim/scoring/criteria/checklist.py): a must
item shown by its words, an avoid item made, negations and quoted words, where each quality's items are read, the
feedback ("Not found: … — none of its words (…)", "Avoid: … — '…'"), gaming, and the weight as data: the shipped rubrics
count it (round 9's weights), a rubric giving it weight 0 reads and shows it without counting it. Situations written for
these tests, in no dev set."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from scoring_kit import score_line, scorer

from cmsim.authoring.load import RubricBook
from cmsim.model.result import CriterionResult, StepResult
from cmsim.paths import rubrics_dir
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

BIKE = {
    "lang": "en", "platform": "facebook",
    "thread": [{"author": "Omar Haddad", "text": "Dropped my bike for a service 10 days ago, promised for Friday, "
                "still not ready and nobody calls back. I need it to get to work!"}],
    "expect": {
        "person": "Omar",
        "must": [
            {"does": "say when the bike will be ready", "words": ["ready on", "ready by", "tomorrow", "Saturday"],
             "quality": "communication"},
            {"does": "name that he needs it to get to work", "words": ["to work", "commute", "commuting"],
             "quality": "listening"},
        ],
        "avoid": [
            {"does": "blame the parts supplier", "words": ["supplier", "parts company", "wholesaler"],
             "quality": "calm"},
        ],
    },
}
VELO = {
    "lang": "fr", "platform": "facebook",
    "thread": [{"author": "Chloé Martin", "text": "Mon vélo est en révision depuis 10 jours, promis pour vendredi, "
                "toujours pas prêt et personne ne rappelle. J'en ai besoin pour aller au travail !"}],
    "expect": {
        "person": "Chloé",
        "must": [
            {"does": "dire quand le vélo sera prêt", "words": ["prêt demain", "prêt samedi", "demain", "samedi"],
             "quality": "communication"},
            {"does": "nommer son besoin d'aller au travail", "words": ["travail", "trajet", "boulot"],
             "quality": "listening"},
        ],
        "avoid": [
            {"does": "accuser le fournisseur de pièces", "words": ["fournisseur", "grossiste"], "quality": "calm"},
        ],
    },
}
CASES = {"en": BIKE, "fr": VELO}


def _checklist(result: StepResult, quality: str) -> CriterionResult:
    return next(c for c in result.criteria if c.id == f"checklist-{quality}")


def _score(case: dict[str, Any], reply: str | dict[str, str], book: OfflineScorer | None = None) -> StepResult:
    item = parse_line({"id": "t", **case, "reply": reply}, book or scorer())
    return (book or scorer()).score(item.scenario, item.step, item.answer)


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Omar, I'm sorry: your bike will be ready tomorrow at 9 and I'll ring you myself, I know you need it to "
           "get to work."),
    ("fr", "Chloé, désolé : votre vélo sera prêt demain à 9 h et je vous appelle moi-même, je sais que vous en avez "
           "besoin pour le travail."),
])
def test_a_reply_doing_the_checklist_is_told_so_with_the_words_that_show_it(lang: str, reply: str) -> None:
    result = _score(CASES[lang], reply)
    comm, listening, calm = (_checklist(result, q) for q in ("communication", "listening", "calm"))
    assert comm.score >= 90 and listening.score >= 90 and calm.score >= 90
    assert comm.missing == [] and [e.polarity for e in comm.evidence] == ["+"]
    assert {e.text.lower() for e in listening.evidence} & {"to work", "travail"}
    assert comm.feedback in ("Your reply has words for each act the instructor listed here.",
                             "Votre réponse a des mots pour chaque acte listé par l'instructeur ici.")
    # calm lists only a mistake, not made: said neutrally, never praise of acts nobody listed
    assert calm.feedback in ("The instructor listed mistakes to avoid here: your reply makes none of them.",
                             "L'instructeur a listé ici des erreurs à éviter : votre réponse n'en commet aucune.")
    assert calm.neutral and not comm.neutral


@pytest.mark.parametrize(("lang", "reply", "missed", "made"), [
    ("en", "Hi Omar, our parts supplier let us down again, so it is out of our hands for now.",
     "Not found: say when the bike will be ready — none of its words ('ready on', 'ready by', 'tomorrow', …).",
     "Avoid: blame the parts supplier — 'supplier'."),
    ("fr", "Bonjour Chloé, notre fournisseur nous a encore lâchés, ce n'est pas de notre ressort pour l'instant.",
     "Pas trouvé : dire quand le vélo sera prêt — aucun de ses mots ('prêt demain', 'prêt samedi', 'demain', …).",
     "À éviter : accuser le fournisseur de pièces — 'fournisseur'."),
])
def test_a_missed_act_and_an_avoided_one_are_named_in_feedback(lang: str, reply: str, missed: str, made: str) -> None:
    from cmsim.tui.screens.feedback import criterion_content

    result = _score(CASES[lang], reply)
    comm, calm = _checklist(result, "communication"), _checklist(result, "calm")
    assert comm.score == 0 and comm.missing == [] and comm.band == "poor"
    shown = criterion_content(comm, lang).plain  # what the scorer knows: none of the words, never "Missing: …"
    assert missed in shown and shown.count(CASES[lang]["expect"]["must"][0]["does"]) == 1
    assert "Missing" not in shown and "Manquait" not in shown
    assert "each act" not in shown and "chaque acte" not in shown
    assert calm.score < 40 and made in calm.feedback
    assert [(e.text.lower(), e.polarity) for e in calm.evidence] == [(made.split("'")[1], "-")]


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Omar, we won't blame the supplier: the delay is ours, and it is not ready tomorrow either."),
    ("en", "Omar, this is not about the supplier. The bike isn't ready yet, I am sorry."),
    ("fr", "Chloé, nous n'accuserons pas le fournisseur : le retard est de notre fait, et il ne sera pas prêt "
           "demain non plus."),
    ("fr", "Chloé, ce n'est jamais la faute du fournisseur. Votre vélo n'est toujours pas prêt, désolés."),
])
def test_a_negated_word_neither_makes_the_mistake_nor_does_the_act(lang: str, reply: str) -> None:
    result = _score(CASES[lang], reply)
    assert not _checklist(result, "calm").evidence  # "won't blame the supplier" blames no one
    assert "tomorrow" not in str(_checklist(result, "communication").evidence).lower()


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Omar, you asked whether “the supplier” is to blame: no, the delay is ours. It will be ready Saturday."),
    ("fr", "Chloé, vous demandez si « le fournisseur » est en cause : non, le retard vient de nous. Prêt samedi."),
])
def test_a_word_in_quotation_marks_is_quoted_not_said(lang: str, reply: str) -> None:
    result = _score(CASES[lang], reply)
    assert not _checklist(result, "calm").evidence
    assert _checklist(result, "communication").score >= 90  # the act outside the quotes still counts


@pytest.mark.parametrize(("lang", "salad", "honest"), [
    ("en", "ready tomorrow Saturday work commute",
     "Omar, sorry for the wait: your bike will be ready tomorrow, I know you need it for your commute."),
    ("fr", "prêt demain samedi travail trajet boulot",
     "Chloé, désolés pour l'attente : votre vélo sera prêt demain, je sais que c'est votre trajet pour le travail."),
])
def test_a_keyword_salad_of_every_must_word_gains_nothing(lang: str, salad: str, honest: str) -> None:
    bare, real = _score(CASES[lang], salad), _score(CASES[lang], honest)
    for quality in ("communication", "listening"):
        assert _checklist(bare, quality).score <= 20 < _checklist(real, quality).score


def test_a_teamwork_item_is_read_in_every_field_and_a_network_item_in_the_version_for_that_network() -> None:
    case = {
        "lang": "en", "platform": "x",
        "thread": [{"author": "Omar Haddad", "text": "Service promised for Friday and my bike is still not ready."}],
        "qualities": ["teamwork", "calm"],
        "expect": {"must": [{"does": "give the workshop the ticket number", "words": ["ticket", "job number"],
                             "quality": "teamwork"}]},
    }
    in_note = _score(case, {"reply": "Omar, sorry, I'm on it.", "note": "Workshop: ticket 4471 is overdue, please "
                                                                        "call Omar today."})
    in_reply = _score(case, {"reply": "Omar, sorry for the wait: your ticket is overdue, and I have asked the workshop "
                                      "to call you today with a time.", "note": "Workshop: please call Omar."})
    neither = _score(case, {"reply": "Omar, sorry, I'm on it.", "note": "Workshop: please call Omar today."})
    assert _checklist(in_note, "teamwork").score > 80 and _checklist(in_reply, "teamwork").score > 60
    assert [e.field for e in _checklist(in_reply, "teamwork").evidence] == ["reply"]  # done in public, found there
    assert _checklist(neither, "teamwork").score == 0
    launch = {
        "lang": "en", "thread": [{"author": "brief", "text": "Announce the night bus: every 15 minutes until 2am."}],
        "qualities": ["multiplatform"],
        "expect": {"facts": [["night bus"]], "must": [
            {"does": "write a LinkedIn version", "words": ["LinkedIn"], "quality": "multiplatform"},
            {"does": "on LinkedIn, speak to employers of shift workers", "words": ["shift workers", "employers"],
             "quality": "multiplatform"}]},
    }
    both = _score(launch, {"x": "Night bus from Monday: every 15 minutes until 2am.",
                           "linkedin": "From Monday the night bus runs every 15 minutes until 2am, good news for "
                                       "employers of shift workers across the city."})
    one = _score(launch, {"x": "Night bus from Monday: every 15 minutes until 2am.", "linkedin": ""})
    assert _checklist(both, "multiplatform").score > 90
    assert _checklist(one, "multiplatform").score == 0
    post = "Night bus from Monday: every 15 minutes until 2am, all across the city. Plan your late shift home."
    for copy in (post, post + " #NightBus"):  # the X post pasted under LinkedIn is no LinkedIn version
        copied = _checklist(_score(launch, {"x": post, "linkedin": copy}), "multiplatform")
        assert copied.score == 0 and copied.band != "good"
    other = _score(launch, {"x": post, "linkedin": "From Monday our city runs a night bus every 15 minutes until "
                                                   "2am: a real change for anyone working late."})
    assert _checklist(other, "multiplatform").score >= 50  # a version of its own, without the employers' angle


def _book(tmp_path: Path, weight: float) -> OfflineScorer:
    for file in rubrics_dir().glob("*.yaml"):
        text = file.read_text("utf-8")
        text = re.sub(r"kind: (checklist-[a-z]+)\n  weight: [0-9.]+\n", rf"kind: \1\n  weight: {weight}\n", text)
        (tmp_path / file.name).write_text(text, "utf-8")
    shutil.copytree(rubrics_dir() / "lexicons", tmp_path / "lexicons")
    return OfflineScorer(RubricBook(tmp_path))


def test_the_shipped_weight_counts_the_reading_and_a_weight_of_zero_only_shows_it(tmp_path: Path) -> None:
    reply = "Hi Omar, our parts supplier let us down again, we will call you when we know more."
    shipped = _score(BIKE, reply)
    plain = score_line(**{**BIKE, "expect": {"person": "Omar"}}, reply=reply)
    assert shipped.scores["communication"] < plain.scores["communication"]  # the shipped rubric counts it
    assert "Not found: say when the bike will be ready" in _checklist(shipped, "communication").feedback
    unweighted = _book(tmp_path, 0)
    shown = _score(BIKE, reply, unweighted)
    assert shown.scores == plain.scores  # weight 0: read and shown, never counted
    assert "Not found: say when the bike will be ready" in _checklist(shown, "communication").feedback
    good = "Omar, sorry: your bike will be ready tomorrow at 9, I'll call you myself."
    assert _score(BIKE, good).scores["communication"] >= _score(BIKE, good, unweighted).scores["communication"] - 1


def test_a_step_without_a_checklist_scores_as_if_the_reading_did_not_exist(tmp_path: Path) -> None:
    """Byte-identical results for a checklist-free step: the same scores, criteria, feedback and evidence as a rubric
    book without any checklist criterion (only the rubric's version in ``scorer`` differs)."""
    for file in rubrics_dir().glob("*.yaml"):
        text = file.read_text("utf-8")
        kept = text.split("# The instructor's checklist (expect.must")[0]
        (tmp_path / file.name).write_text(kept, "utf-8")
    shutil.copytree(rubrics_dir() / "lexicons", tmp_path / "lexicons")
    without = OfflineScorer(RubricBook(tmp_path))
    book = without.rubrics
    assert not any(c.kind.startswith("checklist-") for r in book.ids() for c in book.get(r).criteria)
    plain = {**BIKE, "expect": {"person": "Omar"}}
    for reply in ("Omar, sorry: your bike will be ready tomorrow at 9, I'll call you myself.",
                  "Not our fault, the supplier is slow. Deal with it.",
                  {"reply": "Omar, on it.", "note": "Workshop: call Omar today."},
                  {"x": "Bike repairs back to normal from Monday.", "linkedin": "Our workshop is back to normal."}):
        a, b = _score(plain, reply), _score(plain, reply, without)
        assert a.model_dump(exclude={"scorer"}) == b.model_dump(exclude={"scorer"})


@pytest.mark.parametrize(("lang", "half", "done_but"), [
    ("en", "Omar, sorry: your bike will be ready tomorrow at 9.",
     "Omar, your bike will be ready tomorrow, I know you need it to get to work; the supplier sent the wrong chain."),
    ("fr", "Chloé, désolés : votre vélo sera prêt demain à 9 h.",
     "Chloé, votre vélo sera prêt demain, je sais qu'il vous faut pour le travail ; le fournisseur s'est trompé."),
])
def test_the_band_text_says_what_is_there_and_never_praises_what_lacks(lang: str, half: str, done_but: str) -> None:
    case = {**CASES[lang], "qualities": ["communication"]}
    both = dict(case["expect"])
    both["must"] = [{**i, "quality": "communication"} for i in both["must"]]
    both["avoid"] = [{**i, "quality": "communication"} for i in both["avoid"]]
    case["expect"] = both
    part = _checklist(_score(case, half), "communication")
    assert 40 <= part.score < 70 and part.missing == [] and part.band == "fair"
    assert part.feedback.startswith(("Your reply has words for some of the acts the instructor listed, not all. "
                                     f"Not found: {both['must'][1]['does']} — none of its words",
                                     "Votre réponse a des mots pour une partie des actes listés par l'instructeur, "
                                     f"pas pour tous. Pas trouvé : {both['must'][1]['does']} — aucun de ses mots"))
    made = _checklist(_score(case, done_but), "communication")
    assert made.missing == [] and made.score == 0
    assert made.feedback.startswith(("One thing in this reply is out of place here. Avoid: blame the parts supplier",
                                     "Une chose dans cette réponse n'a pas sa place ici. À éviter : accuser"))
