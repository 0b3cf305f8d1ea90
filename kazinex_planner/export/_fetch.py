"""One GET, retried by the export itself so that every HTTP attempt is counted.

The transport retries on its own, but it does not say how many attempts a call took,
and an export must report the requests it really used. So each request goes to the
transport with ``max_retries=0`` (exactly one attempt, one rate-limit token) and this
module runs the retry loop with the transport's own :class:`RetryPolicy`, counting each
attempt. Doing the loop here also lets an export be more patient than an interactive
call: a page that fails four times in a row should not throw away an hour's work.

Everything is sent in the limiter's ``bulk`` lane so interactive calls on the same
client go first.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import orjson

from .._core._http import HttpTransport, Request, use_lane
from .._core._retry import FailureKind, RetryPolicy
from ..errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    ResponseValidationError,
)

__all__ = ["EXPORT_MAX_RETRIES", "Fetcher"]

#: Retries per request. At a 15% failure rate the chance that one request fails 9
#: times in a row is 4e-8, so even a million-page export almost never stops on noise.
EXPORT_MAX_RETRIES = 8


class Fetcher:
    """Sends the export's GETs and counts every attempt in :attr:`attempts`."""

    def __init__(
        self,
        transport: HttpTransport,
        *,
        max_retries: int = EXPORT_MAX_RETRIES,
        rng: random.Random | None = None,
    ) -> None:
        self._transport = transport
        self._policy = RetryPolicy(max_retries=max_retries)
        self._rng = rng or random.Random()
        self.attempts = 0
        self.retries = 0

    async def get_json(
        self, operation_id: str, path: str, params: Mapping[str, str]
    ) -> tuple[Any, int]:
        """GET ``path`` and decode the JSON body; returns ``(body, attempts used)``."""
        request = Request(
            operation_id=operation_id,
            method="GET",
            path=path,
            params=dict(params),
            max_retries=0,
            lane="bulk",
        )
        attempt = 0
        while True:
            self.attempts += 1
            try:
                with use_lane("bulk"):
                    response = await self._transport.send(request)
            except RateLimitError as exc:
                if (exc.window or "").lower() == "day":
                    raise  # the day is spent: waiting in here would look like a hang
                decision = self._policy.decide(
                    attempt=attempt,
                    rng=self._rng,
                    replayable=True,
                    status=exc.status,
                    retry_after=exc.retry_after,
                )
                if not decision.should_retry or decision.delay is None:
                    raise
            except APIStatusError as exc:
                decision = self._policy.decide(
                    attempt=attempt, rng=self._rng, replayable=True, status=exc.status
                )
                if not decision.should_retry or decision.delay is None:
                    raise
            except APIConnectionError as exc:
                failure: FailureKind = (
                    "timeout" if isinstance(exc, APITimeoutError) else "connection"
                )
                decision = self._policy.decide(
                    attempt=attempt, rng=self._rng, replayable=True, failure=failure
                )
                if not decision.should_retry or decision.delay is None:
                    raise
            else:
                try:
                    return orjson.loads(response.body), attempt + 1
                except orjson.JSONDecodeError as exc:
                    raise ResponseValidationError(
                        f"response to {path} is not JSON: {exc}",
                        body=response.body,
                        status=response.status,
                        request_id=response.request_id,
                    ) from exc
            attempt += 1
            self.retries += 1
            await self._transport.clock.sleep(decision.delay)
