"""Round 15's speed work kept the scores: what is now read once (a field's language, whether the person is upset)
reads what each reading read before, and contractions read only beside an apostrophe still read every one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cmsim.authoring.load import load_scenario
from cmsim.model.result import Answer
from cmsim.paths import scenarios_dir
from cmsim.scoring.criteria.hostility import _upset, upset
from cmsim.scoring.elision import APOSTROPHES
from cmsim.scoring.integrity import inspect
from cmsim.scoring.language import written_in_other
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.offline import _read_fields
from cmsim.scoring.per_step import step_fields
from cmsim.scoring.step_context import context_for
from cmsim.scoring.text import _APOSTROPHE, analyse, stem


def test_the_apostrophes_scanned_are_the_elision_ones() -> None:
    # _elide finds the words to read by this scan: an apostrophe missing from it would leave its words unread
    assert set(_APOSTROPHE.pattern.strip("[]")) == set(APOSTROPHES)


@pytest.mark.parametrize(("text", "lang", "index", "full"), [
    ("Dan, we're sorry, it's late", "en", 2, "are"),
    ("we\u2019re on it", "en", 1, "are"),
    ("'re you there", "en", 0, "are"),
    ("Dan, c'est notre faute", "fr", 1, "ce"),
    ("Julie, c\u2019est réglé", "fr", 1, "ce"),
])
def test_a_contracted_word_beside_an_apostrophe_reads_as_its_full_form(text: str, lang: str, index: int,
                                                                       full: str) -> None:
    assert analyse(text, lang).stems[index] == stem(full, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Dan, so sorry about the delay, I'm checking now.", "en"),
    ("Bonjour Dan, désolés pour le retard, on regarde ça tout de suite.", "en"),
    ("Bonjour Dan, désolés pour le retard, on regarde ça tout de suite.", "fr"),
    ("Hi Julie, so sorry about the closures, we'll DM you today.", "fr"),
])
def test_a_field_written_in_the_other_language_is_read_as_the_language_reads_it(text: str, lang: str) -> None:
    view = inspect("reply", "public", "x", 280, text, lexicons(lang), frozenset())
    for asked in ("fr", "en", lang):  # asked again: the memo gives what the reading gives
        assert view.written_in_other(asked) == written_in_other(view.an, asked)


def test_whether_the_person_is_upset_is_read_once_a_step_and_as_before() -> None:
    loaded = load_scenario(scenarios_dir() / "en" / "late-parcel.yaml").scenario
    step = loaded.step("first-reply")
    fields, grams = step_fields(loaded, step)
    views = _read_fields(loaded, Answer(fields={"reply": "Dan, sorry."}), fields, grams)
    ctx = context_for(loaded, step, views)
    assert ctx.person_upset is not None  # read with the step's context, which every answer's copies
    assert upset(ctx) == _upset(ctx)
    fresh = replace(ctx, person_upset=None)  # a context built by hand reads it when first asked
    assert upset(fresh) == _upset(ctx) and fresh.person_upset == _upset(ctx)
