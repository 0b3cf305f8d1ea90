"""A manifest is untrusted: no entry may make an export read, write, rename or delete outside.

Each case exports once for real (against the export tests' fake API on 127.0.0.1),
then tampers with ``manifest.json`` or the folder as an attacker with write access to
it would, and reruns with ``resume=True`` and ``resume=False``. The rerun must fail
with ``ManifestError`` naming the entry, and everything outside the folder must be
byte-for-byte unchanged.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import orjson
import pytest

from kazinex_planner import Plan, PlannerClient
from kazinex_planner.export import ManifestError
from kazinex_planner.export._paths import check_component, inside
from tests.export._fake import FakePlanner

FAST = Plan.enterprise(per_minute=1_000_000, per_day=10_000_000)


@pytest.fixture
async def fake() -> AsyncIterator[FakePlanner]:
    server = FakePlanner(projects=1, sizes={"activities": 30}, without_schedule=0)
    server.base_url = await server.start()  # type: ignore[attr-defined]
    yield server
    await server.close()


@pytest.fixture
async def client(fake: FakePlanner) -> AsyncIterator[PlannerClient]:
    async with PlannerClient(
        "test-key-not-secret",
        base_url=fake.base_url,  # type: ignore[attr-defined]
        plan=FAST,
    ) as planner:
        yield planner


def _snapshot(root: Path, skip: Path) -> dict[str, bytes | str]:
    """Every file and link under ``root`` except the export folder ``skip``."""
    found: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        if here == skip or skip in here.parents:
            dirnames[:] = []
            continue
        for name in filenames + dirnames:
            path = here / name
            if path.is_symlink():
                found[str(path)] = "link:" + os.readlink(path)
            elif path.is_file():
                found[str(path)] = path.read_bytes()
    return found


Tamper = Callable[[Path, Path, dict[str, object]], str]


def _unit_path(out: Path, victim: Path, manifest: dict[str, object], value: str) -> str:
    units = manifest["units"]
    assert isinstance(units, dict)
    key = next(k for k in units if k.endswith("/activities"))
    units[key]["path"] = value
    return key


def _dotdot(out: Path, victim: Path, m: dict[str, object]) -> str:
    return _unit_path(out, victim, m, "../victim.txt")


def _nested_dotdot(out: Path, victim: Path, m: dict[str, object]) -> str:
    return _unit_path(out, victim, m, "proj/../../victim.txt")


def _absolute(out: Path, victim: Path, m: dict[str, object]) -> str:
    return _unit_path(out, victim, m, str(victim))


def _symlinked_dir(out: Path, victim: Path, m: dict[str, object]) -> str:
    (out / "evil").symlink_to(victim.parent, target_is_directory=True)
    return _unit_path(out, victim, m, "evil/victim.txt")


def _symlinked_file(out: Path, victim: Path, m: dict[str, object]) -> str:
    (out / "evil.jsonl").symlink_to(victim)
    return _unit_path(out, victim, m, "evil.jsonl")


def _project_id(out: Path, victim: Path, m: dict[str, object]) -> str:
    m["projects"] = {"..": None}
    return ".."


def _project_symlink(out: Path, victim: Path, m: dict[str, object]) -> str:
    projects = m["projects"]
    assert isinstance(projects, dict)
    project = next(iter(projects))
    moved = out.parent / "moved-away"
    (out / project).rename(moved)
    (out / project).symlink_to(victim.parent, target_is_directory=True)
    return project


CASES: dict[str, Tamper] = {
    "dotdot": _dotdot,
    "nested-dotdot": _nested_dotdot,
    "absolute": _absolute,
    "symlinked-dir": _symlinked_dir,
    "symlinked-file": _symlinked_file,
    "project-id": _project_id,
    "project-dir-symlink": _project_symlink,
}


@pytest.mark.parametrize("resume", [True, False])
@pytest.mark.parametrize("case", sorted(CASES))
async def test_a_hostile_manifest_touches_nothing_outside(
    client: PlannerClient, tmp_path: Path, case: str, resume: bool
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim.txt"
    victim.write_bytes(b"precious\n")
    out = tmp_path / "export"
    await client.export(out)

    manifest_path = out / "manifest.json"
    manifest = orjson.loads(manifest_path.read_bytes())
    entry = CASES[case](out, victim, manifest)
    manifest_path.write_bytes(orjson.dumps(manifest))
    before = _snapshot(tmp_path, skip=out)

    with pytest.raises(ManifestError) as info:
        await client.export(out, resume=resume)

    assert entry in str(info.value)
    assert entry in info.value.entry
    assert victim.read_bytes() == b"precious\n"
    assert _snapshot(tmp_path, skip=out) == before


@pytest.mark.parametrize(
    "relpath",
    ["", ".", "..", "../x", "a/../../x", "/etc/passwd", "a//b", "a/./b", "C:\\x", "a\\b", "a\x00b"],
)
def test_path_rule_refuses_every_escape(tmp_path: Path, relpath: str) -> None:
    with pytest.raises(ManifestError, match="manifest entry"):
        inside(tmp_path, relpath, entry="units['x'].path")


@pytest.mark.parametrize("value", [None, 3, ["a"]])
def test_path_rule_refuses_non_strings(tmp_path: Path, value: object) -> None:
    with pytest.raises(ManifestError):
        inside(tmp_path, value, entry="units['x'].path")


def test_path_rule_accepts_ordinary_paths(tmp_path: Path) -> None:
    assert inside(tmp_path, "proj_1/activities.jsonl", entry="e") == (
        tmp_path / "proj_1" / "activities.jsonl"
    )
    assert check_component("proj_1", entry="e") == "proj_1"
    with pytest.raises(ManifestError):
        check_component("a/b", entry="e")
