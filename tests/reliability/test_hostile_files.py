"""Hostile schedule files: each ends in ScheduleFileError (or a correct result) in bounded
time and memory, measured in a child process so the peak RSS belongs to that one read.

The shapes are the ones of issue 10: a DOCTYPE with repeated ``[x]`` (the sniff regex was
exponential), a ``%F`` line with millions of empty columns (1-2 GB before), one line
longer than 64 MiB, deeply nested XML (850 MB before), a record with a million children,
one huge attribute and one huge text (quadratic on expat < 2.6.0). Bounds are generous
(a shared CI machine): time under 30 s each, peak RSS under 3 x the file + 100 MB over
the child's baseline. The emulator must keep answering other clients meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kazinex_planner import PlannerClient, errors
from kazinex_planner.emulator import Emulator
from kazinex_planner.schedule_files import (
    ReadLimits,
    ScheduleFileError,
    generate_xer,
    inspect_schedule,
    read_schedule,
)

MS = b'<Project xmlns="http://schemas.microsoft.com/project">'
MB = 1 << 20

_CHILD = r"""
import json, sys, time
from kazinex_planner.schedule_files import (
    ReadLimits, ScheduleFileError, inspect_schedule, read_schedule)

def hwm_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

path, fn, limits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
base = hwm_mb()
started = time.perf_counter()
error = None
try:
    (inspect_schedule if fn == "inspect" else read_schedule)(path, limits=ReadLimits(**limits))
except ScheduleFileError as exc:
    error = str(exc)
print(json.dumps({"error": error, "seconds": time.perf_counter() - started,
                  "base_mb": base, "peak_mb": hwm_mb()}))
"""


def _wide_columns(columns: int) -> bytes:
    return b"ERMHDR\t19.12\n%T\tTASK\n%F" + b"\t" * columns + b"\n%R\t1\n%E\n"


def _long_line(size: int) -> bytes:
    return b"ERMHDR\t19.12\n%T\tTASK\n%F\ttask_id\n%R\t" + b"x" * size + b"\n%E\n"


def _wide_row(columns: int) -> bytes:
    return b"ERMHDR\t19.12\n%T\tTASK\n%F\ttask_id\n%R" + b"\t1" * columns + b"\n%E\n"


SHAPES: dict[str, tuple[Callable[[], bytes], str]] = {
    "doctype [x] x 10,000": (lambda: b"<!DOCTYPE" + b"[x]" * 10_000, "malformed XML"),
    "%F with 20M columns": (lambda: _wide_columns(20_000_000), "columns"),
    "row with 5M columns": (lambda: _wide_row(5_000_000), "columns"),
    "line of 70 MB": (lambda: _long_line(70 * MB), "longer than"),
    "nesting 2M deep": (
        lambda: MS + b"<Tasks><Task>" + b"<a>" * 2_000_000 + b"</a>" * 2_000_000,
        "nested deeper",
    ),
    "record with 2M children": (
        lambda: MS + b"<Tasks><Task>" + b"<a/>" * 2_000_000 + b"</Task></Tasks></Project>",
        "elements in one record",
    ),
    "attribute of 40 MB": (
        lambda: MS + b'<Tasks><Task a="' + b"x" * (40 * MB) + b'"/></Tasks></Project>',
        "without an element boundary",
    ),
    "text of 40 MB": (
        lambda: MS + b"<Tasks><Task><Name>" + b"y" * (40 * MB) + b"</Name></Task></Tasks>",
        "without an element boundary",
    ),
}


def _measure(path: Path, fn: str, limits: dict[str, int] | None = None) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), fn, json.dumps(limits or {})],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, object] = json.loads(proc.stdout)
    return result


@pytest.mark.parametrize("fn", ["inspect", "read"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_hostile_shape_is_refused_within_bounds(shape: str, fn: str, tmp_path: Path) -> None:
    build, expected = SHAPES[shape]
    data = build()
    path = tmp_path / "hostile.bin"
    path.write_bytes(data)
    size_mb = len(data) / MB
    del data
    result = _measure(path, fn)
    assert result["error"] is not None, result
    assert expected in str(result["error"]), result
    assert float(result["seconds"]) < 30, result  # type: ignore[arg-type]
    grown = float(result["peak_mb"]) - float(result["base_mb"])  # type: ignore[arg-type]
    assert grown < 3 * size_mb + 100, result


def test_limits_are_configurable(tmp_path: Path) -> None:
    """A tighter limit refuses what the default accepts, and names the limit."""
    path = tmp_path / "ok.xml"
    path.write_bytes(MS + b"<Tasks><Task><a><b><c/></b></a></Task></Tasks></Project>")
    assert _measure(path, "inspect")["error"] is None
    error = str(_measure(path, "inspect", {"max_depth": 4})["error"])
    assert "max_depth" in error


def test_emulator_answers_while_a_slow_file_is_processed() -> None:
    """Processing runs in the worker: GET /projects answers while a revision processes."""

    async def run() -> None:
        content = generate_xer(projects=1, activities_per_project=40_000, seed=5)
        async with Emulator(plan="unlimited") as emu, aiohttp.ClientSession() as session:
            headers = {"Authorization": f"Bearer {emu.issue_key()}"}
            base = emu.base_url
            async with session.post(f"{base}/projects", json={"name": "H"}, headers=headers) as r:
                project = (await r.json())["id"]
            form = aiohttp.FormData()
            form.add_field("file", io.BytesIO(content), filename="big.xer")
            url = f"{base}/projects/{project}/schedules"
            async with session.post(url, data=form, headers=headers) as r:
                assert r.status == 202, await r.text()
                schedule = (await r.json())["id"]
            answered_while_processing = 0
            for _ in range(2000):
                async with session.get(f"{base}/projects", headers=headers) as r:
                    assert r.status == 200
                async with session.get(f"{url}/{schedule}", headers=headers) as r:
                    status = (await r.json())["status"]
                if status != "processing":
                    break
                answered_while_processing += 1
            assert status == "ready"
            assert answered_while_processing > 0
            await emu.wait_idle()

    asyncio.run(run())


_SMALL_XER = generate_xer(projects=1, activities_per_project=15, seed=11)
_SMALL_MSPDI = (
    b'<?xml version="1.0"?>' + MS + b"<Name>p</Name><Tasks><Task><UID>1</UID><Name>a</Name>"
    b"<Duration>PT8H0M0S</Duration></Task></Tasks></Project>"
)
_TIGHT = ReadLimits(max_line_bytes=4096, max_columns=300, max_depth=12, max_token_bytes=4096)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(
    base=st.sampled_from([_SMALL_XER, _SMALL_MSPDI]),
    edits=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10**6),
            st.sampled_from([b"\t" * 400, b"<a>" * 20, b"[x]" * 50, b"\n", b"<", b"x" * 5000]),
            st.booleans(),
        ),
        max_size=4,
    ),
)
def test_mutated_files_end_in_a_result_or_schedule_file_error(
    base: bytes, edits: list[tuple[int, bytes, bool]]
) -> None:
    data = bytearray(base)
    for at, piece, replace in edits:
        pos = at % (len(data) + 1)
        data[pos : pos + (len(piece) if replace else 0)] = piece
    for fn in (inspect_schedule, read_schedule):
        for limits in (ReadLimits(), _TIGHT):
            with contextlib.suppress(ScheduleFileError):
                fn(bytes(data), limits=limits)


@pytest.fixture(scope="module")
def big_xer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid XER large enough that inspecting it takes a noticeable time (~25 MB)."""
    path = tmp_path_factory.mktemp("big") / "big.xer"
    path.write_bytes(generate_xer(projects=1, activities_per_project=40_000, seed=7))
    return path


async def _ticks_during(call: Callable[[], Awaitable[object]]) -> tuple[int, BaseException]:
    """Run ``call`` (expected to fail) while counting event-loop ticks of another task."""
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            await asyncio.sleep(0)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await call()
    except BaseException as exc:
        return ticks, exc
    finally:
        done.set()
        await task
    raise AssertionError("the call was expected to fail")


async def test_upload_validation_runs_off_the_loop_and_respects_timeout(big_xer: Path) -> None:
    async with (
        Emulator(plan="unlimited") as emu,
        PlannerClient(emu.issue_key(), base_url=emu.base_url) as planner,
    ):
        project = await planner.projects.create(name="Harbour")
        ticks, exc = await _ticks_during(
            lambda: planner.schedules.upload(project.id, big_xer, timeout=0.02)
        )
        assert isinstance(exc, errors.APITimeoutError), exc
        assert "timeout" in str(exc)
        assert ticks > 0  # other tasks ran while the file was being inspected
        assert not emu.state.schedules  # nothing was sent


async def test_cancelled_validation_stops_and_puts_the_stream_back(big_xer: Path) -> None:
    async with (
        Emulator(plan="unlimited") as emu,
        PlannerClient(emu.issue_key(), base_url=emu.base_url) as planner,
    ):
        project = await planner.projects.create(name="Harbour")
        with big_xer.open("rb") as fh:
            fh.seek(0)
            task = asyncio.create_task(planner.schedules.upload(project.id, fh))
            await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert fh.tell() == 0
        assert not emu.state.schedules


async def test_hostile_prolog_upload_is_refused_locally_at_once() -> None:
    async with (
        Emulator(plan="unlimited") as emu,
        PlannerClient(emu.issue_key(), base_url=emu.base_url) as planner,
    ):
        project = await planner.projects.create(name="Harbour")
        with pytest.raises(ScheduleFileError):
            await planner.schedules.upload(project.id, b"<!DOCTYPE" + b"[x]" * 40, timeout=1)
