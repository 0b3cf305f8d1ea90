"""Sharded export: N shards into one folder equal one unsharded export, no file twice."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from kazinex_planner.export._shard import Shard

from ._fake import FakePlanner
from ._helpers import read_jsonl, snapshot
from .conftest import ClientFactory
from .test_cli import _invoke, served

__all__ = ["served"]  # the fake API in a thread, shared with the CLI tests


async def test_shards_partition_the_export(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    whole = tmp_path / "whole"
    await make_client().export(whole)
    together = tmp_path / "sharded"
    written: dict[str, int] = {}
    for index in range(3):
        before = set(snapshot(together)) if together.exists() else set()
        report = await make_client().export(together, shard=(index, 3))
        assert report.manifest.name == f"manifest.shard-{index}-of-3.json"
        for path in set(snapshot(together)) - before:
            written[path] = written.get(path, 0) + 1
    assert all(count == 1 for count in written.values())

    expected = snapshot(whole)
    got = {p: b for p, b in snapshot(together).items() if not p.startswith("manifest.")}
    projects = [p for p in got if p.startswith("projects.shard-")]
    assert len(projects) == 3
    merged = [r for p in sorted(projects) for r in read_jsonl(together / p)]
    assert sorted(r["id"] for r in merged) == sorted(
        r["id"] for r in read_jsonl(whole / "projects.jsonl")
    )
    for path in projects:
        del got[path]
    del expected["projects.jsonl"]
    assert got == expected  # every per-project file, each from exactly one shard

    manifests = [
        orjson.loads((together / f"manifest.shard-{i}-of-3.json").read_bytes()) for i in range(3)
    ]
    owned = [set(m["projects"]) for m in manifests]
    assert set().union(*owned) == set(
        orjson.loads((whole / "manifest.json").read_bytes())["projects"]
    )
    assert sum(len(o) for o in owned) == len(set().union(*owned))


async def test_a_shard_resumes_from_its_own_manifest(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    await make_client().export(tmp_path, shard=(1, 2))
    again = await make_client().export(tmp_path, shard=(1, 2))
    assert again.requests_used == again.estimate.planning_requests
    assert all(not unit.fetched for unit in again.units)


def test_shard_assignment_is_stable_and_checked() -> None:
    ids = [f"proj_{n:04d}" for n in range(200)]
    shards = [Shard(i, 4) for i in range(4)]
    for pid in ids:
        assert sum(s.owns(pid) for s in shards) == 1
    # Fixed by sha256, not by hash() or order: the same on every machine and run.
    owners = [next(s.index for s in shards if s.owns(p)) for p in [*ids[:3], "proj_abc"]]
    assert owners == [1, 2, 1, 2]
    assert all(sum(s.owns(p) for p in ids) > 25 for s in shards)  # roughly even
    for bad in [(4, 4), (-1, 2), (0, 0), (True, 2), "0/2", (1,)]:
        with pytest.raises(ValueError, match="shard"):
            Shard.parse(bad)  # type: ignore[arg-type]


def test_cli_shard_and_redis_url(served: tuple[FakePlanner, str], tmp_path: Path) -> None:
    """Two ``--shard I/2`` workers sharing the key through ``--redis-url``."""
    from tests.ratelimit._redis_server import RedisServer, redis_server_binary

    _, url = served
    redis = RedisServer(redis_server_binary())
    redis.start()
    try:
        for index in range(2):
            code, output = _invoke(
                url,
                *("--out", str(tmp_path), "--include", "projects,activities"),
                *("--shard", f"{index}/2", "--redis-url", redis.url),
            )
            assert code == 0, output
    finally:
        redis.stop()
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert names == [
        "manifest.shard-0-of-2.json",
        "manifest.shard-1-of-2.json",
        "projects.shard-0-of-2.jsonl",
        "projects.shard-1-of-2.jsonl",
    ]
    code, output = _invoke(url, "--out", str(tmp_path), "--shard", "2/2")
    assert code == 2
    assert "0 <= I < N" in output
