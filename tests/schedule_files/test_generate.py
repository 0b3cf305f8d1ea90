"""generate_xer: deterministic, realistic, read back with exact counts, and streamable."""

from __future__ import annotations

import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kazinex_planner.schedule_files import (
    HARD_CONSTRAINTS,
    generate_xer,
    inspect_schedule,
    iter_generate_xer,
    read_schedule,
)


def rows_per_table(data: bytes) -> Counter[str]:
    """Independent count: ``%R`` lines under each ``%T`` line."""
    counts: Counter[str] = Counter()
    table = ""
    for line in data.split(b"\n"):
        if line.startswith(b"%T\t"):
            table = line[3:].decode()
        elif line.startswith(b"%R\t"):
            counts[table] += 1
    return counts


def test_deterministic_and_seed_dependent() -> None:
    a = generate_xer(activities_per_project=200, seed=4)
    assert a == generate_xer(activities_per_project=200, seed=4)
    assert a != generate_xer(activities_per_project=200, seed=5)
    assert b"".join(iter_generate_xer(activities_per_project=200, seed=4)) == a


@pytest.mark.parametrize(
    ("projects", "per_project"), [(1, 1), (1, 2), (1, 37), (3, 250), (2, 1200)]
)
def test_round_trip_counts(projects: int, per_project: int) -> None:
    data = generate_xer(projects=projects, activities_per_project=per_project, seed=per_project)
    expected = rows_per_table(data)
    summary = inspect_schedule(data)
    assert summary.activity_count == expected["TASK"] == projects * per_project
    assert summary.project_count == expected["PROJECT"] == projects
    assert summary.relationship_count == expected["TASKPRED"]
    assert summary.resource_count == expected["RSRC"]
    assert summary.assignment_count == expected["TASKRSRC"]
    assert summary.calendar_count == expected["CALENDAR"] == 2 + projects
    assert summary.wbs_count == expected["PROJWBS"]
    assert [p.activity_count for p in summary.projects] == [per_project] * projects
    assert sum(p.relationship_count for p in summary.projects) == summary.relationship_count
    assert sum(p.wbs_count for p in summary.projects) == summary.wbs_count
    assert summary.warnings == ()
    full = read_schedule(data)
    assert len(full.activities) == summary.activity_count
    assert len(full.relationships) == summary.relationship_count
    assert len(full.assignments) == summary.assignment_count
    assert sum(w.is_project_root for w in full.wbs) == projects
    assert full.warnings == ()


def test_header_version_and_encoding() -> None:
    data = generate_xer(activities_per_project=20, version="23.12")
    assert data.startswith(b"ERMHDR\t23.12\t")
    assert data.rstrip().endswith(b"%E")
    summary = inspect_schedule(data)
    assert (summary.format, summary.version, summary.encoding) == ("xer", "23.12", "utf-8")


@pytest.mark.parametrize("seed", range(5))
def test_quality_flaws_are_present(seed: int) -> None:
    data = read_schedule(generate_xer(activities_per_project=400, seed=seed))
    acts = {a.id: a for a in data.activities}
    preds: dict[str, list[str]] = defaultdict(list)
    succs: dict[str, list[str]] = defaultdict(list)
    for r in data.relationships:
        preds[r.successor_id].append(r.predecessor_id)
        succs[r.predecessor_id].append(r.successor_id)
    ordered = list(acts)
    first, last = ordered[0], ordered[-1]
    assert acts[first].type == "start_milestone"
    assert acts[last].type == "finish_milestone"
    open_starts = [i for i in ordered if i != first and not preds[i]]
    open_finishes = [i for i in ordered if i != last and not succs[i]]
    assert 1 <= len(open_starts) <= 10
    assert 1 <= len(open_finishes) <= 10
    assert any(a.constraint_type in HARD_CONSTRAINTS for a in acts.values())
    assert min(a.total_float_hours for a in acts.values() if a.total_float_hours is not None) < 0
    out_of_sequence = [
        r
        for r in data.relationships
        if r.type == "FS"
        and acts[r.predecessor_id].status == "not_started"
        and acts[r.successor_id].status != "not_started"
    ]
    assert out_of_sequence
    lags = [r.lag_hours for r in data.relationships]
    assert max(lags) > 0 > min(lags)
    assert {r.type for r in data.relationships} >= {"FS", "SS", "FF"}
    types = Counter(a.type for a in acts.values())
    assert types["task"] > types["resource_dependent"] > 0
    assert types["level_of_effort"] > 0
    statuses = Counter(a.status for a in acts.values())
    assert statuses["completed"] > 0
    assert statuses["in_progress"] > 0
    assert statuses["not_started"] > 0
    assert any(a.is_critical for a in acts.values())
    assert any(a.notes and "\n" in a.notes for a in acts.values())
    assert any(not a.name.isascii() for a in acts.values())
    assert {x.resource_id for x in data.assignments} <= {r.id for r in data.resources}
    assert {x.activity_id for x in data.assignments} <= set(acts)
    assert {a.wbs_id for a in acts.values()} <= {w.id for w in data.wbs}
    assert all(a.planned_start is not None and a.early_start is not None for a in acts.values())
    (project,) = data.projects
    assert project.data_date is not None
    done = [a for a in acts.values() if a.actual_finish is not None]
    assert all(a.actual_finish <= project.data_date for a in done)  # type: ignore[operator]


def test_rejects_empty_requests() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate_xer(activities_per_project=0)
    with pytest.raises(ValueError, match="at least 1"):
        iter_generate_xer(projects=0)


def test_inspect_memory_is_bounded_on_a_50_mb_file(tmp_path: Path) -> None:
    """Streaming inspect keeps ~2 MB of buffers and the activity-id set, not the file."""
    path = tmp_path / "big.xer"
    with path.open("wb") as fh:
        for chunk in iter_generate_xer(projects=8, activities_per_project=9_000, seed=3):
            fh.write(chunk)
    size = path.stat().st_size
    assert size > 45_000_000
    tracemalloc.start()
    try:
        summary = inspect_schedule(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.activity_count == 72_000
    assert summary.project_count == 8
    assert peak < 20_000_000, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB file"
