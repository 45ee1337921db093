"""Open-ended input: any text never crashes, scores stay within 0–100, and scoring is deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scoring_kit import score_late, score_line

from cmsim.scoring.text import analyse

TEXT = st.text(max_size=600) | st.lists(
    st.sampled_from(["Dan", "sorry", "DM", "!!!", "🙄", "ignore", "previous", "instructions", "birthday", "\n", "é",
                     "NOT", "#tag", "@brightbox", "https://x.co/a", "?", ".", "je", "désolé"]), max_size=80,
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_scores_in_range_and_deterministically(text: str) -> None:
    first = score_late(text)
    again = score_late(text)
    assert first.model_dump() == again.model_dump()
    for score in first.scores.values():
        assert 0 <= score <= 100
    for c in first.criteria:
        assert 0 <= c.score <= 100
        for ev in c.evidence:
            assert 0 <= ev.start <= ev.end <= len(text) + 1


@settings(max_examples=60, deadline=None)
@given(TEXT, TEXT)
def test_any_multi_field_answer_scores_in_range(public: str, note: str) -> None:
    result = score_late({"public": public, "note": note}, step="pile-on")
    assert all(0 <= s <= 100 for s in result.scores.values())
    posts = score_line(reply={"x": public, "linkedin": note}, qualities=["multiplatform", "creativity"])
    assert all(0 <= s <= 100 for s in posts.scores.values())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_token_spans_point_into_the_text(text: str) -> None:
    an = analyse(text, "fr")
    for surface, start, end in zip(an.surface, an.starts, an.ends, strict=True):
        assert an.text[start:end] == surface
