"""The judge's view of the settings (flags > env > file), read by ``cmsim.config`` from the config
file's ``judge:`` section (documented in docs/config.md and docs/judge.md).

The judge is off unless a command is asked for it (``--scorer hybrid|llm``), or ``CMSIM_JUDGE`` or
the file's ``judge.mode`` switch it on for every command and the TUI. Environment: ``CMSIM_JUDGE``,
``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``CMSIM_JUDGE_MODEL``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cmsim import config
from cmsim.authoring.problems import ConfigError, Problem
from cmsim.config import DEFAULT_MODEL, JudgeMode, JudgeSettings
from cmsim.paths import cache_dir, config_file

__all__ = [
    "DEFAULT_MODEL", "MODE_ENV", "JudgeMode", "JudgeSettings", "cache_dir", "check_reachable", "config_file",
    "file_settings", "judge_mode", "load_settings",
]

MODE_ENV = config.ENV["judge", "mode"]


def file_settings(path: Path | None = None) -> JudgeSettings:
    """The ``judge:`` section of the config file (defaults when the file does not exist)."""
    return config.read_config(path).judge


def load_settings(
    *,
    model: str | None = None,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> JudgeSettings:
    """Settings with flags over environment over config file; raise ``ConfigError`` on a bad value."""
    return config.judge_settings({"model": model or None, "base_url": base_url or None}, env=env, path=path)


def judge_mode(*, env: Mapping[str, str] | None = None, path: Path | None = None) -> JudgeMode:
    """The judge mode commands use when no flag names a scorer: ``CMSIM_JUDGE`` over the config
    file's ``judge.mode``, ``off`` when neither says. Raise ``ConfigError`` on a bad value."""
    return config.judge_settings(env=env, path=path).mode


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
