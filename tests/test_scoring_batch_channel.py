"""Batch lines read a thread message's ``channel`` as a scenario's thread does: an internal message (a brief, a
colleague's note) is the task, not the thread; a plain text answering only internal messages is a post; a channel
that is none is refused with the known ones."""

from __future__ import annotations

import pytest
from scoring_kit import scorer

from cmsim.scoring.batch import LineError, parse_line

BRIEF = {
    "en": "Write the TikTok caption launching #KnitAlong: post your finished scarf with #KnitAlong and tag us before "
          "Sunday 14 Dec, 23:59. Our designers pick 3 winners, a £100 yarn bundle each. Rules: link in bio.",
    "fr": "Rédige la légende TikTok du lancement de #TricoteAvecNous : poste ton écharpe finie avec #TricoteAvecNous "
          "et tague-nous avant le dimanche 14 décembre, 23 h 59. Nos créatrices choisissent 3 gagnants, un lot de "
          "laine de 100 € chacun. Règlement : lien en bio.",
}
CAPTION = {
    "en": "Be honest: how many half-finished scarves hide in your drawer? 🧶 Finish one, post it with #KnitAlong and "
          "tag us before Sunday 14 Dec, 23:59. Our designers pick 3 winners, a £100 yarn bundle each. Rules: link in "
          "bio. Stitch this with your oldest WIP 👇",
    "fr": "Avoue : combien d'écharpes à moitié tricotées dorment dans ton tiroir ? 🧶 Finis-en une, poste-la avec "
          "#TricoteAvecNous et tague-nous avant le dimanche 14 décembre, 23 h 59. Nos créatrices choisissent 3 "
          "gagnants, un lot de laine de 100 € chacun. Règlement : lien en bio. Duo avec ton plus vieux projet 👇",
}


def line(lang: str, channel: str) -> dict[str, object]:
    return {"id": "t", "lang": lang, "platform": "tiktok", "reply": CAPTION[lang],
            "thread": [{"author": "Marketing (internal)", "channel": channel, "text": BRIEF[lang]}],
            "expect": {"facts": [["#KnitAlong", "#TricoteAvecNous"], ["£100", "100 €"], ["14"]]}}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_caption_written_from_an_internal_brief_is_a_post(lang: str) -> None:
    item = parse_line(line(lang, "internal"), scorer())
    assert item.step.rubric == "community-post"
    assert item.step.fields[0].kind == "post"
    assert BRIEF[lang] in item.step.prompt and not item.scenario.thread
    result = scorer().score(item.scenario, item.step, item.answer)
    assert "too-long" not in result.flags  # a TikTok post's limit (2,200), not a comment's (150)
    assert result.scores["multiplatform"] >= 70


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_text_in_public_is_a_comment_to_answer(lang: str) -> None:
    item = parse_line(line(lang, "public"), scorer())
    assert item.step.rubric == "public-reply"


def test_without_facts_an_internal_message_stays_in_the_thread_but_names_no_person() -> None:
    data = {"id": "t", "lang": "en", "platform": "linkedin", "reply": {"public": "Gemma, I'm sorry.",
                                                                      "internal_note": "Ops: Gemma's install."},
            "thread": [{"author": "Gemma Hart", "text": "Three postponed installs. I want a date."},
                       {"author": "Sam (operations)", "channel": "internal", "text": "Inverters held at the port."}]}
    item = parse_line(data, scorer())
    assert item.step.expect.person == "Gemma Hart"
    assert [m.channel for m in item.scenario.thread] == ["public", "internal"]
    only_internal = {**data, "thread": [data["thread"][1]]}
    assert parse_line(only_internal, scorer()).step.expect.person is None


def test_a_channel_that_is_none_is_refused() -> None:
    with pytest.raises(LineError, match="'channel' is one of public, private, internal, not 'intern'"):
        parse_line({**line("en", "public"), "thread": [{"author": "A", "channel": "intern", "text": "x"}]}, scorer())
