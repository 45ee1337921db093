"""Turn located YAML data into a pydantic model, translating every error to file:line:col."""

from __future__ import annotations

import copy
import re
import types
import typing
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.wording import choice_message, did_you_mean, pattern_message, suggest, text_expected
from cmsim.authoring.yamlsource import Located, PathKey

M = TypeVar("M", bound=BaseModel)
_ABSORBED = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<name>[a-z_]+):(?:\s|$)")


def to_model(doc: Located, model: type[M]) -> M:
    """Validate ``doc`` as ``model``; raise ``AuthoringError`` listing every problem, located."""
    if not isinstance(doc.data, dict):
        raise AuthoringError(
            [*doc.pending, doc.problem((), "the file must be a mapping of keys to values", "not-a-mapping")]
        )
    try:
        result = model.model_validate(doc.data)
    except ValidationError as exc:
        raise AuthoringError(doc.pending + _with_absorbed(doc, model, _problems(doc, model, exc))) from None
    if doc.pending:
        raise AuthoringError(doc.pending)
    return result


def _problems(doc: Located, model: type[BaseModel], exc: ValidationError) -> list[Problem]:
    seen: dict[tuple[PathKey, str], Problem] = {}
    suggested: set[tuple[PathKey, str]] = set()  # (mapping, key) a "did you mean" names
    for err in exc.errors(include_url=False):
        path = _data_path(doc.data, err["loc"])
        kind = err["type"]
        slot = ""
        if kind == "extra_forbidden":
            key = str(path[-1])
            allowed = _fields_at(model, path[:-1], doc.data)
            close = suggest(key, allowed)
            message = f"unknown key '{key}'" + did_you_mean(key, allowed)
            if allowed and not close:
                message += f"; allowed here: {', '.join(allowed)}"
            if close:
                suggested.add((path[:-1], close))
            problem = doc.problem(path, message, "unknown-key", key=True)
        elif kind == "missing":
            name = str(err["loc"][-1])
            path = path[:-1] if path and path[-1] == name else path
            slot = f"missing:{name}"  # every missing key of a mapping, not just the first
            problem = doc.problem(path, f"missing key '{name}'", "missing-key")
        elif kind in ("string_type", "literal_error", "enum") and path in doc.coerced:
            raw = doc.coerced[path]
            problem = doc.problem(
                path,
                f"YAML reads {raw} as {_yaml_kind(doc, path)}, not text; put it in quotes: \"{raw}\""
                + (f" ({err['msg'].lower()})" if kind != "string_type" else ""),
                "yaml-coercion",
            )
        else:
            message = _worded(doc, path, err) or err["msg"].removeprefix("Value error, ")
            path, message = _inner(doc.data, path, message)
            where = _dotted(path)
            problem = doc.problem(path, f"{where}: {message}" if where else message, kind)
        # A union reports once per member: keep the first message per place.
        seen.setdefault((path, slot or problem.code), problem)
    # A typo'd key is one mistake: its "did you mean 'x'?" already says that 'x' is missing.
    for path, name in suggested:
        seen.pop((path, f"missing:{name}"), None)
    # "Should be a string" on a list is a union member's complaint when a deeper error says what is
    # wrong inside the list: keep the deeper, more precise one.
    deeper = {where[:n] for where, _ in seen for n in range(len(where))}
    return [p for (where, slot), p in seen.items() if not (slot.endswith("_type") and where in deeper)]


def absorbed(doc: Located, model: type[BaseModel], *, warning: bool = False) -> list[Problem]:
    """Keys swallowed by a '>' or '|' text above them: a ``qualities:`` indented like the prompt's
    text is read as words of the prompt. Each is located where it happened, not at its mapping."""
    out = []
    for path, (indicator, lines) in doc.blocks.items():
        parent_path, key = path[:-1], path[-1]
        parent: Any = doc.data
        for part in parent_path:
            parent = parent[part]
        fields = _fields_at(model, parent_path)
        if not isinstance(parent, dict) or not fields:
            continue
        for offset, raw in enumerate(lines):
            match = _ABSORBED.match(raw)
            if match and match["name"] in fields and match["name"] not in parent and match["name"] != key:
                name = match["name"]
                message = (
                    f"'{name}:' is indented like the text of '{key}' above it, so YAML reads it as words of that "
                    f"text: move it left to line up with '{key}:'"
                )
                line, col = indicator + 1 + offset, len(match["indent"]) + 1
                out.append(Problem(doc.file, line, col, message, "absorbed-key", "warning" if warning else "error"))
    return out


def _with_absorbed(doc: Located, model: type[BaseModel], problems: list[Problem]) -> list[Problem]:
    """``problems`` plus absorbed keys, without the complaints they cause at their mapping (a step
    'missing' the qualities that were swallowed by its prompt)."""
    found = absorbed(doc, model)
    if not found:
        return problems
    consequences = set()
    for problem in found:
        name = problem.message.split("'")[1].rstrip(":")
        for path in doc.blocks:
            consequences.add((doc.where(path[:-1]), name))
    kept = [
        p
        for p in problems
        if not (p.code in ("missing-key", "value_error") and any(
            (p.line, p.col) == where and f"'{name}'" in p.message for where, name in consequences
        ))
    ]
    return kept + found


_INNER = re.compile(r"^(?P<path>[a-z_]+(?:\[\d+\])*(?:\.[a-z_]+(?:\[\d+\])*)*): ")
_PART = re.compile(r"[a-z_]+|\[\d+\]")


def _inner(data: Any, path: PathKey, message: str) -> tuple[PathKey, str]:
    """A model's check that names the place inside it its message is about ("must[1].quality: …", a checklist item
    whose quality the step does not exercise) is located there, when that place is in the data."""
    match = _INNER.match(message)
    if match is None:
        return path, message
    inner: list[str | int] = [int(p[1:-1]) if p.startswith("[") else p for p in _PART.findall(match["path"])]
    deeper = (*path, *inner)
    if _data_path(data, deeper) != deeper:
        return path, message
    return deeper, message[match.end():]


def _worded(doc: Located, path: PathKey, err: Any) -> str | None:
    """The trainer's words for a pydantic error, when there are better ones than pydantic's."""
    if err["type"] == "string_pattern_mismatch":
        return pattern_message(err.get("input"), _ids_for(doc.data, path))
    if err["type"] == "string_type":
        return text_expected(err.get("input"))
    if err["type"] in ("literal_error", "enum"):
        return choice_message(err.get("input"), str((err.get("ctx") or {}).get("expected", "")))
    return None


def _ids_for(data: Any, path: PathKey) -> list[str]:
    """Ids an id at ``path`` may refer to: steps and endings for a jump, personas for an author."""
    if not isinstance(data, dict) or not path:
        return []

    def ids(key: str) -> list[str]:
        items = data.get(key)
        if not isinstance(items, list):
            return []
        return [str(item["id"]) for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)]

    if path[-1] in ("goto", "start", "step") or path[-2:-1] == ("next",):
        return ids("steps") + ids("endings")
    if path[-1] == "author":
        return [*ids("personas"), "brand"]
    return []


def _yaml_kind(doc: Located, path: PathKey) -> str:
    value: Any = doc.data
    for part in path:
        value = value[part]
    return {bool: "a yes/no boolean", int: "a number", float: "a number"}.get(type(value), "a non-text value")


def _data_path(data: Any, loc: tuple[int | str, ...]) -> PathKey:
    """Follow a pydantic ``loc`` through the data, skipping union tags such as 'str' or 'list[...]'."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and not _looks_like_tag(part):
            path.append(part)  # a missing or unknown key
            break
        else:
            continue
        path.append(part)
    return tuple(path)


def _looks_like_tag(part: str) -> bool:
    return (
        part in {"str", "int", "bool", "float", "none"} or "[" in part or part.startswith(("function-", "constrained-"))
    )


def _fields_at(model: type[BaseModel], path: PathKey, data: Any = None) -> list[str]:
    """Field names of the model reached by following ``path`` from ``model`` (empty if not a model).
    With ``data``, a model whose ``model_for_key(key, data)`` names the model of a key's value (a
    criterion's ``params`` depend on its ``kind``) is followed to that model."""
    current: Any = model
    for part in path:
        chooser = getattr(_unwrap(current, None), "model_for_key", None)
        chosen = chooser(part, data) if chooser is not None and isinstance(part, str) else None
        current = chosen if chosen is not None else _unwrap(current, part)
        data = _step(data, part)
        if current is None:
            return []
    current = _unwrap(current, None)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _step(data: Any, part: str | int) -> Any:
    """``data[part]`` when it exists, else None."""
    if isinstance(data, dict) and part in data:
        return data[part]
    if isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
        return data[part]
    return None


def _unwrap(tp: Any, part: str | int | None) -> Any:
    origin = get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(get_args(tp)[0], part)
    if origin in (Union, types.UnionType):
        for arg in get_args(tp):
            found = _unwrap(arg, part)
            if found is not None:
                return found
        return None
    if part is None:
        return tp
    if isinstance(tp, type) and issubclass(tp, BaseModel) and isinstance(part, str):
        info = tp.model_fields.get(part)
        return info.annotation if info else None
    if origin is list and isinstance(part, int):
        return get_args(tp)[0]
    if origin is dict and isinstance(part, str):
        return get_args(tp)[1]
    return None


def _dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def best_effort(doc: Located, model: type[M], *, rounds: int = 50) -> tuple[M, Located] | None:
    """The model ``doc`` gives once its unknown keys are fixed (renamed to the missing key they are
    closest to, dropped otherwise), with a source that still locates renamed keys; None when other
    problems remain. Lets lint check a file whose only mistakes are typos."""
    if not isinstance(doc.data, dict):
        return None
    data = copy.deepcopy(doc.data)
    fixed = Located(doc.file, data, dict(doc.values), dict(doc.keys), dict(doc.coerced))
    for _ in range(rounds):
        try:
            return model.model_validate(data), fixed
        except ValidationError as exc:
            unknown = [_data_path(data, e["loc"]) for e in exc.errors() if e["type"] == "extra_forbidden"]
        if not unknown:
            return None
        for path in unknown:
            parent: Any = data
            for part in path[:-1]:
                parent = parent[part]
            key = path[-1]
            if not isinstance(parent, dict) or key not in parent:
                return None
            close = suggest(str(key), _fields_at(model, path[:-1], data))
            value = parent.pop(key)
            if close and close not in parent:
                parent[close] = value
                _move(fixed, path, (*path[:-1], close))
    return None


def _move(doc: Located, old: PathKey, new: PathKey) -> None:
    """Make positions recorded under ``old`` answer for ``new`` too."""
    n = len(old)
    for table in (doc.values, doc.keys):
        for path, pos in list(table.items()):
            if path[:n] == old:
                table[new + path[n:]] = pos
