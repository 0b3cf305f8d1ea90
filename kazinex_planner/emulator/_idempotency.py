"""Idempotency keys: replay the first response to a POST for 24 hours.

Entries are scoped to the API key (two clients may pick the same UUID) and remember a
fingerprint of the request, so the same key with another body is a 409 rather than a
silent replay of the wrong answer. An entry is created *before* the handler runs, so a
concurrent retry of a request still in progress also gets 409. Server errors are not
stored: the point of retrying after a 5xx is to get a different outcome.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from .._clock import Clock
from ._errors import ApiError

__all__ = ["IdempotencyStore", "StoredResponse"]

TTL = timedelta(hours=24)


@attrs.frozen(kw_only=True)
class StoredResponse:
    status: int
    body: bytes
    content_type: str | None


@attrs.define(kw_only=True)
class _Entry:
    fingerprint: str
    expires: datetime
    response: StoredResponse | None = None


class IdempotencyStore:
    """``(key id, Idempotency-Key)`` → fingerprint and stored response, expiring on the clock."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._entries: dict[tuple[str, str], _Entry] = {}

    def begin(self, scope: str, key: str, fingerprint: str) -> StoredResponse | None:
        """The response to replay, or ``None`` after reserving the key for this request.

        Raises 409 when the key was used with another request or is still in progress.
        """
        now = self._clock.now()
        self._expire(now)
        entry = self._entries.get((scope, key))
        if entry is None:
            self._entries[(scope, key)] = _Entry(fingerprint=fingerprint, expires=now + TTL)
            return None
        if entry.fingerprint != fingerprint:
            raise ApiError.conflict(
                "Idempotency-Key was already used with a different request body.",
                "Idempotency-Key",
                "reused with a different body",
            )
        if entry.response is None:
            raise ApiError.conflict(
                "A request with this Idempotency-Key is still in progress.",
                "Idempotency-Key",
                "first request still in progress",
            )
        return entry.response

    def complete(self, scope: str, key: str, response: StoredResponse) -> None:
        entry = self._entries.get((scope, key))
        if entry is not None:
            entry.response = response

    def abandon(self, scope: str, key: str) -> None:
        """Forget a reservation (the request failed with a server error or was dropped)."""
        self._entries.pop((scope, key), None)

    def __len__(self) -> int:
        return len(self._entries)

    def _expire(self, now: datetime) -> None:
        for k in [k for k, e in self._entries.items() if e.expires <= now]:
            del self._entries[k]
