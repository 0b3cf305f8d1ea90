"""Verifying a delivery: pure functions over bytes, headers and a time (no I/O).

Keeping the checks free of I/O makes each one testable on its own and lets any web
framework use them; :class:`WebhookReceiver` is only an aiohttp adapter around them.

The order of the checks matters:

1. the signature header is parsed strictly, so a garbled header is reported as such
   instead of as a wrong signature;
2. the timestamp is checked in both directions before any HMAC work, so a stale replay
   costs no hashing;
3. every ``v1`` is compared with every secret's HMAC in constant time, and the body is
   parsed only once it is authentic;
4. the unsigned ``X-Kazinex-Event`` / ``X-Kazinex-Delivery`` headers are compared with
   the signed body (they are routing hints an attacker could alter);
5. last, the event id is claimed in the seen store, so an event is only remembered once
   everything else passed.

Nothing here logs, and no message includes a header value: the signature header holds
signatures, and echoing attacker-controlled text helps nobody.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Mapping, Sequence
from datetime import datetime

import attrs

from ._errors import WebhookVerificationError
from ._events import Event, parse_event
from ._seen import SeenStore

__all__ = [
    "DEFAULT_SEEN_TTL",
    "DEFAULT_TOLERANCE",
    "DELIVERY_HEADER",
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "SignatureHeader",
    "authenticate",
    "check_signature",
    "check_timestamp",
    "compute_signature",
    "normalize_secrets",
    "parse_signature_header",
    "seen_ttl_for",
    "to_unix_time",
    "verify",
]

SIGNATURE_HEADER = "X-Kazinex-Signature"
EVENT_HEADER = "X-Kazinex-Event"
DELIVERY_HEADER = "X-Kazinex-Delivery"

DEFAULT_TOLERANCE = 300
"""Seconds a signature timestamp may be away from now, either way (the API contract)."""

DEFAULT_SEEN_TTL = 24 * 3600
"""How long processed event ids are remembered by default. A signed request is only
replayable within twice the tolerance, but the sender re-delivers an event for about
8.6 h (retries after 1 min, 5 min, 30 min, 2 h, 6 h) when our 2xx did not reach it in
time; a day covers that with margin."""

MAX_SIGNATURE_HEADER_LENGTH = 8192
"""Longer headers are rejected before parsing (about 120 ``v1`` entries fit)."""

_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_V1 = re.compile(r"[0-9a-f]{64}")
_SCHEME = re.compile(r"[a-z][a-z0-9_]*")


@attrs.frozen
class SignatureHeader:
    """A parsed ``X-Kazinex-Signature``: ``t=<unix seconds>,v1=<hex>[,v1=<hex>...]``."""

    timestamp: int
    """The signing time, Unix seconds."""
    timestamp_text: str
    """``t`` exactly as sent: the signed string starts with it, leading zeros included."""
    signatures: tuple[str, ...]
    """Every ``v1`` entry (several during secret rotation)."""

    def __repr__(self) -> str:
        # Signatures are credentials-adjacent; keep them out of reprs and tracebacks.
        return f"SignatureHeader(timestamp={self.timestamp}, signatures=<{len(self.signatures)}>)"


def _malformed(message: str) -> WebhookVerificationError:
    return WebhookVerificationError(message, reason="malformed_header")


def parse_signature_header(value: str) -> SignatureHeader:
    """Parse the header strictly; raise ``malformed_header`` for anything unexpected.

    Entries are comma-separated ``scheme=value`` pairs in any order. ``t`` must appear
    exactly once as ASCII digits; ``v1`` at least once as 64 lower-case hex digits;
    other well-formed scheme names (``v0``, a future ``v2``) are ignored so that the
    sender can add schemes without breaking receivers. Only surrounding spaces/tabs
    are tolerated (HTTP strips them anyway).
    """
    if not isinstance(value, str):
        raise _malformed(f"{SIGNATURE_HEADER} is not text")
    if len(value) > MAX_SIGNATURE_HEADER_LENGTH:
        raise _malformed(f"{SIGNATURE_HEADER} is longer than {MAX_SIGNATURE_HEADER_LENGTH}")
    timestamp_text: str | None = None
    signatures: list[str] = []
    for entry in value.strip(" \t").split(","):
        scheme, equals, item = entry.partition("=")
        if not equals:
            raise _malformed(f"{SIGNATURE_HEADER} has an entry that is not scheme=value")
        if scheme == "t":
            if timestamp_text is not None:
                raise _malformed(f"{SIGNATURE_HEADER} has more than one t= entry")
            if not _TIMESTAMP.fullmatch(item):
                raise _malformed(f"{SIGNATURE_HEADER} t= is not a Unix time in seconds")
            timestamp_text = item
        elif scheme == "v1":
            if not _V1.fullmatch(item):
                raise _malformed(f"{SIGNATURE_HEADER} has a v1= entry that is not 64 hex digits")
            signatures.append(item)
        elif not _SCHEME.fullmatch(scheme):
            raise _malformed(f"{SIGNATURE_HEADER} has an entry with an invalid scheme name")
    if timestamp_text is None:
        raise _malformed(f"{SIGNATURE_HEADER} has no t= entry")
    if not signatures:
        raise _malformed(f"{SIGNATURE_HEADER} has no v1= entry")
    return SignatureHeader(int(timestamp_text), timestamp_text, tuple(signatures))


def compute_signature(secret: str, timestamp_text: str, payload: bytes) -> str:
    """The ``v1`` value: hex HMAC-SHA256 of ``"<t>.<raw body>"``, keyed by the UTF-8 secret."""
    message = timestamp_text.encode("ascii") + b"." + bytes(payload)
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def check_timestamp(timestamp: int, *, now: float, tolerance: int) -> None:
    """Reject a timestamp more than ``tolerance`` seconds in the past (``stale``) or
    future (``future``); the future check stops a signature captured from a sender
    with a fast clock from being replayable for longer than the window."""
    age = now - timestamp
    if age > tolerance:
        raise WebhookVerificationError(
            f"the signature is {age:.0f} s old (tolerance {tolerance} s)", reason="stale"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"the signature is {-age:.0f} s in the future (tolerance {tolerance} s)",
            reason="future",
        )


def check_signature(payload: bytes, header: SignatureHeader, secrets: Sequence[str]) -> bool:
    """Whether any ``v1`` matches any secret, compared in constant time.

    Every pair is compared even after a match, so the time taken does not tell which
    secret or which entry matched.
    """
    matched = False
    for secret in secrets:
        expected = compute_signature(secret, header.timestamp_text, payload).encode("ascii")
        for candidate in header.signatures:
            matched |= hmac.compare_digest(expected, candidate.encode("ascii"))
    return matched


def normalize_secrets(secret: str | Sequence[str]) -> tuple[str, ...]:
    """One secret or several (rotation) as a non-empty tuple of non-empty strings.

    A misconfiguration is a programming error (:class:`ValueError`/:class:`TypeError`),
    not a rejected delivery; messages never include the values.
    """
    secrets = (secret,) if isinstance(secret, str) else tuple(secret)
    if not secrets:
        raise ValueError("at least one webhook secret is required")
    for item in secrets:
        if not isinstance(item, str):
            raise TypeError("webhook secrets must be strings")
        if not item:
            raise ValueError("a webhook secret is empty")
    return secrets


def to_unix_time(now: datetime | float | None) -> float:
    """``now`` as Unix seconds; ``None`` reads the system clock. Naive datetimes are
    refused: they name no instant, and guessing would shift the window by hours."""
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be a timezone-aware datetime")
        return now.timestamp()
    if isinstance(now, bool) or not isinstance(now, (int, float)):
        raise TypeError("now must be a datetime, a Unix time in seconds, or None")
    return float(now)


def seen_ttl_for(tolerance: int, seen_ttl: float) -> float:
    """Never remember an id for less than the whole window in which its request is valid."""
    return max(float(seen_ttl), 2.0 * tolerance)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # Iterating ``items()`` sees every value of a multidict (aiohttp's request headers),
    # so a repeated header is caught instead of silently taking the first one.
    wanted = name.lower()
    values = [value for key, value in headers.items() if key.lower() == wanted]
    if not values:
        return None
    if len(values) > 1:
        raise _malformed(f"{name} appears more than once")
    value = values[0]
    if not isinstance(value, str):
        raise _malformed(f"{name} is not text")
    return value


def _check_tolerance(tolerance: int) -> None:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0:
        raise ValueError("tolerance must be a non-negative integer number of seconds")


def authenticate(
    payload: bytes,
    headers: Mapping[str, str],
    secrets: Sequence[str],
    *,
    tolerance: int,
    now: float,
) -> Event:
    """Every check of :func:`verify` except the seen store; returns the parsed event.

    For callers that manage the store themselves (the receiver commits an id only after
    its handlers succeeded).
    """
    if not isinstance(payload, (bytes, bytearray, memoryview)):
        raise TypeError("verify the raw request body as bytes, not decoded text")
    _check_tolerance(tolerance)
    raw_signature = _header(headers, SIGNATURE_HEADER)
    if raw_signature is None:
        raise WebhookVerificationError(f"no {SIGNATURE_HEADER} header", reason="missing_header")
    signature = parse_signature_header(raw_signature)
    check_timestamp(signature.timestamp, now=now, tolerance=tolerance)
    if not check_signature(bytes(payload), signature, secrets):
        raise WebhookVerificationError(
            "no v1 signature matches the configured secret(s)", reason="bad_signature"
        )
    event = parse_event(payload)
    event_header = _header(headers, EVENT_HEADER)
    if event_header is not None and event_header != event.type:
        raise WebhookVerificationError(
            f"{EVENT_HEADER} does not match the body's type", reason="header_mismatch"
        )
    delivery_header = _header(headers, DELIVERY_HEADER)
    if delivery_header is not None and delivery_header != event.id:
        raise WebhookVerificationError(
            f"{DELIVERY_HEADER} does not match the body's id", reason="header_mismatch"
        )
    return event


def verify(
    payload: bytes,
    headers: Mapping[str, str],
    secret: str | Sequence[str],
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: datetime | float | None = None,
    seen: SeenStore | None = None,
    seen_ttl: float = DEFAULT_SEEN_TTL,
) -> Event:
    """Verify a delivery and return its typed event; raise
    :class:`WebhookVerificationError` (``reason`` says which check failed) otherwise.

    ``payload`` must be the raw body bytes: the signature covers them, and re-encoding
    parsed JSON would not reproduce them. ``headers`` is looked up case-insensitively.
    ``secret`` may be several secrets during rotation; a delivery is accepted if any
    ``v1`` entry matches any of them. ``now`` (a timezone-aware datetime or Unix seconds)
    defaults to the system clock.

    With ``seen``, the event id is claimed and committed in one go once every other
    check passed, and a repeat raises ``replayed``; ids are kept for
    ``max(seen_ttl, 2 * tolerance)`` seconds. This commits *before* the caller acts on
    the event: a caller whose processing can fail should instead use
    :class:`WebhookReceiver`, or :meth:`SeenStore.claim` / ``commit`` / ``release``
    around its own processing.
    """
    secrets = normalize_secrets(secret)
    now_s = to_unix_time(now)
    event = authenticate(payload, headers, secrets, tolerance=tolerance, now=now_s)
    if seen is not None:
        ttl = seen_ttl_for(tolerance, seen_ttl)
        if seen.claim(event.id, now=now_s, lease=ttl) != "claimed":
            raise WebhookVerificationError("this event id was already processed", reason="replayed")
        seen.commit(event.id, now=now_s, ttl=ttl)
    return event
