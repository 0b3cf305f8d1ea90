"""Typed errors: everything a caller needs to decide what to do next.

The hierarchy mirrors the API's error envelope (``{"error": {"type", "message",
"request_id", "details"}}``) so that ``except NotFoundError`` reads like the
contract. Errors never carry credentials: every string an error keeps (message,
type, request id, details, URL, reason) and the body it keeps go through the same
redaction as log lines when the error is built (registered API keys of any length,
bearer tokens, ``whsec_`` secrets, ``name=value`` pairs that look secret), so a
server echoing the key back cannot put it into ``str()``, ``repr()`` or a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, get_args

from multidict import CIMultiDict

from ._logging import redact_bytes, redact_text

if TYPE_CHECKING:
    from ._snapshot import RateLimitSnapshot

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
    "ExportQuotaError",
    "ExportStateError",
    "FailureReason",
    "InternalServerError",
    "LoopThreadError",
    "ManifestError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PlannerError",
    "QuotaExhaustedError",
    "RateLimitBackendError",
    "RateLimitError",
    "RateLimitWaitError",
    "ResponseValidationError",
    "ScheduleFileError",
    "ScheduleProcessingError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "UploadIntegrityError",
    "UploadSourceError",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
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
        message = redact_text(message)
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = _redact_optional(url)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect or read)."""


class ErrorDetail:
    """One ``error.details`` entry: which field was wrong and how."""

    __slots__ = ("field", "issue")

    def __init__(self, field: str | None, issue: str) -> None:
        self.field = _redact_optional(field)
        self.issue = redact_text(issue)

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
        self.message = redact_text(message)
        self.status = status
        self.type = _redact_optional(type)
        self.request_id = _redact_optional(request_id)
        # ErrorDetail redacts itself; the tuple copy keeps a caller's list from changing.
        self.details: tuple[ErrorDetail, ...] = tuple(details)
        # Case-insensitive like HTTP itself: servers (aiohttp among them) respell names,
        # e.g. ``X-Request-Id`` arrives as ``X-Request-ID``.
        self.headers: CIMultiDict[str] = CIMultiDict(headers or {})
        self.rate_limit = rate_limit
        #: The response body, with secrets masked (it may echo the key).
        self.body = None if body is None else redact_bytes(body)
        super().__init__(self._describe())

    def __repr__(self) -> str:
        preview = None if self.body is None else self.body[:200]
        return (
            f"{type(self).__name__}(status={self.status}, type={self.type!r}, "
            f"message={self.message!r}, request_id={self.request_id!r}, body={preview!r})"
        )

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
    """429 ``rate_limited``. ``retry_after`` is in seconds; ``window`` is minute or day.

    Also raised locally, before sending, while an earlier 429's ``Retry-After`` is
    longer than the client waits; ``reset_at`` (UTC) is then when calls may resume.
    """

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        window: str | None = None,
        reset_at: datetime | None = None,
        **kwargs: Any,
    ) -> None:
        self.retry_after = retry_after
        self.window = window
        self.reset_at = reset_at
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


class RateLimitBackendError(PlannerError):
    """The shared rate-limit state (Redis) failed or was too slow; nothing was sent.

    Raised only by a backend built with ``on_error="raise"``; the default falls back to
    a local limiter with a share of the key's limits instead.
    """


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
        message = redact_text(message)
        super().__init__(message)
        self.message = message
        #: The raw response body, except that secrets are masked (as in log lines).
        self.body = redact_bytes(body)
        self.status = status
        self.request_id = _redact_optional(request_id)


class WaitTimeoutError(PlannerError, TimeoutError):
    """A waiter (``wait_until_ready``, ``wait_until_complete``) ran out of time."""


class ScheduleProcessingError(PlannerError):
    """The server could not process an uploaded schedule; ``reason`` is its message."""

    def __init__(self, message: str, *, schedule_id: str, reason: str | None) -> None:
        super().__init__(redact_text(message))
        self.schedule_id = schedule_id
        self.reason = _redact_optional(reason)


def _redact_optional(text: str | None) -> str | None:
    return None if text is None else redact_text(text)


# -- errors of the SDK's other parts (defined here so every error has one home) ------


class UploadSourceError(PlannerError, ValueError):
    """An upload's ``file`` argument cannot be sent as given; the message says what to pass.

    Raised before any request (a ``str`` holding content, a text-mode file, a directory,
    a missing path).
    """


class UploadIntegrityError(PlannerError):
    """The server's sha256 of an upload differs from the bytes we streamed."""


class ScheduleFileError(PlannerError, ValueError):
    """The input is not a readable schedule file (empty, not a schedule, malformed, truncated).

    ``file_name`` is the base name of the file when known, ``line`` the 1-based line where
    the problem was found (where a line applies) and ``table`` the XER table being read.
    ``ValueError`` is a base too, because the input value is what is wrong.
    """

    def __init__(
        self,
        message: str,
        *,
        file_name: str | None = None,
        line: int | None = None,
        table: str | None = None,
    ) -> None:
        self.message = message
        self.file_name = file_name
        self.line = line
        self.table = table
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = []
        if self.file_name:
            where.append(self.file_name)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.table:
            where.append(f"table {self.table}")
        return f"{self.message} ({', '.join(where)})" if where else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments are not replayed by the default pickling of exceptions.
        return (_rebuild_schedule_file_error, (self.message, self.file_name, self.line, self.table))


def _rebuild_schedule_file_error(
    message: str, file_name: str | None, line: int | None, table: str | None
) -> ScheduleFileError:
    return ScheduleFileError(message, file_name=file_name, line=line, table=table)


class ExportQuotaError(PlannerError):
    """Today's remaining requests cannot finish the export; raised before the data requests.

    ``needed`` counts the requests the export still has to make; ``remaining`` is the
    day budget left. Refused after planning, ``needed`` is the data requests and
    ``planning`` what planning spent; refused while planning (as soon as the cost is
    known), ``needed`` includes the ``planning`` requests still to make. Pass
    ``allow_partial=True`` to export what fits today and resume the rest after
    ``reset_at``.
    """

    def __init__(
        self,
        message: str,
        *,
        needed: int,
        remaining: int,
        planning: int,
        reset_at: datetime | None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.needed = needed
        self.remaining = remaining
        self.planning = planning
        self.reset_at = reset_at


class ExportStateError(PlannerError, ValueError):
    """The output directory holds an export this call cannot resume (other options, a
    damaged manifest): resuming would mix two exports in one directory."""


class ManifestError(ExportStateError):
    """A manifest entry names a path outside the output folder (or not a path at all).

    ``entry`` is the manifest entry at fault; nothing was read, written, renamed or
    deleted because of it.
    """

    def __init__(self, message: str, *, entry: str) -> None:
        super().__init__(message)
        self.message = message
        self.entry = entry


class LoopThreadError(PlannerError, RuntimeError):
    """The sync client's loop thread cannot run the call: the client is closed, this is a
    forked child (create a new client there), or the call came from the loop thread itself."""


FailureReason: TypeAlias = Literal[
    "missing_header",
    "malformed_header",
    "stale",
    "future",
    "bad_signature",
    "replayed",
    "malformed_body",
    "header_mismatch",
]
"""Why a webhook delivery was rejected; stable strings, safe to log and to send back."""

_FAILURE_REASONS: frozenset[str] = frozenset(get_args(FailureReason))


class WebhookVerificationError(PlannerError, ValueError):
    """A webhook delivery failed verification; ``reason`` says which check failed.

    Subclassing :class:`ValueError` lets frameworks that map ``ValueError`` to a client
    error do the right thing without knowing this SDK.
    """

    def __init__(self, message: str, *, reason: FailureReason) -> None:
        if reason not in _FAILURE_REASONS:
            raise ValueError(f"unknown webhook failure reason {reason!r}")
        super().__init__(f"{reason}: {message}")
        self.reason: FailureReason = reason
        self.message = message


class WebhookPayloadError(WebhookVerificationError):
    """The body is not a usable event (bad JSON, no ``id``/``type``, schema mismatch).

    Raised by ``parse_event``, which also serves callers that parse without verifying
    (e.g. replaying stored events), so it has its own name; it is a
    :class:`WebhookVerificationError` with ``reason == "malformed_body"`` so that one
    ``except`` around ``verify`` covers every rejection.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, reason="malformed_body")
