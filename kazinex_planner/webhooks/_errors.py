"""The one exception family of the webhooks module, and the closed set of reasons.

A receiver must answer a rejected delivery without leaking why in detail (that would
help an attacker probe the check), yet operators need to tell a clock-skew problem from
a wrong secret. A closed ``reason`` code serves both: it is safe to log and to return in
a 400 body, while the message may add harmless context (never a secret or a signature:
messages are built only from fixed text, numbers and attribute names).
"""

from __future__ import annotations

from typing import Literal, TypeAlias, get_args

from ..errors import PlannerError

__all__ = ["FAILURE_REASONS", "FailureReason", "WebhookPayloadError", "WebhookVerificationError"]

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
"""Why a delivery was rejected; stable strings, safe to log and to send back."""

FAILURE_REASONS: frozenset[str] = frozenset(get_args(FailureReason))


class WebhookVerificationError(PlannerError, ValueError):
    """A delivery failed verification; ``reason`` says which check failed.

    Subclassing :class:`ValueError` lets frameworks that map ``ValueError`` to a client
    error do the right thing without knowing this SDK.
    """

    def __init__(self, message: str, *, reason: FailureReason) -> None:
        if reason not in FAILURE_REASONS:
            raise ValueError(f"unknown webhook failure reason {reason!r}")
        super().__init__(f"{reason}: {message}")
        self.reason: FailureReason = reason
        self.message = message


class WebhookPayloadError(WebhookVerificationError):
    """The body is not a usable event (bad JSON, no ``id``/``type``, schema mismatch).

    Raised by :func:`parse_event`, which also serves callers that parse without verifying
    (e.g. replaying stored events), so it has its own name; it is a
    :class:`WebhookVerificationError` with ``reason == "malformed_body"`` so that one
    ``except`` around :func:`verify` covers every rejection.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, reason="malformed_body")
