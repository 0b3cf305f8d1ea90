"""The records of one call: what the transport is asked to send, what came back, and
the retry event hooks receive.

A leaf of ``_core``: the transport builds them, and the observer, the raw response
and the event types read them, without importing the transport.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
from multidict import CIMultiDictProxy
from yarl import URL

__all__ = ["BodyFactory", "Request", "Response", "RetryEvent"]


@attrs.frozen(kw_only=True)
class RetryEvent:
    """What ``on_retry`` receives before each retry sleep."""

    operation_id: str
    method: str
    path: str
    attempt: int  # the retry number, 1-based
    delay: float
    reason: str  # "status 503", "connection error: ..."
    status: int | None = None


#: Builds a fresh request body per attempt. ``None`` means no body.
BodyFactory = Callable[[], Any]


#: The two records built per call are ``attrs.define`` (slots), not frozen: a frozen
#: attrs ``__init__`` sets each field through ``object.__setattr__`` and cost ~2 µs per
#: call on the hot path (measured). Treat them as read-only; the one write is the
#: transport's, setting ``Response.attempts`` after retries, before anyone sees it.
_EMPTY: Mapping[str, str] = {}


@attrs.define(kw_only=True)
class Request:
    operation_id: str
    method: str
    path: str  # relative to the base URL, already quoted
    params: Mapping[str, str] = _EMPTY
    headers: Mapping[str, str] = _EMPTY
    body: BodyFactory | None = None
    #: True for a one-shot stream: once sent it is gone, so it is never retried or
    #: replayed on redirect. (Whether the *method* may be replayed is the retry
    #: policy's rule, ``_retry.replay_safe``.) The lane is not here: it is the
    #: context's (``ratelimit._lane``).
    one_shot: bool = False
    idempotency_key: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    #: The longest this call may queue in the limiter (``None``: the client's default).
    max_wait: float | None = None
    #: The caller's headers, already checked by ``check_extra_headers``.
    extra_headers: Mapping[str, str] = _EMPTY
    #: Called once per HTTP attempt (after its rate-limit token): callers that must
    #: account for every request sent, such as the export, count with it.
    on_attempt: Callable[[], object] | None = None


@attrs.define(kw_only=True)
class Response:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes
    url: URL
    elapsed: float
    #: HTTP attempts this call took (1 + retries).
    attempts: int = 1

    @property
    def request_id(self) -> str | None:
        return self.headers.get("X-Request-Id")
