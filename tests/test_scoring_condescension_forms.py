"""Condescension is said to the person, not found in any word that shares a stem with a jab.

Found on the opened set 4: "a van of chilled langoustines" matched "chill" and "leaving your emails unanswered was
simply wrong" matched "simply", so two model answers (graded 93 and 94 on listening and calm) lost their regard,
their acknowledged feeling (undercut in the same sentence) and most of their calm. Stems made "chill" match
"chilled" and "chilly"; a bare adverb ("simply") is as often the brand owning a failure as a lecture. The lexicon
now holds the forms said to someone ("chill out", "simply read the FAQ", "you simply have to", "that's simply
false"). Written for this test, in situations the development set does not have; the near-misses describe goods,
weather or the brand's own failure."""

from __future__ import annotations

import pytest

from cmsim.scoring.integrity import inspect
from cmsim.scoring.lexicon import lexicons


def condescending(lang: str, text: str) -> list[str]:
    view = inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())
    return [text[h.start : h.end] for h in view.hits("condescension")]


LECTURES = [
    ("en", "Chill out, it's only a jacket."),
    ("en", "Just chill, your parcel will turn up."),
    ("en", "Simply read the FAQ before posting."),
    ("en", "You simply have to restart the router, Dex."),
    ("en", "Simply follow the steps in the manual."),
    ("en", "You simply need to charge it overnight like everyone."),
    ("en", "That's simply false, and you know it."),
    ("en", "This is simply not true: the battery lasts a full day."),
    ("fr", "Détends-toi, ce n'est qu'un colis."),
    ("fr", "Il suffit de lire la notice avant de poster."),
]
NOT_LECTURES = [
    ("en", "The chilled crates sat on the dock for an hour, and that is on us."),
    ("en", "Your order was simply lost in our warehouse, and I'm sorry."),
    ("en", "We simply got this wrong, Sam."),
    ("en", "Keep the cake chilled until Saturday and it will be fine."),
    ("en", "A chilly platform is no way to start the week, sorry for the wait."),
    ("en", "Simply put, we let you down."),
    ("fr", "C'est tout simplement une erreur de notre part, Léa."),
    ("fr", "Vos huîtres réfrigérées sont restées à quai, c'est notre faute."),
]


@pytest.mark.parametrize(("lang", "text"), LECTURES)
def test_condescension_said_to_the_person_is_read(lang: str, text: str) -> None:
    assert condescending(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_LECTURES)
def test_words_sharing_a_stem_with_a_jab_are_no_lecture(lang: str, text: str) -> None:
    assert condescending(lang, text) == []
