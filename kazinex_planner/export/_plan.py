"""Planning: which projects, which units, how many records and requests — before any data.

Planning costs a few cheap requests: resolving the projects (the listing, whose records
are also the ``projects`` file, so they are not fetched twice) and one ``per_page=1``
request per paginated collection to read ``meta.total``. From those totals the exact
number of data requests at ``per_page=200`` is known, so the export can refuse up front
when today's quota cannot finish it instead of stopping half-way.

Planning itself is checked too, as soon as its cost is known: after the first page of
projects (or before any request, for explicit project ids) the count requests still
to make and the single-object requests that must follow are known, and an export that
today's quota cannot even plan is refused then, before spending more. With
``allow_partial`` the projects that fit are planned and the rest are deferred.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import attrs

from ..errors import ResponseValidationError
from ._fetch import Fetcher
from ._shard import Shard
from ._tasks import bounded
from ._units import PER_PAGE, PROJECTS_KIND, Unit, UnitKind

__all__ = ["ExportPlan", "PlannedUnit", "PlanningCheck", "make_plan", "pages_for"]

#: ``check(needed, planning)`` raises when today's quota cannot cover ``needed`` more
#: requests (``planning`` of them to finish planning) and returns how many it can.
PlanningCheck = Callable[[int, int], int]

#: Project ids become directory names: only a conservative alphabet is accepted.
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,199}")


def pages_for(total: int) -> int:
    """Data requests for a collection of ``total`` records (none for an empty one)."""
    return math.ceil(total / PER_PAGE) if total > 0 else 0


@attrs.frozen
class PlannedUnit:
    """A unit to produce: its expected size and the requests that will take.

    ``preloaded`` holds records already fetched during planning (the projects file);
    ``skip_reason`` marks a unit that needs no request (a project without a schedule);
    ``deferred`` a unit today's quota could not even plan (it stays pending).
    """

    unit: Unit
    total: int
    requests: int
    preloaded: tuple[Any, ...] | None = None
    preloaded_requests: int = 0
    skip_reason: str | None = None
    deferred: bool = False


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


async def _list_projects(
    fetcher: Fetcher, concurrency: int, on_first_page: Callable[[list[Any], int], None]
) -> tuple[list[Any], int]:
    """Every project, oldest first (a creation-order listing does not reshuffle).

    ``on_first_page(records, total)`` runs before any further page is requested.
    """
    records: list[Any] = []
    used = 0
    pages = fetcher.pages(
        PROJECTS_KIND, None, prefetch=concurrency, sort="created_at", per_page=PER_PAGE
    )
    async with contextlib.aclosing(pages) as listing:
        async for body, attempts in listing:
            used += attempts
            if not records:
                records.extend(body["data"])
                on_first_page(records, _meta_total(body, "listProjects"))
            else:
                records.extend(body["data"])
    return records, used


async def _get_projects(
    fetcher: Fetcher, ids: Sequence[str], concurrency: int
) -> tuple[list[Any], int]:
    """The given projects (an unknown id raises the API's ``NotFoundError``)."""
    results = await bounded(
        concurrency, [partial(fetcher.one, "projects", "get", pid) for pid in ids]
    )
    return [body for body, _ in results], sum(used for _, used in results)


def _costs(kinds: Sequence[UnitKind], schedule: str | bool | None) -> tuple[int, int]:
    """``(count requests, single-object requests)`` one project needs. ``schedule=True``
    means unknown yet: only what does not depend on a schedule is counted."""
    has_schedule = isinstance(schedule, str)
    usable = [k for k in kinds if has_schedule or not k.needs_schedule]
    return sum(k.paginated for k in usable), sum(not k.paginated for k in usable)


async def make_plan(
    fetcher: Fetcher,
    *,
    kinds: Sequence[UnitKind],
    with_projects_file: bool,
    projects: Sequence[str] | None,
    known_projects: Mapping[str, str | None] | None,
    done: frozenset[str],
    concurrency: int,
    check: PlanningCheck,
    shard: Shard | None = None,
) -> ExportPlan:
    """Resolve the projects, then size every unit not in ``done``.

    ``known_projects`` (from a manifest being resumed) fixes the project set and each
    project's pinned schedule, so a resumed export continues the same snapshot; the
    project records are fetched again only if the projects file itself is not done.
    ``check`` is asked once the planning cost is known (see the module docstring).
    ``shard`` keeps only the projects that shard owns (and names its projects file).
    """
    planning = 0
    records: list[Any] | None = None
    projects_kind = shard.projects_kind if shard is not None else PROJECTS_KIND
    fetch_records = with_projects_file and projects_kind.name not in done

    def owned(project_id: object) -> bool:
        return shard is None or (isinstance(project_id, str) and shard.owns(project_id))

    def check_known(known: Sequence[str | bool | None], unseen: int, listing_left: int) -> None:
        counts = [_costs(kinds, s) for s in known]
        count_requests = sum(c for c, _ in counts) + unseen * _costs(kinds, True)[0]
        singles = sum(n for _, n in counts) + unseen * _costs(kinds, True)[1]
        planning_left = listing_left + count_requests
        check(planning_left + singles, planning_left)

    if known_projects:
        pinned = dict(known_projects)
        # Resuming: every schedule is known already, and done units cost nothing.
        refetch = len(pinned) if fetch_records else 0
        needed, counts = _exact_cost(kinds, pinned, done)
        check(refetch + needed, refetch + counts)
        if fetch_records:
            records, planning = await _get_projects(fetcher, list(pinned), concurrency)
    else:
        if projects is None:

            def first_page(first: list[Any], total: int) -> None:
                schedules = [s for i, s in map(_check_project, first) if owned(i)]
                unseen = max(0, total - len(first))
                if shard is not None:  # about 1/count of the rest is this shard's
                    unseen = -(-unseen // shard.count)
                left = pages_for(total) - 1
                check_known(schedules, unseen, left)

            records, planning = await _list_projects(fetcher, concurrency, first_page)
        else:
            # Explicit ids: the cost is known before any request (schedules unknown yet).
            projects = [p for p in projects if owned(p)]
            check_known([], len(projects), len(projects))
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
    if fetch_records:
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

    # Exact now (every schedule is known): plan the projects today's quota can plan
    # and still fetch their single objects; defer the rest.
    affordable = check(*_exact_cost(kinds, pinned, done))
    to_count: list[Unit] = []
    for project_id, schedule in pinned.items():
        project_units = [
            Unit(kind, project_id, schedule if kind.needs_schedule else None)
            for kind in kinds
            if f"{project_id}/{kind.name}" not in done
        ]
        cost = sum(1 for u in project_units if schedule or not u.kind.needs_schedule)
        if cost > affordable:
            affordable = -1  # keep the order: later projects wait for the earlier ones
            units.extend(PlannedUnit(u, 0, 0, deferred=True) for u in project_units)
            continue
        affordable -= cost
        for unit in project_units:
            if unit.kind.needs_schedule and schedule is None:
                units.append(PlannedUnit(unit, 0, 0, skip_reason="project has no current schedule"))
            elif unit.kind.paginated:
                to_count.append(unit)
                units.append(PlannedUnit(unit, -1, -1))  # sized below
            else:
                units.append(PlannedUnit(unit, 1, 1))

    counted = await bounded(
        concurrency,
        [partial(fetcher.call, u.kind, u.project_id, **u.params(), page=1, per_page=1)
         for u in to_count],
    )  # fmt: skip
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


def _exact_cost(
    kinds: Sequence[UnitKind], pinned: Mapping[str, str | None], done: frozenset[str]
) -> tuple[int, int]:
    """``(count + single-object requests, count requests)`` of the units not done."""
    counts = singles = 0
    for project_id, schedule in pinned.items():
        for kind in kinds:
            if f"{project_id}/{kind.name}" in done or (kind.needs_schedule and schedule is None):
                continue
            if kind.paginated:
                counts += 1
            else:
                singles += 1
    return counts + singles, counts
