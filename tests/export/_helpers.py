"""Reading an export back and comparing it with the fake server's state."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import orjson

from ._fake import LISTS, FakePlanner


def read_jsonl(path: Path) -> list[Any]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line]


def expected_files(fake: FakePlanner) -> dict[str, list[Any]]:
    """What a full jsonl export of ``fake`` must contain, by relative path."""
    files: dict[str, list[Any]] = {"projects.jsonl": list(fake.projects)}
    for project in fake.projects:
        pid = project["id"]
        has_schedule = project["current_schedule_id"] is not None
        for kind in LISTS:
            bound = kind != "schedules" and kind != "baselines"
            records = fake.records(pid, kind) if has_schedule or not bound else []
            files[f"{pid}/{kind}.jsonl"] = list(records)
        files[f"{pid}/quality_report.jsonl"] = [fake.quality[pid]] if has_schedule else []
        files[f"{pid}/loading.jsonl"] = [fake.loading[pid]] if has_schedule else []
    return files


def snapshot(out: Path) -> dict[str, bytes]:
    """Every data file of an export (not the manifest), by relative path."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.json"
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
