"""``cmsim serve`` in real Chromium: tokens (403 and no process without one; used or expired refused), the
briefing then a step answered and stored, a reload resuming the same step with its draft and clock,
kiosk keys doing nothing, secrets kept out of the candidate's process, two candidates apart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browserkit import (
    SECRET,
    Served,
    chromium,
    environ,
    open_page,
    screen_text,
    start_server,
    stop_server,
    wait_for_text,
)

from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    running = start_server(tmp_path)
    try:
        yield running
    finally:
        stop_server(running)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


def agree(page: Any) -> None:
    """Read the briefing, then press the focused 'I agree' button."""
    wait_for_text(page, "I agree")
    page.focus(".xterm-helper-textarea")
    page.keyboard.press("Enter")
    wait_for_text(page, "Reply to Dan")
    wait_for_text(page, "0/280")  # the composer is up (its counter), so typing lands in it
    page.wait_for_timeout(300)


def type_draft(served: Served, page: Any, name: str, text: str) -> int:
    """Type ``text`` into the step and wait until the app saved it as the draft; the session id."""
    page.keyboard.type(text)
    sid = session_of(served, name)
    deadline = time.monotonic() + 60
    with Store.open(served.db) as store:
        while store.draft(sid, "first").get("reply") != text and time.monotonic() < deadline:
            time.sleep(0.2)
        assert store.draft(sid, "first") == {"reply": text}
    return sid


def session_of(served: Served, name: str) -> int:
    with Store.open(served.db) as store:
        person = store.find_person(name)
        assert person is not None, f"{name} is not stored"
        [info] = store.sessions(person)
        return info.id


def test_without_a_valid_token_the_answer_is_403_and_no_process_starts(served: Served, browser: Any) -> None:
    page = open_page(browser, served.url + "/")
    assert page.evaluate("document.title").startswith("cmsim")
    for path in ("/", "/a/not-a-token", "/a/" + "x" * 43):
        response = page.goto(served.url + path)
        assert response is not None and response.status == 403
    refused = page.request.get(served.url + "/ws/" + "y" * 43)
    assert refused.status == 403
    page.wait_for_timeout(500)
    assert served.apps() == []
    page.context.close()


def test_a_valid_token_shows_the_briefing_then_a_step_is_answered_and_stored(
    served: Served, browser: Any, tmp_path: Path
) -> None:
    page = open_page(browser, served.invite("Alice Martin"))
    shown = wait_for_text(page, "^Sam")
    for text in ("Before you start", "Hello Alice Martin", "What is recorded", "Nothing is stored until you agree"):
        assert text in shown, text
    with Store.open(served.db) as store:
        assert store.find_person("Alice Martin") is None  # nothing stored before "I agree"
    page.screenshot(path=str(tmp_path / "briefing.png"))
    agree(page)
    [app] = served.apps()
    env = environ(app)
    assert SECRET not in env.values() and "OPENAI_API_KEY" not in env and env["CMSIM_JUDGE"] == "off"
    sid = type_draft(served, page, "Alice Martin", "Dan, so sorry about the parcel. I am on it. ^Sam")
    page.keyboard.press("Control+s")
    deadline = time.monotonic() + 60
    with Store.open(served.db) as store:
        while not store.turns(sid) and time.monotonic() < deadline:
            time.sleep(0.3)
        [turn] = store.turns(sid)
        assert turn.step_id == "first" and turn.answer.fields["reply"].startswith("Dan, so sorry")
    wait_for_text(page, "Follow up")  # the next step, and no feedback before it
    assert "A better reply" not in screen_text(page) and "Feedback" not in screen_text(page)
    page.context.close()


def test_a_reload_resumes_the_same_step_with_the_draft_and_the_running_clock(served: Served, browser: Any) -> None:
    url = served.invite("Bea")
    page = open_page(browser, url)
    agree(page)
    sid = type_draft(served, page, "Bea", "Half a reply")  # saved 0.3 s after typing pauses
    with Store.open(served.db) as store:
        opened = store.clock(sid).opened_at
    first_app = served.apps()
    page.evaluate("window.__screen = ''")
    page.reload()
    shown = wait_for_text(page, "Half a reply")
    assert "Before you start" not in shown  # agreed once: straight back to the step
    assert "Reply to Dan" in shown
    deadline = time.monotonic() + 10
    while served.apps() == first_app and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert len(served.apps()) == 1 and served.apps() != first_app  # the old process ended
    with Store.open(served.db) as store:
        assert store.clock(sid).opened_at == opened  # the clock was not restarted
        assert store.session(sid).node == "first" and store.turns(sid) == []
        kinds = [s.kind for s in store.signals(sid)]
    assert "interrupted" in kinds
    page.context.close()


def test_kiosk_keys_do_nothing(served: Served, browser: Any) -> None:
    page = open_page(browser, served.invite("Cid"))
    agree(page)
    [app] = served.apps()
    for key in ("Escape", "Control+q", "Control+p", "F2", "F3", "F4", "F5"):
        page.keyboard.press(key)
        page.wait_for_timeout(300)
    page.wait_for_timeout(500)
    assert served.apps() == [app]  # still running: nothing quit
    shown = screen_text(page)
    for other_screen in ("Scenarios", "Practice", "Profile", "Search for commands", "A better reply"):
        assert other_screen not in shown
    sid = session_of(served, "Cid")
    with Store.open(served.db) as store:
        assert store.session(sid).node == "first" and store.turns(sid) == []
    page.context.close()


def test_used_replaced_and_expired_tokens_are_refused(served: Served, browser: Any) -> None:
    expired = served.invite("Dee", expires="1s")
    time.sleep(1.2)
    page = open_page(browser, expired)
    assert page.locator("#refused").get_attribute("data-kind") == "expired"
    assert "expired" in page.inner_text("#refused")
    old = served.invite("Eve")
    new = served.invite("Eve")  # a new invitation replaces the old link
    assert page.goto(old).status == 403 and page.locator("#refused").get_attribute("data-kind") == "used"
    _finish(served, "Eve")
    response = page.goto(new)
    assert response is not None and response.status == 403
    assert "finished" in page.inner_text("#refused")
    assert page.goto(new).status == 403  # and it stays closed
    assert served.apps() == []
    page.context.close()


def test_two_candidates_at_once_do_not_see_each_other(served: Served, browser: Any) -> None:
    ann = open_page(browser, served.invite("Ann Onyme"))
    bob = open_page(browser, served.invite("Bob Rivière"))
    wait_for_text(ann, "Hello Ann Onyme")
    wait_for_text(bob, "Hello Bob Rivière")
    agree(ann)
    agree(bob)
    assert len(served.apps()) == 2
    type_draft(served, ann, "Ann Onyme", "Ann's own words")
    type_draft(served, bob, "Bob Rivière", "Bob's own words")
    a, b = screen_text(ann), screen_text(bob)
    assert "Bob" not in a and "Ann" not in b
    ann.context.close()
    bob.context.close()


def test_the_session_cap_and_the_idle_timeout(tmp_path: Path, browser: Any) -> None:
    served = start_server(tmp_path, "--max-sessions", "1", "--idle-timeout", "3s")
    try:
        first = open_page(browser, served.invite("Fay"))
        wait_for_text(first, "Before you start")
        assert len(served.apps()) == 1
        second_url = served.invite("Gus")
        token = second_url.rsplit("/", 1)[1]
        assert first.request.get(f"{served.url}/ws/{token}").status == 503  # over the cap: nothing started
        assert len(served.apps()) == 1
        deadline = time.monotonic() + 15
        while served.apps() and time.monotonic() < deadline:  # idle: closed, the process ends
            time.sleep(0.3)
        assert served.apps() == []
        first.wait_for_selector("body.-closed", timeout=5000)
        first.context.close()
    finally:
        stop_server(served)


def _finish(served: Served, name: str) -> None:
    """Play the whole campaign for ``name`` outside the browser (as a terminal would)."""
    from cmsim.model.qualities import Quality
    from cmsim.model.result import Answer, StepResult
    from cmsim.model.scenario import Scenario, Step
    from cmsim.session.campaigns import scenarios_of

    class Flat:
        name = "flat"

        def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
            return StepResult(step_id=step.id, scores=dict.fromkeys(step.qualities, 60), scorer="flat")

    with Store.open(served.db) as store:
        campaign = store.campaign("cm")
        [loaded] = scenarios_of(campaign)
        play = Playthrough.start(store, store.person(name, "candidate"), loaded, Flat(), "assess", campaign)
        while not play.finished:
            play.step()
            play.submit(Answer(fields={"reply": "ok"}))
        assert Quality.calm in play.state.turns[0].result.scores
