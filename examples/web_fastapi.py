"""A FastAPI service that calls the Planner API: ``web_aiohttp.py`` with FastAPI's lifespan.

Install the example's requirements (FastAPI is not a dependency of the SDK)::

    pip install -r examples/requirements.txt
    python examples/web_fastapi.py --emulator      # then: curl http://127.0.0.1:8000/projects

The same rules as the aiohttp example:

1. **One client per process**, opened in the ``lifespan`` and closed when it ends, handed
   to endpoints through a dependency (never a client per request).
2. **Bounded waits**: interactive endpoints give up after ``MAX_WAIT`` seconds with
   ``RateLimitWaitError``, which an exception handler turns into ``503`` + ``Retry-After``.
3. **Typed errors** mapped to HTTP statuses by exception handlers.
4. **Webhooks**: ``WebhookReceiver.receive`` is framework-agnostic: give it the raw body
   and the headers, answer with the status it returns.
"""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response

from kazinex_planner import PlannerClient, errors
from kazinex_planner.models import QualityCompleteEvent
from kazinex_planner.webhooks import WebhookReceiver

#: Seconds an interactive request may wait for a rate-limit token before we give up.
MAX_WAIT = 0.5


def get_planner(request: Request) -> PlannerClient:
    """The dependency that hands endpoints the process's one client."""
    planner: PlannerClient = request.app.state.planner
    return planner


# Module level, so that FastAPI can resolve it from the (postponed) annotations.
Planner = Annotated[PlannerClient, Depends(get_planner)]


def create_app(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    plan: str | None = None,
    webhook_secret: str | None = None,
) -> FastAPI:
    """The service; unset arguments come from ``KAZINEX_*`` environment variables."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # One client for the process: one connection pool, one rate limiter.
        async with PlannerClient(
            api_key, base_url=base_url, plan=plan, max_wait=MAX_WAIT
        ) as planner:
            app.state.planner = planner
            yield
        # the session is closed here, when the server shuts down

    app = FastAPI(title="Planner example", lifespan=lifespan)
    app.state.received = []

    @app.get("/projects")
    async def list_projects(planner: Planner) -> dict[str, Any]:
        page = await planner.projects.list(per_page=20)
        return {"total": page.meta.total, "projects": [{"id": p.id, "name": p.name} for p in page]}

    @app.get("/projects/{project_id}")
    async def get_project(project_id: str, planner: Planner) -> dict[str, Any]:
        project = await planner.projects.get(project_id)
        return {"id": project.id, "name": project.name, "code": project.code}

    # --- typed errors → HTTP -----------------------------------------------------------

    @app.exception_handler(errors.RateLimitWaitError)
    async def busy(_: Request, exc: errors.RateLimitWaitError) -> JSONResponse:
        retry_after = max(1, math.ceil(exc.wait))
        return JSONResponse(
            {"error": "busy, try again shortly"},
            status_code=503,
            headers={"Retry-After": str(retry_after)},
        )

    @app.exception_handler(errors.RateLimitError)
    async def throttled(_: Request, exc: errors.RateLimitError) -> JSONResponse:
        retry_after = max(1, math.ceil(exc.retry_after or 1))
        return JSONResponse(
            {"error": "busy"}, status_code=503, headers={"Retry-After": str(retry_after)}
        )

    @app.exception_handler(errors.NotFoundError)
    async def not_found(_: Request, exc: errors.NotFoundError) -> JSONResponse:
        return JSONResponse({"error": "no such project"}, status_code=404)

    # --- webhooks ----------------------------------------------------------------------

    secret = webhook_secret or os.environ.get("KAZINEX_WEBHOOK_SECRET")
    if secret:
        receiver = WebhookReceiver(secret)

        @receiver.on("quality.complete")
        async def on_quality(event: QualityCompleteEvent) -> None:
            app.state.received.append(event)  # short: real work goes to a queue

        @app.post("/hooks/kazinex", status_code=204)
        async def webhook(request: Request) -> Response:
            # The signature covers the raw bytes: read them before anything parses JSON.
            outcome = await receiver.receive(await request.body(), request.headers)
            return Response(status_code=outcome.status)

    return app


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--emulator", action="store_true", help="use the embedded emulator")
    args = parser.parse_args(argv)
    if args.emulator:
        # The sync emulator serves from its own thread while uvicorn owns the main loop.
        from kazinex_planner.sync import Emulator

        with Emulator(plan="professional", seed=True) as emulator:
            app = create_app(
                api_key=emulator.issue_key(), base_url=emulator.base_url, plan="professional"
            )
            uvicorn.run(app, host="127.0.0.1", port=args.port)
    else:
        uvicorn.run(create_app(), host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
