"""Uploads and waiters through the public SDK against the emulator (issue 4 acceptance)."""

from __future__ import annotations

import io
import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from kazinex_planner import PlannerClient, errors
from kazinex_planner.emulator import Emulator
from kazinex_planner.schedule_files import ScheduleFileError, generate_xer, inspect_schedule
from kazinex_planner.schedule_files._records import ScheduleSummary


@pytest.fixture
async def env() -> AsyncIterator[tuple[PlannerClient, Emulator, str]]:
    async with Emulator(plan="unlimited") as emulator:
        key = emulator.issue_key()
        async with PlannerClient(key, base_url=emulator.base_url, plan="business") as planner:
            project = await planner.projects.create(name="Uploads", code="UP")
            yield planner, emulator, project.id


async def test_bad_file_is_rejected_locally_without_any_request(
    env: tuple[PlannerClient, Emulator, str],
) -> None:
    planner, emulator, project_id = env
    served = sum(emulator.state.requests_served.values())
    with pytest.raises(ScheduleFileError, match="not a schedule"):
        await planner.schedules.upload(project_id, b"%PDF-1.7\n%binary drawing\n")
    truncated = generate_xer(activities_per_project=20).replace(b"%E", b"")
    with pytest.raises(ScheduleFileError, match="%E"):
        await planner.schedules.upload(project_id, truncated)
    assert sum(emulator.state.requests_served.values()) == served


async def test_server_side_rejection_when_validation_is_off(
    env: tuple[PlannerClient, Emulator, str],
) -> None:
    planner, _, project_id = env
    with pytest.raises(errors.UnsupportedMediaTypeError):
        await planner.schedules.upload(project_id, b"%PDF-1.7\n", validate=False)


@pytest.mark.parametrize("kind", ["bytes", "path", "file", "stream"])
async def test_every_source_kind_uploads_and_becomes_ready(
    env: tuple[PlannerClient, Emulator, str], tmp_path: Path, kind: str
) -> None:
    planner, _, project_id = env
    xer = generate_xer(activities_per_project=150, seed=4)
    expected: ScheduleSummary = inspect_schedule(xer)
    source: object
    if kind == "bytes":
        source = xer
    elif kind == "path":
        source = tmp_path / "plan.xer"
        source.write_bytes(xer)
    elif kind == "file":
        source = io.BytesIO(xer)
    else:

        async def chunks() -> AsyncIterator[bytes]:
            for i in range(0, len(xer), 4096):
                yield xer[i : i + 4096]

        source = chunks()
    progress: list[tuple[int, int | None]] = []
    schedule = await planner.schedules.upload(
        project_id,
        source,
        label=f"via {kind}",
        on_progress=lambda sent, total: progress.append((sent, total)),
    )
    assert schedule.status == "processing"
    assert progress[-1][0] == len(xer)
    if kind != "stream":
        assert progress[-1][1] == len(xer)  # the size is known: progress reaches 100 %
    ready = await planner.schedules.wait_until_ready(project_id, schedule.id, poll_interval=0.05)
    assert ready.status == "ready"
    assert ready.activity_count == expected.activity_count
    assert ready.relationship_count == expected.relationship_count
    report = await planner.quality.wait_until_complete(project_id, ready.id, poll_interval=0.05)
    assert report.status == "complete"
    assert report.score is not None


async def test_wait_until_ready_raises_with_the_servers_reason(
    env: tuple[PlannerClient, Emulator, str],
) -> None:
    planner, _, project_id = env
    # Valid enough to pass the upload checks (it starts like an XER) but truncated.
    truncated = generate_xer(activities_per_project=20).replace(b"%E", b"")
    schedule = await planner.schedules.upload(project_id, truncated, validate=False)
    with pytest.raises(errors.ScheduleProcessingError) as info:
        await planner.schedules.wait_until_ready(project_id, schedule.id, poll_interval=0.05)
    assert info.value.schedule_id == schedule.id
    assert info.value.reason
    assert "%E" in info.value.reason


async def test_polling_backs_off_in_the_bulk_lane_and_times_out() -> None:
    from kazinex_planner.ratelimit import VirtualClock
    from kazinex_planner.ratelimit._lane import current_lane
    from kazinex_planner.resources._polling import poll_until

    clock = VirtualClock()
    started = clock.monotonic()
    calls: list[tuple[float, str | None]] = []

    async def fetch() -> str:
        calls.append((clock.monotonic() - started, current_lane()))
        return "processing"

    with pytest.raises(errors.WaitTimeoutError, match="within 60 s"):
        await poll_until(
            fetch, lambda s: s == "ready", clock=clock, timeout=60, poll_interval=2, what="x"
        )
    times = [t for t, _ in calls]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[:3] == [2, 3, 4.5]  # x1.5 each time ...
    assert max(gaps) <= 30  # ... up to 30 s
    assert times[-1] == pytest.approx(60)  # the last poll happens at the deadline
    assert {lane for _, lane in calls} == {"bulk"}


async def test_wrong_upload_sources_are_refused_before_any_request(
    env: tuple[PlannerClient, Emulator, str], tmp_path: Path
) -> None:
    planner, emulator, project_id = env
    xer = generate_xer(activities_per_project=5)
    text_file = tmp_path / "plan.xer"
    text_file.write_bytes(xer)
    served = sum(emulator.state.requests_served.values())
    cases: list[tuple[object, str]] = [
        (xer.decode("latin-1"), "looks like file content"),
        (str(tmp_path / "missing.xer"), "no file at"),
        (tmp_path / "missing.xer", "no file at"),
        (tmp_path, "is a directory"),
        (12345, "cannot upload a int"),
    ]
    for source, needle in cases:
        with pytest.raises(errors.UploadSourceError, match=needle):
            await planner.schedules.upload(project_id, source)  # type: ignore[arg-type]
        with pytest.raises(errors.UploadSourceError, match=needle):
            await planner.schedules.with_raw_response.upload(
                project_id,
                source,  # type: ignore[arg-type]
                validate=False,
            )
    with (
        text_file.open("r", encoding="latin-1") as handle,
        pytest.raises(errors.UploadSourceError, match="'rb'"),
    ):
        await planner.schedules.upload(project_id, handle)  # type: ignore[arg-type]
    assert sum(emulator.state.requests_served.values()) == served
    # A str that names an existing file is still a path.
    schedule = await planner.schedules.upload(project_id, str(text_file))
    assert schedule.file_name == "plan.xer"


async def test_processing_errors_name_the_uploaded_file(
    env: tuple[PlannerClient, Emulator, str], tmp_path: Path
) -> None:
    planner, _, project_id = env
    truncated = tmp_path / "UP07_truncated.xer"
    truncated.write_bytes(generate_xer(activities_per_project=20).replace(b"%E", b""))
    schedule = await planner.schedules.upload(project_id, truncated, validate=False)
    with pytest.raises(errors.ScheduleProcessingError) as info:
        await planner.schedules.wait_until_ready(project_id, schedule.id, poll_interval=0.05)
    assert "UP07_truncated.xer" in (info.value.reason or "")
    assert "kzp-upload-" not in (info.value.reason or "")
