"""Typed decode throughput: 10,000 activities via the SDK converter, pydantic v2, orjson.

The payload is an ``ActivityList`` built from the contract's Activity example with
varied ids, codes and links. Each contender starts from the same JSON bytes:

* orjson: ``orjson.loads`` only (the floor: no types, no validation);
* SDK: ``orjson.loads`` + the SDK's cattrs converter into attrs models;
* pydantic v2: ``model_validate_json`` on models of the same shape (written by hand
  below; enums are the SDK's own, so both sides do the same enum work).

A cProfile top-10 shows where the SDK's time goes. The client decodes with the fast
converter (``detailed_validation=False``, enum members looked up through
``_value2member_map_``) and re-runs the detailed converter only to explain a failure;
both rows are measured.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import orjson
import pydantic
from _servers import machine, spec_example

from kazinex_planner import _converter
from kazinex_planner.models import (
    ActivityList,
    ActivityStatus,
    ActivityType,
    ConstraintType,
    DurationType,
    PercentCompleteType,
    RelationshipType,
)

N = 10_000


class PActivityLink(pydantic.BaseModel):
    activity_id: str
    code: str
    type: RelationshipType
    lag_hours: float
    is_external: bool


class PActivity(pydantic.BaseModel):
    id: str
    project_id: str
    schedule_id: str
    code: str
    name: str
    type: ActivityType
    status: ActivityStatus
    wbs_code: str | None
    wbs_name: str | None
    calendar_name: str | None
    original_duration_hours: float
    remaining_duration_hours: float
    planned_start: datetime
    planned_finish: datetime
    actual_start: datetime | None
    actual_finish: datetime | None
    early_start: datetime | None
    early_finish: datetime | None
    late_start: datetime | None
    late_finish: datetime | None
    baseline_start: datetime | None
    baseline_finish: datetime | None
    total_float_hours: float | None
    free_float_hours: float | None
    percent_complete: float
    percent_complete_type: PercentCompleteType
    duration_type: DurationType
    constraint_type: ConstraintType
    constraint_date: datetime | None
    is_critical: bool
    predecessors: list[PActivityLink]
    successors: list[PActivityLink]
    notes: str | None
    updated_at: datetime


class PPageMeta(pydantic.BaseModel):
    total: int
    page: int
    per_page: int


class PActivityList(pydantic.BaseModel):
    data: list[PActivity]
    meta: PPageMeta


def payload() -> bytes:
    base = spec_example("Activity")
    items = []
    for i in range(N):
        item = dict(base)
        item["id"] = f"act_{i:08d}"
        item["code"] = f"A{i:05d}"
        item["name"] = f"{base['name']} #{i}"
        link = {
            "activity_id": f"act_{i + 1:08d}",
            "code": f"A{i + 1:05d}",
            "type": "finish_to_start",
            "lag_hours": float(i % 8),
            "is_external": False,
        }
        item["predecessors"] = [dict(link, activity_id=f"act_{i - 1:08d}")] if i else []
        item["successors"] = [link]
        items.append(item)
    return orjson.dumps({"data": items, "meta": {"total": N, "page": 1, "per_page": N}})


def interleaved_best(contenders: dict[str, Callable[[], Any]], rounds: int) -> dict[str, float]:
    """Best time of each contender over interleaved rounds, each run after a full GC.

    Interleaving spreads the shared machine's noise over every contender, and collecting
    before each run stops one contender's garbage being charged to the next.
    """
    best: dict[str, float] = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, fn in contenders.items():
            gc.collect()
            started = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.parse_known_args()  # nox passes the same arguments to every benchmark
    raw = payload()
    conv = _converter.converter
    sdk = _converter.loads(raw, ActivityList)
    assert sdk == conv.structure(orjson.loads(raw), ActivityList)
    pyd = PActivityList.model_validate_json(raw)
    assert len(sdk.data) == len(pyd.data) == N
    assert sdk.data[5].successors[0].activity_id == pyd.data[5].successors[0].activity_id
    assert sdk.data[5].planned_start == pyd.data[5].planned_start

    contenders: dict[str, Callable[[], Any]] = {
        "orjson.loads (untyped)": lambda: orjson.loads(raw),
        "pydantic v2 model_validate_json": lambda: PActivityList.model_validate_json(raw),
        "SDK decode (what the client runs: fast converter)": lambda: _converter.loads(
            raw, ActivityList
        ),
        "SDK detailed converter (used only to explain errors)": lambda: conv.structure(
            orjson.loads(raw), ActivityList
        ),
    }
    results = interleaved_best(contenders, rounds=7)
    pyd_time = results["pydantic v2 model_validate_json"]
    print("## Decode benchmark (10,000 activities)\n")
    print(f"Machine: {machine()}; pydantic {pydantic.VERSION}; payload {len(raw) / 1e6:.1f} MB\n")
    print("| decoder | best of 7, interleaved (ms) | activities/s | throughput vs pydantic |")
    print("|---|---|---|---|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds * 1e3:.1f} | {N / seconds:,.0f} | {pyd_time / seconds:.2f}× |")

    profile = cProfile.Profile()
    profile.enable()
    conv.structure(orjson.loads(raw), ActivityList)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(10)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls"))
    print("\n### Where the SDK's decode time goes (cProfile, top 10 by own time)\n")
    print("```")
    print("\n".join(ln[:150] for ln in lines[start : start + 11]))
    print("```")


if __name__ == "__main__":
    main()
