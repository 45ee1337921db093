"""The app's own settings in ``config.yaml`` (its ``app:`` section), with flags > environment > file.

The file is the one ``cmsim.paths.config_file()`` locates, shared with the judge (``judge:``) and the
store (``store:``); each reads its own section and this module rewrites only ``app:``::

    app:
      lang: fr            # fr | en (default: from the locale)
      name: Camille       # whose progress the app keeps
      theme: light        # dark (default) | light
      keymap:             # binding id -> keys, as with --keymap FILE
        submit: ctrl+j

Environment: ``CMSIM_LANG``, ``CMSIM_NAME``, ``CMSIM_THEME``. A bad value is a ``ConfigError`` located
at file:line:col.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic import Field as PydField

from cmsim import paths
from cmsim.authoring.problems import AuthoringError, ConfigError, Problem
from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import read_yaml

Lang = Literal["fr", "en"]
Theme = Literal["dark", "light"]
ENV = {"lang": "CMSIM_LANG", "name": "CMSIM_NAME", "theme": "CMSIM_THEME"}


class AppSettings(BaseModel):
    """What the terminal app remembers between runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: Lang | None = PydField(None, description="Language of the app; from the locale when unset.")
    name: str | None = PydField(None, min_length=1, max_length=80, description="Whose progress the app keeps.")
    theme: Theme = "dark"
    keymap: dict[str, str] = PydField(default_factory=dict, description="Binding id -> keys, e.g. submit: ctrl+j.")


class _ConfigFile(BaseModel):
    """The config file as the app sees it: its own section, the others left to their owners."""

    model_config = ConfigDict(extra="ignore")

    app: AppSettings = AppSettings()


def file_settings(path: Path | None = None) -> AppSettings:
    """The ``app:`` section of the config file (defaults when the file or the section is missing)."""
    path = path or paths.config_file()
    if not path.is_file():
        return AppSettings()
    try:
        doc = read_yaml(path)
        if doc.data is None:
            return AppSettings()
        return to_model(doc, _ConfigFile).app
    except AuthoringError as exc:
        raise ConfigError(exc.problems) from None


def load_settings(
    flags: Mapping[str, object | None] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> AppSettings:
    """Flags (those not None) over ``CMSIM_LANG``/``CMSIM_NAME``/``CMSIM_THEME`` over the file."""
    env = os.environ if env is None else env
    path = path or paths.config_file()
    layered: dict[str, object] = file_settings(path).model_dump()
    sources: dict[str, str] = {}
    for key, var in ENV.items():
        if env.get(var, "").strip():
            layered[key] = env[var].strip()
            sources[key] = var
    for key, value in (flags or {}).items():
        if value is not None:
            layered[key] = value
            sources[key] = f"--{key}"
    try:
        return AppSettings.model_validate(layered)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            key = str(error["loc"][0]) if error["loc"] else ""
            source = sources.get(key)
            where = f"${source}" if source and not source.startswith("--") else (source or str(path))
            said = f"{source.lstrip('-')}={layered.get(key)!r}" if source else f"app.{key}"
            problems.append(Problem(where, 1, 1, f"{said}: {error['msg']}", "app-setting"))
        raise ConfigError(problems) from None


def save_setting(key: str, value: object, path: Path | None = None) -> Path:
    """Set ``app.<key>`` in the config file, keeping every other section, atomically (a temporary file
    in the same folder, then a rename). Raise ``ConfigError`` rather than overwrite a file it cannot read."""
    if key not in AppSettings.model_fields:
        raise ValueError(f"unknown app setting {key!r}")
    path = path or paths.config_file()
    import yaml

    data: dict[str, object] = {}
    if path.is_file():
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            reason = f"cannot read the config file ({type(exc).__name__})"
            raise ConfigError([Problem(str(path), 1, 1, reason, "config-unreadable")]) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError([Problem(str(path), 1, 1, "the file must be a mapping of sections", "not-a-mapping")])
        data = loaded or {}
    section = data.get("app")
    app = dict(section) if isinstance(section, dict) else {}
    app[key] = value
    AppSettings.model_validate(app)  # never write a value the next start would refuse
    data["app"] = app
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    fd, tmp = tempfile.mkstemp(prefix=".config.", suffix=".yaml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
