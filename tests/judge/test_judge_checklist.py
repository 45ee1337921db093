"""The instructor's checklist reaches the judge as context ("must (communication): …", "must not (calm): …"), beside
the facts; its criteria are the offline reading's, never sent to the judge to score."""

from __future__ import annotations

from fakellm import FakeLLM
from judgekit import MakeJudge

from cmsim.authoring.load import RubricBook
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

LINE = {
    "id": "t", "lang": "en", "platform": "facebook",
    "thread": [{"author": "Omar Haddad", "text": "My bike was promised for Friday and it is still not ready."}],
    "expect": {
        "person": "Omar",
        "must": [{"does": "say when the bike will be ready", "words": ["ready by", "tomorrow"],
                  "quality": "communication"}],
        "avoid": [{"does": "blame the parts supplier", "words": ["supplier", "wholesaler"], "quality": "calm"}],
    },
    "reply": "Omar, sorry: it will be ready tomorrow at 9.",
}


def test_the_checklist_is_in_the_prompt_and_its_criteria_are_not_asked(server: FakeLLM, make_judge: MakeJudge) -> None:
    offline = OfflineScorer()
    book = RubricBook()
    judge = make_judge(offline=offline)
    judge.rubric = book.get
    item = parse_line(LINE, offline)
    judge.score(item.scenario, item.step, item.answer)
    prompt = "\n".join(server.user_texts())
    assert "- must (communication): say when the bike will be ready (shown by words such as: ready by / tomorrow)" \
        in prompt
    assert "- must not (calm): blame the parts supplier (shown by words such as: supplier / wholesaler)" in prompt
    assert "[criterion no-hostility]" in prompt and "[criterion checklist-" not in prompt
