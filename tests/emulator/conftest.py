"""Fixtures: a running emulator on a manual clock, clients with keys of each kind."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest

from kazinex_planner.emulator import Emulator, ManualClock
from kazinex_planner.schedule_files import generate_xer

from ._client import Client

#: 2026-03-02 08:00 UTC: a Monday morning, far from midnight.
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def emulator(clock: ManualClock) -> AsyncIterator[Emulator]:
    async with Emulator(clock=clock, plan="business") as emu:
        yield emu


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


@pytest.fixture
def api(emulator: Emulator, session: aiohttp.ClientSession) -> Client:
    """A read-write admin client."""
    return Client(session, emulator.base_url, emulator.issue_key())


@pytest.fixture(scope="session")
def small_xer() -> bytes:
    return generate_xer(projects=1, activities_per_project=40, seed=3)


async def make_project(api: Client, name: str = "Harbour", **extra: Any) -> dict[str, Any]:
    result = await api.post("/projects", json={"name": name, **extra})
    assert result.status == 201, result.raw
    project: dict[str, Any] = result.json
    return project


async def ready_project(
    api: Client, emulator: Emulator, content: bytes, name: str = "Harbour"
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A project with one processed revision: ``(project, schedule)``."""
    project = await make_project(api, name)
    upload = await api.upload(project["id"], content)
    assert upload.status == 202, upload.raw
    await emulator.wait_idle()
    schedule = (await api.get(f"/projects/{project['id']}/schedules/{upload.json['id']}")).json
    assert schedule["status"] == "ready", schedule
    return project, schedule
