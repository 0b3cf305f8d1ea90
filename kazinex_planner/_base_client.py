"""``BaseClient``: configuration, one transport, one limiter and the eight resource groups.

Everything of :class:`~kazinex_planner.PlannerClient` except the bulk export, which is a
layer above (``kazinex_planner.export`` takes a client); the public class adds the
``export()`` shortcut on top, so this module never imports ``export``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self

import aiohttp
from yarl import URL

from ._clock import Clock, SystemClock
from ._core._config import (
    DEFAULT_TIMEOUT,
    RequestOptions,
    resolve_api_key,
    resolve_base_url,
    resolve_plan,
    resolve_redis_url,
)
from ._core._events import PlannerEvent
from ._core._http import HttpTransport, RetryEvent
from ._core._observe import Observer, Telemetry
from ._core._options import Lane, check_extra_headers
from ._generated.operations import OPERATIONS
from ._generated.resources import (
    ActivitiesResource,
    BaselinesResource,
    ProjectsResource,
    ResourcesResource,
    UsersResource,
    WebhooksResource,
)
from ._logging import configure_from_env, register_secret
from .ratelimit import Plan, RateLimiter, RateLimitSnapshot, RedisBackend
from .resources.quality import Quality
from .resources.schedules import Schedules

__all__ = ["DEFAULT_PLAN", "BaseClient"]

#: operationId -> the spec's path, for the observer's events and spans (``url.template``).
_URL_TEMPLATES: Mapping[str, str] = {op.operation_id: op.path for op in OPERATIONS}

#: The plan assumed when none is given; ``Emulator()`` defaults to the same one.
DEFAULT_PLAN = Plan.PROFESSIONAL.name


class BaseClient:
    """The client without ``export()``: see :class:`kazinex_planner.PlannerClient`."""

    projects: ProjectsResource
    schedules: Schedules
    activities: ActivitiesResource
    baselines: BaselinesResource
    quality: Quality
    resources: ResourcesResource
    users: UsersResource
    webhooks: WebhooksResource

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | URL | None = None,
        plan: Plan | str | None = None,
        timeout: float | None = None,
        max_retries: int = 3,
        session: aiohttp.ClientSession | None = None,
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
        configure_from_env()
        key = resolve_api_key(api_key)
        register_secret(key)
        self.base_url = resolve_base_url(base_url)
        self._owned_backend: RedisBackend | None = None
        if limiter is not None:
            if plan is not None and Plan.parse(plan) != limiter.plan:
                raise ValueError("pass either plan= or a limiter built for that plan, not both")
            if redis_url is not None:
                raise ValueError("pass either redis_url= or a limiter, not both")
            self.plan = limiter.plan
        else:
            self.plan = resolve_plan(plan)
            url = resolve_redis_url(redis_url)
            if url is not None:
                self._owned_backend = RedisBackend.from_url(url)
            limiter = RateLimiter(self.plan, clock=clock, backend=self._owned_backend)
        limiter.bind_api_key(key)
        self.limiter = limiter
        self._clock = clock or SystemClock()
        self._options = RequestOptions(
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            lane=lane,
            extra_headers=check_extra_headers(extra_headers),
        )
        self._telemetry: Telemetry | None = None
        if telemetry:
            # Imports opentelemetry only now, and only if the ``otel`` extra is installed.
            from ._otel import load_telemetry

            self._telemetry = load_telemetry(
                tracer_provider=tracer_provider,
                meter_provider=meter_provider,
                attempt_spans=attempt_spans,
                base_url=self.base_url,
                limiter=limiter,
            )
        observer = Observer(
            on_event=on_event,
            telemetry=self._telemetry,
            clock=limiter.clock.monotonic,
            url_templates=_URL_TEMPLATES,
        )
        self._transport = HttpTransport(
            api_key=key,
            base_url=self.base_url,
            limiter=limiter,
            clock=self._clock,
            options=self._options,
            session=session,
            connection_limit=self.plan.connection_limit,
            trust_env=trust_env,
            on_retry=on_retry,
            observer=observer,
        )
        self._attach(self._transport)

    def _attach(self, transport: HttpTransport) -> None:
        self._transport = transport
        self.projects = ProjectsResource(transport)
        self.schedules = Schedules(transport)
        self.activities = ActivitiesResource(transport)
        self.baselines = BaselinesResource(transport)
        self.quality = Quality(transport)
        self.resources = ResourcesResource(transport)
        self.users = UsersResource(transport)
        self.webhooks = WebhooksResource(transport)

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with other defaults sharing this one's session, limiter and key.

        Unset arguments keep this client's values; ``extra_headers`` are added to this
        client's. Closing the returned client does not close the shared session (closing
        this one does).
        """
        current = self._options
        options = RequestOptions(
            timeout=current.timeout if timeout is None else timeout,
            max_retries=current.max_retries if max_retries is None else max_retries,
            max_wait=current.max_wait if max_wait is None else max_wait,
            lane=current.lane if lane is None else lane,
            extra_headers={**current.extra_headers, **check_extra_headers(extra_headers)},
        )
        derived = object.__new__(type(self))
        derived.base_url = self.base_url
        derived.plan = self.plan
        derived.limiter = self.limiter
        derived._clock = self._clock
        derived._options = options
        derived._owned_backend = None  # the limiter's Redis connection stays with its owner
        derived._telemetry = None  # shared through the transport's observer; its owner closes it
        derived._attach(self._transport.derive(options))
        return derived

    @property
    def rate_limit(self) -> RateLimitSnapshot:
        """Limits, remaining tokens and resets of both windows, as the limiter sees them."""
        return self.limiter.snapshot()

    @property
    def closed(self) -> bool:
        return self._transport.closed

    async def close(self) -> None:
        """Close the session we created (an injected session is left to its owner),
        and the Redis connection of a limiter built from ``redis_url``."""
        if self._telemetry is not None:
            self._telemetry.close()
        try:
            await self._transport.close()
        finally:
            if self._owned_backend is not None:
                backend, self._owned_backend = self._owned_backend, None
                await backend.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"PlannerClient(base_url={str(self.base_url)!r}, plan={self.plan.name!r})"

    def __del__(self, _warn: Any = warnings.warn) -> None:
        transport = getattr(self, "_transport", None)
        if transport is not None and transport.owns_unclosed_session:
            _warn(
                f"unclosed {self!r}: use `async with PlannerClient()` or `await planner.close()`",
                ResourceWarning,
                stacklevel=2,
            )
