"""The export's GETs: every HTTP attempt counted, more patience than interactive calls.

An export must report the requests it really used, retries included, so each request
carries an ``on_attempt`` counter that the transport calls once per attempt. Retries
themselves are the transport's (same policy, same limiter); an export only allows more
of them: a page that fails four times in a row should not throw away an hour's work.
Everything is sent in the limiter's ``bulk`` lane so interactive calls go first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from .._core._http import HttpTransport, Request, use_lane
from ..errors import ResponseValidationError

__all__ = ["EXPORT_MAX_RETRIES", "Fetcher"]

#: Retries per request. At a 15% failure rate the chance that one request fails 9
#: times in a row is 4e-8, so even a million-page export almost never stops on noise.
EXPORT_MAX_RETRIES = 8


class Fetcher:
    """Sends the export's GETs; :attr:`attempts` counts every HTTP attempt."""

    def __init__(self, transport: HttpTransport, *, max_retries: int = EXPORT_MAX_RETRIES) -> None:
        self._transport = transport
        self._max_retries = max_retries
        self.attempts = 0
        self.calls = 0

    @property
    def retries(self) -> int:
        return self.attempts - self.calls

    async def get_json(
        self, operation_id: str, path: str, params: Mapping[str, str]
    ) -> tuple[Any, int]:
        """GET ``path`` and decode the JSON body; returns ``(body, attempts used)``."""
        used = 0

        def count() -> None:
            nonlocal used
            used += 1
            self.attempts += 1

        request = Request(
            operation_id=operation_id,
            method="GET",
            path=path,
            params=dict(params),
            max_retries=self._max_retries,
            lane="bulk",
            on_attempt=count,
        )
        self.calls += 1
        with use_lane("bulk"):
            response = await self._transport.send(request)
        try:
            return orjson.loads(response.body), used
        except orjson.JSONDecodeError as exc:
            raise ResponseValidationError(
                f"response to {path} is not JSON: {exc}",
                body=response.body,
                status=response.status,
                request_id=response.request_id,
            ) from exc
