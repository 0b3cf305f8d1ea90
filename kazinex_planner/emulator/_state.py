"""The emulator's whole state: configuration, stored records and background work.

One object so that tests can inspect everything the server did (``state.projects``,
``state.events``, ``state.requests_served`` ...) and so that persistence has a single
thing to save. Cross-collection rules that several handlers need (which revision a
``schedule_id`` query means, cascading deletes) live here too.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Coroutine, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .._clock import Clock, SystemClock
from .._logging import get_logger
from ._errors import ApiError
from ._faults import Faults
from ._idempotency import IdempotencyStore
from ._ids import new_id, random_token
from ._plans import DEFAULT_PLAN, Plan, PlanLike, resolve_plan
from ._ratelimit import RateLimiter
from ._records import (
    Activity,
    ApiKey,
    Assignment,
    Baseline,
    Delivery,
    Event,
    Project,
    QualityResult,
    Resource,
    Schedule,
    User,
    Webhook,
)

if TYPE_CHECKING:
    import aiohttp

    from kazinex_planner.schedule_files import ScheduleData

__all__ = ["DEFAULT_RETRY_SCHEDULE", "DEFAULT_UPLOAD_LIMIT", "KEY_PREFIX", "EmulatorState"]

log = get_logger("kazinex_planner.emulator")

KEY_PREFIX = "kzp_test_"
DEFAULT_UPLOAD_LIMIT = 100 * 1024 * 1024
#: Seconds between a failed delivery attempt and the next (contract: 1 min ... 6 h).
DEFAULT_RETRY_SCHEDULE: tuple[float, ...] = (60.0, 300.0, 1800.0, 7200.0, 21600.0)
SCOPES = ("read_only", "read_write")
ROLES = ("admin", "editor", "viewer")


def key_digest(key: str) -> str:
    """What the store keeps instead of a key: its SHA-256 (keys are high-entropy)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class EmulatorState:
    """Configuration plus every collection the API exposes; see the module docstring."""

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        plan: PlanLike = DEFAULT_PLAN,
        faults: Faults | None = None,
        webhook_allow: Iterable[str] = (),
        upload_limit: int = DEFAULT_UPLOAD_LIMIT,
        retry_schedule: Sequence[float] = DEFAULT_RETRY_SCHEDULE,
        delivery_timeout: float = 10.0,
    ) -> None:
        self.clock: Clock = clock or SystemClock()
        self.plan: Plan = resolve_plan(plan)
        self.faults: Faults = faults or Faults()
        self.webhook_allow: frozenset[str] = frozenset(h.lower() for h in webhook_allow)
        self.upload_limit = upload_limit
        self.retry_schedule: tuple[float, ...] = tuple(retry_schedule)
        self.delivery_timeout = delivery_timeout
        self.limiter = RateLimiter(self.clock)
        self.idempotency = IdempotencyStore(self.clock)

        self.users: dict[str, User] = {}
        self.keys: dict[str, ApiKey] = {}
        self.projects: dict[str, Project] = {}
        self.schedules: dict[str, Schedule] = {}
        self.activities: dict[str, dict[str, Activity]] = {}
        self.resources: dict[str, dict[str, Resource]] = {}
        self.assignments: dict[str, dict[str, Assignment]] = {}
        self.schedule_data: dict[str, ScheduleData] = {}
        self.quality: dict[str, QualityResult] = {}
        self.baselines: dict[str, Baseline] = {}
        self.webhooks: dict[str, Webhook] = {}
        self.deliveries: dict[str, Delivery] = {}
        self.events: list[Event] = []
        #: Requests answered per API key id (``ApiKey.id``), rejected ones included.
        self.requests_served: dict[str, int] = {}
        #: Latest quality computation started per revision (newest result wins).
        self.quality_generation: dict[str, int] = {}
        #: Bumped on every change, so persistence knows when to save.
        self.revision = 0

        self.http: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._busy = 0
        now = self.clock.now()
        self.owner = User(
            id=new_id("usr"),
            email="owner@example.com",
            name="Workspace Owner",
            role="admin",
            status="active",
            created_at=now,
        )
        self.users[self.owner.id] = self.owner

    # ----------------------------------------------------------------- keys and users
    def issue_key(
        self, scope: str = "read_write", role: str = "admin", plan: PlanLike | None = None
    ) -> str:
        """Create an API key acting for a user with ``role``; returns the key (shown once)."""
        if scope not in SCOPES:
            raise ValueError(f"scope must be one of {SCOPES}")
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        user = self._user_with_role(role)
        key = KEY_PREFIX + random_token(32)
        record = ApiKey(
            id=new_id("key"),
            digest=key_digest(key),
            user_id=user.id,
            scope=scope,
            plan=resolve_plan(plan) if plan is not None else self.plan,
            created_at=self.clock.now(),
        )
        self.keys[record.digest] = record
        self.touch()
        return key

    def key_record(self, key: str) -> ApiKey | None:
        """The record of ``key`` (whatever its user's state), or ``None``."""
        return self.keys.get(key_digest(key))

    def authenticate(self, key: str) -> tuple[ApiKey, User] | None:
        """The key and its user, if the key exists and its user may still use the API."""
        record = self.keys.get(key_digest(key))
        if record is None:
            return None
        user = self.users.get(record.user_id)
        if user is None or user.status == "disabled":
            return None
        return record, user

    def request_count(self, key: str) -> int:
        """How many requests the server answered for ``key`` (tests assert on it)."""
        record = self.key_record(key)
        return self.requests_served.get(record.id, 0) if record else 0

    def set_day_used(self, key: str, used: int) -> None:
        """Pretend ``key`` has already made ``used`` requests today."""
        record = self.key_record(key)
        if record is None:
            raise KeyError("unknown API key")
        self.limiter.set_day_used(record.id, record.plan, used)

    def _user_with_role(self, role: str) -> User:
        if role == "admin":
            return self.owner
        for user in self.users.values():
            if user.role == role and user.status == "active":
                return user
        user = User(
            id=new_id("usr"),
            email=f"{role}.{random_token(6).lower()}@example.com",
            name=f"Test {role}",
            role=role,
            status="active",
            created_at=self.clock.now(),
        )
        self.users[user.id] = user
        return user

    # -------------------------------------------------------------- schedules lookup
    def project(self, project_id: str) -> Project:
        project = self.projects.get(project_id)
        if project is None:
            raise ApiError.not_found("project", project_id)
        return project

    def project_schedules(self, project_id: str) -> list[Schedule]:
        """The project's revisions, oldest first."""
        return sorted(
            (s for s in self.schedules.values() if s.project_id == project_id),
            key=lambda s: s.revision,
        )

    def schedule_of(self, project: Project, schedule_id: str) -> Schedule:
        schedule = self.schedules.get(schedule_id)
        if schedule is None or schedule.project_id != project.id:
            raise ApiError.not_found("schedule", schedule_id)
        return schedule

    def readable_schedule(self, project: Project, schedule_id: str | None) -> Schedule:
        """The revision a ``schedule_id`` query selects: 404 if none, 409 if not ready."""
        if schedule_id is None:
            if project.current_schedule_id is None:
                raise ApiError(
                    404,
                    f"Project {project.id} has no current schedule yet; upload one first.",
                )
            schedule_id = project.current_schedule_id
        schedule = self.schedule_of(project, schedule_id)
        if schedule.status != "ready":
            raise ApiError.conflict(
                f"Schedule {schedule.id} is {schedule.status}, not ready.",
                "schedule_id",
                f"schedule is {schedule.status}",
            )
        return schedule

    def primary_baseline_codes(self, project: Project) -> dict[str, Activity]:
        """Activities of the project's primary baseline revision by code (for baseline dates)."""
        if project.baseline_schedule_id is None:
            return {}
        acts = self.activities.get(project.baseline_schedule_id, {})
        return {a.code: a for a in acts.values()}

    # --------------------------------------------------------------------- deletion
    def drop_schedule(self, schedule: Schedule) -> None:
        """Remove a revision and everything hanging off it; fix roles and the project."""
        project = self.projects.get(schedule.project_id)
        self.schedules.pop(schedule.id, None)
        for collection in (self.activities, self.resources, self.assignments):
            collection.pop(schedule.id, None)
        self.schedule_data.pop(schedule.id, None)
        self.quality.pop(schedule.id, None)
        for bl in [b for b in self.baselines.values() if b.schedule_id == schedule.id]:
            del self.baselines[bl.id]
        if project is None:
            return
        now = self.clock.now()
        if project.baseline_schedule_id == schedule.id:
            project.baseline_schedule_id = None
            project.updated_at = now
        if project.current_schedule_id == schedule.id:
            project.current_schedule_id = None
            ready = [s for s in self.project_schedules(project.id) if s.status == "ready"]
            if ready:
                newest = ready[-1]
                newest.role = "current"
                project.current_schedule_id = newest.id
            project.updated_at = now
        self.touch()

    def drop_project(self, project: Project) -> None:
        for schedule in self.project_schedules(project.id):
            self.drop_schedule(schedule)
        for bl in [b for b in self.baselines.values() if b.project_id == project.id]:
            del self.baselines[bl.id]
        self.projects.pop(project.id, None)
        self.touch()

    def role_after_unassign(self, schedule: Schedule) -> str:
        """The role a revision falls back to when it stops being current or baseline."""
        if schedule.status != "ready":
            return "none"
        project = self.projects.get(schedule.project_id)
        if project and project.current_schedule_id == schedule.id:
            return "current"
        if project and project.baseline_schedule_id == schedule.id:
            return "baseline"
        return "archived"

    # ------------------------------------------------------------- background work
    def touch(self) -> None:
        self.revision += 1

    def spawn(
        self, coro: Coroutine[Any, Any, Any], *, name: str, busy: bool = True
    ) -> asyncio.Task[Any]:
        """Run ``coro`` in the background. With ``busy`` :meth:`wait_idle` waits for it;
        long-lived tasks (a delivery sleeping until its retry) mark busy spans themselves."""
        task = asyncio.get_running_loop().create_task(self._tracked(coro, busy), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _tracked(self, coro: Coroutine[Any, Any, Any], busy: bool) -> Any:
        self._busy += busy
        try:
            return await coro
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("emulator background task failed")
            return None
        finally:
            self._busy -= busy

    def begin_busy(self) -> None:
        """Mark work (e.g. a webhook attempt) that :meth:`wait_idle` must wait for."""
        self._busy += 1

    def end_busy(self) -> None:
        self._busy -= 1

    def _due_deliveries(self) -> bool:
        now = self.clock.now()
        return any(
            d.status == "pending" and d.next_attempt_at is not None and d.next_attempt_at <= now
            for d in self.deliveries.values()
        )

    @property
    def busy(self) -> bool:
        """Processing, a quality run or a webhook attempt is under way or due."""
        return self._busy > 0 or self._due_deliveries()

    async def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait until no background work is running or due (retries sleeping on a
        :class:`ManualClock` are not due until the clock passes them)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        # Yield first so that work spawned just now (a delivery task) gets to start.
        await asyncio.sleep(0)
        while self.busy:
            if loop.time() > deadline:
                raise TimeoutError("the emulator did not become idle in time")
            await asyncio.sleep(0.005)

    async def aclose(self) -> None:
        """Cancel background tasks and close the delivery HTTP session."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        if self.http is not None:
            await self.http.close()
            self.http = None
