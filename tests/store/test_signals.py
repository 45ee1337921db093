"""Typed integrity signals: every kind has words in both languages, stored details read back as their
model, and rows written before details were typed (the TUI's ``{"hint": n}``) still read correctly."""

from __future__ import annotations

import pytest

from cmsim.report.strings import signal_text
from cmsim.session.signals import (
    AutoSubmitted,
    FastTyping,
    HintAsked,
    Interrupted,
    Overtime,
    Paste,
    ScenarioChanged,
    SignalDetail,
    Unknown,
    parse,
)
from cmsim.store.records import Signal

EVERY_KIND: list[SignalDetail] = [
    Paste(chars=300, lines=4),
    FastTyping(chars=60, cps=30.0),
    Overtime(limit=60, elapsed=75.5),
    AutoSubmitted(limit=60, elapsed=60.2),
    Interrupted(seconds_away=12.0),
    HintAsked(number=2),
    ScenarioChanged(was="abc", now="def"),
]


@pytest.mark.parametrize("detail", EVERY_KIND, ids=lambda d: d.kind)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_kind_reads_as_words_with_its_values(detail: SignalDetail, lang: str) -> None:
    words = signal_text(lang, detail)
    assert "{" not in words and not words.startswith(detail.kind + " ")
    assert any(str(value) in words for value in detail.values().values()), words


@pytest.mark.parametrize("detail", EVERY_KIND, ids=lambda d: d.kind)
def test_a_stored_detail_reads_back_as_its_model(detail: SignalDetail) -> None:
    assert parse(Signal(1, "s1", detail.kind, detail.values())) == detail


def test_a_hint_stored_by_the_old_tui_reads_as_its_number() -> None:
    old = parse(Signal(1, "s1", "hint", {"hint": 1}))
    assert old == HintAsked(number=1)
    assert signal_text("en", old) == "asked for hint 1"


def test_an_unknown_kind_or_shape_is_kept_as_it_was() -> None:
    future = parse(Signal(1, "s1", "focus-lost", {"seconds": 3}))
    assert isinstance(future, Unknown) and signal_text("en", future) == "focus-lost {'seconds': 3}"
    broken = parse(Signal(1, "s1", "paste", {"chars": "many"}))
    assert isinstance(broken, Unknown) and broken.values() == {"chars": "many"}
