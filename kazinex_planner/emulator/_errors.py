"""The one exception handlers raise to produce an error envelope.

Every 4xx/5xx body has the same shape (``{"error": {type, message, request_id,
details}}``) and each error type maps to exactly one status, so handlers raise
:class:`ApiError` and the middleware renders it with the request id and rate-limit
headers; no handler builds an error response itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["STATUS_TYPES", "ApiError", "Detail"]

#: ``(field, issue)``: one entry of ``error.details``.
Detail = tuple[str | None, str]

STATUS_TYPES: Mapping[int, str] = {
    400: "invalid_request",
    401: "unauthenticated",
    404: "not_found",
    405: "invalid_request",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
    500: "internal",
    503: "unavailable",
}


class ApiError(Exception):
    """An API error: HTTP status, error type, human message and per-field details."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        error_type: str | None = None,
        details: Sequence[Detail] = (),
        headers: Mapping[str, str] | None = None,
        close: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        fallback = "internal" if status >= 500 else "invalid_request"
        self.type = error_type or STATUS_TYPES.get(status, fallback)
        self.message = message
        self.details = list(details)
        self.headers = dict(headers or {})
        #: Close the connection after answering (an upload body left unread).
        self.close = close

    @classmethod
    def not_found(cls, what: str, ident: str) -> ApiError:
        return cls(404, f"No {what} with id {ident}.")

    @classmethod
    def conflict(cls, message: str, field: str | None = None, issue: str | None = None) -> ApiError:
        details: list[Detail] = [(field, issue)] if issue is not None else []
        return cls(409, message, details=details)

    @classmethod
    def invalid(cls, details: Sequence[Detail], message: str | None = None) -> ApiError:
        """400: malformed syntax or a bad query parameter."""
        return cls(400, message or _summary("The request is malformed", details), details=details)

    @classmethod
    def validation(cls, details: Sequence[Detail], message: str | None = None) -> ApiError:
        """422: a well-formed body that fails validation."""
        summary = message or _summary("The request body failed validation", details)
        return cls(422, summary, details=details)


def _summary(prefix: str, details: Sequence[Detail]) -> str:
    if not details:
        return prefix + "."
    field, issue = details[0]
    return f"{prefix}: {field + ' ' if field else ''}{issue}."
