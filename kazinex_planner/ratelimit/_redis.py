"""``RedisBackend``: one API key's windows shared by every process that uses the key.

Several processes (gunicorn workers, replicas, an export fleet) each run their own
:class:`RateLimiter`; with this backend their windows live in one Redis hash, updated
only by one Lua script (:mod:`._redis_script`), so N processes spend one key's budget
like one client. Within a process the limiter's lanes keep their order; across
processes bulk calls leave ``interactive_reserve`` of the minute bucket (and
``day_reserve`` of the day) to interactive ones.

``observe`` and ``penalize`` are synchronous in the protocol: they are recorded here
and folded into the next script call (a penalty also schedules one at once, so a 429
pauses the other processes promptly). ``peek`` extrapolates the last reading.

When Redis fails or is slower than ``timeout``: ``on_error="raise"`` raises
:class:`~kazinex_planner.errors.RateLimitBackendError`; ``"local"`` (the default)
logs one WARNING and continues on an in-memory limiter sized to ``local_share`` of
the key's limits, probing Redis every ``probe_interval`` seconds and returning to it
when it answers. Importing this module does not import redis (it is an extra).
"""

from __future__ import annotations

import asyncio
import hashlib
import math
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, cast

from .._logging import get_logger
from ..errors import ConfigurationError, RateLimitBackendError
from ._backend import already_sized
from ._headers import ServerRateLimit
from ._redis_script import (
    SCRIPT,
    SCRIPT_SHA1,
    Penalty,
    Reading,
    _ReplyError,
    encode_args,
    parse_reply,
)
from ._windows import WindowState, _TokenWindows, next_utc_midnight

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from ._lane import Lane
    from ._plan import Plan
    from ._windows import Window

__all__ = ["RedisBackend", "key_id_for"]

logger = get_logger("kazinex_planner.ratelimit")

OnError = Literal["local", "raise"]
_DAY = 86_400.0


def key_id_for(api_key: str) -> str:
    """A stable, one-way name for an API key (the key itself never reaches Redis)."""
    return hashlib.sha256(b"kazinex-planner/ratelimit\0" + api_key.encode()).hexdigest()[:32]


def _fraction(name: str, value: float, *, low_open: bool) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or value >= 1 or (value <= 0 if low_open else value < 0):
        bound = "0 < x < 1" if low_open else "0 <= x < 1"
        raise ConfigurationError(f"{name} must be a fraction ({bound}), got {value!r}")
    return float(value)


def _seconds(name: str, value: float) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or value <= 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)


class RedisBackend:
    """A :class:`LimiterBackend` whose state is shared through Redis (``redis`` extra).

    ``client`` is a ``redis.asyncio.Redis`` the caller owns (it is not closed here);
    :meth:`from_url` builds one this backend owns. The key's identity comes from the
    client that uses the limiter (:meth:`bind_api_key`, called by ``PlannerClient``)
    or from ``key_id``. ``time_source`` is for tests only: Unix seconds that replace
    Redis ``TIME`` inside the script.

    ``headroom`` (seconds of refill) is kept in the bucket by every call: requests
    leave many processes and reach the server with some jitter, and a request granted
    a few milliseconds before its neighbours but arriving after them would otherwise
    meet an empty server bucket. It costs ``headroom * rate`` tokens once, not rate.
    """

    #: Labels this backend in metrics (``kazinex_planner.rate_limit.backend``).
    name = "redis"

    def __init__(
        self,
        client: Redis,
        *,
        on_error: OnError = "local",
        local_share: float = 0.25,
        interactive_reserve: float = 0.1,
        day_reserve: int = 0,
        headroom: float = 0.25,
        timeout: float = 0.5,
        probe_interval: float = 5.0,
        key_prefix: str = "kazinex:ratelimit",
        key_id: str | None = None,
        time_source: Callable[[], float] | None = None,
    ) -> None:
        from redis.exceptions import NoScriptError, RedisError

        if on_error not in ("local", "raise"):
            raise ConfigurationError(f"on_error must be 'local' or 'raise', got {on_error!r}")
        if isinstance(day_reserve, bool) or not isinstance(day_reserve, int) or day_reserve < 0:
            raise ConfigurationError(f"day_reserve must be an integer >= 0, got {day_reserve!r}")
        if not key_prefix or any(c in key_prefix for c in "{} \r\n"):
            raise ConfigurationError(f"key_prefix must be a plain non-empty name: {key_prefix!r}")
        self._client = client
        self._owns_client = False
        self._on_error: OnError = on_error
        self._local_share = _fraction("local_share", local_share, low_open=True)
        self._interactive_reserve = _fraction(
            "interactive_reserve", interactive_reserve, low_open=False
        )
        self._day_reserve = day_reserve
        ok = isinstance(headroom, int | float) and math.isfinite(headroom) and headroom >= 0
        if not ok or isinstance(headroom, bool):
            raise ConfigurationError(f"headroom must be >= 0 seconds, got {headroom!r}")
        self._headroom = float(headroom)
        self._timeout = _seconds("timeout", timeout)
        self._probe_interval = _seconds("probe_interval", probe_interval)
        self._prefix = key_prefix
        self._key: str | None = None
        self._explicit_key = key_id is not None
        if key_id is not None:
            self._set_key_id(key_id)
        self._time_source = time_source
        self._no_script: type[Exception] = NoScriptError
        self._errors: tuple[type[Exception], ...] = (RedisError, OSError, TimeoutError)
        self._sha = SCRIPT_SHA1
        self._plan: Plan | None = None
        self._reading: Reading | None = None
        self._observation: tuple[ServerRateLimit, float] | None = None
        self._minute_penalty: Penalty | None = None
        self._day_penalty: Penalty | None = None
        self._local: _TokenWindows | None = None
        self._degraded = False
        self._next_probe = 0.0
        self._flushes: set[asyncio.Task[None]] = set()

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisBackend:
        """A backend over a new ``redis.asyncio`` client for ``url``, closed by :meth:`aclose`.

        ``options`` are this class's keyword options. The client's socket timeouts are
        the backend's ``timeout`` and redis-py's own retries are off (the backend
        decides what a failure means).
        """
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        timeout = _seconds("timeout", options.get("timeout", 0.5))
        client = Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
        )
        backend = cls(client, **options)
        backend._owns_client = True
        return backend

    def __repr__(self) -> str:
        mode = "local fallback" if self._degraded else "redis"
        plan = self._plan.name if self._plan is not None else None
        return f"RedisBackend(plan={plan!r}, on_error={self._on_error!r}, state={mode!r})"

    @property
    def redis_key(self) -> str | None:
        """The hash holding this key's state (``None`` until the key is bound)."""
        return self._key

    @property
    def degraded(self) -> bool:
        """True while Redis is failing and the local fallback limiter is in use."""
        return self._degraded

    def bind_api_key(self, api_key: str) -> None:
        """Name the state after ``api_key`` (hashed; the key is not kept).

        An explicit ``key_id`` given to the constructor wins (this is then a no-op).
        """
        if not self._explicit_key:
            self._set_key_id(key_id_for(api_key))

    def _set_key_id(self, key_id: str) -> None:
        if not key_id or not key_id.isascii() or not key_id.replace("-", "").isalnum():
            raise ConfigurationError("key_id must be a non-empty ASCII word")
        key = f"{self._prefix}:{{{key_id}}}"
        if self._key is not None and self._key != key:
            raise ConfigurationError(
                "this RedisBackend already holds another API key's windows; "
                "use one backend (one limiter) per API key"
            )
        self._key = key

    # -- the LimiterBackend protocol -------------------------------------------------

    def configure(self, plan: Plan, now_monotonic: float, now_utc: datetime) -> None:
        if already_sized(self._plan, plan):
            return
        self._plan = plan

    async def try_acquire(
        self, now_monotonic: float, now_utc: datetime, *, lane: Lane = "interactive"
    ) -> float:
        if self._degraded and now_monotonic < self._next_probe:
            return self._local_windows(now_monotonic, now_utc).try_take(now_monotonic, now_utc)
        reading = await self._call(take=True, lane=lane, now_monotonic=now_monotonic)
        if reading is None:
            return self._local_windows(now_monotonic, now_utc).try_take(now_monotonic, now_utc)
        return reading.wait

    def observe(self, server: ServerRateLimit, now_monotonic: float, now_utc: datetime) -> None:
        self._observation = (server, now_monotonic)
        if self._local is not None:
            # The local share keeps its own (smaller) limits; only the counts apply.
            counts = server._replace(minute_limit=None, day_limit=None)
            self._local.calibrate(counts, now_monotonic, now_utc)

    def penalize(
        self, window: Window, retry_after: float | None, now_monotonic: float, now_utc: datetime
    ) -> None:
        penalty = Penalty(retry_after, now_monotonic)
        if window == "minute":
            self._minute_penalty = _longer(self._minute_penalty, penalty, missing=0.0)
        else:
            self._day_penalty = _longer(self._day_penalty, penalty, missing=math.inf)
        if self._local is not None:
            self._local.penalize(window, retry_after, now_monotonic, now_utc)
        self._schedule_flush(now_monotonic)

    def peek(self, now_monotonic: float, now_utc: datetime) -> WindowState:
        if self._degraded:
            state = self._local_windows(now_monotonic, now_utc).state(now_monotonic, now_utc)
            return state
        reading = self._reading
        if reading is None:
            plan = self._configured()
            reset_at = next_utc_midnight(now_utc)
            return WindowState(
                minute_limit=plan.per_minute,
                tokens=float(plan.per_minute),
                day_limit=plan.per_day,
                day_remaining=plan.per_day,
                day_reset_at=reset_at,
                seconds_to_day_reset=(reset_at - now_utc).total_seconds(),
                from_server=False,
                day_reserve=self._day_reserve,
            )
        elapsed = max(0.0, now_monotonic - reading.at_monotonic)
        limit = reading.minute_limit
        tokens = min(float(limit), reading.tokens + elapsed * limit / 60.0)
        redis_now = reading.redis_now + elapsed
        day_remaining, reset_epoch = reading.day_remaining, reading.day_reset_at
        from_server = reading.from_server
        if redis_now >= reset_epoch:
            day_remaining = reading.day_limit
            reset_epoch = (math.floor(redis_now / _DAY) + 1) * _DAY
            from_server = False
        return WindowState(
            minute_limit=limit,
            tokens=tokens,
            day_limit=reading.day_limit,
            day_remaining=day_remaining,
            day_reset_at=datetime.fromtimestamp(reset_epoch, UTC),
            seconds_to_day_reset=max(0.0, reset_epoch - redis_now),
            from_server=from_server,
            day_reserve=self._day_reserve,
        )

    # -- beyond the protocol ---------------------------------------------------------

    async def refresh(self, now_monotonic: float) -> None:
        """Read the shared state now (and send what is pending) without taking anything."""
        if self._flushes:
            await asyncio.gather(*self._flushes, return_exceptions=True)
        await self._call(take=False, lane="interactive", now_monotonic=now_monotonic)

    async def aclose(self) -> None:
        """Finish pending penalty flushes; close the client if :meth:`from_url` made it."""
        if self._flushes:
            await asyncio.gather(*self._flushes, return_exceptions=True)
        if self._owns_client:
            await self._client.aclose()

    # -- internals -------------------------------------------------------------------

    def _configured(self) -> Plan:
        if self._plan is None:
            raise RuntimeError("RedisBackend.configure() must be called before use")
        return self._plan

    async def _call(self, *, take: bool, lane: Lane, now_monotonic: float) -> Reading | None:
        """One script call; ``None`` when Redis failed and the local fallback applies."""
        plan = self._configured()
        if self._key is None:
            raise ConfigurationError(
                "RedisBackend does not know which API key it limits: use it through a "
                "PlannerClient (which binds the key) or pass key_id=..."
            )
        observation, minute_penalty, day_penalty = (
            self._observation,
            self._minute_penalty,
            self._day_penalty,
        )
        bulk = lane == "bulk"
        args = encode_args(
            now=self._time_source() if self._time_source is not None else None,
            plan_minute=plan.per_minute,
            plan_day=plan.per_day,
            take=take,
            minute_reserve=self._interactive_reserve if bulk else 0.0,
            day_reserve=self._day_reserve if bulk else 0,
            headroom=self._headroom,
            observation=observation,
            minute_penalty=minute_penalty,
            day_penalty=day_penalty,
            now_monotonic=now_monotonic,
        )
        try:
            async with asyncio.timeout(self._timeout):
                reply = await self._eval(self._key, args)
            reading = parse_reply(reply, now_monotonic)
        except Exception as exc:
            if not isinstance(exc, (*self._errors, _ReplyError)):
                raise
            self._failed(exc, now_monotonic)
            return None
        # Sent: forget what was folded in (unless something newer arrived meanwhile).
        if self._observation is observation:
            self._observation = None
        if self._minute_penalty is minute_penalty:
            self._minute_penalty = None
        if self._day_penalty is day_penalty:
            self._day_penalty = None
        self._reading = reading
        if self._degraded:
            self._degraded = False
            logger.info("the Redis rate-limit backend answers again; sharing the key's budget")
        return reading

    async def _eval(self, key: str, args: list[str]) -> object:
        client = self._client
        try:
            return await cast(Awaitable[object], client.evalsha(self._sha, 1, key, *args))
        except self._no_script:
            # A restarted or flushed Redis forgot the script: load it and try once more.
            self._sha = await client.script_load(SCRIPT)
            return await cast(Awaitable[object], client.evalsha(self._sha, 1, key, *args))

    def _failed(self, exc: BaseException, now_monotonic: float) -> None:
        what = "timed out" if isinstance(exc, TimeoutError) else f"failed ({type(exc).__name__})"
        if self._on_error == "raise":
            raise RateLimitBackendError(
                f"the Redis rate-limit backend {what}; no request was sent"
            ) from exc
        self._next_probe = now_monotonic + self._probe_interval
        if not self._degraded:
            self._degraded = True
            logger.warning(
                "the Redis rate-limit backend %s: continuing on a local limiter with %g of "
                "the key's limits, probing Redis every %gs",
                what,
                self._local_share,
                self._probe_interval,
            )
        return None

    def _local_windows(self, now_monotonic: float, now_utc: datetime) -> _TokenWindows:
        """The fallback windows, made at the first outage and kept across outages.

        Kept, not remade, so a flapping Redis cannot hand out a fresh local burst at
        every failure; sized from the last limits Redis reported (else the plan).
        """
        if self._local is None:
            plan = self._configured()
            reading = self._reading
            minute = reading.minute_limit if reading is not None else plan.per_minute
            day = reading.day_limit if reading is not None else plan.per_day
            share = self._local_share
            local = _TokenWindows(
                per_minute=max(1, math.floor(minute * share)),
                per_day=max(1, math.floor(day * share)),
                now_monotonic=now_monotonic,
                now_utc=now_utc,
            )
            if reading is not None:
                left = math.floor(reading.day_remaining * share)
                local.calibrate(ServerRateLimit(day_remaining=left), now_monotonic, now_utc)
            self._local = local
        return self._local

    def _schedule_flush(self, now_monotonic: float) -> None:
        """Send a penalty at once, so other processes pause now, not at our next call."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop: it goes with the next acquire
        if self._plan is None or self._key is None or self._degraded:
            return

        async def flush() -> None:
            try:
                await self._call(take=False, lane="interactive", now_monotonic=now_monotonic)
            except RateLimitBackendError:
                # on_error="raise": the penalty stays pending and the next acquire,
                # which carries it, raises to its caller.
                logger.debug("could not send a 429 penalty to Redis yet; it stays pending")

        task = loop.create_task(flush())
        self._flushes.add(task)
        task.add_done_callback(self._flushes.discard)


def _longer(old: Penalty | None, new: Penalty, *, missing: float) -> Penalty:
    """Of two pending penalties on one window, the one that holds it longer.

    ``missing`` is how long a penalty without ``Retry-After`` counts: one refill
    interval (short) for the minute window, until midnight (longest) for the day.
    """
    if old is None:
        return new

    def end(p: Penalty) -> float:
        return p.at_monotonic + (missing if p.retry_after is None else p.retry_after)

    return new if end(new) >= end(old) else old
