"""Receiving Kazinex webhooks: verify, parse, de-duplicate, dispatch.

* :func:`verify` checks a delivery (signature over the raw body, timestamp window both
  ways, optional replay store) and returns its typed event;
* :func:`parse_event` turns a body into a typed event (:class:`UnknownEvent` for types
  this SDK predates);
* :func:`sign` produces the headers Kazinex would send, for tests;
* :class:`WebhookReceiver` is a ready aiohttp endpoint with ``@receiver.on(type)``
  handlers, which remembers an event only once its handlers succeeded.
"""

from __future__ import annotations

from ._errors import FAILURE_REASONS, FailureReason, WebhookPayloadError, WebhookVerificationError
from ._events import EVENT_MODELS, Event, KnownEvent, UnknownEvent, parse_event
from ._receiver import ALL_EVENTS, ReceiveOutcome, WallClock, WebhookReceiver
from ._seen import ClaimResult, InMemorySeenStore, SeenStore
from ._sign import sign
from ._verify import (
    DEFAULT_SEEN_TTL,
    DEFAULT_TOLERANCE,
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    SignatureHeader,
    parse_signature_header,
    verify,
)

__all__ = [
    "ALL_EVENTS",
    "DEFAULT_SEEN_TTL",
    "DEFAULT_TOLERANCE",
    "DELIVERY_HEADER",
    "EVENT_HEADER",
    "EVENT_MODELS",
    "FAILURE_REASONS",
    "SIGNATURE_HEADER",
    "ClaimResult",
    "Event",
    "FailureReason",
    "InMemorySeenStore",
    "KnownEvent",
    "ReceiveOutcome",
    "SeenStore",
    "SignatureHeader",
    "UnknownEvent",
    "WallClock",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookVerificationError",
    "parse_event",
    "parse_signature_header",
    "sign",
    "verify",
]
