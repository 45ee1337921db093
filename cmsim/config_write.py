"""Writing one setting back into ``config.yaml``, as a person would edit it.

Only the setting's own value changes: the other sections, the order of keys, blank lines and the
user's comments stay where they were. The new text is checked by reading it back (it must hold the
same data with the one value changed); when an unusual layout defeats the edit (a whole file in flow
style…), the file is written out plainly instead, comments lost but data kept. The file is replaced
atomically (a temporary file in the same folder, then a rename): a crash leaves the old file or the
new one, never half of one.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cmsim import paths
from cmsim.authoring.problems import ConfigError, Problem
from cmsim.config import SECTIONS

_NULL = "tag:yaml.org,2002:null"


def save(section: str, key: str, value: object, path: Path | None = None) -> Path:
    """Set ``<section>.<key>`` in the config file, keeping everything else; raise ``ConfigError``
    rather than overwrite a file it cannot read, and ``ValueError`` for a key no section has. The
    value is validated first: nothing is written that the next start would refuse."""
    model = SECTIONS.get(section)
    if model is None or key not in model.model_fields:
        raise ValueError(f"unknown setting {section}.{key}")
    path = path or paths.config_file()
    text = ""
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _unreadable(path, exc) from None
    model.model_validate({key: value})  # the rest of the file is the reader's to judge, at its line
    data = _data(path, text)
    own = data.get(section)
    data[section] = {**(own if isinstance(own, dict) else {}), key: value}
    _replace(path, edit(text, section, key, value, data))
    return path


def edit(text: str, section: str, key: str, value: object, expected: dict[str, Any]) -> str:
    """``text`` with ``section.key`` set to ``value``; ``expected`` is the data it must then hold."""
    try:
        edited = _edited(text, section, key, value)
        if edited is not None and yaml.safe_load(edited) == expected:
            return edited
    except yaml.YAMLError:
        pass
    return yaml.safe_dump(expected, allow_unicode=True, sort_keys=False)


def _data(path: Path, text: str) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(text) if text else None
    except yaml.YAMLError as exc:
        raise _unreadable(path, exc) from None
    if loaded is not None and not isinstance(loaded, dict):
        raise ConfigError([Problem(str(path), 1, 1, "the file must be a mapping of sections", "not-a-mapping")])
    return loaded or {}


def _unreadable(path: Path, exc: Exception) -> ConfigError:
    reason = f"cannot read the config file ({type(exc).__name__})"
    return ConfigError([Problem(str(path), 1, 1, reason, "config-unreadable")])


def _edited(text: str, section: str, key: str, value: object) -> str | None:
    """The text edited in place, or None when its layout is one this does not edit."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        return _append(text, f"{section}:\n  {key}: {_flow(value)}\n")
    if not isinstance(root, MappingNode) or root.flow_style:
        return None
    found = _lookup(root, section)
    if found is None:
        return _append(text, f"{section}:\n  {key}: {_flow(value)}\n")
    name, body = found
    if isinstance(body, ScalarNode) and body.tag == _NULL and body.start_mark.index == body.end_mark.index:
        return _insert_line(text, name.end_mark.index, name.start_mark.column + 2, key, value)
    if not isinstance(body, MappingNode):
        return _splice(text, body.start_mark.index, body.end_mark.index, _flow({key: value}))
    if body.flow_style:
        current = yaml.safe_load(text[body.start_mark.index : body.end_mark.index]) or {}
        return _splice(text, body.start_mark.index, body.end_mark.index, _flow({**current, key: value}))
    slot = _lookup(body, key)
    if slot is None:
        return _insert_line(text, _last_end(body), body.value[0][0].start_mark.column, key, value)
    old_key, old = slot
    if isinstance(old, ScalarNode):
        start, end = old.start_mark.index, old.end_mark.index
        if old.style in ("|", ">"):  # a block text runs to its last line's end: keep that line break
            return _splice(text, start, end, _flow(value) + "\n")
        return _splice(text, start, end, (" " if text[start - 1 : start] == ":" else "") + _flow(value))
    if isinstance(old, (MappingNode, SequenceNode)) and old.flow_style:
        return _splice(text, old.start_mark.index, old.end_mark.index, _flow(value))
    return _splice(text, old_key.end_mark.index, _last_end(old), ": " + _flow(value))


def _lookup(mapping: MappingNode, name: str) -> tuple[Node, Node] | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == name:
            return key_node, value_node
    return None


def _last_end(node: Node) -> int:
    """Where the last value inside ``node`` ends (a block collection's own end runs on past comments)."""
    if isinstance(node, MappingNode) and node.value:
        return _last_end(node.value[-1][1])
    if isinstance(node, SequenceNode) and node.value:
        return _last_end(node.value[-1])
    return int(node.end_mark.index)


def _insert_line(text: str, after: int, indent: int, key: str, value: object) -> str:
    """A ``key: value`` line at ``indent``, after the line holding position ``after``."""
    if text[after - 1 : after] == "\n":
        at = after
    else:
        newline = text.find("\n", after)
        if newline < 0:
            text, newline = text + "\n", len(text)
        at = newline + 1
    return text[:at] + f"{' ' * indent}{key}: {_flow(value)}\n" + text[at:]


def _append(text: str, block: str) -> str:
    return text + ("\n" if text and not text.endswith("\n") else "") + block


def _splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _flow(value: object) -> str:
    """``value`` as YAML on one line: quoted when it must be (``'off'``), ``{a: b}`` for a mapping."""
    dumped = yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, sort_keys=False, width=2**31)
    return dumped.strip()[1:-1]


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, keeping the file's permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else None
    fd, tmp = tempfile.mkstemp(prefix=".config.", suffix=".yaml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
