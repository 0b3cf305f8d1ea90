"""Where the windows' state lives: the backend protocol and the in-memory default.

The limiter (queueing, priorities, waiting) is separate from the state (how many
tokens are left) so that several processes sharing one API key can share the state
too. The protocol is shaped for that: the only operation that must be atomic across
processes is :meth:`LimiterBackend.try_acquire`, a single "take one token from both
windows or tell me how long to wait" step that a Redis backend implements as one Lua
script over one hash (``EVALSHA`` with the limits and the times as arguments).
``observe`` and ``penalize`` are synchronous because they are called from response
handling; a networked backend records them and folds them into its next script call.
``peek`` returns the backend's best current knowledge for snapshots and estimates
(a networked backend returns what its last script call reported).

Times are passed in by the limiter (from its clock) rather than read by the backend,
so every backend is testable with a virtual clock. A backend shared across processes
should key refill on ``now_utc`` (monotonic clocks are per process).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import ConfigurationError
from ._windows import Window, WindowState, _TokenWindows

if TYPE_CHECKING:
    from datetime import datetime

    from ._headers import ServerRateLimit
    from ._lane import Lane
    from ._plan import Plan

__all__ = ["InMemoryBackend", "KeyedBackend", "LimiterBackend", "already_sized"]


def already_sized(held: Plan | None, plan: Plan) -> bool:
    """Whether a backend holding ``held``'s windows is already sized for ``plan``.

    Several limiters may share one backend only for the same limits (they share the
    key's budget); another plan is a configuration error. The one rule for every backend.
    """
    if held is None:
        return False
    if (plan.per_minute, plan.per_day) != (held.per_minute, held.per_day):
        raise ConfigurationError(
            f"this backend already holds the {held.name} plan's windows; "
            f"a limiter for the {plan.name} plan cannot share it"
        )
    return True


@runtime_checkable
class LimiterBackend(Protocol):
    """Storage and atomic arithmetic of one key's minute and day windows."""

    def configure(self, plan: Plan, now_monotonic: float, now_utc: datetime) -> None:
        """Size the windows from ``plan``; called once by each limiter using the backend."""
        ...

    async def try_acquire(
        self, now_monotonic: float, now_utc: datetime, *, lane: Lane = "interactive"
    ) -> float:
        """Atomically take one token from both windows for a call in ``lane``.

        Return ``0.0`` when the pair was taken, otherwise the seconds until a pair
        could be (nothing is consumed then). A backend shared across processes may
        keep a reserve that ``"bulk"`` calls cannot take; in one process the
        limiter's lanes already order the calls, so the in-memory backend ignores it.
        """
        ...

    def observe(self, server: ServerRateLimit, now_monotonic: float, now_utc: datetime) -> None:
        """Calibrate from a response's headers: adopt limits, keep the lower remaining."""
        ...

    def penalize(
        self, window: Window, retry_after: float | None, now_monotonic: float, now_utc: datetime
    ) -> None:
        """Record a 429 on ``window``: nothing more from it for ``retry_after`` seconds."""
        ...

    def peek(self, now_monotonic: float, now_utc: datetime) -> WindowState:
        """The windows as best known now, without taking anything."""
        ...


@runtime_checkable
class KeyedBackend(Protocol):
    """A backend whose state is named after the API key (shared across processes)."""

    def bind_api_key(self, api_key: str) -> None:
        """Name the state after ``api_key`` (one-way hashed, never stored)."""
        ...


class InMemoryBackend:
    """The default backend: the windows of one process, in memory.

    Several limiters in one process may share an instance (for instance one limiter
    per event loop): they then share the key's budget. They must agree on the plan.
    """

    #: Labels this backend in metrics (``kazinex_planner.rate_limit.backend``).
    name = "local"

    def __init__(self) -> None:
        self._windows: _TokenWindows | None = None
        self._plan: Plan | None = None

    def __repr__(self) -> str:
        plan = self._plan.name if self._plan is not None else None
        return f"InMemoryBackend(plan={plan!r})"

    def configure(self, plan: Plan, now_monotonic: float, now_utc: datetime) -> None:
        if already_sized(self._plan, plan):
            return
        self._plan = plan
        self._windows = _TokenWindows(
            per_minute=plan.per_minute,
            per_day=plan.per_day,
            now_monotonic=now_monotonic,
            now_utc=now_utc,
        )

    async def try_acquire(
        self, now_monotonic: float, now_utc: datetime, *, lane: Lane = "interactive"
    ) -> float:
        return self._configured().try_take(now_monotonic, now_utc)

    def try_acquire_now(self, now_monotonic: float, now_utc: datetime) -> float:
        """``try_acquire`` without a coroutine (no I/O here): the limiter's fast path."""
        return self._configured().try_take(now_monotonic, now_utc)

    def observe(self, server: ServerRateLimit, now_monotonic: float, now_utc: datetime) -> None:
        self._configured().calibrate(server, now_monotonic, now_utc)

    def penalize(
        self, window: Window, retry_after: float | None, now_monotonic: float, now_utc: datetime
    ) -> None:
        self._configured().penalize(window, retry_after, now_monotonic, now_utc)

    def peek(self, now_monotonic: float, now_utc: datetime) -> WindowState:
        return self._configured().state(now_monotonic, now_utc)

    def _configured(self) -> _TokenWindows:
        if self._windows is None:
            raise RuntimeError("InMemoryBackend.configure() must be called before use")
        return self._windows
