"""Typed errors: everything a caller needs to decide what to do next.

The hierarchy mirrors the API's error envelope (``{"error": {"type", "message",
"request_id", "details"}}``) so that ``except NotFoundError`` reads like the
contract. Messages never contain credentials: the API key is not known to any
error, and headers are copied through the redaction filter before they are kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from multidict import CIMultiDict

if TYPE_CHECKING:
    from .ratelimit import RateLimitSnapshot

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "EventLoopError",
    "InternalServerError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PlannerError",
    "QuotaExhaustedError",
    "RateLimitError",
    "RateLimitWaitError",
    "ResponseValidationError",
    "ScheduleProcessingError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "WaitTimeoutError",
]


class PlannerError(Exception):
    """Base class of every error this SDK raises."""


class ConfigurationError(PlannerError, ValueError):
    """The client was configured wrongly (no API key, an unsafe base URL, a bad plan)."""


class ClientClosedError(PlannerError, RuntimeError):
    """A call was made on a client after ``close()``."""


class EventLoopError(PlannerError, RuntimeError):
    """A client was used from a second event loop: create one client per event loop."""


class APIConnectionError(PlannerError):
    """The request did not produce an HTTP response (DNS, refused, reset, TLS)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connect or read)."""


class ErrorDetail:
    """One ``error.details`` entry: which field was wrong and how."""

    __slots__ = ("field", "issue")

    def __init__(self, field: str | None, issue: str) -> None:
        self.field = field
        self.issue = issue

    def __repr__(self) -> str:
        return f"ErrorDetail(field={self.field!r}, issue={self.issue!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ErrorDetail) and (self.field, self.issue) == (
            other.field,
            other.issue,
        )

    def __hash__(self) -> int:
        return hash((self.field, self.issue))


class APIStatusError(PlannerError):
    """The server answered with a 4xx or 5xx status."""

    status: int

    def __init__(
        self,
        message: str,
        *,
        status: int,
        type: str | None = None,
        request_id: str | None = None,
        details: Sequence[ErrorDetail] = (),
        headers: Mapping[str, str] | None = None,
        rate_limit: RateLimitSnapshot | None = None,
        body: bytes | None = None,
    ) -> None:
        self.message = message
        self.status = status
        self.type = type
        self.request_id = request_id
        self.details: tuple[ErrorDetail, ...] = tuple(details)
        # Case-insensitive like HTTP itself: servers (aiohttp among them) respell names,
        # e.g. ``X-Request-Id`` arrives as ``X-Request-ID``.
        self.headers: CIMultiDict[str] = CIMultiDict(headers or {})
        self.rate_limit = rate_limit
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.status}"
        if self.type:
            text += f" {self.type}"
        text += f": {self.message}"
        if self.details:
            text += (
                " ("
                + "; ".join(f"{d.field}: {d.issue}" if d.field else d.issue for d in self.details)
                + ")"
            )
        if self.request_id:
            text += f" [request_id={self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    """400 ``invalid_request``."""


class AuthenticationError(APIStatusError):
    """401 ``unauthenticated``: the key is missing, unknown or revoked."""


class PermissionDeniedError(APIStatusError):
    """403 ``insufficient_scope`` (read-only key) or ``forbidden`` (not an admin)."""


class NotFoundError(APIStatusError):
    """404 ``not_found``."""


class ConflictError(APIStatusError):
    """409 ``conflict``, e.g. an ``Idempotency-Key`` reused with another body."""


class PayloadTooLargeError(APIStatusError):
    """413 ``payload_too_large``: uploads are limited to 100 MB."""


class UnsupportedMediaTypeError(APIStatusError):
    """415 ``unsupported_media_type``: the file is not a schedule."""


class UnprocessableEntityError(APIStatusError):
    """422 ``validation_failed``; ``details`` names each field."""


class RateLimitError(APIStatusError):
    """429 ``rate_limited``. ``retry_after`` is in seconds; ``window`` is minute or day."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        window: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.retry_after = retry_after
        self.window = window
        super().__init__(message, **kwargs)


class InternalServerError(APIStatusError):
    """5xx: the server failed; retried automatically before it reaches you."""


class QuotaExhaustedError(PlannerError):
    """The day budget is spent (raised locally, before any request is sent)."""

    def __init__(
        self, message: str, *, reset_at: datetime, limit: int, window: str = "day"
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reset_at = reset_at
        self.limit = limit
        self.window = window


class RateLimitWaitError(PlannerError):
    """Waiting for a rate-limit token would exceed the caller's ``max_wait``."""

    def __init__(self, message: str, *, wait: float, max_wait: float) -> None:
        super().__init__(message)
        self.wait = wait
        self.max_wait = max_wait


class ResponseValidationError(PlannerError):
    """The response body does not match the spec; ``body`` keeps the raw bytes."""

    def __init__(
        self,
        message: str,
        *,
        body: bytes,
        status: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.body = body
        self.status = status
        self.request_id = request_id


class WaitTimeoutError(PlannerError, TimeoutError):
    """A waiter (``wait_until_ready``, ``wait_until_complete``) ran out of time."""


class ScheduleProcessingError(PlannerError):
    """The server could not process an uploaded schedule; ``reason`` is its message."""

    def __init__(self, message: str, *, schedule_id: str, reason: str | None) -> None:
        super().__init__(message)
        self.schedule_id = schedule_id
        self.reason = reason
