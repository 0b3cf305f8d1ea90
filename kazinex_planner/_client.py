"""``PlannerClient``: the one object users create."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

import aiohttp
from yarl import URL

from ._core._clock import Clock, SystemClock
from ._core._config import (
    DEFAULT_TIMEOUT,
    RequestOptions,
    resolve_api_key,
    resolve_base_url,
    resolve_plan,
)
from ._core._http import HttpTransport, RetryEvent
from ._core._logging import configure_from_env, register_secret
from ._generated.resources import (
    ActivitiesResource,
    BaselinesResource,
    ProjectsResource,
    ResourcesResource,
    UsersResource,
    WebhooksResource,
)
from .ratelimit import Plan, RateLimiter, RateLimitSnapshot
from .resources.quality import Quality
from .resources.schedules import Schedules

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .export import ExportFormat, ExportReport, ProgressCallback

__all__ = ["PlannerClient"]


class PlannerClient:
    """An async client for the Planner API: one session, one rate limiter, eight groups.

    Use it as ``async with PlannerClient() as planner:`` or call ``await planner.close()``.
    Unset arguments come from ``KAZINEX_API_KEY``, ``KAZINEX_BASE_URL`` and
    ``KAZINEX_PLAN``. Clients given the same ``limiter`` share one budget (one key).
    """

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
    ) -> None:
        configure_from_env()
        key = resolve_api_key(api_key)
        register_secret(key)
        self.base_url = resolve_base_url(base_url)
        if limiter is not None:
            if plan is not None and Plan.parse(plan) != limiter.plan:
                raise ValueError("pass either plan= or a limiter built for that plan, not both")
            self.plan = limiter.plan
        else:
            self.plan = resolve_plan(plan)
            limiter = RateLimiter(self.plan, clock=clock)
        self.limiter = limiter
        self._clock = clock or SystemClock()
        self._options = RequestOptions(
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout, max_retries=max_retries
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
        )
        self.projects = ProjectsResource(self._transport)
        self.schedules = Schedules(self._transport)
        self.activities = ActivitiesResource(self._transport)
        self.baselines = BaselinesResource(self._transport)
        self.quality = Quality(self._transport)
        self.resources = ResourcesResource(self._transport)
        self.users = UsersResource(self._transport)
        self.webhooks = WebhooksResource(self._transport)

    @property
    def rate_limit(self) -> RateLimitSnapshot:
        """Limits, remaining tokens and resets of both windows, as the limiter sees them."""
        return self.limiter.snapshot()

    async def export(
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
    ) -> ExportReport:
        """Export projects to files; see :func:`kazinex_planner.export.export`."""
        from .export import DEFAULT_INCLUDE, export

        return await export(
            self,
            out_dir,
            projects=projects,
            include=DEFAULT_INCLUDE if include is None else include,
            format=format,
            concurrency=concurrency,
            resume=resume,
            typed=typed,
            allow_partial=allow_partial,
            progress=progress,
        )

    @property
    def closed(self) -> bool:
        return self._transport.closed

    async def close(self) -> None:
        """Close the session we created (an injected session is left to its owner)."""
        await self._transport.close()

    async def __aenter__(self) -> PlannerClient:
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
