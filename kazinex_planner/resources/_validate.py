"""Inspecting an upload's file off the event loop, stoppable, within the call's time budget.

Reading a schedule is CPU work on untrusted bytes (seconds for a large file). On the event
loop it would freeze every other call of the application, and ``timeout`` could not
interrupt it. So :func:`inspect_off_loop` runs :func:`inspect_schedule` in a worker thread
and waits at most ``timeout`` seconds. A thread cannot be killed, so the reader is given a
stream that raises as soon as the caller gave up: the worker stops at its next read (every
few KB to 1 MB, i.e. milliseconds) and a caller's file object is put back where it was
before the call returns.
"""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

from .._core._upload import UploadSource
from ..errors import APITimeoutError

__all__ = ["inspect_off_loop"]

#: How long a cancelled or timed-out call waits for the worker to notice and stop.
_GRACE = 1.0


class _Stopped(Exception):
    """Raised inside the worker when the caller no longer wants the result."""


class _StoppableReader:
    """A binary reader over a file object or a buffer that refuses to read once stopped."""

    def __init__(self, raw: Any, stop: threading.Event, name: str | None) -> None:
        self._raw = raw
        self._view = memoryview(raw) if isinstance(raw, bytes | bytearray | memoryview) else None
        self._pos = 0
        self._stop = stop
        if name:
            self.name = name

    def read(self, size: int = -1, /) -> bytes:
        if self._stop.is_set():
            raise _Stopped
        if self._view is None:
            data: bytes = self._raw.read(size)
            return data
        end = len(self._view) if size < 0 else min(self._pos + size, len(self._view))
        data = bytes(self._view[self._pos : end])
        self._pos = end
        return data


def _inspect(source: UploadSource, stop: threading.Event) -> None:
    from ..schedule_files import inspect_schedule  # the reader loads only when uploading

    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        with open(path, "rb") as fh:
            inspect_schedule(_StoppableReader(fh, stop, os.path.basename(path)))
        return
    if isinstance(source, bytes | bytearray | memoryview):
        inspect_schedule(_StoppableReader(source, stop, None))
        return
    stream: Any = source
    start = stream.tell()
    try:
        inspect_schedule(_StoppableReader(stream, stop, getattr(stream, "name", None)))
    finally:
        stream.seek(start)


def _consume(work: asyncio.Future[None]) -> None:
    """Retrieve the worker's outcome so an abandoned failure is not reported as lost."""
    if not work.cancelled():
        work.exception()


async def inspect_off_loop(source: UploadSource, *, timeout: float) -> None:
    """Inspect a replayable ``source`` in a thread; raise what the reader raises.

    Raises :class:`~kazinex_planner.errors.APITimeoutError` when ``timeout`` seconds pass
    first. Cancelling the caller stops the worker too.
    """
    stop = threading.Event()
    work = asyncio.ensure_future(asyncio.to_thread(_inspect, source, stop))
    work.add_done_callback(_consume)
    try:
        await asyncio.wait_for(asyncio.shield(work), timeout)
    except TimeoutError:
        raise APITimeoutError(
            f"checking the file took longer than the call's timeout ({timeout:g} s)"
        ) from None
    finally:
        if not work.done():
            stop.set()
            await asyncio.wait({work}, timeout=_GRACE)
