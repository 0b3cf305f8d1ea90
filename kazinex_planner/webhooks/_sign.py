"""Signing deliveries the way Kazinex does, so users can test their receivers.

A receiver's tests need requests that verify (and ones that do not); building the
signature header by hand invites subtle mistakes (the signed string is ``"<t>.<body>"``
over the raw bytes), so the SDK ships the sender's half of the scheme.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import orjson

from ._verify import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    compute_signature,
    normalize_secrets,
)

__all__ = ["sign"]


def sign(
    payload: bytes, secret: str | Sequence[str], *, timestamp: int | None = None
) -> dict[str, str]:
    """Headers for delivering ``payload``: event, delivery and signature.

    ``secret`` may be several secrets (one ``v1`` entry each, as during rotation).
    ``timestamp`` (Unix seconds) defaults to now; pass an old or future one to test
    the tolerance window. ``X-Kazinex-Event`` and ``X-Kazinex-Delivery`` are read from
    the body's ``type`` and ``id``; when the body is not a JSON object with those
    strings (to test rejection of malformed bodies) they are left out and only the
    signature header is returned.
    """
    if not isinstance(payload, (bytes, bytearray, memoryview)):
        raise TypeError("sign the raw body as bytes")
    secrets = normalize_secrets(secret)
    if timestamp is None:
        timestamp = int(time.time())
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError("timestamp must be a non-negative integer (Unix seconds)")
    body = bytes(payload)
    entries = [f"t={timestamp}"]
    entries += [f"v1={compute_signature(s, str(timestamp), body)}" for s in secrets]
    headers: dict[str, str] = {}
    envelope = _envelope(body)
    if envelope is not None:
        headers[EVENT_HEADER], headers[DELIVERY_HEADER] = envelope
    headers[SIGNATURE_HEADER] = ",".join(entries)
    return headers


def _envelope(body: bytes) -> tuple[str, str] | None:
    try:
        decoded: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(decoded, dict):
        return None
    event_type, event_id = decoded.get("type"), decoded.get("id")
    if isinstance(event_type, str) and isinstance(event_id, str):
        return event_type, event_id
    return None
