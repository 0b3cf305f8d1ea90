"""Planning: which projects, which units, how many records and requests — before any data.

Planning costs a few cheap requests: resolving the projects (the listing, whose records
are also the ``projects`` file, so they are not fetched twice) and one ``per_page=1``
request per paginated collection to read ``meta.total``. From those totals the exact
number of data requests at ``per_page=200`` is known, so the export can refuse up front
when today's quota cannot finish it instead of stopping half-way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import attrs

from ..errors import ResponseValidationError
from ._fetch import Fetcher
from ._shard import Shard
from ._tasks import bounded
from ._units import PER_PAGE, PROJECTS_KIND, Unit, UnitKind, operation_path

__all__ = ["ExportPlan", "PlannedUnit", "make_plan", "pages_for"]

#: Project ids become directory names: only a conservative alphabet is accepted.
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,199}")


def pages_for(total: int) -> int:
    """Data requests for a collection of ``total`` records (none for an empty one)."""
    return math.ceil(total / PER_PAGE) if total > 0 else 0


@attrs.frozen
class PlannedUnit:
    """A unit to produce: its expected size and the requests that will take.

    ``preloaded`` holds records already fetched during planning (the projects file);
    ``skip_reason`` marks a unit that needs no request (a project without a schedule).
    """

    unit: Unit
    total: int
    requests: int
    preloaded: tuple[Any, ...] | None = None
    preloaded_requests: int = 0
    skip_reason: str | None = None


@attrs.frozen
class ExportPlan:
    """The projects (each pinned to a schedule revision) and the units still to do."""

    projects: dict[str, str | None]
    units: tuple[PlannedUnit, ...]
    planning_requests: int

    @property
    def requests(self) -> int:
        """Data requests still needed (what the quota check compares with)."""
        return sum(p.requests for p in self.units)

    @property
    def records(self) -> int:
        return sum(p.total for p in self.units)


def _meta_total(body: Any, what: str) -> int:
    try:
        total = body["meta"]["total"]
    except (KeyError, TypeError) as exc:
        raise ResponseValidationError(
            f"{what}: the list response has no meta.total", body=b""
        ) from exc
    if isinstance(total, bool) or not isinstance(total, int) or total < 0:
        raise ResponseValidationError(f"{what}: meta.total is {total!r}", body=b"")
    return total


def _check_project(record: Any) -> tuple[str, str | None]:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ResponseValidationError("a project record has no string id", body=b"")
    project_id: str = record["id"]
    if not _SAFE_ID.fullmatch(project_id) or project_id in {".", ".."}:
        raise ResponseValidationError(
            f"project id {project_id!r} cannot be used as a directory name", body=b""
        )
    schedule = record.get("current_schedule_id")
    return project_id, schedule if isinstance(schedule, str) else None


async def _list_projects(fetcher: Fetcher, concurrency: int) -> tuple[list[Any], int]:
    """Every project, oldest first (a creation-order listing does not reshuffle)."""
    path = PROJECTS_KIND.path(None)
    params = {"per_page": str(PER_PAGE), "sort": "created_at"}
    first, used = await fetcher.get_json("listProjects", path, {**params, "page": "1"})
    records = list(first["data"])
    pages = pages_for(_meta_total(first, "listProjects"))
    rest = await bounded(
        concurrency,
        [
            partial(fetcher.get_json, "listProjects", path, {**params, "page": str(n)})
            for n in range(2, pages + 1)
        ],
    )
    for body, attempts in rest:
        records.extend(body["data"])
        used += attempts
    return records, used


async def _get_projects(
    fetcher: Fetcher, ids: Sequence[str], concurrency: int
) -> tuple[list[Any], int]:
    """The given projects (an unknown id raises the API's ``NotFoundError``)."""
    results = await bounded(
        concurrency,
        [
            partial(fetcher.get_json, "getProject", operation_path("getProject", pid), {})
            for pid in ids
        ],
    )
    return [body for body, _ in results], sum(used for _, used in results)


async def make_plan(
    fetcher: Fetcher,
    *,
    kinds: Sequence[UnitKind],
    with_projects_file: bool,
    projects: Sequence[str] | None,
    known_projects: Mapping[str, str | None] | None,
    done: frozenset[str],
    concurrency: int,
    shard: Shard | None = None,
) -> ExportPlan:
    """Resolve the projects, then size every unit not in ``done``.

    ``known_projects`` (from a manifest being resumed) fixes the project set and each
    project's pinned schedule, so a resumed export continues the same snapshot; the
    project records are fetched again only if the projects file itself is not done.
    ``shard`` keeps only the projects that shard owns (and names its projects file).
    """
    projects_kind = shard.projects_kind if shard is not None else PROJECTS_KIND
    planning = 0
    records: list[Any] | None = None
    if known_projects:
        pinned = dict(known_projects)
        if with_projects_file and projects_kind.name not in done:
            records, planning = await _get_projects(fetcher, list(pinned), concurrency)
    else:
        if projects is None:
            records, planning = await _list_projects(fetcher, concurrency)
        else:
            records, planning = await _get_projects(fetcher, projects, concurrency)
        pinned = {}
        for record in records:
            project_id, schedule = _check_project(record)
            pinned.setdefault(project_id, schedule)
    if shard is not None:
        pinned = {pid: sched for pid, sched in pinned.items() if shard.owns(pid)}
        if records is not None:
            records = [r for r in records if isinstance(r, dict) and r.get("id") in pinned]

    units: list[PlannedUnit] = []
    if with_projects_file and projects_kind.name not in done:
        assert records is not None
        units.append(
            PlannedUnit(
                unit=Unit(projects_kind, None),
                total=len(records),
                requests=0,
                preloaded=tuple(records),
                preloaded_requests=planning,
            )
        )

    to_count: list[Unit] = []
    for project_id, schedule in pinned.items():
        for kind in kinds:
            unit = Unit(kind, project_id, schedule if kind.needs_schedule else None)
            if unit.key in done:
                continue
            if kind.needs_schedule and schedule is None:
                units.append(PlannedUnit(unit, 0, 0, skip_reason="project has no current schedule"))
            elif kind.paginated:
                to_count.append(unit)
                units.append(PlannedUnit(unit, -1, -1))  # sized below
            else:
                units.append(PlannedUnit(unit, 1, 1))

    counted = await bounded(
        concurrency,
        [
            partial(
                fetcher.get_json,
                u.kind.operation_id,
                u.path,
                {**u.params(), "page": "1", "per_page": "1"},
            )
            for u in to_count
        ],
    )
    totals = {
        u.key: _meta_total(body, u.key) for u, (body, _) in zip(to_count, counted, strict=True)
    }
    planning += sum(used for _, used in counted)
    sized = tuple(
        attrs.evolve(p, total=totals[p.unit.key], requests=pages_for(totals[p.unit.key]))
        if p.total < 0
        else p
        for p in units
    )
    return ExportPlan(projects=pinned, units=sized, planning_requests=planning)
