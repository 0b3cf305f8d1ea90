"""``kazinex_planner.sync.PlannerClient``: the async client driven from blocking code."""

from __future__ import annotations

import asyncio
import os
import weakref
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from yarl import URL

from .._bridge import LoopThread
from .._client import PlannerClient as AsyncPlannerClient
from .._clock import Clock
from .._core._events import PlannerEvent
from .._core._http import RetryEvent
from .._core._options import Lane
from .._generated.sync_resources import (
    SyncActivitiesResource,
    SyncBaselinesResource,
    SyncProjectsResource,
    SyncResourcesResource,
    SyncUsersResource,
    SyncWebhooksResource,
)
from ..ratelimit import Plan, RateLimiter, RateLimitSnapshot
from ._resources import SyncQuality, SyncSchedules

if TYPE_CHECKING:
    from ..export import ExportFormat, ExportReport, ProgressCallback

__all__ = ["PlannerClient"]


class PlannerClient:
    """A blocking client for scripts, notebooks and task runners (Airflow, Dagster).

    It owns one :class:`kazinex_planner.PlannerClient` and one event loop running in a
    daemon thread; every method runs the async method there and blocks until it is done.
    So the HTTP session and the rate limiter stay on one loop for the client's life, any
    thread may call (concurrent calls share the limiter), and it works where a loop is
    already running (Jupyter), because it never touches the caller's loop.

    The groups, methods and parameters are the async client's (generated from the same
    templates); list methods return a :class:`SyncPager` (``for a in planner.activities.
    list(pid)``); errors are the same classes. Ctrl-C cancels the call in flight. Use
    ``with PlannerClient() as planner:`` or call :meth:`close`; a client still open at
    interpreter exit is closed by ``atexit``. After ``fork()`` the child cannot use the
    parent's client (a clear :class:`~kazinex_planner._bridge.LoopThreadError`): create
    one in the child. Callbacks (``on_retry``, ``on_progress``, export ``progress``) run
    on the loop thread and must not call this client. There is no ``session=``: an
    ``aiohttp`` session belongs to the loop that created it, and this client's loop is
    its own.
    """

    projects: SyncProjectsResource
    schedules: SyncSchedules
    activities: SyncActivitiesResource
    baselines: SyncBaselinesResource
    quality: SyncQuality
    resources: SyncResourcesResource
    users: SyncUsersResource
    webhooks: SyncWebhooksResource

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | URL | None = None,
        plan: Plan | str | None = None,
        timeout: float | None = None,
        max_retries: int = 3,
        limiter: RateLimiter | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        trust_env: bool = False,
        clock: Clock | None = None,
        redis_url: str | None = None,
        max_wait: float | None = None,
        lane: Lane = "interactive",
        extra_headers: Mapping[str, str] | None = None,
        on_event: Callable[[PlannerEvent], object] | None = None,
        telemetry: bool = True,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        attempt_spans: bool = True,
    ) -> None:
        bridge = LoopThread("kazinex-planner-sync")

        async def build() -> AsyncPlannerClient:
            # Built on the loop thread, so everything it creates belongs to that loop.
            return AsyncPlannerClient(
                api_key,
                base_url=base_url,
                plan=plan,
                timeout=timeout,
                max_retries=max_retries,
                limiter=limiter,
                on_retry=on_retry,
                trust_env=trust_env,
                clock=clock,
                redis_url=redis_url,
                max_wait=max_wait,
                lane=lane,
                extra_headers=extra_headers,
                # on_event runs on the client's loop thread, like every callback here.
                on_event=on_event,
                telemetry=telemetry,
                tracer_provider=tracer_provider,
                meter_provider=meter_provider,
                attempt_spans=attempt_spans,
            )

        try:
            client = bridge.run(build())
        except BaseException:
            bridge.stop()
            raise
        # Runs once: on close(), when the client is garbage-collected, or at exit.
        self._attach(bridge, client, weakref.finalize(self, _shutdown, bridge, client))

    def _attach(
        self, bridge: LoopThread, client: AsyncPlannerClient, finalizer: weakref.finalize[Any, Any]
    ) -> None:
        self._bridge = bridge
        self._async = client
        self._finalizer = finalizer
        self.projects = SyncProjectsResource(bridge, client.projects)
        self.schedules = SyncSchedules(bridge, client.schedules)
        self.activities = SyncActivitiesResource(bridge, client.activities)
        self.baselines = SyncBaselinesResource(bridge, client.baselines)
        self.quality = SyncQuality(bridge, client.quality)
        self.resources = SyncResourcesResource(bridge, client.resources)
        self.users = SyncUsersResource(bridge, client.users)
        self.webhooks = SyncWebhooksResource(bridge, client.webhooks)

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PlannerClient:
        """A client with other defaults sharing this one's loop thread, session and limiter.

        See the async :meth:`kazinex_planner.PlannerClient.with_options`. Closing the
        returned client does not close the shared session or thread (closing this one does).
        """

        async def derive() -> AsyncPlannerClient:
            return self._async.with_options(
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                extra_headers=extra_headers,
            )

        derived = object.__new__(PlannerClient)
        client = self._bridge.run(derive())
        derived._attach(self._bridge, client, weakref.finalize(derived, _detach, self))
        return derived

    @property
    def async_client(self) -> AsyncPlannerClient:
        """The async client underneath (use it only on :attr:`loop`)."""
        return self._async

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The event loop (in its own daemon thread) every call of this client runs on."""
        return self._bridge.loop

    @property
    def base_url(self) -> URL:
        return self._async.base_url

    @property
    def plan(self) -> Plan:
        return self._async.plan

    @property
    def limiter(self) -> RateLimiter:
        return self._async.limiter

    @property
    def rate_limit(self) -> RateLimitSnapshot:
        """Limits, remaining tokens and resets of both windows, as the limiter sees them."""
        return self._async.rate_limit

    def export(
        self,
        out_dir: str | os.PathLike[str],
        *,
        projects: Iterable[str] | None = None,
        include: Iterable[str] | None = None,
        format: ExportFormat = "jsonl",
        concurrency: int | None = None,
        resume: bool = True,
        typed: bool = False,
        allow_partial: bool = False,
        progress: ProgressCallback | None = None,
        shard: tuple[int, int] | None = None,
    ) -> ExportReport:
        """Export projects to files, blocking; see :func:`kazinex_planner.export.export`."""
        return self._bridge.run(
            self._async.export(
                out_dir,
                projects=projects,
                include=include,
                format=format,
                concurrency=concurrency,
                resume=resume,
                typed=typed,
                allow_partial=allow_partial,
                progress=progress,
                shard=shard,
            )
        )

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def close(self) -> None:
        """Close the session, stop the loop and join its thread (idempotent)."""
        self._finalizer()

    def __enter__(self) -> PlannerClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return (
            f"kazinex_planner.sync.PlannerClient(base_url={str(self.base_url)!r}, "
            f"plan={self.plan.name!r}, {state})"
        )


def _detach(owner: PlannerClient) -> None:
    # A derived client closes nothing of its own; holding `owner` until now kept the
    # shared loop thread alive for as long as the derived client was in use.
    del owner


def _shutdown(bridge: LoopThread, client: AsyncPlannerClient) -> None:
    # Never refers to the sync client, so the finalizer does not keep it alive.
    if bridge.running:
        try:
            bridge.run(client.close())
        finally:
            bridge.stop()
    else:
        bridge.stop()
