"""Per-call request options: the checks that keep ``extra_headers``/``extra_query`` honest.

A caller may add headers and query parameters, but never silently replace what the SDK
owns: the credentials, the idempotency key of a POST (pass ``idempotency_key=``), the
body's framing and the SDK's ``User-Agent`` (a given ``User-Agent`` is appended to ours,
so the server still sees which SDK sent the call). Both checks run before any request.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from .._converter import format_datetime
from ..errors import ConfigurationError
from ..ratelimit._lane import LANES, Lane

__all__ = [
    "LANES",
    "Lane",
    "check_extra_headers",
    "check_lane",
    "encode_query",
    "merge_query",
]

#: Lower-cased header name → what to do instead.
_SDK_OWNED = {
    "authorization": "the client's api_key sets it",
    "idempotency-key": "pass idempotency_key= to the method instead",
    "content-type": "the SDK frames the request body",
    "content-length": "the SDK frames the request body",
    "transfer-encoding": "the SDK frames the request body",
    "host": "it follows the base URL",
}
_MAX_HEADERS = 64
_MAX_HEADER_BYTES = 8192


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float, str)):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__} as a query parameter")


def encode_query(params: Mapping[str, Any] | None) -> dict[str, str]:
    """Drop ``None`` (the API's default applies) and spell values as the API expects."""
    return {k: _query_value(v) for k, v in (params or {}).items() if v is not None}


def check_extra_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Validate caller headers; raise :class:`ConfigurationError` naming the offender."""
    if not headers:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(
            f"extra_headers must be a mapping of str to str, got {type(headers).__name__}"
        )
    if len(headers) > _MAX_HEADERS:
        raise ConfigurationError(f"extra_headers: at most {_MAX_HEADERS} headers")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(
                f"extra_headers must map str to str, got {type(name).__name__}: "
                f"{type(value).__name__} for {name!r}"
            )
        if not name or not name.isascii() or any(c in name for c in " \t\r\n:"):
            raise ConfigurationError(f"extra_headers: {name!r} is not a valid header name")
        if any(c in value for c in "\r\n\0") or len(value) > _MAX_HEADER_BYTES:
            raise ConfigurationError(
                f"extra_headers: the value of {name!r} contains a line break or is too long"
            )
        reason = _SDK_OWNED.get(name.lower())
        if reason is not None:
            raise ConfigurationError(
                f"extra_headers cannot set {name!r}: the SDK owns that header ({reason})"
            )
        checked[name] = value
    return checked


def check_lane(lane: Any) -> Lane | None:
    if lane is None or lane in LANES:
        return lane  # type: ignore[no-any-return]
    raise ConfigurationError(f"lane must be 'interactive' or 'bulk', got {lane!r}")


def merge_query(params: dict[str, str], extra: Mapping[str, Any] | None) -> dict[str, str]:
    """Add ``extra_query`` to the encoded parameters; a clash with one the method sets is
    an error (use the method's own keyword argument instead)."""
    if not extra:
        return params
    if not isinstance(extra, Mapping):
        raise ConfigurationError(f"extra_query must be a mapping, got {type(extra).__name__}")
    encoded = encode_query(extra)
    clash = sorted(set(encoded) & set(params))
    if clash:
        raise ConfigurationError(
            f"extra_query repeats {', '.join(clash)}, which this method already sends; "
            "pass it as the method's keyword argument"
        )
    return {**params, **encoded}
