"""``LoopThread``: a long-lived event loop in a daemon thread, and blocking calls into it."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import itertools
import os
import threading
from collections.abc import Awaitable
from typing import TypeVar

from ..errors import LoopThreadError

__all__ = ["LoopThread", "LoopThreadError"]

T = TypeVar("T")

#: How often a blocked caller wakes to notice Ctrl-C (the result itself is not delayed).
_INTERRUPT_POLL = 0.1
#: How long a Ctrl-C'd caller waits for the cancelled call to unwind on the loop.
_CANCEL_GRACE = 5.0
_names = itertools.count(1)


class LoopThread:
    """One event loop running forever in a daemon thread, until :meth:`stop`.

    :meth:`run` blocks the calling thread (any thread, with or without its own running
    loop) until the coroutine finished on this loop, and returns its result or raises
    its exception. A ``KeyboardInterrupt`` while waiting cancels the coroutine on the
    loop, waits briefly for it to unwind, and is re-raised.
    """

    def __init__(self, name: str = "kazinex-planner-loop") -> None:
        self._pid = os.getpid()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(
            target=self._serve, name=f"{name}-{next(_names)}", daemon=True
        )
        self._stopped = False
        self._thread.start()
        self._ready.wait()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.call_soon(self._ready.set)
        try:
            self._loop.run_forever()
        finally:
            try:
                # Calls still in flight when the loop stops (another thread closed the
                # client) are cancelled, so their callers are told instead of waiting.
                pending = asyncio.all_tasks(self._loop)
                for task in pending:
                    task.cancel()
                self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
                self._loop.run_until_complete(self._loop.shutdown_default_executor())
            finally:
                self._loop.close()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    @property
    def running(self) -> bool:
        return not self._stopped and self._thread.is_alive() and os.getpid() == self._pid

    def _check_usable(self) -> None:
        if os.getpid() != self._pid:
            raise LoopThreadError(
                f"this client was created in process {self._pid} and cannot be used after "
                f"fork() in process {os.getpid()}: its connections and event loop stayed in "
                "the parent; create a new client in the child"
            )
        if self._stopped or not self._thread.is_alive():
            raise LoopThreadError("the client is closed; create a new one")
        if threading.get_ident() == self._thread.ident:
            raise LoopThreadError(
                "a blocking call was made from the client's own loop thread (for example in "
                "a progress callback); it would wait for itself forever: use the async client"
            )

    def run(self, awaitable: Awaitable[T]) -> T:
        """Run ``awaitable`` on the loop thread and block until it is done."""
        try:
            self._check_usable()
        except BaseException:
            if inspect.iscoroutine(awaitable):
                awaitable.close()  # never scheduled: do not leave a "never awaited" warning
            raise
        finished = threading.Event()
        guarded = _guarded(awaitable, finished)
        try:
            future = asyncio.run_coroutine_threadsafe(guarded, self._loop)
        except RuntimeError:  # the loop closed between the check and now
            guarded.close()
            if inspect.iscoroutine(awaitable):
                awaitable.close()
            raise LoopThreadError("the client is closed; create a new one") from None
        try:
            while True:
                done, _ = concurrent.futures.wait((future,), timeout=_INTERRUPT_POLL)
                if done:
                    break
                if not self._thread.is_alive():
                    future.cancel()
                    break
        except KeyboardInterrupt:
            # Ctrl-C: cancel the call where it runs, and give it a moment to unwind
            # (close its connection, release its limiter token) before re-raising.
            future.cancel()
            finished.wait(_CANCEL_GRACE)
            raise
        if future.cancelled() and self._stopped:
            raise LoopThreadError("the client was closed while this call was in flight")
        return future.result()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the loop and join the thread (idempotent; a no-op in a forked child)."""
        if self._stopped or os.getpid() != self._pid:
            self._stopped = True
            return
        self._stopped = True
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            if threading.get_ident() != self._thread.ident:
                self._thread.join(timeout)


async def _guarded(awaitable: Awaitable[T], finished: threading.Event) -> T:
    try:
        return await awaitable
    finally:
        finished.set()
