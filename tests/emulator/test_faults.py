"""Fault injection: reproducible errors, latency, dropped connections, 429 bursts, slow bodies."""

from __future__ import annotations

import time

import aiohttp
import pytest

from kazinex_planner.emulator import Emulator, Faults, ManualClock

from ._client import Client


async def _statuses(
    faults: Faults, clock: ManualClock, session: aiohttp.ClientSession
) -> list[int]:
    async with Emulator(clock=clock, faults=faults) as emu:
        api = Client(session, emu.base_url, emu.issue_key())
        return [(await api.get("/projects")).status for _ in range(40)]


async def test_error_rates_are_seeded_and_spec_shaped(
    clock: ManualClock, session: aiohttp.ClientSession
) -> None:
    first = await _statuses(Faults(error_rates={503: 0.3, 500: 0.1}, seed=1), clock, session)
    again = await _statuses(Faults(error_rates={503: 0.3, 500: 0.1}, seed=1), clock, session)
    assert first == again
    assert {500, 503, 200} == set(first)
    assert 0 < first.count(503) < 40


async def test_force_429_burst(api: Client, emulator: Emulator) -> None:
    emulator.faults.force_429(2)
    burst = [await api.get("/projects") for _ in range(3)]
    assert [r.status for r in burst] == [429, 429, 200]
    assert burst[0].headers["Retry-After"] == "1"
    assert burst[0].json["error"]["details"][0]["field"] == "minute"


async def test_latency_and_slow_bodies(clock: ManualClock, session: aiohttp.ClientSession) -> None:
    faults = Faults(latency=0.2, slow_body_delay=0.01, slow_body_chunk=64)
    async with Emulator(clock=clock, faults=faults) as emu:
        api = Client(session, emu.base_url, emu.issue_key())
        await api.post("/projects", json={"name": "x" * 150})
        started = time.monotonic()
        result = await api.get("/projects")
        elapsed = time.monotonic() - started
    assert result.status == 200
    assert result.json["data"][0]["name"] == "x" * 150
    # 0.2 s latency plus one pause per 64-byte chunk of a ~500-byte body.
    assert elapsed >= 0.2 + 0.01 * (len(result.raw) // 64)


async def test_dropped_connections(clock: ManualClock, session: aiohttp.ClientSession) -> None:
    async with Emulator(clock=clock, faults=Faults(drop_rate=1.0)) as emu:
        key = emu.issue_key()
        with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
            async with session.get(
                f"{emu.base_url}/projects", headers={"Authorization": f"Bearer {key}"}
            ) as resp:
                await resp.read()
        emu.faults.drop_rate = 0.0
        assert (await Client(session, emu.base_url, key).get("/projects")).status == 200


def test_fault_validation() -> None:
    with pytest.raises(ValueError, match="4xx/5xx"):
        Faults(error_rates={200: 0.5})
    with pytest.raises(ValueError, match="at most 1"):
        Faults(error_rates={500: 0.7, 503: 0.7})
