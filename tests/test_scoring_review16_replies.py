"""Round 16's review fixture: 80 replies to 10 threads in no dev-set situation (tests/review16_replies.yaml), written
and banded before the scorer was read (band good: a demanding senior CM grades them >= 80 on every quality of the
thread; mediocre: honest but mediocre). These tests hold the false alarms review16 fixed; the ones it left are listed
in docs/scoring.md (Review of round 16)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from cmsim.model.result import StepResult
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

FIXTURE = Path(__file__).parent / "review16_replies.yaml"


@lru_cache(maxsize=1)
def _threads() -> list[dict[str, Any]]:
    threads: list[dict[str, Any]] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["threads"]
    return threads


@lru_cache(maxsize=1)
def _scorer() -> OfflineScorer:
    return OfflineScorer()


def _thread(thread_id: str) -> dict[str, Any]:
    return next(t for t in _threads() if t["situation"]["id"] == thread_id)


@lru_cache(maxsize=128)
def _result(thread_id: str, index: int) -> StepResult:
    """One reply scored as `cmsim score` reads a line."""
    thread = _thread(thread_id)
    situation, reply = thread["situation"], thread["replies"][index]
    line = {**{k: v for k, v in situation.items() if k != "id"}, "id": f"{thread_id}#{index}",
            "reply": reply.get("reply", reply.get("text"))}
    item = parse_line(line, _scorer())
    return _scorer().score(item.scenario, item.step, item.answer)


def test_the_fixture_is_what_the_review_wrote() -> None:
    replies = [(t["situation"]["lang"], r["band"]) for t in _threads() for r in t["replies"]]
    assert len(_threads()) == 10 and len(replies) == 80
    assert sum(lang == "fr" for lang, _b in replies) == 40
    assert sum(band == "good" for _l, band in replies) == 60


FIXED = [  # (thread, reply, quality): a good reply review16 found under 70 and whose cause it fixed
    ("r16-fr-troll-banque", 0, "communication"),  # "votre solde n'ont pas été touchés" after "11 h 40 ;": no data
    ("r16-fr-verre-yaourt", 0, "teamwork"),  # "Pouvez-vous bloquer le lot" read as the threat "vous bloquer"
    ("r16-fr-verre-yaourt", 0, "calm"),
    ("r16-fr-verre-yaourt", 5, "communication"),  # "Lot 2311B : ne le consommez pas": « né le » with a figure
    ("r16-en-graduate", 1, "communication"),  # "Good luck with your application." read as sarcasm
    ("r16-en-graduate", 1, "listening"),
    ("r16-en-graduate", 5, "communication"),  # "can be reached on 020 7946 0321": a bare brand line
]


@pytest.mark.parametrize(("thread_id", "index", "quality"), FIXED)
def test_a_fixed_false_alarm_stays_fixed(thread_id: str, index: int, quality: str) -> None:
    scores = {q.value: s for q, s in _result(thread_id, index).scores.items()}
    assert scores[quality] >= 70, scores


GOOD = [(t["situation"]["id"], i) for t in _threads() for i, r in enumerate(t["replies"]) if r["band"] == "good"]


@pytest.mark.parametrize(("thread_id", "index"), GOOD)
def test_no_good_reply_exposes_anyone(thread_id: str, index: int) -> None:
    """Brand lines and mailboxes, counts ("le club compte 1 500 adhérents", "40,000 parcels a day") and figures of
    another clause are no one's private data."""
    exposed = [e.text for c in _result(thread_id, index).criteria if c.id == "exposure"
               for e in c.evidence if e.polarity == "-"]
    assert exposed == []


def test_a_question_one_version_asks_is_not_asked_for() -> None:
    """The library post whose Facebook version asks "What would you like to see on Thursday nights?"."""
    engagement = next(c for c in _result("r16-en-library-brief", 4).criteria if c.id == "engagement")
    assert engagement.feedback != "Add a question that invites the community to answer."
