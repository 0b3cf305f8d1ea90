"""The data behind a Schemathesis run: a real processed schedule plus throw-away records.

Why: a fuzzer's random ids almost never exist, so without a fixture every operation that
reads data answers 404 and its real logic goes untested. The fixture project holds one
processed revision of a real schedule (the largest ``*.xer`` under ``../shared/schedules``
when present, else a large file from :func:`generate_xer`), so activities, resources,
assignments, quality checks and baselines exist by the thousand. Operations that destroy
data get throw-away records: uploads, new baselines and schedule deletes use a scratch
project with revisions of its own; webhook and user updates use records made for them;
deleting a project, baseline, webhook or user is left to what the stateful phase creates.

Everything is built through the public SDK against the running emulator.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kazinex_planner import PlannerClient
from kazinex_planner.schedule_files import generate_xer

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCHEDULES = ROOT.parent / "shared" / "schedules"
#: Size of the generated schedule when ``../shared/schedules`` has no XER: thousands of
#: activities, like a real contractor's programme.
GENERATED_ACTIVITIES = 3000
#: How many scratch revisions, webhooks and users the fixture makes.
THROWAWAY = 8
#: At most this many ids per dictionary (Schemathesis draws uniformly from the list).
MAX_IDS = 400


@contextmanager
def fixture_file() -> Iterator[Path]:
    """The schedule the fixture project is built from (printed by the caller)."""
    candidates = sorted(SHARED_SCHEDULES.glob("**/*.xer"), key=lambda p: p.stat().st_size)
    if candidates:
        yield candidates[-1]
        return
    with tempfile.TemporaryDirectory(prefix="kzp-fixture-") as tmp:
        path = Path(tmp) / "generated.xer"
        path.write_bytes(generate_xer(activities_per_project=GENERATED_ACTIVITIES, seed=3))
        yield path


def _spread(values: list[str]) -> list[str]:
    """At most ``MAX_IDS`` values taken evenly across ``values`` (first and last kept)."""
    if len(values) <= MAX_IDS:
        return values
    step = len(values) / MAX_IDS
    return [values[int(i * step)] for i in range(MAX_IDS - 1)] + [values[-1]]


async def _all_ids(pager: object) -> list[str]:
    return [item.id async for item in pager]  # type: ignore[attr-defined]


async def build_fixture(base_url: str, key: str, schedule: Path) -> dict[str, list[str]]:
    """Create the fixture and return Schemathesis dictionaries: name -> existing values."""
    async with PlannerClient(key, base_url=base_url, max_retries=0) as planner:
        project = await planner.projects.create(name="Schemathesis fixture", code="FUZZ")
        revision = await planner.schedules.upload(project.id, schedule, label="fixture")
        await planner.schedules.wait_until_ready(project.id, revision.id, poll_interval=0.2)
        await planner.quality.wait_until_complete(project.id, revision.id, poll_interval=0.2)
        activities = [a async for a in planner.activities.list(project.id, per_page=200)]
        baseline = await planner.baselines.mark(
            project.id, schedule_id=revision.id, label="fixture", primary=True
        )

        scratch = await planner.projects.create(name="Schemathesis scratch", code="SCRATCH")
        small = generate_xer(activities_per_project=30, seed=11)
        scratch_revisions = []
        for n in range(THROWAWAY):
            uploaded = await planner.schedules.upload(scratch.id, small, label=f"scratch {n}")
            await planner.schedules.wait_until_ready(scratch.id, uploaded.id, poll_interval=0.2)
            scratch_revisions.append(uploaded.id)
        webhooks = [
            (
                await planner.webhooks.create(
                    url=f"https://hooks.example.com/fuzz/{n}", events=["ping"]
                )
            ).id
            for n in range(THROWAWAY)
        ]
        users = [
            (await planner.users.invite(email=f"fuzz{n}@example.com", role="viewer")).id
            for n in range(THROWAWAY)
        ]
        ids = {
            "project": [project.id],
            "schedule": [revision.id],
            "activity": _spread([a.id for a in activities]),
            "wbs_code": _spread(sorted({a.wbs_code for a in activities if a.wbs_code})),
            "resource": _spread(await _all_ids(planner.resources.list(project.id, per_page=200))),
            "check": _spread(await _all_ids(planner.quality.list_checks(project.id, per_page=200))),
            "baseline": [baseline.id],
            "scratch_project": [scratch.id],
            "scratch_schedule": scratch_revisions,
            "webhook": webhooks,
            "user": users,
        }
    empty = [name for name, values in ids.items() if not values]
    if empty:
        raise RuntimeError(f"the fixture has no {', '.join(empty)}")
    return ids
