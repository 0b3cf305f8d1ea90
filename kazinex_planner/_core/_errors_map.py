"""Sans-I/O: turn an error response into the typed exception the caller catches."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import orjson

from .._logging import redact_headers
from ..errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)

if TYPE_CHECKING:
    from ..ratelimit import RateLimitSnapshot

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _envelope(body: bytes) -> dict[str, Any]:
    try:
        parsed = orjson.loads(body) if body else None
    except orjson.JSONDecodeError:
        return {}
    error = parsed.get("error") if isinstance(parsed, dict) else None
    return error if isinstance(error, dict) else {}


def _details(raw: Any) -> list[ErrorDetail]:
    details: list[ErrorDetail] = []
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and isinstance(item.get("issue"), str):
                field = item.get("field")
                # ErrorDetail masks secrets in both strings (a server may echo the key).
                details.append(
                    ErrorDetail(field if isinstance(field, str) else None, item["issue"])
                )
    return details


def error_class(status: int) -> type[APIStatusError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return InternalServerError
    return APIStatusError


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    retry_after: float | None = None,
    rate_limit: RateLimitSnapshot | None = None,
) -> APIStatusError:
    envelope = _envelope(body)
    message = envelope.get("message")
    if not isinstance(message, str) or not message:
        message = f"HTTP {status} with no error envelope"
    # Servers do echo credentials back ("API key kzk_... is revoked"): the error classes
    # mask every string they keep (errors.py), headers are masked here.
    err_type = envelope.get("type") if isinstance(envelope.get("type"), str) else None
    request_id = envelope.get("request_id") or headers.get("X-Request-Id")
    details = _details(envelope.get("details"))
    common: dict[str, Any] = {
        "status": status,
        "type": err_type,
        "request_id": request_id if isinstance(request_id, str) else None,
        "details": details,
        "headers": redact_headers(headers),
        "rate_limit": rate_limit,
        "body": body,
    }
    cls = error_class(status)
    if cls is RateLimitError:
        window = next((d.field for d in details if d.field in ("minute", "day")), None)
        return RateLimitError(message, retry_after=retry_after, window=window, **common)
    return cls(message, **common)
