"""An aiohttp endpoint that verifies deliveries and runs the handlers registered for them.

The status codes are the protocol with the sender, which retries anything but a 2xx:

* ``204`` once every handler for the event succeeded; also for an event already handled
  (a re-delivery after our earlier 2xx was lost, or a replay inside the tolerance
  window): acknowledging stops the sender's retries, and the handlers are not run again;
  also for an event type nobody handles (new types must not be retried forever);
* ``400`` with only the reason code when verification fails (a retry cannot fix it);
* ``409`` while another delivery of the same event is still being handled: its outcome
  is unknown, so the sender should come back later rather than be told "done";
* ``500`` when a handler raised: the event id is *not* remembered, so the retry runs the
  handlers again. Handlers therefore see an event at least once, and a handler that
  succeeded before a sibling failed runs again on the retry: make them idempotent.

The checks themselves live in :mod:`._verify`; :meth:`WebhookReceiver.receive` is
framework-agnostic, and :meth:`WebhookReceiver.handler` adapts it to aiohttp.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, Protocol, TypeAlias, TypeVar, overload

import attrs
from aiohttp import web

from .._generated.models import (
    BaselineMarkedEvent,
    PingEvent,
    QualityCompleteEvent,
    ScheduleFailedEvent,
    ScheduleProcessedEvent,
    ScheduleUploadedEvent,
)
from .._logging import get_logger
from ._errors import FailureReason, WebhookVerificationError
from ._events import Event
from ._seen import InMemorySeenStore, SeenStore
from ._verify import (
    DEFAULT_SEEN_TTL,
    DEFAULT_TOLERANCE,
    authenticate,
    normalize_secrets,
    seen_ttl_for,
    to_unix_time,
)

__all__ = ["ALL_EVENTS", "ReceiveOutcome", "WallClock", "WebhookReceiver"]

logger = get_logger("kazinex_planner.webhooks")

ALL_EVENTS = "*"
"""Register with ``on("*")`` to receive every event, known or not."""

DEFAULT_LEASE = 600.0
"""Seconds a delivery being handled blocks duplicates (answered 409) before another
delivery of the same event may run; ends early when the handlers finish."""

_E = TypeVar("_E")

OutcomeKind: TypeAlias = Literal["handled", "duplicate", "in_flight", "handler_failed", "rejected"]


class WallClock(Protocol):
    """What the receiver needs of a clock: any ``kazinex_planner`` ``Clock`` qualifies."""

    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


class _Register(Protocol[_E]):
    """The decorator returned by :meth:`WebhookReceiver.on`."""

    def __call__(
        self, handler: Callable[[_E], Awaitable[object]]
    ) -> Callable[[_E], Awaitable[object]]: ...


@attrs.frozen(kw_only=True)
class ReceiveOutcome:
    """What :meth:`WebhookReceiver.receive` did, and the status to answer with."""

    status: int
    """The HTTP status for the sender."""
    outcome: OutcomeKind
    """What happened, for logs and metrics."""
    reason: FailureReason | None = None
    """Why verification failed (``outcome == "rejected"`` only)."""
    event: Event | None = None
    """The verified event (``None`` when rejected)."""


class WebhookReceiver:
    """Verify Kazinex deliveries and dispatch them to async handlers.

    Usage::

        receiver = WebhookReceiver(os.environ["KAZINEX_WEBHOOK_SECRET"])

        @receiver.on("quality.complete")
        async def on_quality(event: QualityCompleteEvent) -> None: ...

        app.router.add_post("/webhooks/kazinex", receiver.handler)

    ``secret`` may be several secrets during rotation. ``seen`` defaults to a private
    :class:`InMemorySeenStore`, which de-duplicates within one process; several
    processes behind one URL need a shared :class:`SeenStore`. ``clock`` (anything with
    a timezone-aware ``now()``, such as ``VirtualClock``) defaults to the system clock.
    Handlers run one after the other, specific ones first, then ``"*"`` ones, each
    group in registration order. The sender waits 10 s for the answer: hand long work
    to a queue instead of doing it in a handler.
    """

    def __init__(
        self,
        secret: str | Sequence[str],
        *,
        tolerance: int = DEFAULT_TOLERANCE,
        seen: SeenStore | None = None,
        clock: WallClock | None = None,
        seen_ttl: float = DEFAULT_SEEN_TTL,
        lease: float = DEFAULT_LEASE,
    ) -> None:
        self._secrets = normalize_secrets(secret)
        if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0:
            raise ValueError("tolerance must be a non-negative integer number of seconds")
        if not lease > 0:
            raise ValueError("lease must be a positive number of seconds")
        self._tolerance = tolerance
        self._seen: SeenStore = InMemorySeenStore() if seen is None else seen
        self._clock = clock
        self._ttl = seen_ttl_for(tolerance, seen_ttl)
        self._lease = float(lease)
        self._handlers: dict[str, list[Callable[[Any], Awaitable[object]]]] = {}

    def __repr__(self) -> str:
        types = ", ".join(sorted(self._handlers)) or "none"
        return f"WebhookReceiver(secrets=<{len(self._secrets)}>, handlers for: {types})"

    @overload
    def on(self, event_type: Literal["schedule.uploaded"]) -> _Register[ScheduleUploadedEvent]: ...
    @overload
    def on(
        self, event_type: Literal["schedule.processed"]
    ) -> _Register[ScheduleProcessedEvent]: ...
    @overload
    def on(self, event_type: Literal["schedule.failed"]) -> _Register[ScheduleFailedEvent]: ...
    @overload
    def on(self, event_type: Literal["baseline.marked"]) -> _Register[BaselineMarkedEvent]: ...
    @overload
    def on(self, event_type: Literal["quality.complete"]) -> _Register[QualityCompleteEvent]: ...
    @overload
    def on(self, event_type: Literal["ping"]) -> _Register[PingEvent]: ...
    @overload
    def on(self, event_type: Literal["*"]) -> _Register[Event]: ...
    @overload
    def on(self, event_type: str) -> _Register[Any]: ...
    def on(self, event_type: str) -> _Register[Any]:
        """Register an async handler for ``event_type`` (``"*"`` for every event).

        Several handlers per type are allowed. A type this SDK does not model is
        delivered to its handlers as an :class:`UnknownEvent`.
        """
        if not isinstance(event_type, str) or not event_type:
            raise ValueError("event_type must be a non-empty string")

        def register(
            handler: Callable[[Any], Awaitable[object]],
        ) -> Callable[[Any], Awaitable[object]]:
            if not (
                inspect.iscoroutinefunction(handler)
                or inspect.iscoroutinefunction(getattr(handler, "__call__", None))  # noqa: B004
            ):
                raise TypeError("webhook handlers must be async functions")
            self._handlers.setdefault(event_type, []).append(handler)
            return handler

        return register

    def _now(self) -> float:
        return to_unix_time(None if self._clock is None else self._clock.now())

    def _handlers_for(self, event_type: str) -> list[Callable[[Any], Awaitable[object]]]:
        specific = self._handlers.get(event_type, []) if event_type != ALL_EVENTS else []
        return [*specific, *self._handlers.get(ALL_EVENTS, [])]

    async def receive(self, payload: bytes, headers: Mapping[str, str]) -> ReceiveOutcome:
        """Verify one delivery, run its handlers, and say what to answer.

        For web frameworks other than aiohttp: pass the raw body and the headers, and
        answer ``outcome.status``. Handler exceptions are logged and turned into 500.
        """
        now = self._now()
        try:
            event = authenticate(
                payload, headers, self._secrets, tolerance=self._tolerance, now=now
            )
        except WebhookVerificationError as exc:
            logger.info("webhook delivery rejected (%s)", exc.reason)
            return ReceiveOutcome(status=400, outcome="rejected", reason=exc.reason)

        claim = self._seen.claim(event.id, now=now, lease=self._lease)
        if claim == "seen":
            logger.info("webhook %s (%s) already handled; acknowledged", event.id, event.type)
            return ReceiveOutcome(status=204, outcome="duplicate", event=event)
        if claim == "in_flight":
            logger.info("webhook %s (%s) is being handled; answering 409", event.id, event.type)
            return ReceiveOutcome(status=409, outcome="in_flight", event=event)

        handlers = self._handlers_for(event.type)
        logger.debug("webhook %s (%s): %d handler(s)", event.id, event.type, len(handlers))
        committed = False
        try:
            for handler in handlers:
                await handler(event)
            self._seen.commit(event.id, now=self._now(), ttl=self._ttl)
            committed = True
        except Exception:
            logger.exception(
                "webhook %s (%s): handling failed; answering 500 so the sender retries",
                event.id,
                event.type,
            )
            return ReceiveOutcome(status=500, outcome="handler_failed", event=event)
        finally:
            if not committed:
                self._seen.release(event.id)
        logger.info("webhook %s (%s) handled", event.id, event.type)
        return ReceiveOutcome(status=204, outcome="handled", event=event)

    async def handler(self, request: web.Request) -> web.Response:
        """The aiohttp request handler: ``app.router.add_post(path, receiver.handler)``.

        Reads the raw body (aiohttp's ``client_max_size`` bounds it), then answers as
        described in the module docs. Error bodies carry only a short code.
        """
        payload = await request.read()
        outcome = await self.receive(payload, request.headers)
        if outcome.status == 204:
            return web.Response(status=204)
        code = outcome.reason if outcome.reason is not None else outcome.outcome
        return web.json_response({"error": code}, status=outcome.status)
