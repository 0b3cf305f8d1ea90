"""Asynchronous processing of an uploaded revision, then its quality report.

The reader and the quality engine are CPU-bound and synchronous, so they run in worker
threads (``asyncio.to_thread``) and the server keeps answering while a large file is
parsed. A revision that was deleted meanwhile (its project removed) is dropped silently.
Quality is recomputed after activity updates; a generation counter makes sure only the
newest computation is stored when updates race.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import attrs

from kazinex_planner.quality_checks import evaluate
from kazinex_planner.schedule_files import (
    ActivityStatus,
    ScheduleData,
    ScheduleFileError,
    read_schedule,
)

from .._logging import get_logger
from ._events import emit
from ._ids import new_id
from ._mapping import activity_id, build_revision
from ._quality import quality_result
from ._records import Project, QualityResult, Schedule
from ._serialize import iso, schedule_json
from ._state import EmulatorState

__all__ = ["accept_upload", "install_data", "process_upload", "recompute_quality", "start_quality"]

log = get_logger("kazinex_planner.emulator")


def accept_upload(
    state: EmulatorState,
    project: Project,
    *,
    path: Path,
    file_name: str,
    size: int,
    sha256: str,
    format: str,
    label: str | None,
) -> Schedule:
    """Record a received file as a new ``processing`` revision and start processing it."""
    project.last_revision = max(
        [project.last_revision, *(s.revision for s in state.project_schedules(project.id))]
    )
    project.last_revision += 1
    schedule = Schedule(
        id=new_id("sch"),
        project_id=project.id,
        revision=project.last_revision,
        label=label,
        file_name=file_name,
        format=format,
        size_bytes=size,
        sha256=sha256,
        status="processing",
        role="none",
        uploaded_at=state.clock.now(),
    )
    state.schedules[schedule.id] = schedule
    project.updated_at = schedule.uploaded_at
    state.touch()
    emit(state, "schedule.uploaded", project.id, schedule_json(schedule))
    state.spawn(process_upload(state, schedule.id, path), name=f"process {schedule.id}")
    return schedule


async def process_upload(state: EmulatorState, schedule_id: str, path: Path) -> None:
    """Read the stored upload, then mark the revision ready (and current) or failed."""
    try:
        try:
            data = await asyncio.to_thread(read_schedule, path)
        except ScheduleFileError as exc:
            # Name the file the client uploaded, never our temporary copy of it.
            uploaded = (
                state.schedules[schedule_id].file_name if schedule_id in state.schedules else None
            )
            named = ScheduleFileError(
                exc.message, file_name=uploaded or None, line=exc.line, table=exc.table
            )
            _fail(state, schedule_id, str(named))
            return
        except Exception as exc:
            log.exception("reading an uploaded schedule failed unexpectedly")
            _fail(state, schedule_id, f"internal error while reading the file: {exc}")
            return
    finally:
        await asyncio.to_thread(path.unlink, missing_ok=True)
    await install_data(state, schedule_id, data)


async def install_data(state: EmulatorState, schedule_id: str, data: ScheduleData) -> None:
    """Map ``data`` into the store as revision ``schedule_id`` and compute its quality."""
    schedule = state.schedules.get(schedule_id)
    if schedule is None:
        return
    revision = await asyncio.to_thread(
        partial(
            build_revision,
            data,
            project_id=schedule.project_id,
            schedule_id=schedule_id,
            now=state.clock.now(),
        )
    )
    schedule = state.schedules.get(schedule_id)
    project = state.projects.get(schedule.project_id) if schedule else None
    if schedule is None or project is None:
        return
    now = state.clock.now()
    state.activities[schedule_id] = revision.activities
    state.resources[schedule_id] = revision.resources
    state.assignments[schedule_id] = revision.assignments
    state.schedule_data[schedule_id] = data
    schedule.status = "ready"
    schedule.processed_at = now
    schedule.data_date = revision.data_date
    schedule.activity_count = len(revision.activities)
    schedule.relationship_count = revision.relationship_count
    previous = state.schedules.get(project.current_schedule_id or "")
    project.current_schedule_id = schedule_id
    project.updated_at = now
    if previous is not None and previous.id != schedule_id:
        previous.role = state.role_after_unassign(previous)
    schedule.role = "current"
    state.quality[schedule_id] = QualityResult(project_id=project.id, schedule_id=schedule_id)
    state.touch()
    emit(state, "schedule.processed", project.id, schedule_json(schedule))
    await recompute_quality(state, schedule_id)


def _fail(state: EmulatorState, schedule_id: str, message: str) -> None:
    schedule = state.schedules.get(schedule_id)
    if schedule is None:
        return
    schedule.status = "failed"
    schedule.error = message
    schedule.processed_at = state.clock.now()
    schedule.role = "none"
    state.touch()
    emit(state, "schedule.failed", schedule.project_id, schedule_json(schedule))


def start_quality(state: EmulatorState, schedule: Schedule) -> None:
    """Mark the report pending and recompute it in the background (after updates)."""
    report = state.quality.get(schedule.id)
    if report is not None:
        report.status = "pending"
    state.spawn(recompute_quality(state, schedule.id), name=f"quality {schedule.id}")


async def recompute_quality(state: EmulatorState, schedule_id: str) -> None:
    """Evaluate the revision as it is now (API updates applied) and store the report."""
    generations = state.quality_generation
    generation = generations.get(schedule_id, 0) + 1
    generations[schedule_id] = generation
    data = current_data(state, schedule_id)
    if data is None:
        return
    evaluated_at = state.clock.now()
    report = await asyncio.to_thread(partial(evaluate, data, evaluated_at=evaluated_at))
    schedule = state.schedules.get(schedule_id)
    if schedule is None or generations.get(schedule_id) != generation:
        return  # deleted meanwhile, or a newer computation is under way
    completed_at = state.clock.now()
    result = quality_result(
        report,
        project_id=schedule.project_id,
        schedule_id=schedule_id,
        act_id=partial(activity_id, schedule_id),
        completed_at=completed_at,
    )
    state.quality[schedule_id] = result
    state.touch()
    if result.score is not None and result.grade is not None:
        emit(
            state,
            "quality.complete",
            schedule.project_id,
            {
                "schedule_id": schedule_id,
                "score": result.score,
                "grade": result.grade,
                "completed_at": iso(completed_at),
            },
        )


def current_data(state: EmulatorState, schedule_id: str) -> ScheduleData | None:
    """The file's records with the API's activity updates applied (for re-evaluation)."""
    data = state.schedule_data.get(schedule_id)
    stored = state.activities.get(schedule_id)
    if data is None or stored is None:
        return None
    records = []
    for rec in data.activities:
        act = stored.get(activity_id(schedule_id, rec.id))
        if act is None:
            records.append(rec)
            continue
        records.append(
            attrs.evolve(
                rec,
                name=act.name,
                status=_STATUSES[act.status],
                percent_complete=act.percent_complete,
                remaining_duration_hours=act.remaining_duration_hours,
                actual_start=_naive(act.actual_start),
                actual_finish=_naive(act.actual_finish),
                notes=act.notes,
            )
        )
    return attrs.evolve(data, activities=tuple(records))


_STATUSES: dict[str, ActivityStatus] = {
    "not_started": "not_started",
    "in_progress": "in_progress",
    "completed": "completed",
}


def _naive(value: datetime | None) -> datetime | None:
    """Back to the readers' convention: naive values (the emulator's UTC)."""
    return value.astimezone(UTC).replace(tzinfo=None) if value is not None else None
