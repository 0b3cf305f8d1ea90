"""``kazinex_planner.sync.Emulator``: the embedded emulator started from blocking code."""

from __future__ import annotations

import weakref
from types import TracebackType
from typing import Any

from .._bridge import LoopThread
from .._clock import Clock, VirtualClock
from ..emulator import Emulator as AsyncEmulator
from ..emulator import EmulatorState, Faults

__all__ = ["Emulator"]


class Emulator:
    """The API emulator serving from its own daemon thread and event loop.

    ``with Emulator(seed=True) as emu:`` serves ``emu.base_url`` on 127.0.0.1 until the
    block ends; keyword arguments are those of :class:`kazinex_planner.emulator.Emulator`.
    Meant for scripts, notebooks and sync tests; async code uses the async emulator.
    """

    def __init__(self, **options: Any) -> None:
        bridge = LoopThread("kazinex-planner-emulator")

        async def build() -> AsyncEmulator:
            return AsyncEmulator(**options)

        try:
            self._async = bridge.run(build())
        except BaseException:
            bridge.stop()
            raise
        self._bridge = bridge
        self._finalizer = weakref.finalize(self, _shutdown, bridge, self._async)
        self._started = False

    @property
    def async_emulator(self) -> AsyncEmulator:
        return self._async

    @property
    def state(self) -> EmulatorState:
        return self._async.state

    @property
    def clock(self) -> Clock:
        return self._async.clock

    @property
    def faults(self) -> Faults:
        return self._async.faults

    @property
    def base_url(self) -> str:
        return self._async.base_url

    @property
    def port(self) -> int | None:
        return self._async.port

    def issue_key(self, scope: str = "read_write", role: str = "admin", plan: Any = None) -> str:
        """A new API key; see :meth:`kazinex_planner.emulator.Emulator.issue_key`."""

        async def issue() -> str:
            # The state is the loop's: even a plain method runs there, not in this thread.
            return self._async.issue_key(scope=scope, role=role, plan=plan)

        return self._bridge.run(issue())

    def advance(self, seconds: float) -> None:
        """Move the emulator's virtual clock (``clock=ManualClock()``) forward ``seconds``.

        Runs on the emulator's loop thread: the clock wakes the emulator's sleepers
        (webhook retries, rate-limit windows) as it moves, which must happen on the
        loop that owns them, never from the caller's thread.
        """
        clock = self._async.clock
        if not isinstance(clock, VirtualClock):
            raise TypeError(
                "advance() needs an emulator built with clock=ManualClock() (or another "
                f"VirtualClock); this one runs on {type(clock).__name__}"
            )
        self._bridge.run(clock.advance(seconds))

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Block until uploads, quality runs and due webhook attempts have finished."""
        self._bridge.run(self._async.wait_idle(timeout))

    def start(self) -> None:
        self._bridge.run(self._async.start())
        self._started = True

    def stop(self) -> None:
        """Stop serving, then stop the loop thread (idempotent)."""
        self._finalizer()

    def __enter__(self) -> Emulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _shutdown(bridge: LoopThread, emulator: AsyncEmulator) -> None:
    if bridge.running:
        try:
            bridge.run(emulator.stop())
        finally:
            bridge.stop()
    else:
        bridge.stop()
