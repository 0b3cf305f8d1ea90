"""The HTTP pipeline: limiter → send → classify → retry, over one long-lived session.

Each logical call runs :meth:`HttpTransport.send`. Every attempt takes a rate-limit
token first (so retries are throttled too), every response re-calibrates the limiter,
and every failure is classified by the sans-I/O retry policy. The pipeline follows
redirects itself so that the ``Authorization`` header never reaches another origin.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import logging
import random
import time
import uuid
from collections.abc import Callable, Mapping

import aiohttp
import attrs
from multidict import CIMultiDict
from yarl import URL

from .._clock import Clock
from .._logging import get_logger, redact_text
from ..errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    EventLoopError,
    RateLimitError,
)
from ..ratelimit import RateLimiter
from ..ratelimit._lane import current_lane
from ._config import RequestOptions, user_agent
from ._errors_map import error_from_response
from ._observe import CallTracker, Observer
from ._records import Request, Response, RetryEvent
from ._retry import AttemptRecord, RateLimitWindow, RetryPolicy, read_retry_after

logger = get_logger("kazinex_planner.http")

_REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5


def new_idempotency_key() -> str:
    return f"kzsdk-{uuid.uuid4().hex}"


class _FirstContact:
    """Until the server has described the key's limits, one request goes first.

    The configured plan is only a guess: a client told "business" on a professional key
    would otherwise fire a business-sized burst and draw a 429 for most of it. The
    first request (the *probe*) is sent alone; calls made meanwhile wait for its
    response, whose ``X-RateLimit-*`` headers size the limiter. That costs one round
    trip once per client, and nothing once the limiter has heard from the server.
    """

    def __init__(self) -> None:
        self.done = False
        self._probing = False
        self._answered: asyncio.Event | None = None

    async def enter(self, limiter: RateLimiter) -> bool:
        """Return True when the caller is the probe; otherwise wait for the probe."""
        if limiter.snapshot().source == "server":
            self.done = True  # a shared limiter already calibrated by another client
            return False
        if not self._probing:
            self._probing = True
            self._answered = asyncio.Event()
            return True
        assert self._answered is not None
        await self._answered.wait()
        return False

    def finish(self) -> None:
        self.done = True
        if self._answered is not None:
            self._answered.set()


class _SharedSession:
    """The one ``aiohttp.ClientSession`` of a client and of every client derived from
    it with ``with_options``; created lazily, bound to the event loop of its first call."""

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        *,
        connection_limit: int,
        trust_env: bool,
        trace_configs: list[aiohttp.TraceConfig] | None = None,
    ) -> None:
        self.session = session
        self._trace_configs = trace_configs
        self.owned = session is None
        self.closed = False
        self._connection_limit = connection_limit
        self._trust_env = trust_env
        self._loop: asyncio.AbstractEventLoop | None = None
        self.first_contact = _FirstContact()

    def get(self) -> aiohttp.ClientSession:
        if self.closed:
            raise ClientClosedError("this PlannerClient is closed; create a new one")
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise EventLoopError(
                "this PlannerClient was first used in another event loop; its connections "
                "belong to that loop. Create one PlannerClient per event loop (for example "
                "inside the coroutine you pass to asyncio.run)"
            )
        if self.session is None:
            connector = aiohttp.TCPConnector(
                limit=self._connection_limit,
                limit_per_host=self._connection_limit,
                ttl_dns_cache=300,
            )
            self.session = aiohttp.ClientSession(
                connector=connector,
                trust_env=self._trust_env,
                # Redirects are followed by hand (see _send_once); cookies are not part
                # of this API, so none are kept between calls.
                cookie_jar=aiohttp.DummyCookieJar(),
                trace_configs=self._trace_configs,
            )
            # aiohttp silently resends an idempotent request once when a kept-alive
            # connection turns out closed. That resend would skip our limiter, our retry
            # log and the export's request count, so our own retry loop does it instead.
            if hasattr(self.session, "_retry_connection"):
                self.session._retry_connection = False
        elif self.session.closed:
            raise ClientClosedError("the aiohttp session given to PlannerClient is closed")
        return self.session

    async def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.owned and self.session is not None:
            await self.session.close()


class HttpTransport:
    """Owns (or borrows) the ``aiohttp.ClientSession`` and runs the retry loop."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: URL,
        limiter: RateLimiter,
        clock: Clock,
        options: RequestOptions,
        session: aiohttp.ClientSession | None,
        connection_limit: int,
        trust_env: bool,
        on_retry: Callable[[RetryEvent], object] | None,
        retry_policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
        observer: Observer | None = None,
    ) -> None:
        self._auth = f"Bearer {api_key}"
        self.base_url = base_url
        self.limiter = limiter
        self.clock = clock
        self.options = options
        #: Reports every call, attempt and retry to ``on_event`` and telemetry (if any).
        self.observer = observer or Observer(on_event=None, telemetry=None, clock=clock.monotonic)
        self._shared = _SharedSession(
            session,
            connection_limit=connection_limit,
            trust_env=trust_env,
            trace_configs=self.observer.trace_configs(),
        )
        self._owns_shared = True
        self._on_retry = on_retry
        self._policy = retry_policy or RetryPolicy(max_retries=options.max_retries)
        self._rng = rng or random.Random()
        self._closed = False
        self._user_agent = user_agent()
        self._base = str(base_url)
        self._build_base_headers()
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}

    def _build_base_headers(self) -> None:
        self._base_headers: CIMultiDict[str] = CIMultiDict(
            {"Accept": "application/json", "User-Agent": self._user_agent}
        )
        _add_extra_headers(self._base_headers, self.options.extra_headers)
        self._base_headers_auth = self._base_headers.copy()
        self._base_headers_auth["Authorization"] = self._auth

    def derive(self, options: RequestOptions) -> HttpTransport:
        """A transport with other defaults that shares this one's session and limiter.

        Closing the derived transport does not close the shared session; closing this
        one does (and the derived one then reports it is closed).
        """
        derived = copy.copy(self)
        derived.options = options
        derived._owns_shared = False
        derived._closed = False
        if options.max_retries != self.options.max_retries:
            derived._policy = attrs.evolve(self._policy, max_retries=options.max_retries)
        derived._build_base_headers()
        derived._timeouts = {}
        return derived

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed or self._shared.closed

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        """The shared session, once created (tests look at it)."""
        return self._shared.session

    @property
    def owns_unclosed_session(self) -> bool:
        session = self._shared.session
        return (
            self._owns_shared and self._shared.owned and session is not None and not session.closed
        )

    def _ensure_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise ClientClosedError("this PlannerClient is closed; create a new one")
        return self._shared.get()

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_shared:
            await self._shared.close()

    # -- the pipeline ------------------------------------------------------------------

    def _url(self, path: str) -> URL:
        return URL(self._base + path, encoded=True)

    async def send(self, request: Request) -> Response:
        """Run one logical call: attempts, retries, the first-contact probe, events.

        One coroutine on purpose (plus ``_send_once`` per attempt): each layer of
        ``async def`` costs a coroutine object and a frame per call on the hot path.
        """
        # The lane is the context's: a per-call ``lane=`` or an enclosing ``use_lane``
        # block set it; neither means the client's default.
        lane = current_lane() or self.options.lane
        call = self.observer.call(request, lane) if self.observer.active else None
        limiter = self.limiter
        probe: _FirstContact | None = None
        try:
            session = self._ensure_session()
            first_contact = self._shared.first_contact
            if not first_contact.done and await first_contact.enter(limiter):
                probe = first_contact
            policy = self._policy
            if request.max_retries is not None:
                policy = attrs.evolve(policy, max_retries=request.max_retries)
            options = self.options
            timeout = request.timeout or options.timeout
            attempt = 0
            while True:
                if call is not None:
                    call.acquiring()
                if not limiter.try_acquire_now(lane):  # a free token costs no await
                    await limiter.acquire(
                        lane=lane,
                        max_wait=request.max_wait
                        if request.max_wait is not None
                        else options.max_wait,
                    )
                if call is not None:
                    call.attempt_started()
                if request.on_attempt is not None:
                    request.on_attempt()
                try:
                    response = await self._send_once(session, request, timeout)
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    if probe is not None:
                        probe.finish()  # the server said nothing; the others need not wait
                        probe = None
                    error = self._connection_error(exc, request)
                    if call is not None:
                        call.attempt_finished(None, error)
                    record = AttemptRecord(
                        method=request.method,
                        attempt=attempt,
                        has_idempotency_key=request.idempotency_key is not None,
                        one_shot_body=request.one_shot,
                        # A refused connection never carried the request.
                        never_sent=isinstance(exc, aiohttp.ClientConnectorError),
                        failure="timeout" if isinstance(error, APITimeoutError) else "connection",
                    )
                    decision = policy.decide(record, self._rng)
                    if not decision.should_retry or decision.delay is None:
                        raise error from exc
                    attempt += 1
                    await self._before_retry(
                        request, attempt, decision.delay, decision.reason, None, call
                    )
                    continue

                if call is not None:
                    call.attempt_finished(response, None)
                limiter.observe(response.headers)
                if probe is not None:
                    probe.finish()  # the limiter now knows the key's limits
                    probe = None
                if response.status < 400:
                    if attempt:
                        response.attempts = attempt + 1
                    break
                await self._after_failed_status(request, response, policy, attempt, call)
                attempt += 1
        except BaseException as exc:
            if probe is not None:
                probe.finish()
            if call is not None:
                call.finished(None, exc)
            raise
        if call is not None:
            call.finished(response, None)
        return response

    async def _after_failed_status(
        self,
        request: Request,
        response: Response,
        policy: RetryPolicy,
        attempt: int,
        call: CallTracker | None,
    ) -> None:
        """Raise the status's error, or sleep before the retry the policy allows."""
        retry_after = self._retry_after(request, response)
        status_error = error_from_response(
            response.status,
            response.headers,
            response.body,
            retry_after=retry_after,
            rate_limit=self.limiter.snapshot(),
        )
        window: RateLimitWindow | None = None
        if isinstance(status_error, RateLimitError):
            window = "day" if status_error.window == "day" else "minute"
            # Whatever is decided, the limiter must hold later calls back.
            self.limiter.penalize(window, retry_after, cap=policy.retry_after_cap)
        record = AttemptRecord(
            method=request.method,
            attempt=attempt,
            has_idempotency_key=request.idempotency_key is not None,
            one_shot_body=request.one_shot,
            status=response.status,
            window=window,
            retry_after=retry_after,
        )
        decision = policy.decide(record, self._rng)
        if not decision.should_retry or decision.delay is None:
            raise status_error
        await self._before_retry(
            request, attempt + 1, decision.delay, decision.reason, response.status, call
        )

    def _retry_after(self, request: Request, response: Response) -> float | None:
        """The response's ``Retry-After``, bounded; an absurd one is logged once."""
        parsed = read_retry_after(response.headers.get("Retry-After"), self.clock.now())
        if parsed.problem is not None:
            logger.warning("%s %s: %s", request.method, request.path, parsed.problem)
        return parsed.seconds

    async def _before_retry(
        self,
        request: Request,
        attempt: int,
        delay: float,
        reason: str,
        status: int | None,
        call: CallTracker | None = None,
    ) -> None:
        logger.info(
            "retrying %s %s (%s): retry %d in %.2fs",
            request.method,
            request.path,
            reason,
            attempt,
            delay,
        )
        if self._on_retry is not None or call is not None:
            event = RetryEvent(
                operation_id=request.operation_id,
                method=request.method,
                path=request.path,
                attempt=attempt,
                delay=delay,
                reason=reason,
                status=status,
            )
            if call is not None:
                call.retrying(event)
            result = self._on_retry(event) if self._on_retry is not None else None
            if inspect.isawaitable(result):
                await result
        await self.clock.sleep(delay)

    def _connection_error(self, exc: BaseException, request: Request) -> APIConnectionError:
        url = str(self._url(request.path))
        if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError):
            return APITimeoutError(
                f"{request.method} {request.path} timed out", method=request.method, url=url
            )
        detail = redact_text(str(exc) or type(exc).__name__)
        return APIConnectionError(
            f"{request.method} {request.path} failed: {detail}", method=request.method, url=url
        )

    def _headers(self, request: Request, *, authorized: bool) -> CIMultiDict[str]:
        # Two prebuilt sets: building a CIMultiDict per call showed up in the profile.
        # aiohttp copies what it is given (``_prepare_headers``), so a call that adds
        # nothing passes the shared set itself; one that adds something gets a copy.
        base = self._base_headers_auth if authorized else self._base_headers
        if request.idempotency_key is None and not request.headers and not request.extra_headers:
            return base
        headers = base.copy()
        if request.idempotency_key is not None:
            headers["Idempotency-Key"] = request.idempotency_key
        if request.headers:
            headers.update(request.headers)
        if request.extra_headers:
            _add_extra_headers(headers, request.extra_headers)
        return headers

    async def _send_once(
        self, session: aiohttp.ClientSession, request: Request, timeout: float
    ) -> Response:
        url = self._url(request.path)
        origin: URL | None = None  # computed on the first redirect: most calls have none
        method = request.method
        params: Mapping[str, str] | None = request.params or None
        with_body = request.body is not None
        started = time.perf_counter()
        client_timeout = self._timeouts.get(timeout)
        if client_timeout is None:
            client_timeout = aiohttp.ClientTimeout(total=timeout, sock_connect=min(timeout, 15.0))
            if len(self._timeouts) < 32:  # bounded: per-call timeouts could be any float
                self._timeouts[timeout] = client_timeout
        same_origin = True
        for _ in range(MAX_REDIRECTS + 1):
            data = request.body() if (with_body and request.body is not None) else None
            headers = self._headers(request, authorized=same_origin)
            if data is None and request.headers:
                # After a 303 the body is gone; its headers must go too, or the server
                # waits for the Content-Length bytes of an upload that never come.
                headers.popall("Content-Type", None)
                headers.popall("Content-Length", None)
            async with session.request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                allow_redirects=False,
                timeout=client_timeout,
            ) as resp:
                body = await resp.read()
                if resp.status in _REDIRECTS and "Location" in resp.headers:
                    if origin is None:
                        origin = url.origin()
                    target = resp.url.join(URL(resp.headers["Location"]))
                    same_origin = target.origin() == origin
                    logger.debug(
                        "redirect %d from %s to %s%s",
                        resp.status,
                        resp.url.origin(),
                        target.origin(),
                        "" if same_origin else " (credentials dropped)",
                    )
                    if resp.status == 303 or (resp.status in (301, 302) and method == "POST"):
                        method, with_body = "GET", False
                    elif with_body and request.one_shot:
                        raise APIConnectionError(
                            f"{request.method} {request.path}: redirected, and the one-shot "
                            "request body cannot be sent twice",
                            method=request.method,
                            url=str(url),
                        )
                    url, params = target, None
                    continue
                elapsed = time.perf_counter() - started
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug(
                        "%s %s -> %d in %.3fs request_id=%s",
                        method,
                        request.path,
                        resp.status,
                        elapsed,
                        resp.headers.get("X-Request-Id"),
                    )
                return Response(
                    status=resp.status,
                    headers=resp.headers,
                    body=body,
                    url=resp.url,
                    elapsed=elapsed,
                )
        raise APIConnectionError(
            f"{request.method} {request.path}: more than {MAX_REDIRECTS} redirects",
            method=request.method,
            url=str(url),
        )


def _add_extra_headers(headers: CIMultiDict[str], extra: Mapping[str, str]) -> None:
    """Add checked caller headers; a caller's ``User-Agent`` is appended to the SDK's."""
    for name, value in extra.items():
        if name.lower() == "user-agent":
            headers["User-Agent"] = f"{headers['User-Agent']} {value}"
        else:
            headers[name] = value


__all__ = [
    "HttpTransport",
    "Request",
    "Response",
    "RetryEvent",
]
