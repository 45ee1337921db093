"""Messages in a trainer's words for what the YAML parser and pydantic report in their own.

The parser says "mapping values are not allowed here" or "expected <block end>, but found '?'";
pydantic says "String should match pattern '^[a-z0-9]…'". An instructor who does not program needs
to read what to change instead: which line, and the fix (quotes, indentation, an id's spelling).
Every function here returns ``None`` when it has nothing better to say than the original message.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

ID_RULE = "ids use lowercase letters, digits and '-', e.g. 'note-equipes'"
_CONDITION = re.compile(r"(?<![\"'])(?:[<>]=?|==)\s*\d{1,3}\b")
_KEY = re.compile(r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[^\s:#'\"][^:#]*?):(?:\s+|$)")


def fold(word: str) -> str:
    """``word`` without accents, lowercase, spaces and '_' as '-': how an id would be spelt."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9_-]+", "-", plain.strip().lower()).strip("-")


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``word`` (accents and case ignored first), or None when none is close."""
    options = list(dict.fromkeys(choices))
    folded = fold(word)
    for choice in options:
        if folded and fold(choice) == folded:
            return choice
    hint = difflib.get_close_matches(folded or word, options, n=1, cutoff=0.6)
    return hint[0] if hint else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a choice is close to ``word``, else an empty string."""
    hint = suggest(word, choices)
    return f" (did you mean '{hint}'?)" if hint and hint != word else ""


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _with_quotes(source: str) -> str | None:
    """``source`` (a ``key: value`` or ``- value`` line) with its value in double quotes."""
    match = _KEY.match(source)
    if match and match.group("lead").strip() and not re.fullmatch(r"[a-z_]+", match.group("key").strip()):
        match = None  # a list item of text ("- Note: be kind: …"), not a "- key: value" entry
    if match:
        head, value = source[: match.end()], source[match.end() :]
    else:
        item = re.match(r"^(\s*-\s+)", source)
        if not item:
            return None
        head, value = item.group(1), source[item.end() :]
    value = value.strip()
    return (head + _quoted(value)).strip() if value else None


def _quotes(text: str) -> int:
    """How many double quotes ``text`` holds, escaped ones (``\\"``) left out."""
    return len(re.findall(r'(?<!\\)"', text))


def _quote_opened_above(lines: list[str], line: int, col: int) -> int | None:
    """The line of a double quote left open above ``line`` that closes just before the error at
    ``col``: ``title: "In private`` makes the next line's ``prompt: "…`` close it, and the parser
    then complains about that next line. None when the error is not after such a quote."""
    if not 0 < line <= len(lines) or _quotes(lines[line - 1][: col - 1]) % 2 == 0:
        return None
    for above in range(line - 1, 0, -1):
        if _quotes(lines[above - 1]) % 2:
            return above
    return None


def _text_after_quote(source: str, col: int) -> str | None:
    """Why text after a closing quote on the same line is an error (``title: 'Alex's DM'``,
    ``title: "In private" (DM)``), with the fix; None when the error is not right after a quote."""
    before = source[: col - 1].rstrip()
    if not before.endswith(("'", '"')) or (_quotes(before) % 2 and before.endswith('"')):
        return None
    message = (
        "the quoted text ends at its closing quote and more follows on the line: put all of the text inside "
        "the quotes"
    )
    key = _KEY.match(source)
    value = source[key.end() :].strip() if key else ""
    if before.endswith("'"):
        message += "; inside '…' an apostrophe is written twice ('')"
        if len(value) > 2 and value[0] == value[-1] == "'" and '"' not in value:
            message += f", or use double quotes: {source[: key.end()].strip() if key else ''} {_quoted(value[1:-1])}"
    return message


def yaml_message(
    problem: str, context: str | None, lines: list[str], line: int, col: int, context_line: int | None
) -> tuple[str, str] | None:
    """A parser error (at ``line``/``col``, from 1) in a trainer's words, with a code; None to keep
    the parser's own message."""
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    open_line = _quote_opened_above(lines, line, col)
    if open_line is not None:
        return (
            f"the quote opened at line {open_line} is only closed here, so YAML read the lines between as one "
            f"text: add the missing closing quote on line {open_line}",
            "yaml-quote",
        )
    if problem == "mapping values are not allowed here":
        key = _KEY.match(source)
        if key and key.end("key") == col - 1 and not key.group("lead").strip():
            return (
                f"'{key.group('key').strip()}:' is indented deeper than the key above it, so YAML reads it as "
                "part of that value: line it up with the keys of its block",
                "yaml-indent",
            )
        fixed = _with_quotes(source)
        return (
            "this line needs quotes because its text holds ': ' (YAML reads 'key: value' inside it)"
            + (f"; write: {fixed}" if fixed else ""),
            "yaml-needs-quotes",
        )
    char = re.match(r"found character '(.)' that cannot start any token", problem)
    block = context == "while scanning a block scalar"
    condition = _CONDITION.search(source)
    if condition and ((char and char.group(1) in "<>=") or block):
        fixed = source[: condition.start()] + _quoted(condition.group(0)) + source[condition.end() :]
        return (
            "quote conditions such as \">= 60\": a value starting with '>' begins a folded text in YAML; "
            f"write: {fixed.strip()}",
            "yaml-needs-quotes",
        )
    if char or problem.endswith("but found '*'") or problem.endswith("but found '&'"):
        first = char.group(1) if char else problem[-2]
        fixed = _with_quotes(source)
        return (
            f"a text cannot start with '{first}' unless it is in quotes" + (f"; write: {fixed}" if fixed else ""),
            "yaml-needs-quotes",
        )
    if block:
        return (
            "after '>' or '|' the text starts on the next line, indented; for a one-line text, use quotes",
            "yaml-block-text",
        )
    flow = re.match(r"expected ',' or '([\]}])'", problem)
    if flow:
        close = flow.group(1)
        opener = "[" if close == "]" else "{"
        if context_line == line:
            return (
                f"the items between '{opener}' and '{close}' need a ',' between them (or the '{close}' is missing)",
                "yaml-flow",
            )
        where = f" at line {context_line}" if context_line else ""
        return f"the '{opener}' opened{where} is never closed: end it with '{close}'", "yaml-flow"
    if problem.startswith("expected <block end>"):
        after_quote = _text_after_quote(source, col)
        if after_quote:
            return after_quote, "yaml-quote"
        where = f" (the block that starts at line {context_line})" if context_line else ""
        return (
            f"this line is not lined up with the block it belongs to{where}: give it the same indentation "
            "as the other keys or '- ' items of that block",
            "yaml-indent",
        )
    if problem == "could not find expected ':'":
        return (
            "this line is neither 'key: value' nor part of a text: if it continues the text above, put that "
            "whole text in quotes or start it with '>'; if it is a key, add ':' after its name",
            "yaml-indent",
        )
    if problem == "found unexpected end of stream" and context and "quoted scalar" in context:
        opened = f" at line {context_line}" if context_line else ""
        return f"a quote opened{opened} is never closed", "yaml-quote"
    return None


def pattern_message(value: Any, known: Iterable[str]) -> str:
    """A value that is not a valid id: the rule, and the id it was probably meant to be."""
    if not isinstance(value, str):
        return ID_RULE
    close = suggest(value, known)
    if close and close != value:
        return f"'{value}' is not an id: {ID_RULE} (did you mean '{close}'?)"
    folded = fold(value)
    return f"'{value}' is not an id: {ID_RULE}" + (f"; try '{folded}'" if folded and folded != value else "")


def text_expected(value: Any) -> str | None:
    """Why a text became something else: ``Note: be kind`` read as a mapping, a list in brackets."""
    if isinstance(value, dict) and value:
        key, inner = next(iter(value.items()))
        shown = f"{key}: {inner}" if isinstance(inner, str | int | float) else f"{key}: …"
        return (
            f"this text holds ': ', so YAML read it as a key '{key}' with a value, not as text; "
            f"put the whole text in quotes: {_quoted(shown)}"
        )
    if isinstance(value, list):
        return "a text is expected here, not a list: remove the '-' or the brackets, or quote the text"
    return None


def choice_message(value: Any, expected: str) -> str | None:
    """A value outside a fixed list (pydantic's "Input should be 'a', 'b' or 'c'"), in words, with the
    closest choice: ``'costumer' is not one of: customer, troll, … (did you mean 'customer'?)``."""
    choices = re.findall(r"'([^']*)'", expected)
    if not choices or not isinstance(value, str | int | float):
        return None
    shown = str(value)
    close = suggest(shown, choices)
    hint = f" (did you mean '{close}'?)" if close and close != shown else ""
    return f"'{shown}' is not one of: {', '.join(choices)}{hint}"
