"""The one exception family of the webhooks module (defined in :mod:`kazinex_planner.errors`),
and the closed set of reasons.

A receiver must answer a rejected delivery without leaking why in detail (that would
help an attacker probe the check), yet operators need to tell a clock-skew problem from
a wrong secret. A closed ``reason`` code serves both: it is safe to log and to return in
a 400 body, while the message may add harmless context (never a secret or a signature:
messages are built only from fixed text, numbers and attribute names).
"""

from __future__ import annotations

from typing import get_args

from ..errors import FailureReason, WebhookPayloadError, WebhookVerificationError

__all__ = ["FAILURE_REASONS", "FailureReason", "WebhookPayloadError", "WebhookVerificationError"]

FAILURE_REASONS: frozenset[str] = frozenset(get_args(FailureReason))
