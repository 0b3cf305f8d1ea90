"""The request pipeline every operation goes through.

Idempotency stores successful (2xx) answers only: an error carries its own request id,
and a client that fixes its request should be able to retry under the same key.

Order (and why): request id first, so every response, errors included, carries one;
then authentication (unknown keys are throttled by an anonymous per-client bucket);
then the key's rate limit (a rejected request consumes nothing and answers 429); then
injected faults (behind the limiter, as behind a real gateway); then scope and role;
then idempotency replay for POSTs; then the handler. Errors of every kind are rendered
as the spec's envelope here, and the rate-limit headers are added to every response.
"""

from __future__ import annotations

import asyncio
import hashlib
from contextvars import ContextVar

from aiohttp import web

from .._logging import get_logger
from ._auth import authenticate, authorize
from ._context import (
    BASE_PATH,
    Handler,
    Principal,
    principal_of,
    reset_principal,
    set_principal,
    state_of,
)
from ._errors import ApiError
from ._faults import Faults
from ._idempotency import StoredResponse
from ._ids import random_token
from ._plans import PLANS
from ._ratelimit import Decision
from ._serialize import dumps

__all__ = ["begin_idempotent", "emulator_middleware", "error_response"]

log = get_logger("kazinex_planner.emulator")

#: The Idempotency-Key reserved by the request being handled (see ``_context``).
_RESERVED: ContextVar[str | None] = ContextVar("kazinex_emulator_idempotency", default=None)
_REPLAYED = "Idempotent-Replayed"


class _Dropped(web.HTTPServiceUnavailable):
    """Raised after closing the transport: aiohttp then has nowhere to write a response
    and treats it as the client having gone away (no error is logged)."""


def _client_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def error_response(error: ApiError, request_id: str) -> web.Response:
    body = {
        "error": {
            "type": error.type,
            "message": error.message,
            "request_id": request_id,
            "details": [{"field": f, "issue": i} for f, i in error.details],
        }
    }
    response = web.Response(body=dumps(body), status=error.status, content_type="application/json")
    response.headers.update(error.headers)
    if error.close:
        response.force_close()
    return response


def _http_error(exc: web.HTTPException) -> ApiError:
    """aiohttp's own errors (no route, method not allowed, body too big) as envelopes."""
    if exc.status == 404:
        return ApiError(404, "No such API operation.")
    if exc.status == 405:
        # RFC 9110 section 15.5.6: a 405 must say which methods the resource supports.
        allow = exc.headers.get("Allow", "")
        return ApiError(405, f"Method not allowed; use one of: {allow}.", headers={"Allow": allow})
    if exc.status == 413:
        return ApiError(413, "The request body is too large.", details=[(None, exc.reason)])
    return ApiError(exc.status, exc.reason or "HTTP error")


@web.middleware
async def emulator_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    state = state_of(request)
    request_id = "req_" + random_token(20)
    limits: Decision | None = None
    response: web.StreamResponse
    try:
        if not request.path.startswith(BASE_PATH + "/"):
            raise ApiError(404, f"The API lives under {BASE_PATH}/.")
        try:
            principal = authenticate(request)
        except ApiError:
            limits = state.limiter.acquire(f"anon:{request.remote}", PLANS["professional"])
            if not limits.allowed:
                raise _rate_limited(limits) from None
            raise
        limits = state.limiter.acquire(principal.key.id, principal.key.plan)
        key_id = principal.key.id
        state.requests_served[key_id] = state.requests_served.get(key_id, 0) + 1
        if not limits.allowed:
            raise _rate_limited(limits)
        await _inject_faults(request, state.faults)
        authorize(request, principal)
        principal.user.last_active_at = state.clock.now()
        token = set_principal(principal)
        reserved = _RESERVED.set(None)
        try:
            response = await _idempotent(request, handler, principal)
        finally:
            _RESERVED.reset(reserved)
            reset_principal(token)
    except ApiError as exc:
        response = error_response(exc, request_id)
    except web.HTTPException as exc:
        response = error_response(_http_error(exc), request_id)
    except (asyncio.CancelledError, _Dropped):
        raise
    except ConnectionResetError:
        if _client_gone(request):
            # The client hung up while we read its body (typically mid-upload): an ordinary
            # event, not a server fault, and there is nobody left to send a 500 to.
            log.info(
                "%s %s: client disconnected before the body was read",
                request.method,
                request.path,
            )
            raise _Dropped() from None
        log.exception("emulator handler failed")
        response = error_response(ApiError(500, "An unexpected error occurred."), request_id)
    except Exception:
        log.exception("emulator handler failed")
        response = error_response(ApiError(500, "An unexpected error occurred."), request_id)
    if not response.prepared:
        response.headers["X-Request-Id"] = request_id
        if limits is None:  # failed before a bucket applied: describe the anonymous one
            limits = state.limiter.peek(f"anon:{request.remote}", PLANS["professional"])
        response.headers.update(limits.headers())
        if state.faults.slow_body_delay > 0 and isinstance(response, web.Response):
            return await _slow(request, response, state.faults)
    return response


def _rate_limited(limits: Decision) -> ApiError:
    window = "Daily" if limits.window == "day" else "Per-minute"
    return ApiError(
        429,
        f"{window} rate limit exceeded.",
        details=[(limits.window, limits.issue())],
        headers={"Retry-After": str(limits.retry_after)},
    )


async def _inject_faults(request: web.Request, faults: Faults) -> None:
    if faults.take_forced_429():
        raise ApiError(
            429,
            "Per-minute rate limit exceeded (injected).",
            details=[("minute", "injected rate-limit burst; retry in 1 s")],
            headers={"Retry-After": "1"},
        )
    delay = faults.draw_delay()
    if delay > 0:
        await asyncio.sleep(delay)
    if faults.draw_drop():
        if request.transport is not None:
            request.transport.close()
        raise _Dropped()
    status = faults.draw_error()
    if status is not None:
        headers = {"Retry-After": "1"} if status in (429, 503) else {}
        details = [("minute", "injected rate-limit error")] if status == 429 else []
        raise ApiError(status, f"Injected fault: HTTP {status}.", details=details, headers=headers)


async def _idempotent(
    request: web.Request, handler: Handler, principal: Principal
) -> web.StreamResponse:
    """Run ``handler``, replaying/recording the response when an Idempotency-Key is sent."""
    key = request.headers.get("Idempotency-Key")
    if request.method != "POST" or key is None:
        return await handler(request)
    if not 1 <= len(key) <= 255:
        raise ApiError.invalid([("Idempotency-Key", "must be 1 to 255 characters")])
    if request.content_type != "multipart/form-data":
        body = await request.read()
        fingerprint = hashlib.sha256(
            b"\0".join([request.method.encode(), request.path_qs.encode(), body])
        ).hexdigest()
        replay = begin_idempotent(request, fingerprint)
        if replay is not None:
            return replay
    state = state_of(request)
    try:
        response = await handler(request)
    except BaseException:
        _abandon(request)
        raise
    if isinstance(response, web.Response) and 200 <= response.status < 300:
        reservation = _RESERVED.get()
        if reservation is not None:
            body_bytes = response.body if isinstance(response.body, bytes) else b""
            state.idempotency.complete(
                principal.key.id,
                reservation,
                StoredResponse(
                    status=response.status, body=body_bytes, content_type=response.content_type
                ),
            )
    else:
        _abandon(request)
    return response


def begin_idempotent(request: web.Request, fingerprint: str) -> web.Response | None:
    """Reserve the request's Idempotency-Key for ``fingerprint``; return a replay if the
    same request was answered before (409 if the key was used for something else).

    Uploads call this themselves once the file is received (its hash is the fingerprint).
    """
    key = request.headers.get("Idempotency-Key")
    if request.method != "POST" or key is None:
        return None
    state = state_of(request)
    principal = principal_of(request)
    stored = state.idempotency.begin(principal.key.id, key, fingerprint)
    if stored is None:
        _RESERVED.set(key)
        return None
    response = web.Response(body=stored.body, status=stored.status)
    if stored.content_type:
        response.content_type = stored.content_type
    response.headers[_REPLAYED] = "true"
    return response


def _abandon(request: web.Request) -> None:
    key = _RESERVED.get()
    if key is not None:
        state_of(request).idempotency.abandon(principal_of(request).key.id, key)


async def _slow(request: web.Request, response: web.Response, faults: Faults) -> web.StreamResponse:
    """Send ``response`` in small chunks with pauses (the slow-body fault)."""
    body = response.body if isinstance(response.body, bytes) else b""
    stream = web.StreamResponse(status=response.status, headers=response.headers)
    stream.content_length = len(body)
    await stream.prepare(request)
    step = faults.slow_body_chunk
    for start in range(0, len(body), step):
        await stream.write(body[start : start + step])
        await asyncio.sleep(faults.slow_body_delay)
    await stream.write_eof()
    return stream
