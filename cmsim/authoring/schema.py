"""JSON Schemas of the YAML formats, generated from the models, so editors can check files as
authors type (``# yaml-language-server: $schema=…`` at the top of each file)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, RootModel
from pydantic import Field as PydField

from cmsim.model.base import Slug, Text
from cmsim.model.crisis import CrisisScenario
from cmsim.model.rubric import Rubric
from cmsim.model.scenario import Scenario
from cmsim.paths import schema_dir

AnswerValue = Text | dict[Slug, Text | None]


class AnswersFile(RootModel[dict[Slug, AnswerValue]]):
    """An answers file for ``cmsim play``: step id → a text, field id → text, or ``{option: id}``."""

    root: dict[Slug, AnswerValue] = PydField(
        description="Step id → the answer: a text, a mapping of field id to text, or {option: id}."
    )


DIALECT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "scenario": (Scenario, "cmsim scenario (format 1)"),
    "rubric": (Rubric, "cmsim rubric (format 1)"),
    "answers": (AnswersFile, "cmsim answers file (for cmsim play)"),
    "crisis": (CrisisScenario, "cmsim crisis scenario (format 1)"),
}


def file_name(kind: str) -> str:
    """File name of a format's schema, e.g. ``scenario.schema.json``."""
    return f"{kind}.schema.json"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of ``kind`` (scenario or rubric), ready to publish."""
    model, title = MODELS[kind]
    body = model.model_json_schema()
    _close_objects(body)
    if kind == "scenario":
        # ``next: ending-id`` is a shortcut for ``next: [{goto: ending-id}]`` (see Step._goto_shortcut).
        step = body["$defs"]["Step"]["properties"]
        step["next"] = {"anyOf": [{"type": "string", "description": "Shortcut for [{goto: …}]."}, step["next"]]}
    if kind == "crisis":
        # ``do: reply`` and ``unless: reply`` are shortcuts for one-item lists (see their validators).
        for model_name, key in (("Expectation", "do"), ("Trigger", "unless")):
            props = body["$defs"][model_name]["properties"]
            props[key] = {"anyOf": [{"type": "string", "description": "Shortcut for a one-item list."}, props[key]]}
    return {"$schema": DIALECT, "$id": f"urn:cmsim:schema:{kind}:1", **body, "title": title}


def schema_ref(kind: str, written_at: Path) -> str:
    """How a file written at ``written_at`` names the schema of ``kind`` in its ``$schema`` line so
    that the reference resolves from there: the nearest ``schema/`` folder above it that holds the
    schema (a checkout of the library), else the schemas cmsim ships with."""
    folder = written_at.resolve().parent
    near = (d / "schema" / file_name(kind) for d in (folder, *folder.parents))
    target = next((file for file in near if file.is_file()), schema_dir() / file_name(kind))
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive: no relative path exists
        return target.as_uri()


def render(kind: str) -> str:
    """The schema of ``kind`` as the JSON text committed under ``schema/``."""
    return json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path | None = None) -> list[Path]:
    """Write every schema into ``folder`` (the published ``schema/`` by default); the paths written."""
    folder = folder or schema_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in MODELS:
        path = folder / file_name(kind)
        path.write_text(render(kind), encoding="utf-8")
        written.append(path)
    return written


def _close_objects(node: Any) -> None:
    """``additionalProperties: false`` on every object with declared properties (models forbid extras)."""
    if isinstance(node, dict):
        if "properties" in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close_objects(value)
    elif isinstance(node, list):
        for value in node:
            _close_objects(value)
