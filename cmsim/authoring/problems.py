"""Problems found in an author's files, each located at file:line:col."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or suspicious) in a file. Lines and columns count from 1."""

    file: str
    line: int
    col: int
    message: str
    code: str = "invalid"
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message} [{self.code}]"


class LocatedError(Exception):
    """Problems that stop a command, each located at file:line:col; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class AuthoringError(LocatedError):
    """An author's file (scenario, rubric, lexicon, answers) cannot be turned into a model."""


class ConfigError(LocatedError):
    """The user's own settings are wrong: the config file, an environment variable, a keymap."""
