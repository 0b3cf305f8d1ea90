"""Stopping an export anywhere and resuming it: same files, completed units not refetched."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import orjson
import pytest

from kazinex_planner import Plan
from kazinex_planner.export import ExportEvent, PageWritten, UnitDone

from ._fake import FakePlanner
from ._helpers import snapshot
from .conftest import ClientFactory


class Crash(Exception):
    """Stands in for a crash, Ctrl-C or a kill at an arbitrary page."""


def _unit_paths(manifest: dict[str, object], fake_unit: str) -> str:
    project, _, kind = fake_unit.partition("/")
    routes = {
        "schedules": "schedules",
        "activities": "activities",
        "baselines": "baselines",
        "quality_report": "quality",
        "quality_checks": "quality/checks",
        "resources": "resources",
        "assignments": "resources/assignments",
        "loading": "resources/loading",
    }
    return f"/projects/{project}/{routes[kind]}"


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_resume_after_a_crash_gives_identical_files(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path, seed: int
) -> None:
    reference = tmp_path / "reference"
    await make_client().export(reference)
    fake.hits.clear()

    out = tmp_path / "resumed"
    crash_at = random.Random(seed).randrange(1, 20)
    pages = 0

    def crash_somewhere(event: ExportEvent) -> None:
        nonlocal pages
        if isinstance(event, PageWritten):
            pages += 1
            if pages == crash_at:
                raise Crash(f"stopped at page {crash_at}")

    with pytest.raises(Crash):
        await make_client().export(out, progress=crash_somewhere, concurrency=2)
    stopped = orjson.loads((out / "manifest.json").read_bytes())
    assert stopped["status"] == "failed"
    committed = set(stopped["units"]) - {"projects"}
    assert committed
    assert stopped["pending"]
    assert not list(out.rglob("*.part"))  # the unit in progress was discarded
    # A hard kill would leave a temporary file behind: resuming must discard it.
    (out / "proj_0001").mkdir(exist_ok=True)
    (out / "proj_0001" / "activities.jsonl.part").write_bytes(b'{"id": "half"}\n')

    fake.hits.clear()
    report = await make_client().export(out)

    assert snapshot(out) == snapshot(reference)
    assert not list(out.rglob("*.part"))
    for unit in committed:
        assert fake.hits[_unit_paths(stopped, unit)] == 0, f"{unit} was fetched again"
    assert {u.key for u in report.units if not u.fetched} == set(stopped["units"])
    final = orjson.loads((out / "manifest.json").read_bytes())
    assert final["status"] == "complete"
    assert final["pending"] == []
    assert [r["status"] for r in final["runs"]] == ["failed", "complete"]
    assert final["requests_used"] == stopped["requests_used"] + report.requests_used


async def test_a_changed_file_is_redone_not_trusted(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    await make_client().export(tmp_path, include=["activities"])
    target = tmp_path / "proj_0000" / "activities.jsonl"
    target.write_bytes(target.read_bytes()[:-10])
    fake.hits.clear()
    await make_client().export(tmp_path, include=["activities"])
    assert fake.hits["/projects/proj_0000/activities"] == 1 + 3  # count + 3 pages
    assert fake.hits["/projects/proj_0001/activities"] == 0
    assert len(target.read_bytes().splitlines()) == 450


async def test_quota_stop_with_allow_partial_returns_pending_then_resumes(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    small = Plan.enterprise(per_minute=100_000, per_day=15 + 10)
    report = await make_client(plan=small).export(tmp_path, allow_partial=True)

    assert report.partial
    assert report.pending
    assert report.requests_used <= 25
    done = {u.key for u in report.units}
    assert done.isdisjoint(report.pending)
    manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())
    assert manifest["status"] == "partial"
    assert manifest["pending"] == list(report.pending)
    assert set(manifest["units"]) == done

    fake.hits.clear()
    resumed = await make_client().export(tmp_path)
    assert resumed.complete
    for key in done - {"projects"}:
        project, _, kind = key.partition("/")
        if kind == "activities":
            assert fake.hits[f"/projects/{project}/activities"] == 0


async def test_quota_stop_mid_export_is_the_documented_partial_result(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    # The plan fits, but another user of the key spends the day meanwhile.
    planner = make_client(plan=Plan.enterprise(per_minute=100_000, per_day=40))
    units_done = 0

    async def someone_else_spends_the_day(event: ExportEvent) -> None:
        nonlocal units_done
        if isinstance(event, UnitDone):
            units_done += 1
            if units_done == 3:
                while planner.limiter.day_remaining > 0:
                    await planner.limiter.acquire()

    # Not a traceback: the completed files are kept and reported, the rest is pending.
    report = await planner.export(tmp_path, progress=someone_else_spends_the_day)
    assert report.partial
    assert report.pending
    manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())
    assert manifest["status"] == "partial"
    assert manifest["pending"] == list(report.pending)
    assert len(manifest["units"]) >= 3
    assert manifest["pending"]
    hits = Counter(fake.hits)
    fake.hits.clear()
    await make_client().export(tmp_path)
    refetched = [
        k for k in manifest["units"] if k != "projects" and fake.hits[_unit_paths(manifest, k)]
    ]
    assert refetched == []
    assert hits  # the first run did reach the server
