"""The worker-thread open of an upload's file, cancelled before the thread gets to it.

On a busy executor the open is queued; if the call is cancelled meanwhile, the open
must not happen at all (a file opened after the caller saw the call end is a leak,
however brief, and the cancellation storm in tests/reliability caught it under load).
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from kazinex_planner._core import _upload


async def test_an_open_queued_behind_a_busy_executor_never_happens_once_cancelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "queued.xer"
    path.write_bytes(b"ERMHDR\t8.0\n")
    opened: list[str] = []

    def recording_open(file: str, mode: str) -> Any:
        opened.append(file)
        return open(file, mode)

    monkeypatch.setattr(_upload, "open", recording_open, raising=False)
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=1)
    loop.set_default_executor(executor)
    busy = threading.Event()
    blocker = loop.run_in_executor(None, busy.wait)  # the only worker is taken
    task = asyncio.create_task(_upload._open_for_reading(str(path), lambda: False))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    busy.set()
    await blocker
    await loop.run_in_executor(None, lambda: None)  # the queued open has run by now
    assert opened == []


async def test_an_open_for_a_closed_body_never_happens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "closed.xer"
    path.write_bytes(b"ERMHDR\t8.0\n")
    opened: list[str] = []
    monkeypatch.setattr(_upload, "open", lambda file, mode: opened.append(file), raising=False)
    assert await _upload._open_for_reading(str(path), lambda: True) is None
    assert opened == []


async def test_an_open_that_runs_delivers_the_file(tmp_path: Path) -> None:
    path = tmp_path / "open.xer"
    path.write_bytes(b"ERMHDR\t8.0\n")
    handle = await _upload._open_for_reading(str(path), lambda: False)
    assert handle is not None
    with handle:
        assert handle.read() == b"ERMHDR\t8.0\n"
