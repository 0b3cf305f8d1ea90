"""Helpers shared by the webhook tests: an HMAC written from the contract, not the SDK."""

from __future__ import annotations

import hashlib
import hmac

import orjson

SECRET = "whsec_test_4f1c2d9e8b7a6f5e4d3c2b1a"
OTHER_SECRET = "whsec_rotated_9a8b7c6d5e4f3a2b1c0d"
NOW = 1_772_438_490  # the spec's example timestamp


def reference_signature(secret: str, timestamp: int | str, body: bytes) -> str:
    """``v1`` straight from the contract: hex HMAC-SHA256 of ``"<t>.<raw body>"``."""
    message = f"{timestamp}.".encode("ascii") + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def body(event_type: str = "quality.complete", event_id: str = "evt_01HZCJ9K") -> bytes:
    """A delivery body; a quality.complete event unless told otherwise."""
    data: dict[str, object]
    if event_type == "quality.complete":
        data = {
            "schedule_id": "sch_01HZ5A2B",
            "score": 78.4,
            "grade": "good",
            "completed_at": "2026-03-02T08:01:30Z",
        }
    else:
        data = {"anything": [1, 2, 3]}
    return orjson.dumps(
        {
            "id": event_id,
            "type": event_type,
            "created_at": "2026-03-02T08:01:30Z",
            "project_id": "proj_01HZ4G7Q",
            "data": data,
        }
    )


def headers(
    payload: bytes,
    *secrets: str,
    timestamp: int = NOW,
    event_type: str | None = "quality.complete",
    delivery: str | None = "evt_01HZCJ9K",
) -> dict[str, str]:
    """Delivery headers signed with :func:`reference_signature` (one v1 per secret)."""
    entries = [f"t={timestamp}"]
    entries += [f"v1={reference_signature(s, timestamp, payload)}" for s in secrets or (SECRET,)]
    result = {"X-Kazinex-Signature": ",".join(entries)}
    if event_type is not None:
        result["X-Kazinex-Event"] = event_type
    if delivery is not None:
        result["X-Kazinex-Delivery"] = delivery
    return result
