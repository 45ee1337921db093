"""A campaign's crisis in the browser (``cmsim serve``): the live room in kiosk mode, its actions stored as
they are taken, and a reload that comes back into the same crisis (actions kept, clock running), never a
fresh one."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from browserkit import Served, open_page, screen_text, wait_for_text
from test_browser import browser, served

from cmsim.session.crisis_assess import actions_of
from cmsim.store.db import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
RECALL = Path(__file__).parents[1] / "tui" / "crisis_fixtures" / "crisis-recall-en.yaml"
__all__ = ["browser", "served"]  # the fixtures of the other browser tests


def crisis_session(served: Served) -> int:
    with Store.open(served.db) as store:
        person = store.find_person("Cleo")
        assert person is not None
        [info] = store.sessions(person)
        return info.id


def clock_on(page: Any, since: int) -> int:
    """The crisis clock last drawn after character ``since`` (seconds)."""
    found = re.findall(r"(\d\d):(\d\d) / \d\d:\d\d", screen_text(page)[since:])
    assert found, "no crisis clock on screen"
    minutes, seconds = found[-1]
    return int(minutes) * 60 + int(seconds)


def test_a_crisis_runs_in_the_browser_and_a_reload_comes_back_into_it(served: Served, browser: Any,
                                                                       tmp_path: Path) -> None:
    with Store.open(served.db) as store:
        store.create_campaign("cm-crisis", "en", [str(RECALL)], step_limit=None)
    page = open_page(browser, served.invite("Cleo", campaign="cm-crisis"))
    shown = wait_for_text(page, "@hearthfoods")  # the briefing, down to the brand's charter
    assert "livecrisis" in re.sub(r"\s+", "", shown)  # it tells of the crisis and its clock
    page.focus(".xterm-helper-textarea")
    page.keyboard.press("Enter")
    wait_for_text(page, "Triage queue")
    wait_for_text(page, "@sarah.m.lives")  # the first item arrives at 00:05
    page.wait_for_timeout(300)
    page.keyboard.press("r")
    wait_for_text(page, "Reply to")
    page.wait_for_timeout(300)
    page.keyboard.type("Sarah, I'm so sorry about Leo. Please DM us. ^Jo")
    page.keyboard.press("Control+s")
    sid = crisis_session(served)
    deadline = time.monotonic() + 60
    with Store.open(served.db) as store:
        while not actions_of(store, sid) and time.monotonic() < deadline:
            time.sleep(0.3)
        [action] = actions_of(store, sid)
        assert action.item == "mum" and action.reply is not None and action.reply.startswith("Sarah")
    before = clock_on(page, 0)
    page.evaluate("window.__screen = ''")
    page.reload()
    shown = wait_for_text(page, "replied")
    assert "Before you start" not in shown  # agreed once: straight back into the crisis
    page.wait_for_timeout(1500)
    assert clock_on(page, 0) >= before  # the clock kept running: no fresh start
    page.screenshot(path=str(tmp_path / "crisis-reload.png"))
    with Store.open(served.db) as store:
        assert [s.id for s in store.sessions(store.find_person("Cleo"))] == [sid]
        assert len(actions_of(store, sid)) == 1 and not store.session(sid).finished
        assert "interrupted" in [s.kind for s in store.signals(sid)]
    page.context.close()
