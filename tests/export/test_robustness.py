"""Failures, a changing list, and sharing the client with interactive calls."""

from __future__ import annotations

import asyncio
from pathlib import Path

from kazinex_planner import Plan
from kazinex_planner.export import ExportEvent, PageWritten

from ._fake import FakePlanner
from ._helpers import expected_files, read_jsonl, snapshot
from .conftest import ClientFactory


async def test_5xx_and_dropped_connections_still_give_each_record_once(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    fake.error_rate = 0.10
    fake.drop_rate = 0.05
    planner = make_client()
    # Retry backoff in real time would make this test slow; the policy is the same.
    planner._transport.clock.sleep = _no_sleep  # type: ignore[method-assign]
    report = await planner.export(tmp_path)

    written = {path: read_jsonl(tmp_path / path) for path in snapshot(tmp_path)}
    assert written == expected_files(fake)
    assert report.retries > 0
    # Every attempt the SDK made was counted. aiohttp itself silently resends an
    # idempotent request once when a kept-alive connection drops; only the server sees
    # those, so the count can fall short by at most the number of drops.
    hits = sum(fake.hits.values())
    assert hits - fake.drops <= report.requests_used <= hits
    assert report.requests_used == report.estimate.requests_minimum + report.retries


async def _no_sleep(seconds: float) -> None:
    await asyncio.sleep(0)


async def test_page_drift_inserts_and_deletes_give_every_record_once(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    grows = fake.records("proj_0000", "activities")
    shrinks = fake.records("proj_0001", "activities")
    existed = {r["id"] for r in grows + shrinks}
    changes = {"proj_0000": 0, "proj_0001": 0}

    def drift(server: FakePlanner, kind: str, project_id: str, page: int) -> None:
        if kind != "activities" or page < 2 or changes.get(project_id, 3) >= 3:
            return
        changes[project_id] += 1
        if project_id == "proj_0000":
            # Inserted at the front: records slide into the next page (would be duplicates).
            new = server.new_record("activities", project_id)
            grows.insert(0, new)
            existed.add(new["id"])
        else:
            # Deleted near the front: a record slides back into a page already read
            # (would be skipped).
            shrinks.pop(5)

    fake.before_page = drift
    report = await make_client().export(tmp_path, include=["activities"], concurrency=1)

    for project, records in (("proj_0000", grows), ("proj_0001", shrinks)):
        ids = [r["id"] for r in read_jsonl(tmp_path / project / "activities.jsonl")]
        assert len(ids) == len(set(ids)), f"{project}: a record was written twice"
        survivors = {r["id"] for r in records}
        assert survivors <= set(ids), f"{project}: missing {sorted(survivors - set(ids))[:5]}"
        assert set(ids) <= existed
        unit = next(u for u in report.units if u.key == f"{project}/activities")
        assert unit.rescans >= 1
    assert changes == {"proj_0000": 3, "proj_0001": 3}


async def test_interactive_calls_overtake_queued_export_pages(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    # 1,200/min = one token every 50 ms once the burst is spent.
    planner = make_client(plan=Plan.enterprise(per_minute=1200, per_day=1_000_000))
    while planner.limiter.snapshot().minute_remaining >= 1:
        await planner.limiter.acquire()
    served_at: list[int] = []
    issued_at: list[int] = []

    async def ask_during_export(event: ExportEvent) -> None:
        if isinstance(event, PageWritten) and not issued_at:
            issued_at.append(len(fake.log))

            async def interactive() -> None:
                await planner.projects.get("proj_0001")
                served_at.append(fake.log.index("/projects/proj_0001"))

            asyncio.get_running_loop().create_task(interactive())

    await planner.export(
        tmp_path, include=["activities"], progress=ask_during_export, concurrency=8
    )
    await asyncio.sleep(0.2)
    assert served_at, "the interactive call never completed"
    # Up to 8 bulk requests were queued when it was issued; it went first (one bulk
    # request may already hold the head of the queue and be mid-sleep).
    assert served_at[0] - issued_at[0] <= 1
    assert len(fake.log) - served_at[0] > 3  # and bulk requests were still to come
