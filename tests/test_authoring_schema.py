"""The published JSON Schemas: in step with the models, closed, and accepting every library file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from authoring_kit import MINI

from cmsim.authoring.schema import MODELS, file_name, json_schema, render, write_schemas
from cmsim.cli import main
from cmsim.paths import scenarios_dir, schema_dir


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_committed_schema_matches_the_models(kind: str) -> None:
    committed = (schema_dir() / file_name(kind)).read_text(encoding="utf-8")
    assert committed == render(kind), "schema drift: run 'cmsim schema --write' and commit schema/"


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_schema_header_and_closed_objects(kind: str) -> None:
    schema = json_schema(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:cmsim:schema:{kind}:1"
    assert schema["title"].startswith(f"cmsim {kind}")
    jsonschema.Draft202012Validator.check_schema(schema)
    models = [schema, *schema.get("$defs", {}).values()]
    assert all(m["additionalProperties"] is False for m in models if "properties" in m)


def test_every_library_scenario_passes_the_schema() -> None:
    validators = {kind: jsonschema.Draft202012Validator(json_schema(kind)) for kind in ("scenario", "crisis")}
    files = sorted(scenarios_dir().rglob("*.yaml"))
    assert files
    for file in files:
        data = yaml.safe_load(file.read_text("utf-8"))
        validator = validators["crisis" if data.get("kind") == "crisis" else "scenario"]
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], file


def test_schema_accepts_the_next_shortcut_and_rejects_unknown_keys() -> None:
    validator = jsonschema.Draft202012Validator(json_schema("scenario"))
    data: dict[str, Any] = yaml.safe_load(MINI)
    data["steps"][0]["next"] = "bad"
    assert list(validator.iter_errors(data)) == []
    data["steps"][0]["titel"] = "typo"
    assert [e.validator for e in validator.iter_errors(data)] == ["additionalProperties"]


def test_schema_command_prints_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == render("scenario")
    assert main(["schema", "rubric"]) == 0
    assert capsys.readouterr().out == render("rubric")
    written = write_schemas(tmp_path)
    assert [p.name for p in written] == [
        "scenario.schema.json", "rubric.schema.json", "answers.schema.json", "crisis.schema.json"
    ]
    assert written[1].read_text(encoding="utf-8") == render("rubric")
