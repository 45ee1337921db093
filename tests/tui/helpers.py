"""Shared helpers of the TUI tests: answers for a step, waiting for the app, reading what a widget shows."""

from __future__ import annotations

import re
from typing import Literal

from textual.pilot import Pilot
from textual.widget import Widget

from cmsim.model.scenario import Scenario, Step
from cmsim.tui.app import CmsimApp

Strategy = Literal["good", "bad"]
RUDE = {
    "en": "Calm down. Not our fault!!!",
    "fr": "Du calme. Pas notre faute !!!",
}


def frozen_clock() -> float:
    """A clock that never moves: countdowns show their full time."""
    return 1000.0


def answer_data(scenario: Scenario, step: Step, strategy: Strategy) -> object:
    """The answers-file value for ``step``: the model answer or the best option (good), a short rude reply
    in every field or the worst option (bad)."""
    if step.kind == "choice":
        ranked = sorted(step.options, key=lambda o: sum(o.scores.values()) / len(o.scores))
        return {"option": (ranked[-1] if strategy == "good" else ranked[0]).id}
    if strategy == "good":
        assert step.model_answer is not None, f"{scenario.id}/{step.id} has no model answer"
        return step.model_answer
    return {f.id: RUDE[scenario.lang] for f in scenario.fields_of(step)}


def bar_value(text: str) -> str:
    """The number (or '—') a quality bar shows, e.g. '72' in 'Listening  ████····  72  Good'."""
    found = re.search(r" (\d+|—)  ", text)
    assert found, f"not a quality bar: {text!r}"
    return found.group(1)


def shown(widget: Widget) -> str:
    """The plain text a widget displays."""
    return str(widget.render())


async def settle(app: CmsimApp, pilot: Pilot[None]) -> None:
    """Let pending messages, workers and refreshes finish, including workers started by what an
    earlier worker posted (opening a session, then its step)."""
    for _ in range(10):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.wait_for_scheduled_animations()  # the feed's scroll to its end, not half-way under load
        await pilot.pause()
        if not any(worker.is_running or worker.state.name == "PENDING" for worker in app.workers) and _quiet(app):
            return


def _quiet(app: CmsimApp) -> bool:
    """Whether the focus has landed and no message waits in the app's or the screen's queues. ``pilot.pause()``
    judges idleness by CPU time, which a loaded machine starves: a focus asked for by the last worker's message
    (the composer, once a step opens) could still be on its way, and the screenshot lost the editor's cursor."""
    focused = app.focused
    if focused is not None and not focused.has_focus:
        return False
    nodes = [app, *app.screen.walk_children(with_self=True)]
    return all(node._message_queue.empty() for node in nodes)


async def freeze_cursors(app: CmsimApp, pilot: Pilot[None]) -> None:
    """Stop cursor blinking so screenshots do not depend on the moment they are taken."""
    from textual.widgets import TextArea

    for area in app.screen.query(TextArea):
        area.cursor_blink = False
        # With blinking off, Textual's line cache does not key on the focus: a line drawn before the editor took
        # the focus is served again without its cursor. Drop it, so a focused editor always shows its cursor.
        area._line_cache.clear()
        area.refresh()
    # The feed scrolls to its newest post after each refresh; on a loaded machine a later layout change
    # (a composer growing, tabs switching) can land after that scroll. Scroll once more, as the app's
    # own rule says, so a screenshot never depends on that race.
    from cmsim.tui.widgets.feed import Feed

    for feed in app.screen.query(Feed):
        feed.scroll_end(animate=False, immediate=True)
    await settle(app, pilot)
