# ruff: noqa: E501  (test replies are long literal strings)
"""Unit tests per quality: each criterion family reacts to what it should, with evidence."""

from __future__ import annotations

from scoring_kit import score_late, score_line

from cmsim.model.qualities import Quality as Q

DAN = [{"author": "Dan", "text": "Ordered my daughter's birthday present 9 days ago. Party is on Saturday. Absolute joke."}]
BRAND = {"name": "Brightbox", "handle": "@brightbox", "charter": {"names": "first_name", "signature": "^Sam"}}
GOOD = ("Dan, I'm really sorry, a birthday present this late with the party on Saturday is stressful. I'm checking "
        "with our delivery team right now: can you DM us your order number? I'll get back to you within the hour. ^Sam")


def criterion(result, cid):
    return next(c for c in result.criteria if c.id == cid)


def test_good_reply_scores_good_with_evidence_spans() -> None:
    result = score_late(GOOD)
    assert all(result.scores[q] >= 70 for q in (Q.listening, Q.calm, Q.communication))
    facts = criterion(result, "picks-up-facts")
    assert {e.text.lower() for e in facts.evidence} >= {"birthday", "saturday"}
    for ev in facts.evidence:
        assert GOOD[ev.start : ev.end] == ev.text
    assert result.scorer.startswith("offline/")
    assert result.better_reply["reply"].endswith("^Sam")


def test_calm_penalises_insults_blame_sarcasm_and_shouting() -> None:
    calm = score_late("Dan, I'm checking your parcel now, DM us your order number please. ^Sam").scores[Q.calm]
    for text in (
        "Dan, you idiot, DM us your order number. ^Sam",
        "Dan, it's not our fault, read the terms. DM us your order number. ^Sam",
        "Oh really Dan? Thanks for nothing. DM us your order number. ^Sam",
        "DAN, WE ARE CHECKING YOUR PARCEL NOW!!! DM us your order number. ^Sam",
        "Dan, we'll sue you for defamation. DM us your order number. ^Sam",
        "Dan, DM us your order number 🙄 ^Sam",
    ):
        assert score_late(text).scores[Q.calm] < calm - 10, text


def test_calm_hostility_evidence_is_negative() -> None:
    result = score_late("Calm down Dan, it's not our fault. ^Sam")
    evidence = criterion(result, "no-hostility").evidence
    assert evidence and all(e.polarity == "-" for e in evidence)
    assert {"calm down", "not our fault"} <= {e.text.lower() for e in evidence}


def test_calm_needs_a_real_reply() -> None:
    assert score_late("").scores[Q.calm] == 0
    assert score_late("   \n ").scores[Q.calm] == 0
    assert score_late("ok").scores[Q.calm] < 30


def test_listening_uses_stems_and_fuzzy_matching() -> None:
    exact = score_late("Dan, sorry about the birthday present, DM us. ^Sam")
    inflected = score_late("Dan, sorry about the birthdays presents, DM us. ^Sam")
    typo = score_late("Dan, sorry about the birtday present, DM us. ^Sam")
    assert criterion(inflected, "picks-up-facts").score == criterion(exact, "picks-up-facts").score
    assert criterion(typo, "picks-up-facts").score == criterion(exact, "picks-up-facts").score


def test_listening_stock_phrases_earn_little() -> None:
    stock = score_late("We apologise for any inconvenience caused. Please contact our customer service.")
    assert stock.scores[Q.listening] < 20
    assert criterion(stock, "no-stock-phrases").evidence


def test_listening_private_channel_and_next_step() -> None:
    base = "Dan, I'm sorry your birthday present is late with the party on Saturday. ^Sam"
    more = "Dan, I'm sorry your birthday present is late with the party on Saturday. DM us your order number and I'll check it today. ^Sam"
    assert criterion(score_late(base), "private-channel").score == 0
    assert criterion(score_late(more), "private-channel").score > 70
    assert score_late(more).scores[Q.listening] > score_late(base).scores[Q.listening] + 15


def test_listening_french_stems() -> None:
    thread = [{"author": "Camille", "text": "Mon colis pour le mariage de ma sœur n'est pas arrivé, c'est samedi !"}]
    expect = {"person": "Camille", "facts": [["mariage"], ["samedi"]], "private": True}
    good = score_line(lang="fr", thread=thread, expect=expect,
                      reply="Camille, je suis désolée pour ton colis, le mariage de ta sœur samedi c'est stressant. "
                            "Écris-nous en MP, je vérifie tout de suite.")
    bland = score_line(lang="fr", thread=thread, expect=expect, reply="Bonjour, merci de contacter notre service client.")
    assert good.scores[Q.listening] >= 70 > bland.scores[Q.listening]


def test_communication_checks_the_charter() -> None:
    signed = score_late(GOOD)
    unsigned = score_late(GOOD.replace(" ^Sam", ""))
    avoided = score_late(GOOD.replace("I'm really sorry", "Sorry for the inconvenience"))
    assert criterion(unsigned, "charter").score < criterion(signed, "charter").score
    assert "^Sam" in criterion(unsigned, "charter").missing
    assert criterion(avoided, "charter").score < criterion(signed, "charter").score


def test_communication_french_pronoun_from_charter() -> None:
    brand = {"name": "Brindille", "handle": "@brindille", "charter": {"pronoun": "tu"}}
    thread = [{"author": "Camille", "text": "Mon colis n'est pas arrivé."}]
    tu = score_line(lang="fr", brand=brand, thread=thread, reply="Camille, je suis désolée, je regarde ton colis tout de suite.")
    vous = score_line(lang="fr", brand=brand, thread=thread, reply="Camille, je suis désolée, je regarde votre colis tout de suite.")
    assert criterion(vous, "charter").score < criterion(tu, "charter").score


def test_communication_jargon_and_condescension() -> None:
    plain = score_line(thread=DAN, brand=BRAND, reply="Dan, I'm sorry, I'm checking your parcel with our delivery team now. ^Sam")
    jargon = score_line(thread=DAN, brand=BRAND, reply="Dan, your ticket is escalated to tier 2 per the SOP, SLA applies. ^Sam")
    lecture = score_line(thread=DAN, brand=BRAND, reply="Dan, as already explained, you need to understand how shipping works. ^Sam")
    assert jargon.scores[Q.communication] < plain.scores[Q.communication]
    assert lecture.scores[Q.communication] < plain.scores[Q.communication]


def test_teamwork_reads_the_internal_note() -> None:
    public = "Dan, you're right, I've asked our logistics team to trace your parcel, I'll DM you by noon. ^Sam"
    full = score_late({"public": public, "note": "Logistics, urgent: 3 customers on X report parcels stuck since last "
                       "week, thread growing. Dan's birthday gift is needed before Saturday. Can you check the carrier "
                       "this morning? I'm holding the public line meanwhile."}, step="pile-on")
    wrong = score_late({"public": public, "note": "Marketing team, can you prepare a nice post about our gifts?"}, step="pile-on")
    empty = score_late({"public": public, "note": ""}, step="pile-on")
    assert full.scores[Q.teamwork] >= 70
    assert wrong.scores[Q.teamwork] < 40
    assert empty.scores[Q.teamwork] < 40
    assert "logistics" in criterion(wrong, "right-team").missing


def test_creativity_rewards_hooks_and_penalises_cliches() -> None:
    fresh = score_line(reply={"instagram": "Guess what hides inside our giant Easter egg? Tell us in the comments: the closest answer wins it on 10 April!"},
                       qualities=["creativity"])
    cliche = score_line(reply={"instagram": "Exciting news! Don't miss out on this amazing game changer, like and share!"},
                        qualities=["creativity"])
    assert fresh.scores[Q.creativity] > cliche.scores[Q.creativity] + 20


def test_multiplatform_limits_and_adaptation() -> None:
    adapted = score_line(reply={
        "linkedin": "From 1 March our trams run every 15 minutes until 2am, for everyone who keeps the city going at night. Which line should we extend next?",
        "x": "Last tram at midnight? Not any more: every 15 min until 2am from 1 March. #TramlyNight"},
        qualities=["multiplatform"])
    copied = score_line(reply={"linkedin": "From 1 March trams run every 15 minutes until 2am.",
                               "x": "From 1 March trams run every 15 minutes until 2am."}, qualities=["multiplatform"])
    too_long = score_line(reply={"x": "Our night trams are here. " * 20, "linkedin": "Night trams from 1 March until 2am, every 15 minutes. What do you think?"},
                          qualities=["multiplatform"])
    tags = score_line(reply={"x": "Night trams every 15 min until 2am from 1 March! #a #b #c #d",
                             "linkedin": "Night trams from 1 March until 2am, every 15 minutes. What do you think?"},
                      qualities=["multiplatform"])
    assert adapted.scores[Q.multiplatform] >= 70
    assert copied.scores[Q.multiplatform] < adapted.scores[Q.multiplatform] - 20
    assert too_long.scores[Q.multiplatform] < adapted.scores[Q.multiplatform] - 20
    assert tags.scores[Q.multiplatform] < adapted.scores[Q.multiplatform]


def test_choice_steps_use_the_option_scores() -> None:
    result = score_late({"option": "reship"}, step="dm")
    assert result.scores == {Q.listening: 95, Q.teamwork: 85}
    assert "real problem" in result.feedback
    unknown = score_late({"option": "nope"}, step="dm")
    assert set(unknown.scores.values()) == {0} and "no-option" in unknown.flags


def test_every_step_quality_gets_a_score() -> None:
    scenario_result = score_late("Dan, sorry. ^Sam", step="pile-on")
    assert set(scenario_result.scores) == {Q.calm, Q.listening, Q.teamwork}
    six = score_line(thread=DAN, reply="Dan, sorry, we are on it.", qualities=[q.value for q in Q])
    assert set(six.scores) == set(Q)
