"""The one module that talks to an OpenAI-compatible endpoint (``openai`` is imported lazily, here only).

Requests run at temperature 0 with a seed, ask for structured output (``response_format``
json_schema) until the endpoint refuses it, and are retried on timeouts, connection errors, 429 and
5xx with bounded exponential backoff and jitter. ``timeout`` is the budget of one answer, retries and
waits included: a person waiting on a slow endpoint waits that long at most, never tries × timeout.
Anything that still fails raises :class:`JudgeUnavailable` with a reason a person can read.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from cmsim.scoring.judge.config import JudgeSettings
from cmsim.scoring.judge.verdict import response_format

if TYPE_CHECKING:
    from openai import APIStatusError, AsyncOpenAI

Sleep = Callable[[float], Awaitable[None]]


class JudgeUnavailable(Exception):
    """The endpoint gave no usable answer; ``reason`` says why (shown to the trainee)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class JudgeClient:
    """Sends verdict requests to one endpoint; remembers whether it supports structured output."""

    def __init__(self, settings: JudgeSettings, *, sleep: Sleep = asyncio.sleep, rng: random.Random | None = None):
        self.settings = settings
        self.structured = True
        self._sleep = sleep
        self._rng = rng or random.Random()

    def connect(self) -> AsyncOpenAI:
        """A new async API client for the current event loop (close it with ``await api.close()``)."""
        from openai import AsyncOpenAI

        return AsyncOpenAI(
            api_key=self.settings.api_key or "no-key",
            base_url=self.settings.base_url,
            timeout=self.settings.timeout,
            max_retries=0,
        )

    async def complete(self, api: AsyncOpenAI, messages: list[dict[str, str]], criterion_ids: Sequence[str]) -> str:
        """The judge's answer (text) to ``messages``, retried as needed; raise :class:`JudgeUnavailable`."""
        import openai

        last = "no answer"
        attempt = 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.timeout
        late = f"no answer within {self.settings.timeout:g} s"
        while attempt <= self.settings.retries:
            remaining = deadline - loop.time()
            if remaining <= 0:
                last = late
                break
            try:
                return await asyncio.wait_for(self._ask(api, messages, criterion_ids, remaining), remaining)
            except openai.APIStatusError as exc:
                if exc.status_code in (400, 422) and self.structured:
                    self.structured = False  # the endpoint may not know response_format: ask in free text
                    continue
                if exc.status_code != 429 and exc.status_code < 500:
                    raise JudgeUnavailable(f"the endpoint refused the request (HTTP {exc.status_code})") from None
                last = f"HTTP {exc.status_code}"
                delay = self._delay(attempt, _retry_after(exc))
            except (openai.APITimeoutError, TimeoutError):
                last = late
                delay = self._delay(attempt, None)
            except openai.APIConnectionError:
                last = "cannot connect to the endpoint"
                delay = self._delay(attempt, None)
            except (openai.OpenAIError, ValueError, TypeError, AttributeError, LookupError) as exc:
                # Not an OpenAI-shaped answer (a proxy's error page, a truncated body…): asking again won't help.
                raise JudgeUnavailable(f"unexpected answer from the endpoint ({type(exc).__name__})") from None
            attempt += 1
            if attempt <= self.settings.retries:
                if loop.time() + delay >= deadline:
                    break  # no time left for another try within the budget
                await self._sleep(delay)
        tries = max(1, attempt)
        raise JudgeUnavailable(f"{last} (after {tries} {'try' if tries == 1 else 'tries'})")

    async def _ask(
        self, api: AsyncOpenAI, messages: list[dict[str, str]], criterion_ids: Sequence[str], timeout: float
    ) -> str:
        extra: dict[str, Any] = {"response_format": response_format(criterion_ids)} if self.structured else {}
        response = await api.chat.completions.create(
            model=self.settings.model,
            messages=messages,  # type: ignore[arg-type]
            temperature=0,
            seed=self.settings.seed,
            timeout=timeout,
            **extra,
        )
        if not response.choices:
            return ""
        return response.choices[0].message.content or ""

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff with jitter (half to all of the step), at least ``Retry-After``, bounded."""
        step = min(self.settings.max_backoff, self.settings.backoff * 2**attempt)
        delay = self._rng.uniform(step / 2, step)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.settings.max_backoff)


def _retry_after(exc: APIStatusError) -> float | None:
    """The ``Retry-After`` header in seconds, when the endpoint sent a number."""
    value = exc.response.headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
