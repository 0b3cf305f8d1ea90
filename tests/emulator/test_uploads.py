"""Uploads: streamed with limits, sniffed, processed for real (reader + quality engine)."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from kazinex_planner.emulator import Emulator, ManualClock
from kazinex_planner.schedule_files import inspect_schedule
from tests.conftest import shared_schedule_files

from ._client import Client, Result
from .conftest import make_project


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("kzp-upload-*")}


async def _chunked_upload(
    session: aiohttp.ClientSession, emu: Emulator, key: str, project_id: str, total: int
) -> tuple[int, dict[str, object]]:
    """Send a multipart body without Content-Length, in 64 KB chunks, as a stream."""
    boundary = "kzpboundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.xer"\r\n'
        "Content-Type: application/octet-stream\r\n\r\nERMHDR\t19.12\r\n"
    ).encode()
    sent = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal sent
        yield head
        chunk = b"%T\tTASK\r\n" + b"x" * (64 * 1024 - 10)
        while sent < total:
            sent += len(chunk)
            yield chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    url = f"{emu.base_url}/projects/{project_id}/schedules"
    headers = {
        "Authorization": f"Bearer {key}",
        "Content-Type": f"multipart/form-data; boundary={boundary}",
    }
    async with session.post(url, data=body(), headers=headers) as resp:
        return resp.status, await resp.json()


async def test_413_is_raised_while_streaming(
    clock: ManualClock, session: aiohttp.ClientSession
) -> None:
    before = _leftovers()
    async with Emulator(clock=clock, upload_limit=256 * 1024) as emu:
        key = emu.issue_key()
        api = Client(session, emu.base_url, key)
        project = await make_project(api)
        try:
            status, body = await _chunked_upload(session, emu, key, project["id"], 50 * 2**20)
        except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError):
            pytest.fail("the server should answer 413 before dropping the connection")
        assert status == 413
        assert body["error"]["type"] == "payload_too_large"  # type: ignore[index]
        small = await api.upload(project["id"], b"ERMHDR\t19.12\r\n" + b"x" * 300_000)
        assert small.status == 413
        assert emu.state.schedules == {}
    assert _leftovers() <= before  # the partial file was removed


async def test_415_for_a_pdf_and_for_non_multipart(api: Client) -> None:
    project = await make_project(api)
    pdf = await api.upload(project["id"], b"%PDF-1.7\n" + b"0" * 1000, file_name="plan.pdf")
    assert pdf.status == 415
    assert pdf.error_type == "unsupported_media_type"
    assert pdf.json["error"]["details"][0]["field"] == "file"
    raw = await api.post(
        f"/projects/{project['id']}/schedules",
        data=b"ERMHDR",
        headers={"Content-Type": "application/octet-stream"},
    )
    assert raw.status == 415


async def test_missing_file_and_long_label_are_422(api: Client, small_xer: bytes) -> None:
    project = await make_project(api)
    form = aiohttp.FormData(default_to_multipart=True)
    form.add_field("label", "only a label")
    missing = await api.call("POST", f"/projects/{project['id']}/schedules", data=form)
    assert missing.status == 422
    assert missing.json["error"]["details"][0]["field"] == "file"
    long_label = await api.upload(project["id"], small_xer, label="x" * 201)
    assert long_label.status == 422
    nowhere = await api.upload("proj_missing", small_xer)
    assert nowhere.status == 404


async def _process(api: Client, emu: Emulator, content: bytes, name: str) -> Result:
    project = await make_project(api)
    accepted = await api.upload(project["id"], content, file_name=name)
    assert accepted.status == 202, accepted.raw
    assert accepted.json["status"] == "processing"
    await emu.wait_idle()
    return await api.get(f"/projects/{project['id']}/schedules/{accepted.json['id']}")


async def test_processing_counts_match_the_reader(
    api: Client, emulator: Emulator, small_xer: bytes
) -> None:
    import hashlib

    schedule = (await _process(api, emulator, small_xer, "gen.xer")).json
    summary = inspect_schedule(small_xer)
    assert schedule["status"] == "ready"
    assert schedule["role"] == "current"
    assert schedule["activity_count"] == summary.activity_count
    assert schedule["relationship_count"] == summary.relationship_count
    assert schedule["sha256"] == hashlib.sha256(small_xer).hexdigest()
    types = [e.type for e in emulator.state.events]
    assert types == ["schedule.uploaded", "schedule.processed", "quality.complete"]
    event = emulator.state.events[1].body
    assert event["data"]["status"] == "ready"
    assert event["project_id"] == schedule["project_id"]


async def test_truncated_xer_fails_with_the_readers_message(
    api: Client, emulator: Emulator, small_xer: bytes
) -> None:
    cut = small_xer[: len(small_xer) // 3]
    cut = cut[: cut.rfind(b"\n%R")]  # drop the rest mid-table
    schedule = (await _process(api, emulator, cut[:200], "cut.xer")).json
    assert schedule["status"] == "failed"
    assert schedule["error"]
    assert schedule["role"] == "none"
    assert schedule["activity_count"] is None
    assert [e.type for e in emulator.state.events][-1] == "schedule.failed"
    project = (await api.get(f"/projects/{schedule['project_id']}")).json
    assert project["current_schedule_id"] is None


@pytest.mark.parametrize("path", shared_schedule_files(), ids=lambda p: p.name)
async def test_real_files(api: Client, emulator: Emulator, path: Path) -> None:
    content = await asyncio.to_thread(path.read_bytes)
    schedule = (await _process(api, emulator, content, path.name)).json
    summary = inspect_schedule(path)
    assert schedule["status"] == "ready", schedule["error"]
    assert schedule["activity_count"] == summary.activity_count
    report = (await api.get(f"/projects/{schedule['project_id']}/quality")).json
    assert report["status"] == "complete"
    assert isinstance(report["score"], float | int)
    acts = await api.get(
        f"/projects/{schedule['project_id']}/activities", params={"per_page": "200"}
    )
    assert acts.json["meta"]["total"] == summary.activity_count


def test_real_files_are_present_or_skipped() -> None:
    if not shared_schedule_files():
        pytest.skip("../shared/schedules is absent")
    assert len(shared_schedule_files()) >= 1
