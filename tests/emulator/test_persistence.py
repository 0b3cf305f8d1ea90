"""SQLite persistence: a served emulator keeps its data across restarts."""

from __future__ import annotations

from pathlib import Path

import aiohttp

from kazinex_planner.emulator import Emulator, ManualClock

from ._client import Client
from .conftest import make_project


async def test_state_survives_a_restart(
    tmp_path: Path, clock: ManualClock, session: aiohttp.ClientSession, small_xer: bytes
) -> None:
    db = tmp_path / "emulator.db"
    async with Emulator(clock=clock, db=db) as emu:
        key = emu.issue_key()
        api = Client(session, emu.base_url, key)
        project = await make_project(api, "Persistent")
        await api.upload(project["id"], small_xer)
        await emu.wait_idle()
        acts = (await api.get(f"/projects/{project['id']}/activities")).json["data"]
        await api.patch(
            f"/projects/{project['id']}/activities/{acts[0]['id']}", json={"notes": "kept"}
        )
        await emu.wait_idle()
        hook = (
            await api.post("/webhooks", json={"url": "https://h.example.com", "events": ["ping"]})
        ).json
        before = (await api.get(f"/projects/{project['id']}")).json

    async with Emulator(clock=clock, db=db) as emu:
        api = Client(session, emu.base_url, key)  # the key survives too
        after = (await api.get(f"/projects/{project['id']}")).json
        assert after == before
        act = (await api.get(f"/projects/{project['id']}/activities/{acts[0]['id']}")).json
        assert act["notes"] == "kept"
        report = (await api.get(f"/projects/{project['id']}/quality")).json
        assert report["status"] == "complete"
        assert (await api.get(f"/webhooks/{hook['id']}")).status == 200
        # Quality can still be recomputed from the persisted records.
        await api.patch(
            f"/projects/{project['id']}/activities/{acts[1]['id']}", json={"notes": "again"}
        )
        await emu.wait_idle()
        assert (await api.get(f"/projects/{project['id']}/quality")).json["status"] == "complete"


async def test_seeded_demo(clock: ManualClock, session: aiohttp.ClientSession) -> None:
    async with Emulator(clock=clock, seed=True) as emu:
        api = Client(session, emu.base_url, emu.issue_key(scope="read_only"))
        [project] = (await api.get("/projects")).json["data"]
        assert project["activity_count"] == 120
        assert project["quality_score"] is not None
