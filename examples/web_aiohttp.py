"""An aiohttp.web service that calls the Planner API: the right way to hold the client.

Run it against the embedded emulator (no account needed)::

    python examples/web_aiohttp.py --emulator
    curl http://127.0.0.1:8080/projects

or against the real API with ``KAZINEX_API_KEY`` (and ``KAZINEX_PLAN``) set, and
``KAZINEX_WEBHOOK_SECRET`` holding the secret of a webhook pointing at ``/hooks/kazinex``.

What it shows:

1. **One client per process**, created when the app starts and closed when it stops
   (``cleanup_ctx``). The client holds one connection pool and one rate limiter; a client
   per request would throw both away and ignore the limits.
2. **Bounded waits for interactive handlers.** A user is waiting for the page: when the
   rate limiter says a token is further away than ``MAX_WAIT`` seconds, the call fails at
   once with ``RateLimitWaitError`` instead of hanging, and we answer ``503`` with a
   ``Retry-After`` header telling the browser (or the load balancer) when to come back.
3. **Typed errors mapped to HTTP**: a missing project is our 404, not a 500.
4. **A webhook endpoint** with :class:`~kazinex_planner.webhooks.WebhookReceiver`, which
   verifies the signature and answers 2xx only after our handler succeeded.
"""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack

from aiohttp import web
from aiohttp.typedefs import Handler

from kazinex_planner import PlannerClient, errors
from kazinex_planner.models import QualityCompleteEvent
from kazinex_planner.webhooks import WebhookReceiver

#: Seconds an interactive request may wait for a rate-limit token before we give up.
MAX_WAIT = 0.5

# Typed keys for what the app keeps (aiohttp warns about plain string keys).
PLANNER = web.AppKey("planner", PlannerClient)
RECEIVED = web.AppKey("received", list)


# --- the client's lifetime: one per process ------------------------------------------


def planner_context(
    *, api_key: str | None = None, base_url: str | None = None, plan: str | None = None
) -> Callable[[web.Application], AsyncIterator[None]]:
    """A cleanup context: create the client at start-up, close it at shutdown."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        # max_wait bounds every call this client makes (a call can still pass its own
        # max_wait=): right for a service whose every call is on a user's request path.
        async with PlannerClient(
            api_key, base_url=base_url, plan=plan, max_wait=MAX_WAIT
        ) as planner:
            app[PLANNER] = planner
            yield  # the app serves requests here
        # leaving `async with` closed the session: no connection outlives the app

    return context


# --- handlers ------------------------------------------------------------------------


async def list_projects(request: web.Request) -> web.Response:
    planner = request.app[PLANNER]
    page = await planner.projects.list(per_page=20)  # awaiting a pager: one request
    return web.json_response(
        {"total": page.meta.total, "projects": [{"id": p.id, "name": p.name} for p in page]}
    )


async def get_project(request: web.Request) -> web.Response:
    planner = request.app[PLANNER]
    project = await planner.projects.get(request.match_info["project_id"])
    return web.json_response({"id": project.id, "name": project.name, "code": project.code})


@web.middleware
async def planner_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn the SDK's typed errors into answers for *our* clients."""
    try:
        return await handler(request)
    except errors.RateLimitWaitError as exc:
        # Busy: tell the caller when a token will be free instead of making them wait.
        retry_after = max(1, math.ceil(exc.wait))
        return web.json_response(
            {"error": "busy, try again shortly"},
            status=503,
            headers={"Retry-After": str(retry_after)},
        )
    except errors.RateLimitError as exc:  # the server said 429 after our retries
        retry_after = max(1, math.ceil(exc.retry_after or 1))
        return web.json_response(
            {"error": "busy"}, status=503, headers={"Retry-After": str(retry_after)}
        )
    except errors.NotFoundError:
        return web.json_response({"error": "no such project"}, status=404)
    except errors.APIConnectionError:
        return web.json_response({"error": "planner unreachable"}, status=502)


# --- webhooks ------------------------------------------------------------------------


def webhook_receiver(app: web.Application, secret: str) -> WebhookReceiver:
    receiver = WebhookReceiver(secret)

    @receiver.on("quality.complete")
    async def on_quality(event: QualityCompleteEvent) -> None:
        # Keep it short (the sender waits 10 s): record it, hand real work to a queue.
        app[RECEIVED].append(event)

    return receiver


# --- the app ---------------------------------------------------------------------------


def create_app(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    plan: str | None = None,
    webhook_secret: str | None = None,
) -> web.Application:
    """The service; unset arguments come from ``KAZINEX_*`` environment variables."""
    app = web.Application(middlewares=[planner_errors])
    app[RECEIVED] = []
    app.cleanup_ctx.append(planner_context(api_key=api_key, base_url=base_url, plan=plan))
    app.router.add_get("/projects", list_projects)
    app.router.add_get("/projects/{project_id}", get_project)
    secret = webhook_secret or os.environ.get("KAZINEX_WEBHOOK_SECRET")
    if secret:
        app.router.add_post("/hooks/kazinex", webhook_receiver(app, secret).handler)
    return app


async def _with_emulator(port: int) -> web.Application:
    """``--emulator``: start the embedded emulator with demo data and point the app at it."""
    from kazinex_planner.emulator import Emulator

    stack = AsyncExitStack()
    emulator = await stack.enter_async_context(Emulator(plan="professional", seed=True))
    app = create_app(api_key=emulator.issue_key(), base_url=emulator.base_url, plan="professional")

    async def stop_emulator(_: web.Application) -> None:
        await stack.aclose()

    app.on_cleanup.append(stop_emulator)  # after the client's cleanup context
    print(f"emulator at {emulator.base_url}; serving on http://127.0.0.1:{port}")
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--emulator", action="store_true", help="use the embedded emulator")
    args = parser.parse_args(argv)
    app = _with_emulator(args.port) if args.emulator else create_app()
    web.run_app(app, host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
