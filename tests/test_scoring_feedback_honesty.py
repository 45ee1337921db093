"""Feedback never praises what a reply lacks: a criterion that found a fault (counter-evidence or
something missing) never shows its "all good" text, even when its score stays in the good band."""

from __future__ import annotations

from scoring_kit import score_line, scorer
from test_scoring_devset import scored_devset


def test_a_good_band_criterion_with_a_fault_does_not_say_all_is_well() -> None:
    # One 'votre' under a tutoiement charter: the charter criterion stays >= 70 but names the miss.
    result = score_line(
        lang="fr",
        platform="instagram",
        brand={"name": "Cèdre", "charter": {"pronoun": "tu", "emoji": "free"}},
        thread=[
            {"author": "brief", "text": "Lance le concours de Pâques : un œuf géant à gagner, tirage le 10 avril."}
        ],
        reply="Le concours de Pâques est ouvert : tente ta chance et gagne notre œuf géant, tirage le 10 avril ! "
        "Dis-nous en commentaire ton chocolat préféré, et bonne chance à votre équipe.",
    )
    charter = next(c for c in result.criteria if c.id == "charter")
    assert charter.score >= 70 and any(e.polarity == "-" for e in charter.evidence)
    assert "respectent la charte" not in (charter.feedback or "")


def test_across_the_dev_set_no_praise_comes_with_a_fault() -> None:
    book = scorer().rubrics
    goods: dict[str, set[str]] = {}
    for rubric_id in book.ids():
        for criterion in book.get(rubric_id).criteria:
            goods.setdefault(criterion.id, set()).update(criterion.feedback.good.get(lang) for lang in ("fr", "en"))
    checked = 0
    for _split, situation, index, _reply, result in scored_devset():
        for c in result.criteria:
            if not (c.missing or any(e.polarity == "-" for e in c.evidence)):
                continue
            checked += 1
            assert c.feedback not in goods.get(c.id, set()), (situation["id"], index, c.id, c.score, c.feedback)
    assert checked > 100  # the check has faults to look at


def test_a_criterion_lowered_only_by_the_length_gate_names_no_fault_the_reply_lacks() -> None:
    # Two words: nothing hostile, nothing shouted, no charter rule broken; the gate lowers those criteria,
    # and their feedback must say the reply is too thin, not that it jabs, shouts or breaks the charter.
    for lang, reply in (("en", "hi there"), ("fr", "bonjour")):
        result = score_line(lang=lang, platform="x", reply=reply)
        by_id = {c.id: c for c in result.criteria}
        for criterion_id in ("no-hostility", "no-shouting", "charter"):
            criterion = by_id[criterion_id]
            assert criterion.score < 70 and not criterion.evidence
            assert criterion.feedback in ("Not shown: the reply is too short to judge this.",
                                          "Pas démontré : la réponse est trop courte pour en juger.")
    # A real fault keeps its own text: shouting at length is named as shouting.
    loud = score_line(lang="en", platform="x", reply="WHY ARE YOU EVEN COMPLAINING??? READ THE MANUAL!!!")
    shouting = {c.id: c for c in loud.criteria}["no-shouting"]
    assert shouting.evidence and not shouting.feedback.startswith("Not shown")


def test_across_the_dev_set_no_feedback_says_nothing_was_found_beside_what_was() -> None:
    """A criterion that found something ("outage", the "who" of a handover, an apology, a deadline) is never told
    its poor "nothing" text ("Nothing shows you read their message", "A contest with no way to enter and no deadline",
    "Their feeling goes unacknowledged"): when the rubric gives hints, the feedback asks for the part that lacks."""
    book = scorer().rubrics
    poor: dict[str, set[str]] = {}
    for rubric_id in book.ids():
        for criterion in book.get(rubric_id).criteria:
            if criterion.feedback.hints:
                poor.setdefault(criterion.id, set()).update(criterion.feedback.poor.get(lang) for lang in ("fr", "en"))
    checked = 0
    for _split, situation, index, _reply, result in scored_devset():
        for c in result.criteria:
            if c.id in poor and any(e.polarity == "+" for e in c.evidence) and c.score < 40:
                checked += 1
                assert c.feedback not in poor[c.id], (situation["id"], index, c.id, c.score, c.feedback)
    assert checked > 30  # the check has low scores with something found to look at


def test_a_multi_post_with_a_voice_in_one_version_is_told_which_versions_lack_one() -> None:
    # One version speaks to the reader, the others are hashtag walls: the reply is not "the brief reworded".
    brief = ("Same announcement on X, LinkedIn and TikTok: the Quayside Book Fair returns on 14 June at Pier 4, "
             "free entry, 60 publishers, talks all day. Volunteers sign up at quaysidebooks.org.")
    result = score_line(
        lang="en", platform="x", qualities=["creativity", "communication", "multiplatform"],
        brand={"name": "Quayside Book Fair", "charter": {"emoji": "sparing"}},
        thread=[{"author": "brief", "text": brief}],
        expect={"facts": [["14 June"], ["Pier 4"], ["free"], ["60 publishers", "60"], ["quaysidebooks.org"]]},
        reply={"x": "📚📚🔥 #books #bookfair #quayside #reading #pier4 #free",
               "linkedin": "Remember the smell of a secondhand paperback on a summer afternoon? The Quayside Book Fair "
                           "is back on 14 June at Pier 4: free entry, 60 publishers and talks all day.",
               "tiktok": "📚📚📚🔥🔥 #booktok #fyp #bookfair"},
    )
    own = next(c for c in result.criteria if c.id == "own-words")
    assert any(e.polarity == "+" for e in own.evidence) and own.score < 70
    assert own.feedback_in("en").startswith("Some versions have no line of your own")
    assert own.feedback_in("fr").startswith("Certaines versions n'ont pas une phrase à vous")
