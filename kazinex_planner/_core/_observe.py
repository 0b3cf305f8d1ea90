"""Typed facts about every call, attempt and retry, sent to ``on_event`` and to telemetry.

The transport reports each step of a logical call to a :class:`CallTracker`. When
nobody listens (no ``on_event`` hook, no OpenTelemetry) there is no tracker: the
transport checks ``call is not None`` at each step, and an unobserved call pays a few
comparisons.

Pagers, uploads, waiters and the export open a :class:`Group` around their calls; the
group is found through a context variable, so telemetry can give the calls a parent
span without the group knowing about OpenTelemetry (and without any cost when off).
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

import attrs

if TYPE_CHECKING:
    import aiohttp

    from ._records import Request, Response, RetryEvent

__all__ = [
    "AttemptFinished",
    "AttemptStarted",
    "CallTracker",
    "Group",
    "Observer",
    "OperationFinished",
    "OperationStarted",
    "Telemetry",
    "current_group",
    "grouped",
    "open_group",
]

P = ParamSpec("P")
T = TypeVar("T")


# -- the events --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class OperationStarted:
    """A logical SDK call begins (before its first rate-limit token)."""

    operation_id: str
    method: str
    url_template: str  # the spec's path, e.g. "/projects/{project_id}"
    lane: str
    idempotency_key_present: bool


@attrs.frozen(kw_only=True)
class AttemptStarted:
    """One HTTP attempt is about to be sent (its rate-limit token is taken)."""

    operation_id: str
    method: str
    resend_count: int  # 0 for the first attempt, then 1, 2, ...


@attrs.frozen(kw_only=True)
class AttemptFinished:
    """One HTTP attempt ended with a response (any status) or a connection failure."""

    operation_id: str
    method: str
    resend_count: int
    duration: float  # seconds
    status: int | None
    error_type: str | None  # the status code for >= 400, else the exception's class name
    request_id: str | None


@attrs.frozen(kw_only=True)
class OperationFinished:
    """A logical call ended: returned a response or raised ``error_type``."""

    operation_id: str
    method: str
    attempts: int
    limiter_wait: float  # seconds spent waiting for rate-limit tokens, all attempts
    duration: float  # seconds
    status: int | None
    error_type: str | None
    request_id: str | None


# -- groups ------------------------------------------------------------------------------


class Group:
    """A span of work that groups calls: a pager's pages, an upload, a waiter, an export.

    Telemetry adapters keep their own state per group in :attr:`state` and register a
    closer with :meth:`on_close`; the group ends them when it closes.
    """

    __slots__ = ("_closers", "attributes", "closed", "name", "parent", "start_ns", "state")

    def __init__(
        self, name: str, attributes: Mapping[str, str | int | bool] | None, parent: Group | None
    ) -> None:
        self.name = name
        self.attributes = dict(attributes or {})
        self.parent = parent
        self.start_ns = time.time_ns()
        self.state: dict[object, Any] = {}
        self.closed = False
        self._closers: list[Callable[[BaseException | None], object]] = []

    def on_close(self, closer: Callable[[BaseException | None], object]) -> None:
        self._closers.append(closer)

    def close(self, error: BaseException | None = None) -> None:
        if self.closed:
            return
        self.closed = True
        closers, self._closers = self._closers, []
        for closer in closers:
            closer(error)

    def bind(self, fn: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
        """``fn`` with this group current while it runs (for calls made outside a ``with``)."""

        async def inside(*args: P.args, **kwargs: P.kwargs) -> T:
            token = _GROUP.set(self)
            try:
                return await fn(*args, **kwargs)
            finally:
                _GROUP.reset(token)

        return inside


_GROUP: ContextVar[Group | None] = ContextVar("kazinex_planner_group", default=None)


def current_group() -> Group | None:
    return _GROUP.get()


@contextlib.contextmanager
def open_group(
    name: str, attributes: Mapping[str, str | int | bool] | None = None
) -> Iterator[Group]:
    """Make calls inside the block children of one group (closed with the block's error)."""
    group = Group(name, attributes, _GROUP.get())
    token = _GROUP.set(group)
    try:
        yield group
    except BaseException as exc:
        group.close(exc)
        raise
    finally:
        _GROUP.reset(token)
        group.close(None)


def grouped(
    name: str,
) -> Callable[[Callable[P, Awaitable[T]]], Callable[P, Coroutine[Any, Any, T]]]:
    """Decorate an async function so that every call of it is one group."""

    def decorate(fn: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
        @functools.wraps(fn)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            with open_group(name):
                return await fn(*args, **kwargs)

        return wrapper

    return decorate


# -- calls -------------------------------------------------------------------------------


class OperationTelemetry(Protocol):
    """What a telemetry adapter does for one call (see ``kazinex_planner._otel``)."""

    def attempt_started(self, event: AttemptStarted) -> None: ...
    def attempt_finished(self, event: AttemptFinished) -> None: ...
    def retrying(self, event: RetryEvent, reason: str) -> None: ...
    def finished(self, event: OperationFinished) -> None: ...


class Telemetry(Protocol):
    def recording(self) -> bool:
        """False while nothing could come of the call's spans and measurements (no
        provider yet): the call then skips the adapter, asked again on every call."""
        ...

    def start_operation(
        self, event: OperationStarted, group: Group | None
    ) -> OperationTelemetry: ...
    def close(self) -> None: ...
    def trace_configs(self) -> list[aiohttp.TraceConfig]: ...


def error_type(error: BaseException) -> str:
    """``error.type`` per the semantic conventions: the status code, else the class name."""
    status = getattr(error, "status", None)
    if isinstance(status, int) and status >= 400:
        return str(status)
    return type(error).__qualname__


class CallTracker:
    """Collects one call's facts and hands them to the hook and the telemetry adapter."""

    __slots__ = (
        "_acquire_from",
        "_attempt_from",
        "_clock",
        "_hook",
        "_started",
        "_telemetry",
        "attempts",
        "limiter_wait",
        "method",
        "operation_id",
    )

    def __init__(
        self,
        request: Request,
        lane: str,
        *,
        url_template: str,
        clock: Callable[[], float],
        hook: Callable[[Any], object] | None,
        telemetry: Telemetry | None,
    ) -> None:
        self.operation_id = request.operation_id
        self.method = request.method
        self.attempts = 0
        self.limiter_wait = 0.0
        self._clock = clock
        self._hook = hook
        self._started = time.perf_counter()
        self._acquire_from = 0.0
        self._attempt_from = 0.0
        event = OperationStarted(
            operation_id=request.operation_id,
            method=request.method,
            url_template=url_template,
            lane=lane,
            idempotency_key_present=request.idempotency_key is not None,
        )
        # The hook first: if it raises, no span has been started (and left open).
        self._emit(event)
        self._telemetry = (
            telemetry.start_operation(event, _GROUP.get()) if telemetry is not None else None
        )

    def _emit(self, event: object) -> None:
        if self._hook is not None:
            self._hook(event)

    def acquiring(self) -> None:
        self._acquire_from = self._clock()

    def attempt_started(self) -> None:
        # The limiter's clock (virtual in tests) measures the wait; real time the attempt.
        self.limiter_wait += max(0.0, self._clock() - self._acquire_from)
        self._attempt_from = time.perf_counter()
        event = AttemptStarted(
            operation_id=self.operation_id, method=self.method, resend_count=self.attempts
        )
        self.attempts += 1
        if self._telemetry is not None:
            self._telemetry.attempt_started(event)
        self._emit(event)

    def attempt_finished(self, response: Response | None, error: BaseException | None) -> None:
        status = response.status if response is not None else None
        if error is not None:
            kind: str | None = error_type(error)
        else:
            kind = str(status) if status is not None and status >= 400 else None
        event = AttemptFinished(
            operation_id=self.operation_id,
            method=self.method,
            resend_count=self.attempts - 1,
            duration=time.perf_counter() - self._attempt_from,
            status=status,
            error_type=kind,
            request_id=response.request_id if response is not None else None,
        )
        if self._telemetry is not None:
            self._telemetry.attempt_finished(event)
        self._emit(event)

    def retrying(self, event: RetryEvent) -> None:
        if self._telemetry is not None:
            self._telemetry.retrying(event, retry_reason(event))
        self._emit(event)

    def finished(self, response: Response | None, error: BaseException | None) -> None:
        status = response.status if response is not None else getattr(error, "status", None)
        event = OperationFinished(
            operation_id=self.operation_id,
            method=self.method,
            attempts=self.attempts,
            limiter_wait=self.limiter_wait,
            duration=time.perf_counter() - self._started,
            status=status if isinstance(status, int) else None,
            error_type=error_type(error) if error is not None else None,
            request_id=(
                response.request_id if response is not None else getattr(error, "request_id", None)
            ),
        )
        if self._telemetry is not None:
            self._telemetry.finished(event)
        self._emit(event)


def retry_reason(event: RetryEvent) -> str:
    """A bounded label for metrics: the status code, ``timeout`` or ``connection``."""
    if event.status is not None:
        return str(event.status)
    return "timeout" if "timeout" in event.reason.lower() else "connection"


class Observer:
    """One per client: decides once whether calls are observed at all."""

    def __init__(
        self,
        *,
        on_event: Callable[[Any], object] | None,
        telemetry: Telemetry | None,
        clock: Callable[[], float],
        url_templates: Mapping[str, str] | None = None,
    ) -> None:
        self.on_event = on_event
        self.telemetry = telemetry
        self._clock = clock
        # operationId -> the spec's path, handed in by the client: the index is
        # generated code, a layer above this one (see ARCHITECTURE.md, "Layers").
        self._url_templates: Mapping[str, str] = url_templates or {}
        self.active = on_event is not None or telemetry is not None

    def trace_configs(self) -> list[aiohttp.TraceConfig] | None:
        """For the session the transport creates: trace-context propagation, if any."""
        return (self.telemetry.trace_configs() or None) if self.telemetry is not None else None

    def call(self, request: Request, lane: str) -> CallTracker | None:
        """A tracker for one call, or ``None`` when nobody would hear of it (the
        transport asks only when :attr:`active`)."""
        telemetry = self.telemetry
        if telemetry is not None and not telemetry.recording():
            # On by default, so a client whose application never configured
            # OpenTelemetry would otherwise build spans nobody records on every call.
            if self.on_event is None:
                return None
            telemetry = None
        return CallTracker(
            request,
            lane,
            url_template=self._url_templates.get(request.operation_id, ""),
            clock=self._clock,
            hook=self.on_event,
            telemetry=telemetry,
        )
