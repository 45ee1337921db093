"""Judge settings from the config file, the environment and command-line flags (flags > env > file).

The judge is off unless a command is asked for it (``--scorer hybrid|llm``), or
``CMSIM_JUDGE`` or the config file's ``judge.mode`` switch it on for every command and the TUI. How it
reaches its endpoint comes from ``config.yaml`` in the user's config folder (``$CMSIM_HOME`` when set),
of which the judge reads only its ``judge:`` section::

    judge:
      mode: hybrid            # off (default) | hybrid | llm
      model: gpt-4o-mini
      base_url: http://127.0.0.1:8000/v1
      timeout: 20             # seconds per answer in all, retries included
      retries: 3              # after the first try, on timeouts, 429 and 5xx
      concurrency: 16         # requests in flight at once

Environment: ``CMSIM_JUDGE``, ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``CMSIM_JUDGE_MODEL``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, get_args

import platformdirs
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from pydantic import Field as PydField

from cmsim import paths
from cmsim.authoring.problems import AuthoringError, ConfigError, Problem
from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import read_yaml
from cmsim.paths import cmsim_home

DEFAULT_MODEL = "gpt-4o-mini"
MODE_ENV = "CMSIM_JUDGE"
JudgeMode = Literal["off", "hybrid", "llm"]


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
        """``mode: off`` unquoted is YAML 1.1's ``false``: read it as the ``off`` it says."""
        return "off" if value is False else value

    @property
    def endpoint(self) -> str:
        """The base URL as recorded in cache keys ("openai" for OpenAI's default endpoint)."""
        return (self.base_url or "openai").rstrip("/")


class _ConfigFile(BaseModel):
    """The config file: the judge reads its own section and leaves the others to their owners."""

    model_config = ConfigDict(extra="ignore")

    judge: JudgeSettings = JudgeSettings()


def home() -> Path | None:
    """``$CMSIM_HOME`` when set: config and cache then live there (tests, portable installs)."""
    return cmsim_home()


def config_file() -> Path:
    """Where the user's ``config.yaml`` lives (see ``cmsim.paths.config_file``)."""
    return paths.config_file()


def cache_dir() -> Path:
    """Where the judge keeps its verdict cache."""
    root = home()
    return root / "cache" if root else platformdirs.user_cache_path("cmsim")


def file_settings(path: Path | None = None) -> JudgeSettings:
    """The ``judge:`` section of the config file (defaults when the file does not exist)."""
    path = path or config_file()
    if not path.exists():
        return JudgeSettings()
    try:
        doc = read_yaml(path)
        if doc.data is None:
            return JudgeSettings()
        return to_model(doc, _ConfigFile).judge
    except AuthoringError as exc:
        raise ConfigError(exc.problems) from None


def load_settings(
    *,
    model: str | None = None,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> JudgeSettings:
    """Settings with flags over environment over config file; raise ``ConfigError`` on a bad value."""
    env = os.environ if env is None else env
    base = file_settings(path)
    layered: dict[str, object] = base.model_dump()
    for key, value in (
        ("api_key", env.get("OPENAI_API_KEY")),
        ("base_url", env.get("OPENAI_BASE_URL")),
        ("model", env.get("CMSIM_JUDGE_MODEL")),
        ("model", model),
        ("base_url", base_url),
    ):
        if value:
            layered[key] = value
    try:
        return JudgeSettings.model_validate(layered)
    except ValidationError as exc:
        origin = str(path or config_file())
        problems = [
            Problem(origin, 1, 1, f"judge.{'.'.join(map(str, e['loc']))}: {e['msg']}", "judge-config")
            for e in exc.errors(include_url=False)
        ]
        raise ConfigError(problems) from None


def judge_mode(*, env: Mapping[str, str] | None = None, path: Path | None = None) -> JudgeMode:
    """The judge mode commands use when no flag names a scorer: ``CMSIM_JUDGE`` over the config
    file's ``judge.mode``, ``off`` when neither says. Raise ``AuthoringError`` on a bad value."""
    env = os.environ if env is None else env
    value = env.get(MODE_ENV, "").strip().lower()
    if value:
        modes: tuple[JudgeMode, ...] = get_args(JudgeMode)
        for mode in modes:
            if value == mode:
                return mode
        message = f"{MODE_ENV}={value!r}: expected one of {', '.join(modes)}"
        raise ConfigError([Problem(f"${MODE_ENV}", 1, 1, message, "judge-config")])
    return file_settings(path).mode


def check_reachable(settings: JudgeSettings) -> None:
    """Refuse a judge that could never answer: OpenAI's endpoint without a key."""
    if settings.base_url is None and not settings.api_key:
        raise ConfigError(
            [
                Problem(
                    str(config_file()),
                    1,
                    1,
                    "the LLM judge needs OPENAI_API_KEY, or a local endpoint in OPENAI_BASE_URL, --judge-base-url "
                    "or the config file's judge.base_url",
                    "judge-config",
                )
            ]
        )
