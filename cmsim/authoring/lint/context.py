"""What every lint rule works on: the scenario, where its parts are in the file, and the problems so far."""

from __future__ import annotations

from collections.abc import Sequence

from cmsim.authoring.load import Loaded
from cmsim.authoring.problems import Problem
from cmsim.authoring.wording import did_you_mean
from cmsim.authoring.yamlsource import PathKey
from cmsim.model.scenario import Field, Message, Scenario, Step


class LintContext:
    """A scenario being linted, and the problems found in it so far."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.sc: Scenario = loaded.scenario
        self.problems: list[Problem] = []
        self.step_ids = {s.id for s in self.sc.steps}
        self.ending_ids = {e.id for e in self.sc.endings}

    def error(self, path: PathKey, message: str, code: str, *, key: bool = False) -> None:
        """Report an error at ``path`` (at its key rather than its value with ``key``)."""
        self.problems.append(self.loaded.source.problem(path, message, code, key=key))

    def warn(self, path: PathKey, message: str, code: str, *, key: bool = False) -> None:
        """Report a warning at ``path`` (at its key rather than its value with ``key``)."""
        self.problems.append(self.loaded.source.problem(path, message, code, key=key, warning=True))

    def fields(self, step: Step) -> list[Field]:
        """The fields a reply to ``step`` has, on the scenario's first platform."""
        return self.sc.fields_of(step)

    def all_messages(self) -> list[tuple[PathKey, Message]]:
        """Every message of the thread, the steps and the endings, with its place."""
        out: list[tuple[PathKey, Message]] = [(("thread", m), msg) for m, msg in enumerate(self.sc.thread)]
        for i, step in enumerate(self.sc.steps):
            out += [(("steps", i, "messages", m), msg) for m, msg in enumerate(step.messages)]
        for i, ending in enumerate(self.sc.endings):
            out += [(("endings", i, "messages", m), msg) for m, msg in enumerate(ending.messages)]
        return out


def hint(word: str, choices: Sequence[str], what: str) -> str:
    """A did-you-mean for ``word``, or the list of ``choices`` when none is close."""
    return did_you_mean(word, choices) or f"; {what}: {', '.join(choices) or 'none'}"
