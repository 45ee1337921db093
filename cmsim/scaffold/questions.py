"""The spec from ``cmsim new``'s flags, with the missing ones asked in a terminal, defaulted or refused."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from cmsim.model.base import LANGS
from cmsim.scaffold.fill import default_title
from cmsim.scaffold.spec import DIFFICULTIES, KINDS, PLATFORMS, SLUG, Spec


def gather(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO) -> Spec:
    """The spec from the flags; missing ones are asked on ``stdin`` when given, else defaulted or refused."""

    def ask(name: str, question: str, default: str | None, check: Callable[[str], str | None]) -> str:
        value: str | None = getattr(args, name)
        if value is not None:
            error = check(value)
            if error:
                raise ValueError(f"--{name}: {error}")
            return value
        if stdin is None:
            if default is None:
                raise ValueError(f"--{name} is required when not running in a terminal")
            return default
        while True:
            suffix = f" [{default}]" if default else ""
            stdout.write(f"{question}{suffix}: ")
            stdout.flush()
            line = stdin.readline()
            if not line:
                raise ValueError(f"no answer for --{name}")
            answer = line.strip() or (default or "")
            error = check(answer)
            if not error:
                return answer
            stdout.write(f"  {error}\n")

    def one_of(choices: tuple[str, ...] | list[str]) -> Callable[[str], str | None]:
        return lambda v: None if v in choices else f"choose one of {', '.join(choices)}"

    def text(v: str) -> str | None:
        return None if v.strip() else "cannot be empty"

    def slug(v: str) -> str | None:
        if not SLUG.fullmatch(v) or len(v) > 64:
            return "use lowercase letters, digits, '-' and '_' (e.g. broken-mug-en)"
        return None

    lang = ask("lang", "Language (fr/en)", "en", one_of(LANGS))
    kind = ask("kind", f"Kind of situation ({', '.join(KINDS)})", "complaint", one_of(list(KINDS)))
    ident = ask("id", "Scenario id (e.g. broken-mug-en)", None, slug)
    title = ask("title", "Title", default_title(kind, lang), text)
    platform = ask(
        "platform", f"Platform ({', '.join(PLATFORMS)})", "instagram" if kind == "contest" else "x", one_of(PLATFORMS)
    )
    difficulty = ask("difficulty", "Difficulty (easy/medium/hard)", "easy", one_of(DIFFICULTIES))
    brand = ask("brand", "Brand name", None, text)
    return Spec(ident, title.strip(), lang, platform, difficulty, brand.strip(), kind)
