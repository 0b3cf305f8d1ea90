"""export_fleet.py: N processes export disjoint shards, every project exactly once, resumable."""

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


def test_shards_cover_every_project_once_and_resume(
    portfolio: tuple[Emulator, str], tmp_path: Path
) -> None:
    emulator, key = portfolio
    state = emulator.state
    results = export_fleet.run_fleet(tmp_path, workers=3, api_key=key, base_url=emulator.base_url)
    assert [r.shard for r in results] == [0, 1, 2]
    assert all(r.complete for r in results)

    exported: dict[str, Path] = {}
    for shard_dir in sorted(tmp_path.glob("shard-*-of-3")):
        assert (shard_dir / "manifest.json").is_file()
        for project in _lines(shard_dir / "projects.jsonl"):
            pid = str(project["id"])
            assert pid not in exported, f"{pid} exported by two shards"
            exported[pid] = shard_dir
    assert set(exported) == set(state.projects)
    for pid, shard_dir in exported.items():
        schedule_id = state.projects[pid].current_schedule_id
        assert schedule_id is not None
        activities = _lines(shard_dir / pid / "activities.jsonl")
        assert len(activities) == len(state.activities[schedule_id])
    first_requests = sum(r.requests for r in results)

    # A second run finds every unit complete in its shard's manifest and fetches nothing.
    again = export_fleet.run_fleet(tmp_path, workers=3, api_key=key, base_url=emulator.base_url)
    assert all(r.complete for r in again)
    assert sum(r.fetched_units for r in again) == 0
    assert sum(r.skipped_units for r in again) == sum(r.fetched_units for r in results)
    assert sum(r.requests for r in again) < first_requests


def test_the_script_exits_0_with_a_summary(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            export_fleet.__file__,
            "--emulator",
            "--workers",
            "2",
            "--projects",
            "3",
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "export complete"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["shard-0-of-2", "shard-1-of-2"]
