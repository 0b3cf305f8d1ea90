"""export_fleet.py: N processes export disjoint shards into one folder, every project
exactly once, resumable; with Redis the workers' limiters share one budget."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import export_fleet
import pytest

from kazinex_planner.sync import Emulator


@pytest.fixture(scope="module")
def portfolio() -> Iterator[tuple[Emulator, str]]:
    emulator, key = export_fleet.demo_portfolio(4)
    try:
        yield emulator, key
    finally:
        emulator.stop()


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _check_every_project_once(out: Path, emulator: Emulator, shards: int) -> None:
    state = emulator.state
    owner: dict[str, int] = {}
    for i in range(shards):
        label = f"shard-{i}-of-{shards}"
        assert (out / f"manifest.{label}.json").is_file()
        for project in _lines(out / f"projects.{label}.jsonl"):
            pid = str(project["id"])
            assert pid not in owner, f"{pid} exported by shards {owner[pid]} and {i}"
            owner[pid] = i
    assert set(owner) == set(state.projects)
    for pid in owner:
        schedule_id = state.projects[pid].current_schedule_id
        assert schedule_id is not None
        activities = _lines(out / pid / "activities.jsonl")
        assert len(activities) == len(state.activities[schedule_id])


def test_shards_cover_every_project_once_and_resume(
    portfolio: tuple[Emulator, str], tmp_path: Path
) -> None:
    emulator, key = portfolio
    results = export_fleet.run_fleet(tmp_path, workers=3, api_key=key, base_url=emulator.base_url)
    assert [r.shard for r in results] == [0, 1, 2]
    assert all(r.complete for r in results)
    assert sum(r.projects for r in results) == len(emulator.state.projects)
    _check_every_project_once(tmp_path, emulator, 3)
    first_requests = sum(r.requests for r in results)

    # A second run finds every unit complete in its shard's manifest and fetches nothing.
    again = export_fleet.run_fleet(tmp_path, workers=3, api_key=key, base_url=emulator.base_url)
    assert all(r.complete for r in again)
    assert sum(r.fetched_units for r in again) == 0
    assert sum(r.skipped_units for r in again) == sum(r.fetched_units for r in results)
    assert sum(r.requests for r in again) < first_requests


def test_workers_share_the_budget_through_redis(
    portfolio: tuple[Emulator, str], tmp_path: Path
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    try:
        from tests.ratelimit._redis_server import RedisServer, redis_server_binary
    finally:
        sys.path.pop(0)
    import redis

    emulator, key = portfolio
    server = RedisServer(redis_server_binary())
    server.start()
    try:
        results = export_fleet.run_fleet(
            tmp_path,
            workers=2,
            api_key=key,
            base_url=emulator.base_url,
            redis_url=server.url,
        )
        client = redis.Redis.from_url(server.url)
        try:
            limiter_keys = client.keys("kazinex:ratelimit:*")
        finally:
            client.close()
    finally:
        server.stop()
    assert all(r.complete for r in results)
    assert sum(r.retries for r in results) == 0
    assert len(limiter_keys) == 1  # both workers' limiters used one shared window
    _check_every_project_once(tmp_path, emulator, 2)


def test_the_script_exits_0_with_a_summary(tmp_path: Path) -> None:
    command = [sys.executable, export_fleet.__file__, "--emulator", "--workers", "2"]
    command += ["--projects", "3", "--out", str(tmp_path / "out")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "export complete"
    names = sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_file())
    assert names == [
        "manifest.shard-0-of-2.json",
        "manifest.shard-1-of-2.json",
        "projects.shard-0-of-2.jsonl",
        "projects.shard-1-of-2.jsonl",
    ]
