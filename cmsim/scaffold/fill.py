"""The scaffold's YAML text: a kind's template (``templates/<kind>.yaml.tmpl``) filled with its texts in
one language (``texts/<kind>.<lang>.yaml``), after the language's head (``templates/head.<lang>.yaml.tmpl``).

Templates are ``string.Template`` text whose placeholders receive ready YAML scalars: texts and free
spec values (title, brand…) double-quoted, slugs and choices (id, platform…) and ``bare`` words as is."""

from __future__ import annotations

import json
from pathlib import Path
from string import Template
from typing import Any

import yaml

from cmsim.scaffold.spec import Spec

_HERE = Path(__file__).resolve().parent
SHORT_PLATFORMS = ("x", "tiktok")


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def q_list(values: list[str]) -> str:
    """A YAML flow list of quoted strings."""
    return "[" + ", ".join(q(v) for v in values) + "]"


def texts(kind: str, lang: str) -> dict[str, Any]:
    """The texts file of ``kind`` in ``lang``: ``title``, ``bare``, ``texts`` and, maybe, ``short``."""
    data: dict[str, Any] = yaml.safe_load((_HERE / "texts" / f"{kind}.{lang}.yaml").read_text(encoding="utf-8"))
    return data


def default_title(kind: str, lang: str) -> str:
    """The title offered when the instructor gives none."""
    return str(texts(kind, lang)["title"])


def _template(name: str) -> Template:
    return Template((_HERE / "templates" / name).read_text(encoding="utf-8"))


def render(
    spec: Spec, schema_ref: str = "../../schema/scenario.schema.json", answers_name: str = "answers.yaml"
) -> str:
    """The scaffolded scenario as YAML text, commented for the instructor; its ``$schema`` line says
    ``schema_ref`` and its header names the answers file written beside it."""
    data = texts(spec.kind, spec.lang)
    words = {"brand": spec.brand, "handle": spec.handle, "hashtag": spec.hashtag}
    chosen: dict[str, str | list[str]] = dict(data["texts"])
    if spec.platform in SHORT_PLATFORMS:
        chosen.update(data.get("short", {}))
    values = {
        key: q_list(value) if isinstance(value, list) else q(Template(value).substitute(words))
        for key, value in chosen.items()
    }
    values.update(data["bare"])
    values.update(id=spec.id, pair=spec.pair, kind=spec.kind, difficulty=spec.difficulty, platform=spec.platform)
    values.update(schema_ref=schema_ref, answers_name=answers_name)
    values.update(title=q(spec.title), brand=q(spec.brand), handle=q(spec.handle), hashtag=q(spec.hashtag))
    head = _template(f"head.{spec.lang}.yaml.tmpl").substitute(values)
    return head + _template(f"{spec.kind}.yaml.tmpl").substitute(values)
