"""The user's ``config.yaml``: one reader for all of it, and every setting as flag > environment > file.

The file (``cmsim.paths.config_file()``: ``$CMSIM_HOME/config.yaml`` when set, else the user config
folder) holds three sections, each a typed model; the whole file is read and validated once, with the
author's located reader, so a bad value or an unknown key is one ``file:line:col`` line (with "did you
mean" for a misspelt key), never a traceback and never a silently ignored key::

    app:                    # the terminal app (written back by its settings panel and ctrl+t)
      lang: fr              # --lang, CMSIM_LANG
      name: Camille         # --name, CMSIM_NAME
      theme: light          # --theme, CMSIM_THEME
      keymap: {submit: ctrl+j}   # --keymap FILE, CMSIM_KEYMAP=FILE
    judge:                  # the optional LLM judge
      mode: hybrid          # --scorer, CMSIM_JUDGE
      model: gpt-4o-mini    # --judge-model, CMSIM_JUDGE_MODEL
      base_url: http://127.0.0.1:8000/v1   # --judge-base-url, OPENAI_BASE_URL
    store:
      db: ~/cmsim.db        # --db, CMSIM_DB (a file or a postgresql:// URL)

Layer: just above ``cmsim.authoring`` (whose located YAML reader it uses) and below everything that
has settings: the judge (scoring), the store's location and the app's settings (session) read it here.
The store imports it only when it locates its database, so loading the store never loads YAML.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from pydantic import Field as PydField

from cmsim import paths
from cmsim.authoring.problems import AuthoringError, ConfigError, Problem
from cmsim.authoring.validate import to_model
from cmsim.authoring.wording import choice_message
from cmsim.authoring.yamlsource import MAX_BYTES, Located, read_yaml
from cmsim.inputs import InputError, decode_text, read_bounded

Lang = Literal["fr", "en"]
Theme = Literal["dark", "light"]
JudgeMode = Literal["off", "hybrid", "llm"]
DEFAULT_MODEL = "gpt-4o-mini"


class AppSettings(BaseModel):
    """What the terminal app remembers between runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: Lang | None = PydField(None, description="Language of the app; from the locale when unset.")
    name: str | None = PydField(None, min_length=1, max_length=80, description="Whose progress the app keeps.")
    theme: Theme = "dark"
    keymap: dict[str, str] = PydField(default_factory=dict, description="Binding id -> keys, e.g. submit: ctrl+j.")


class JudgeSettings(BaseModel):
    """Everything the judge needs to reach its endpoint and behave."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: JudgeMode = PydField("off", description="Whether commands and the TUI use the judge by default.")
    model: str = PydField(DEFAULT_MODEL, min_length=1)
    base_url: str | None = PydField(None, description="An OpenAI-compatible endpoint; OpenAI's when unset.")
    api_key: str | None = PydField(None, repr=False, description="Better kept in OPENAI_API_KEY.")
    timeout: float = PydField(
        20.0, gt=0, le=600, description="Seconds one answer may wait for the judge in all, retries and waits included."
    )
    retries: int = PydField(3, ge=0, le=10)
    backoff: float = PydField(0.5, ge=0, le=30, description="First retry delay in seconds, doubled each try.")
    max_backoff: float = PydField(8.0, ge=0, le=120)
    concurrency: int = PydField(16, ge=1, le=256)
    seed: int = 7

    @field_validator("mode", mode="before")
    @classmethod
    def _plain_off(cls, value: object) -> object:
        """``mode: off`` unquoted is YAML 1.1's ``false``: read it as the ``off`` it says (any case)."""
        return "off" if value is False else value.strip().lower() if isinstance(value, str) else value

    @property
    def endpoint(self) -> str:
        """The base URL as recorded in cache keys ("openai" for OpenAI's default endpoint)."""
        return (self.base_url or "openai").rstrip("/")


class StoreSettings(BaseModel):
    """Where the sessions are kept."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    db: str | None = PydField(None, description="A database file or a postgresql:// URL.")

    @field_validator("db", mode="before")
    @classmethod
    def _a_target(cls, value: object) -> object:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be a database file or a postgresql:// URL")
        return value.strip()


class ConfigFile(BaseModel):
    """The whole file: three sections, nothing else."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    app: AppSettings = AppSettings()
    judge: JudgeSettings = JudgeSettings()
    store: StoreSettings = StoreSettings()

    @field_validator("app", "judge", "store", mode="before")
    @classmethod
    def _a_section(cls, value: object) -> object:
        """A section left empty (``app:`` with its settings commented out) keeps every default."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError("a section holds its settings as 'key: value' lines indented under it")
        return value


SECTIONS: dict[str, type[BaseModel]] = {"app": AppSettings, "judge": JudgeSettings, "store": StoreSettings}
SOURCES: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("app", "lang"): ("--lang", "CMSIM_LANG"),
    ("app", "name"): ("--name", "CMSIM_NAME"),
    ("app", "theme"): ("--theme", "CMSIM_THEME"),
    ("app", "keymap"): ("--keymap", "CMSIM_KEYMAP"),
    ("judge", "mode"): ("--scorer", "CMSIM_JUDGE"),
    ("judge", "model"): ("--judge-model", "CMSIM_JUDGE_MODEL"),
    ("judge", "base_url"): ("--judge-base-url", "OPENAI_BASE_URL"),
    ("judge", "api_key"): (None, "OPENAI_API_KEY"),
    ("store", "db"): ("--db", "CMSIM_DB"),
}
"""The flag and the environment variable of each setting that has them (``--keymap`` and
``CMSIM_KEYMAP`` name a keymap file); the other settings are read from the file only."""
ENV = {setting: var for setting, (_, var) in SOURCES.items() if var}
FLAGS = {setting: flag for setting, (flag, _) in SOURCES.items() if flag}
_FILE_VALUED = {"CMSIM_KEYMAP"}

M = TypeVar("M", bound=BaseModel)
_read: dict[tuple[str, str], ConfigFile] = {}


def read_config(path: Path | None = None) -> ConfigFile:
    """The whole config file, validated (defaults when it is missing or empty); ``ConfigError`` with
    every problem located at file:line:col. Parsed once per content, so callers need not keep it."""
    path = path or paths.config_file()
    if not path.is_file():
        return ConfigFile()
    file = str(path)
    try:
        text = decode_text(read_bounded(path, MAX_BYTES), file)
    except InputError as exc:
        raise ConfigError([Problem(file, exc.line, exc.col, exc.message, exc.code)]) from None
    if (file, text) not in _read:
        try:
            doc = read_yaml(path, text=text)
        except AuthoringError as exc:
            if [p.code for p in exc.problems] != ["empty"]:  # nothing but comments: every default
                raise ConfigError(exc.problems) from None
            doc = None
        config = ConfigFile()
        if doc is not None and doc.data is not None:
            try:
                config = to_model(doc, ConfigFile)
            except AuthoringError as exc:
                raise ConfigError([_placed(p, doc) for p in exc.problems]) from None
        if len(_read) > 8:
            _read.clear()
        _read[file, text] = config
    return _read[file, text]


def _placed(problem: Problem, doc: Located) -> Problem:
    """An unknown top-level key that is a setting of a section says which (``theme:`` goes under ``app:``)."""
    if problem.code != "unknown-key":
        return problem
    for section, model in SECTIONS.items():
        for key in model.model_fields:
            if doc.keys.get((key,)) == (problem.line, problem.col):
                return replace(problem, message=f"unknown key '{key}': it is a setting of '{section}:', put it there")
    return problem


def read_keymap(path: str | Path) -> dict[str, str]:
    """Binding id → keys, from a YAML mapping (``--keymap FILE``, ``CMSIM_KEYMAP``); problems located."""
    try:
        doc = read_yaml(path)
    except AuthoringError as exc:
        raise ConfigError(exc.problems) from None
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.problem((), "a keymap maps binding ids to keys, e.g. 'submit: ctrl+j'", "keymap")])
    bad = [k for k, v in doc.data.items() if not isinstance(v, str)]
    if bad:
        raise ConfigError([doc.problem((k,), f"keys for '{k}' must be text, e.g. 'ctrl+j'", "keymap") for k in bad])
    return dict(doc.data)


def app_settings(
    flags: Mapping[str, object | None] | None = None, *, env: Mapping[str, str] | None = None, path: Path | None = None
) -> AppSettings:
    """The app's settings: ``flags`` (those not None) over the environment over ``app:``."""
    return _layered("app", AppSettings, flags, env, path)


def judge_settings(
    flags: Mapping[str, object | None] | None = None, *, env: Mapping[str, str] | None = None, path: Path | None = None
) -> JudgeSettings:
    """The judge's settings: ``flags`` (those not None) over the environment over ``judge:``."""
    return _layered("judge", JudgeSettings, flags, env, path)


def store_settings(
    flags: Mapping[str, object | None] | None = None, *, env: Mapping[str, str] | None = None, path: Path | None = None
) -> StoreSettings:
    """The store's settings: ``flags`` (those not None) over the environment over ``store:``."""
    return _layered("store", StoreSettings, flags, env, path)


def _layered(
    section: str,
    model: type[M],
    flags: Mapping[str, object | None] | None,
    env: Mapping[str, str] | None,
    path: Path | None,
) -> M:
    """One section with flags over environment over file; a bad flag or variable is located at
    ``--flag`` or ``$VARIABLE`` (the file's own values were checked, at their line, when it was read)."""
    env = os.environ if env is None else env
    path = path or paths.config_file()
    layered: dict[str, object] = getattr(read_config(path), section).model_dump()
    sources: dict[str, str] = {}
    for (owner, key), var in ENV.items():
        value = env.get(var, "").strip()
        if owner == section and value:
            layered[key] = read_keymap(value) if var in _FILE_VALUED else value
            sources[key] = f"${var}"
    for key, given in (flags or {}).items():
        if given is not None:
            layered[key] = given
            sources[key] = FLAGS.get((section, key), f"--{key}")
    try:
        return model.model_validate(layered)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            key = str(error["loc"][0]) if error["loc"] else ""
            source = sources.get(key, str(path))
            said = f"{source.lstrip('-$')}={layered.get(key)!r}" if key in sources else f"{section}.{key}"
            why = choice_message(error.get("input"), str((error.get("ctx") or {}).get("expected", "")))
            message = why or error["msg"].removeprefix("Value error, ")
            problems.append(Problem(source, 1, 1, f"{said}: {message}", f"{section}-setting"))
        raise ConfigError(problems) from None
