"""Safe YAML reading that remembers where every value came from.

PyYAML's composer gives nodes with marks; we build plain data from them ourselves so that we can
reject duplicate keys and aliases, cap the size, and remember the line and column of every value
and key for error messages. Scalars are resolved by PyYAML's safe rules (YAML 1.1); plain scalars
that YAML 1.1 turns into booleans or numbers (``no``, ``off``, ``09:14``) are remembered so a
"string expected" error can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.wording import yaml_message
from cmsim.inputs import InputError, decode_text, read_bounded

MAX_BYTES = 512 * 1024
MAX_DEPTH = 64
"""Deepest nesting of mappings and lists a file may have (scenarios need fewer than 10)."""
PathKey = tuple[str | int, ...]


@dataclass
class Located:
    """Plain data read from a YAML file, with the position of each value and key."""

    file: str
    data: Any
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    coerced: dict[PathKey, str] = field(default_factory=dict)
    pending: list[Problem] = field(default_factory=list)
    blocks: dict[PathKey, tuple[int, list[str]]] = field(default_factory=dict)
    """Texts written as '>' or '|' blocks: the line of the indicator and the source lines after it."""
    comments: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    """Unquoted texts followed by a '#' comment on their line: where the comment starts."""

    def where(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Line and column (from 1) of the value (or the key) at ``path``, or of its nearest parent."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))

    def problem(self, path: PathKey, message: str, code: str, *, key: bool = False, warning: bool = False) -> Problem:
        """A problem located at ``path``."""
        line, col = self.where(path, key=key)
        return Problem(self.file, line, col, message, code, "warning" if warning else "error")


class _Builder:
    def __init__(self, file: str, loader: SafeConstructor, text: str = "") -> None:
        self.loader = loader
        self.lines = text.split("\n")
        self.out = Located(file, None)
        self.problems: list[Problem] = []

    def _at(self, node: Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def build(self, node: Node, path: PathKey) -> Any:
        self.out.values[path] = self._at(node)
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    line, col = self._at(key_node)
                    self.problems.append(
                        Problem(self.out.file, line, col, "merge keys ('<<') are not allowed", "yaml-merge")
                    )
                    continue
                key = self.build(key_node, (*path, "<key>"))
                key = str(key) if not isinstance(key, str) else key
                if key in result:
                    line, col = self._at(key_node)
                    first = self.out.keys[(*path, key)]
                    self.problems.append(
                        Problem(
                            self.out.file,
                            line,
                            col,
                            f"duplicate key '{key}' (first at line {first[0]})",
                            "duplicate-key",
                        )
                    )
                    continue
                self.out.keys[(*path, key)] = self._at(key_node)
                result[key] = self.build(value_node, (*path, key))
            self.out.values.pop((*path, "<key>"), None)
            return result
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        value = self.loader.construct_object(node, deep=True)
        if not node.style and not isinstance(value, str) and value is not None:  # plain: None, or "" from libyaml
            self.out.coerced[path] = node.value
        self._remember_shape(node, path, value)
        return value

    def _remember_shape(self, node: ScalarNode, path: PathKey, value: Any) -> None:
        """Note block texts (their source lines) and unquoted texts cut short by a '#' comment."""
        if node.style in (">", "|"):
            start, end = node.start_mark.line, node.end_mark.line
            self.out.blocks[path] = (start + 1, self.lines[start + 1 : end + 1])
        elif not node.style and isinstance(value, str) and node.end_mark.line < len(self.lines):
            tail = self.lines[node.end_mark.line][node.end_mark.column :]
            spaces = len(tail) - len(tail.lstrip(" \t"))
            if spaces and tail[spaces:].startswith("#"):
                self.out.comments[path] = (node.end_mark.line + 1, node.end_mark.column + spaces + 1)


class _NoAliases(Composer):
    """A composer that refuses aliases and anchors (aliases can explode memory when walked)."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise yaml.MarkedYAMLError(None, None, "aliases ('*name') are not allowed", event.start_mark)
        event = self.peek_event()  # type: ignore[attr-defined]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise yaml.MarkedYAMLError(None, None, f"anchors ('&{anchor}') are not allowed", event.start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
            return Composer.compose_node(self, parent, index)
        finally:
            self._depth -= 1


class _NoAliasLoader(_NoAliases, yaml.SafeLoader):
    """The pure-Python reader: the reference for what is accepted and for every error message."""


_FAST: type[Any] | None = None


class _NotExact(Exception):
    """libyaml would read this text differently from PyYAML: read it the reference way."""


def _fast_loader() -> type[Any] | None:
    """libyaml's parser (events with line and column marks, in C) under our Python composer: the same
    nodes as ``_NoAliasLoader``, about eight times faster. ``None`` when PyYAML was built without it."""
    global _FAST
    if _FAST is None:
        try:
            from yaml._yaml import CParser
        except ImportError:
            return None

        class _FastLoader(CParser, _NoAliases, SafeConstructor, Resolver):
            def __init__(self, stream: str) -> None:
                CParser.__init__(self, stream)
                _NoAliases.__init__(self)
                SafeConstructor.__init__(self)
                Resolver.__init__(self)

            # CParser composes in C (no alias refusal): use the Python composer's.
            get_single_node = Composer.get_single_node
            compose_document = Composer.compose_document

            def compose_node(self, parent: Node | None, index: int) -> Node | None:
                event = self.peek_event()
                if isinstance(parent, MappingNode) and index is None and not isinstance(event, yaml.ScalarEvent):
                    raise _NotExact  # a collection as a key: marks differ at the edges
                if isinstance(parent, (MappingNode, SequenceNode)) and parent.flow_style:
                    # PyYAML ends a plain scalar at '?' inside [ ] and { }, and refuses a mapping as a
                    # flow sequence's item when it starts with '?'; libyaml does neither.
                    if isinstance(event, yaml.ScalarEvent) and not event.style and "?" in event.value:
                        raise _NotExact
                    if isinstance(parent, SequenceNode) and isinstance(event, yaml.MappingStartEvent):
                        raise _NotExact
                return _NoAliases.compose_node(self, parent, index)

        _FAST = _FastLoader
    return _FAST


def read_yaml(path: Path | str, *, text: str | None = None) -> Located:
    """Read one YAML document safely; raise ``AuthoringError`` with located problems."""
    file = str(path)
    if text is None:
        try:  # bounded: a device or a FIFO is refused unread; a bad byte is located at its line:col
            text = decode_text(read_bounded(path, MAX_BYTES), file)
        except InputError as exc:
            raise AuthoringError([Problem(file, exc.line, exc.col, exc.message, exc.code)]) from None
    elif len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise AuthoringError([Problem(file, 1, 1, f"text is over the {MAX_BYTES}-byte limit", "too-big")])
    tab_problems: list[Problem] = []
    while True:
        try:
            doc = _parse(file, text)
        except AuthoringError as exc:
            tab = _tab_line(text, exc.problems[0])
            if tab is None or len(tab_problems) >= 50:
                raise AuthoringError(tab_problems + exc.problems) from None
            # Report the tab, then read on as if it were spaces, to find the file's other problems.
            tab_problems.append(exc.problems[0])
            text = _realign(text, tab)
            continue
        if tab_problems:
            doc.pending = tab_problems
        return doc


def _realign(text: str, line: int) -> str:
    """Indent a tab-indented line like the line above it (one level deeper after a ``key:``)."""
    lines = text.split("\n")
    above = next((x for x in reversed(lines[: line - 1]) if x.strip() and not x.lstrip().startswith("#")), "")
    indent = len(above) - len(above.lstrip(" "))
    if above.rstrip().endswith(":"):
        indent += 2
    lines[line - 1] = " " * indent + lines[line - 1].lstrip(" \t")
    return "\n".join(lines)


def _tab_line(text: str, problem: Problem) -> int | None:
    if problem.code != "yaml-tab":
        return None
    return problem.line


def _parse(file: str, text: str) -> Located:
    fast = _fast_loader() if _fast_is_exact(text) else None
    if fast is not None:
        try:
            return _parse_with(fast, file, text)
        except (AuthoringError, yaml.YAMLError, _NotExact):
            pass  # read it again the reference way, for the exact same problems and messages
    return _parse_with(_NoAliasLoader, file, text)


_EXPLICIT_KEY = re.compile(r"(?:^|[\[{,])[ ]*\?(?:[ \n]|$)", re.MULTILINE)


def _fast_is_exact(text: str) -> bool:
    """Whether libyaml reads ``text`` exactly as PyYAML does. It is laxer with tabs and with explicit
    keys (``? a``), and counts columns differently after a byte-order mark, so those texts take the
    reference path (the fast loader also refuses the flow-collection cases it cannot see here)."""
    return "\t" not in text and "\ufeff" not in text and _EXPLICIT_KEY.search(text) is None


def _parse_with(loader_class: type[Any], file: str, text: str) -> Located:
    loader = None
    try:
        loader = loader_class(text)  # inside the try: the reader refuses control characters at once
        node = loader.get_single_node()
        if node is None:
            raise AuthoringError([Problem(file, 1, 1, "the file is empty", "empty")])
        builder = _Builder(file, loader, text)
        builder.out.data = builder.build(node, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message, code = _yaml_message(exc, text, line, col)
        raise AuthoringError([Problem(file, line, col, message, code)]) from None
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a character"
        message = f"control character {what} is not allowed"
        raise AuthoringError([Problem(file, line, col, message, "yaml-char")]) from None
    except yaml.YAMLError as exc:
        raise AuthoringError([Problem(file, 1, 1, f"YAML error: {exc}", "yaml-syntax")]) from None
    except RecursionError:
        raise AuthoringError([Problem(file, 1, 1, f"nested more than {MAX_DEPTH} levels deep", "yaml-depth")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if builder.problems:
        raise AuthoringError(builder.problems)
    return builder.out


def _line_col(text: str, position: int) -> tuple[int, int]:
    """Line and column (from 1) of character ``position``, counting lines as YAML does."""
    before = text[:position]
    starts = [before.rfind(b) for b in ("\n", "\r", "\x85", "\u2028", "\u2029")]
    breaks = sum(before.count(b) for b in ("\n", "\x85", "\u2028", "\u2029"))
    line = 1 + breaks + before.count("\r") - before.count("\r\n")
    return line, position - max(starts)


def _yaml_message(exc: yaml.MarkedYAMLError, text: str, line: int, col: int) -> tuple[str, str]:
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    problem = exc.problem or "invalid YAML"
    if problem.startswith(("aliases (", "anchors (")):
        return problem, "yaml-alias"
    if "\t" in source[: len(source) - len(source.lstrip())]:
        return "a tab is used for indentation; YAML needs spaces", "yaml-tab"
    context_line = exc.context_mark.line + 1 if exc.context_mark else None
    worded = yaml_message(problem, exc.context, lines, line, col, context_line)
    if worded:
        return worded
    if exc.context and exc.context not in problem:
        return f"{problem} ({exc.context})", "yaml-syntax"
    return problem, "yaml-syntax"
