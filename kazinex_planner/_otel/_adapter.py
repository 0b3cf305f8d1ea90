"""Spans for every call, attempt and group, following the HTTP client semantic conventions.

One INTERNAL span per logical call, made current while the call runs (so aiohttp's own
client instrumentation nests under it when the SDK's attempt spans are off), one CLIENT
span per HTTP attempt under it, a ``retry`` event per retry. Groups (pagers, uploads,
waiters, the export) get a span the first time a call inside them starts, backdated to
the group's start. Attributes carry ids, codes and counts only: never a key, a secret,
a body or a query string.
"""

from __future__ import annotations

import re
from contextvars import Token
from typing import TYPE_CHECKING, Any

import aiohttp
from opentelemetry import context as otel_context
from opentelemetry import metrics, propagate, trace
from opentelemetry.context import Context
from opentelemetry.metrics import _internal as _metrics_api
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from .._core._observe import (
    AttemptFinished,
    AttemptStarted,
    Group,
    OperationFinished,
    OperationStarted,
    error_type,
)
from .._logging import redact_text
from .._version import __version__
from . import _names as n
from ._metrics import Metrics

if TYPE_CHECKING:
    from yarl import URL

    from .._core._http import RetryEvent
    from ..ratelimit import RateLimiter

__all__ = ["OtelTelemetry"]


class OtelTelemetry:
    """Implements the transport's ``Telemetry`` protocol with OpenTelemetry."""

    def __init__(
        self,
        *,
        tracer_provider: Any,
        meter_provider: Any,
        attempt_spans: bool,
        base_url: URL,
        limiter: RateLimiter,
    ) -> None:
        self.tracer = trace.get_tracer(n.SCOPE, __version__, tracer_provider=tracer_provider)
        meter = metrics.get_meter(n.SCOPE, __version__, meter_provider=meter_provider)
        # Given providers always record; the global ones may still be the API's proxies.
        self._recording = tracer_provider is not None or meter_provider is not None
        self.metrics = Metrics(meter, limiter, self.recording)
        self.attempt_spans = attempt_spans
        self._server: dict[str, Any] = {
            "server.address": base_url.host or "",
            "server.port": base_url.port or (443 if base_url.scheme == "https" else 80),
        }
        self._limiter = limiter
        self._listener_key = ("kazinex_planner.otel", id(meter))
        limiter.add_listener(self._listener_key, self.metrics)

    def close(self) -> None:
        self._limiter.remove_listener(self._listener_key)

    def recording(self) -> bool:
        """Whether a global provider has been set (or providers were given).

        Until the application sets one, the API's proxy tracer hands out non-recording
        spans that only carry the caller's span context (which the ``traceparent``
        hook propagates without them), and its proxy instruments drop measurements:
        skipping the adapter then changes nothing but the cost. Providers are set once
        and never unset, so the first True is kept. Read on every call: two module
        attributes, not ``get_tracer_provider()``, which tests the environment each time.

        A deliberate exception to "no private attributes of another package": the API
        has no public "is a provider set?", and its public getters cost ~1.6 µs each
        (two ``os.environ`` lookups while unset) on a path taken two or three times per
        call; measured, that gave back most of what skipping saves. The reads default
        to "set", so if a release renames them calls are traced as before, only slower;
        ``tests/observability/test_no_provider.py`` then fails and says so.
        """
        if self._recording:
            return True
        if (
            getattr(trace, "_TRACER_PROVIDER", True) is None
            and getattr(_metrics_api, "_METER_PROVIDER", True) is None
        ):
            return False
        self._recording = True
        return True

    def trace_configs(self) -> list[aiohttp.TraceConfig]:
        """Send W3C ``traceparent`` with each attempt (not when aiohttp's own
        instrumentation makes the attempt spans: it propagates its own)."""
        if not self.attempt_spans:
            return []
        config = aiohttp.TraceConfig()

        async def inject(
            session: aiohttp.ClientSession,
            context: object,
            params: aiohttp.TraceRequestStartParams,
        ) -> None:
            propagate.inject(params.headers)

        config.on_request_start.append(inject)
        return [config]

    def start_operation(self, event: OperationStarted, group: Group | None) -> _Operation:
        return _Operation(self, event, self._group_context(group))

    def _group_context(self, group: Group | None) -> Context | None:
        if group is None:
            return None  # the caller's current context
        span = group.state.get(self)
        if span is None:
            span = self.tracer.start_span(
                group.name,
                context=self._group_context(group.parent),
                kind=SpanKind.INTERNAL,
                attributes=group.attributes,
                start_time=group.start_ns,
            )
            group.state[self] = span
            group.on_close(lambda error: _end(span, error))
        return trace.set_span_in_context(span)


_REQUEST_ID = re.compile(r"req_[A-Za-z0-9_-]{1,64}")


def _request_id(value: str) -> str:
    """The server's id as is when it looks like one (``req_...``), else redacted and cut."""
    return value if _REQUEST_ID.fullmatch(value) else redact_text(value)[:128]


def _end(span: Span, error: BaseException | None) -> None:
    if error is not None:
        span.set_attribute("error.type", error_type(error))
        span.set_status(Status(StatusCode.ERROR, type(error).__qualname__))
    span.end()


class _Operation:
    """The spans and metrics of one logical call."""

    __slots__ = ("_attempt", "_attempt_token", "_base", "_ctx", "_owner", "_span", "_token")

    def __init__(self, owner: OtelTelemetry, event: OperationStarted, parent: Context | None):
        self._owner = owner
        self._span = owner.tracer.start_span(
            n.operation_span_name(event.operation_id),
            context=parent,
            kind=SpanKind.INTERNAL,
            attributes={
                n.OPERATION_ID: event.operation_id,
                n.LANE: event.lane,
                n.IDEMPOTENCY_KEY_PRESENT: event.idempotency_key_present,
            },
        )
        self._ctx = trace.set_span_in_context(self._span, parent)
        self._token = otel_context.attach(self._ctx)
        self._attempt: Span | None = None
        self._attempt_token: Token[Context] | None = None
        self._base: dict[str, Any] = {
            "http.request.method": event.method,
            **owner._server,
            "url.template": event.url_template,
        }

    def attempt_started(self, event: AttemptStarted) -> None:
        if not self._owner.attempt_spans:
            return
        attributes = dict(self._base)
        if event.resend_count:
            attributes["http.request.resend_count"] = event.resend_count
        self._attempt = self._owner.tracer.start_span(
            event.method, context=self._ctx, kind=SpanKind.CLIENT, attributes=attributes
        )
        # Current while on the wire, so the session's trace config propagates it.
        self._attempt_token = otel_context.attach(trace.set_span_in_context(self._attempt))

    def attempt_finished(self, event: AttemptFinished) -> None:
        attributes = dict(self._base)
        if event.status is not None:
            attributes["http.response.status_code"] = event.status
        if event.error_type is not None:
            attributes["error.type"] = event.error_type
        self._owner.metrics.http_duration.record(event.duration, attributes)
        span, self._attempt = self._attempt, None
        if span is None:
            return
        self._detach_attempt()
        if event.status is not None:
            span.set_attribute("http.response.status_code", event.status)
        if event.error_type is not None:
            span.set_attribute("error.type", event.error_type)
            span.set_status(Status(StatusCode.ERROR))
        span.end()

    def retrying(self, event: RetryEvent, reason: str) -> None:
        self._span.add_event(
            "retry",
            {
                n.RETRY_REASON: redact_text(event.reason),
                n.RETRY_DELAY: event.delay,
                n.RETRY_NUMBER: event.attempt,
            },
        )
        self._owner.metrics.retries.add(
            1, {n.RETRY_REASON: reason, n.OPERATION_ID: event.operation_id}
        )

    def finished(self, event: OperationFinished) -> None:
        span = self._span
        span.set_attribute(n.ATTEMPTS, event.attempts)
        span.set_attribute(n.LIMITER_WAIT, event.limiter_wait)
        if event.request_id:
            span.set_attribute(n.REQUEST_ID, _request_id(event.request_id))
        outcome = "error" if event.error_type is not None else "success"
        span.set_attribute(n.OUTCOME, outcome)
        attributes: dict[str, Any] = {n.OPERATION_ID: event.operation_id, n.OUTCOME: outcome}
        if event.error_type is not None:
            span.set_attribute("error.type", event.error_type)
            span.set_status(Status(StatusCode.ERROR))
            attributes["error.type"] = event.error_type
        self._owner.metrics.operation_duration.record(event.duration, attributes)
        if self._attempt is not None:  # cancelled mid-attempt
            self._detach_attempt()
            self._attempt.end()
            self._attempt = None
        span.end()
        otel_context.detach(self._token)

    def _detach_attempt(self) -> None:
        token, self._attempt_token = self._attempt_token, None
        if token is not None:
            otel_context.detach(token)
