"""The aiohttp application: the middleware pipeline plus every route of the spec."""

from __future__ import annotations

from aiohttp import web

from ._context import BASE_PATH, STATE_KEY
from ._handlers import ROUTES
from ._middleware import emulator_middleware
from ._state import EmulatorState

__all__ = ["create_app"]

#: JSON bodies are small (a 100-item batch is well under 2 MB); uploads are streamed and
#: limited separately by ``state.upload_limit``.
JSON_BODY_LIMIT = 8 * 1024 * 1024


def create_app(state: EmulatorState) -> web.Application:
    """An application serving the Planner API under ``/planner/v1`` from ``state``.

    Mount it in :class:`aiohttp.test_utils.TestServer` or run it with an ``AppRunner``;
    :class:`~kazinex_planner.emulator.Emulator` does the latter on a free loopback port.
    """
    app = web.Application(middlewares=[emulator_middleware], client_max_size=JSON_BODY_LIMIT)
    app[STATE_KEY] = state
    for method, path, handler in ROUTES:
        app.router.add_route(method, BASE_PATH + path, handler)

    async def close_state(_: web.Application) -> None:
        await state.aclose()

    app.on_cleanup.append(close_state)
    return app
