"""Idempotency-Key: replay for 24 h, 409 for another body, scoped per API key."""

from __future__ import annotations

from kazinex_planner.emulator import Emulator, ManualClock

from ._client import Client
from .conftest import make_project


async def test_replay_and_conflict(api: Client, emulator: Emulator, clock: ManualClock) -> None:
    headers = {"Idempotency-Key": "create-1"}
    first = await api.post("/projects", json={"name": "Once"}, headers=headers)
    assert first.status == 201
    assert "Idempotent-Replayed" not in first.headers
    again = await api.post("/projects", json={"name": "Once"}, headers=headers)
    assert again.status == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json == first.json
    assert again.headers["X-Request-Id"] != first.headers["X-Request-Id"]
    assert len(emulator.state.projects) == 1

    other = await api.post("/projects", json={"name": "Twice"}, headers=headers)
    assert other.status == 409
    assert other.json["error"]["details"][0]["field"] == "Idempotency-Key"

    other_key = api.with_key(emulator.issue_key())
    separate = await other_key.post("/projects", json={"name": "Once"}, headers=headers)
    assert separate.status == 201  # keys are scoped to the API key
    assert "Idempotent-Replayed" not in separate.headers

    await clock.advance(24 * 3600 + 1)
    expired = await api.post("/projects", json={"name": "Twice"}, headers=headers)
    assert expired.status == 201
    assert "Idempotent-Replayed" not in expired.headers
    assert len(emulator.state.projects) == 3


async def test_errors_are_not_stored(api: Client) -> None:
    headers = {"Idempotency-Key": "fix-and-retry"}
    bad = await api.post("/projects", json={"name": ""}, headers=headers)
    assert bad.status == 422
    fixed = await api.post("/projects", json={"name": "ok"}, headers=headers)
    assert fixed.status == 201


async def test_upload_replay(api: Client, emulator: Emulator, small_xer: bytes) -> None:
    project = await make_project(api)
    headers = {"Idempotency-Key": "upload-1"}
    first = await api.upload(project["id"], small_xer, headers=headers)
    second = await api.upload(project["id"], small_xer, headers=headers)
    assert first.status == second.status == 202
    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.json["id"] == first.json["id"]
    different = await api.upload(project["id"], small_xer + b"\n", headers=headers)
    assert different.status == 409
    await emulator.wait_idle()
    assert len(emulator.state.schedules) == 1
