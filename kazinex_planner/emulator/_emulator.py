"""``Emulator``: the API emulator as an async context manager on a free loopback port."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from .._clock import Clock
from .._logging import get_logger
from ._app import create_app
from ._faults import Faults
from ._persist import SqliteStore
from ._plans import DEFAULT_PLAN, PlanLike
from ._seed import seed_demo
from ._state import DEFAULT_RETRY_SCHEDULE, DEFAULT_UPLOAD_LIMIT, EmulatorState

__all__ = ["Emulator"]

log = get_logger("kazinex_planner.emulator")

#: How often (real seconds) a changed state is written to the ``db`` file.
SAVE_INTERVAL = 0.25


class Emulator:
    """A stateful Planner API server for demos and tests.

    ``async with Emulator() as emu:`` serves ``emu.base_url`` on 127.0.0.1 (a free port
    unless ``port`` is given). Issue keys with :meth:`issue_key`; inspect what happened in
    :attr:`state`; wait for background processing with :meth:`wait_idle`. ``db`` keeps the
    store in a SQLite file across restarts. ``upload_limit`` and ``retry_schedule`` exist
    so tests can use a small upload limit and compressed webhook retry delays.
    ``tracer_provider`` (needs ``opentelemetry-api``) makes it emit a SERVER span per
    request, parented by the client's ``traceparent``.
    """

    def __init__(
        self,
        *,
        plan: PlanLike = DEFAULT_PLAN,
        clock: Clock | None = None,
        faults: Faults | None = None,
        seed: bool = False,
        db: str | Path | None = None,
        webhook_allow: Sequence[str] = (),
        upload_limit: int = DEFAULT_UPLOAD_LIMIT,
        retry_schedule: Sequence[float] = DEFAULT_RETRY_SCHEDULE,
        host: str = "127.0.0.1",
        port: int = 0,
        tracer_provider: Any = None,
    ) -> None:
        self.state = EmulatorState(
            clock=clock,
            plan=plan,
            faults=faults,
            webhook_allow=webhook_allow,
            upload_limit=upload_limit,
            retry_schedule=retry_schedule,
        )
        self._store = SqliteStore(db) if db is not None else None
        self._restored = self._store.load(self.state) if self._store else False
        self._seed = seed
        self._host = host
        self._port = port
        self.app: web.Application = create_app(self.state)
        if tracer_provider is not None:  # SERVER spans (imports OpenTelemetry only then)
            from ._tracing import server_span_middleware

            self.app.middlewares.insert(0, server_span_middleware(tracer_provider))
        self._runner: web.AppRunner | None = None
        self._saver: asyncio.Task[None] | None = None
        self._saved_revision = -1
        self.port: int | None = None

    @property
    def clock(self) -> Clock:
        return self.state.clock

    @property
    def faults(self) -> Faults:
        return self.state.faults

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the emulator is not running; use `async with Emulator()`")
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}/planner/v1"

    def issue_key(
        self, scope: str = "read_write", role: str = "admin", plan: PlanLike | None = None
    ) -> str:
        """A new API key (``kzp_test_...``) with ``scope``, ``role`` and ``plan``."""
        return self.state.issue_key(scope=scope, role=role, plan=plan)

    async def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait until uploads, quality runs and due webhook attempts have finished."""
        await self.state.wait_idle(timeout)

    async def start(self) -> None:
        # lingering_time=0: after an early 413/415 the unread rest of an upload is not
        # drained (aiohttp would otherwise read and discard it for up to 10 s); the
        # connection is closed instead.
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False, lingering_time=0.0)
        await runner.setup()
        sock = socket.socket(socket.AF_INET6 if ":" in self._host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self.port = sock.getsockname()[1]
        site = web.SockSite(runner, sock)
        await site.start()
        self._runner = runner
        if self._seed and not self._restored:
            await seed_demo(self.state)
        if self._store is not None:
            self._saver = asyncio.get_running_loop().create_task(self._save_loop())

    async def stop(self) -> None:
        if self._saver is not None:
            self._saver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._saver
            self._saver = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self._save()
        self.port = None

    async def _save(self) -> None:
        if self._store is None or self.state.revision == self._saved_revision:
            return
        revision = self.state.revision
        snapshot = self._store.snapshot(self.state)
        await asyncio.to_thread(self._store.write, snapshot)
        self._saved_revision = revision

    async def _save_loop(self) -> None:
        while True:
            await asyncio.sleep(SAVE_INTERVAL)
            try:
                await self._save()
            except Exception:
                log.exception("saving the emulator state failed")

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
