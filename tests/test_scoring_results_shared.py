"""A criterion's result that quotes nothing is remembered by every value it holds and shared by the replies that
earn it (``cmsim.scoring.feedback``): a remembered result equals one built afresh, and none can be changed through a
reply."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from scoring_kit import score_late

from cmsim.scoring import feedback

REPLIES = [
    "Hi Dan, I'm so sorry, a birthday present this late is stressful. I'm checking with the carrier now.",
    "Dan, sorry about the delay. DM us your order number and we'll sort it before Saturday.",
    "Read the terms next time!!!",
    "We apologise for any inconvenience caused.",
    "thanks for your patience, we are looking into it.",
]


def test_remembered_results_equal_results_built_afresh() -> None:
    first = [score_late(text).model_dump() for text in REPLIES]
    again = [score_late(text).model_dump() for text in reversed(REPLIES)][::-1]  # every quoteless one remembered
    feedback._QUOTELESS.clear()
    afresh = [score_late(text).model_dump() for text in REPLIES]
    assert first == again == afresh
    assert any(not c["evidence"] for r in first for c in r["criteria"])  # some results were shared


def test_a_shared_result_cannot_be_changed() -> None:
    one, two = score_late(REPLIES[3]), score_late(REPLIES[3])
    shared = [a for a in one.criteria if not a.evidence and any(a is b for b in two.criteria)]
    assert shared
    with pytest.raises(ValidationError):
        shared[0].score = 0  # type: ignore[misc]
