"""``export()``: plan, check the quota, run, and keep the manifest true at every step."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import QuotaExhaustedError, RateLimitError
from ._errors import ExportQuotaError
from ._fetch import Fetcher
from ._manifest import MANIFEST_NAME, Manifest, UnitRecord, utc_now
from ._plan import ExportPlan, PlannedUnit, make_plan
from ._progress import ExportPlanned, ProgressCallback, UnitDone, UnitSkipped, emit
from ._report import Estimate, ExportReport, UnitResult
from ._runner import Runner, UnitOutcome
from ._units import (
    DEFAULT_INCLUDE,
    FORMATS,
    KIND_ENTITY,
    ExportFormat,
    kinds_for,
    normalize_include,
)
from ._writer import PART_SUFFIX, sha256_of

if TYPE_CHECKING:
    from .._client import PlannerClient

__all__ = ["default_concurrency", "export"]

logger = logging.getLogger("kazinex_planner.export")


def default_concurrency(per_minute: int) -> int:
    """Slots for a plan: enough to keep the minute bucket busy, few enough to be polite.

    At sub-second latencies ``per_minute / 30`` requests in flight saturate the plan's
    rate; more only queue in the limiter while holding memory.
    """
    return min(16, max(2, per_minute // 30))


def _check_options(
    include: Iterable[str],
    fmt: str,
    concurrency: int | None,
    projects: Iterable[str] | None,
) -> tuple[tuple[str, ...], ExportFormat, tuple[str, ...] | None]:
    chosen = normalize_include(include)
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if concurrency is not None and (
        isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1
    ):
        raise ValueError(f"concurrency must be a positive integer, got {concurrency!r}")
    ids: tuple[str, ...] | None = None
    if projects is not None:
        if isinstance(projects, str):
            raise ValueError("projects must be a collection of project ids, not one string")
        ids = tuple(dict.fromkeys(projects))
        bad = [p for p in ids if not isinstance(p, str) or not p]
        if bad or not ids:
            raise ValueError(f"projects must be non-empty id strings, got {list(projects)!r}")
    return chosen, fmt, ids


def _verified_units(manifest: Manifest, out: Path) -> dict[str, UnitRecord]:
    """Completed units whose file is still there, unchanged (sha256); others are redone."""
    kept: dict[str, UnitRecord] = {}
    for key, record in manifest.units.items():
        path = out / record.path
        if path.is_file() and sha256_of(path)[0] == record.sha256:
            kept[key] = record
        else:
            logger.warning("export: %s changed or vanished since it was written; redoing it", key)
    return kept


def _prepare_dir(
    out: Path, stale: Sequence[str], units: Sequence[PlannedUnit], fmt: ExportFormat
) -> None:
    """Create ``out``; delete the files of an export being restarted and the temporary
    files a stopped run may have left. Only names this export writes are touched."""
    out.mkdir(parents=True, exist_ok=True)
    for relpath in stale:
        (out / relpath).unlink(missing_ok=True)
    # A restarted export may cover other projects: folders it emptied must not linger.
    for folder in {(out / relpath).parent for relpath in stale}:
        if folder != out and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    for planned in units:
        final = out / planned.unit.relpath(fmt)
        for leftover in (
            final.with_name(final.name + PART_SUFFIX),
            final.with_name(final.name + ".rows" + PART_SUFFIX),
        ):
            leftover.unlink(missing_ok=True)


def _quota_message(plan: ExportPlan, remaining: int, reset: str) -> str:
    return (
        f"export refused: it needs {plan.requests} more requests "
        f"({plan.records} records in {len(plan.units)} files, after {plan.planning_requests} "
        f"planning requests) but only {remaining} remain today (the day resets at {reset} "
        "UTC); pass allow_partial=True to export what fits and resume later"
    )


async def export(
    planner: PlannerClient,
    out_dir: str | os.PathLike[str],
    *,
    projects: Iterable[str] | None = None,
    include: Iterable[str] = DEFAULT_INCLUDE,
    format: ExportFormat = "jsonl",
    concurrency: int | None = None,
    resume: bool = True,
    typed: bool = False,
    allow_partial: bool = False,
    progress: ProgressCallback | None = None,
) -> ExportReport:
    """Export projects to ``out_dir``: one file per entity per project, plus ``manifest.json``.

    * **Plan first**: projects are resolved and each collection's size is read with one
      ``per_page=1`` request; if today's remaining quota cannot cover the data requests
      :class:`ExportQuotaError` is raised before any of them (unless ``allow_partial``).
    * **Fewest requests**: ``per_page=200``, pages fetched concurrently in the limiter's
      bulk lane (interactive calls on the same client go first).
    * **Lossless**: records are written as the server sent them, unknown fields
      included. ``typed=True`` validates each record through its model instead and
      writes what the SDK knows (fields it does not know are dropped).
    * **Exactly once, resumable**: each file is written under a temporary name and
      renamed when complete, then recorded in the manifest with its sha256. With
      ``resume=True`` a rerun skips recorded units whose file is intact.

    ``projects``: ids to export (default: every project the key can see).
    ``include``: entities among ``projects, schedules, activities, baselines, quality,
    resources, assignments, loading``. ``format``: ``"jsonl"`` or ``"csv"``.
    ``concurrency``: page requests in flight (default from the plan's rate).
    ``progress``: a sync or async callable receiving :mod:`progress events
    <kazinex_planner.export>`. When the day's quota runs out mid-export,
    ``allow_partial=True`` returns a report with ``partial=True`` and the pending units;
    otherwise the quota error is re-raised after the manifest is saved.
    """
    chosen, fmt, ids = _check_options(include, format, concurrency, projects)
    slots = concurrency or default_concurrency(planner.limiter.snapshot().minute_limit)
    out = Path(out_dir)
    manifest_path = out / MANIFEST_NAME
    options: dict[str, Any] = {
        "include": list(chosen),
        "format": fmt,
        "typed": typed,
        "projects": list(ids) if ids is not None else None,
    }
    started = time.perf_counter()
    started_at = utc_now()

    previous = await asyncio.to_thread(Manifest.load, manifest_path)
    done: dict[str, UnitRecord] = {}
    if previous is not None and resume:
        previous.check_options(options, manifest_path)
        done = await asyncio.to_thread(_verified_units, previous, out)

    fetcher = Fetcher(planner._transport)
    plan = await make_plan(
        fetcher,
        kinds=kinds_for(chosen),
        with_projects_file="projects" in chosen,
        projects=ids,
        known_projects=previous.projects if previous is not None and resume else None,
        done=frozenset(done),
        concurrency=slots,
    )
    remaining = planner.limiter.day_remaining
    budget: int | None = None
    if plan.requests > remaining:
        if not allow_partial:
            reset = planner.limiter.snapshot().day_reset_at
            raise ExportQuotaError(
                _quota_message(plan, remaining, f"{reset:%Y-%m-%d %H:%M}"),
                needed=plan.requests,
                remaining=remaining,
                planning=plan.planning_requests,
                reset_at=reset,
            )
        budget = remaining
    estimate = Estimate(
        requests=plan.requests,
        planning_requests=plan.planning_requests,
        requests_minimum=plan.planning_requests + plan.requests,
        seconds=planner.limiter.estimate_duration(plan.requests),
        day_remaining=remaining,
        records=plan.records + sum(r.records for r in done.values()),
        units=len(plan.units) + len(done),
    )

    # Only now does anything touch the disk: a refused export leaves no trace.
    stale = previous.units.values() if previous is not None and not resume else ()
    await asyncio.to_thread(_prepare_dir, out, [r.path for r in stale], plan.units, fmt)
    manifest = Manifest(options=options)
    if previous is not None and resume:
        manifest.started_at = previous.started_at
        manifest.runs = previous.runs
        manifest.requests_used = previous.requests_used
    manifest.projects = dict(plan.projects)
    manifest.units = dict(done)
    manifest.pending = [p.unit.key for p in plan.units]
    prior_requests = manifest.requests_used
    run_entry: dict[str, Any] = {"started_at": started_at, "status": "running"}
    manifest.runs.append(run_entry)
    manifest.requests_used = prior_requests + fetcher.attempts
    await asyncio.to_thread(manifest.save, manifest_path)

    results: list[UnitResult] = []
    for key, record in done.items():
        entity = KIND_ENTITY.get(key.rsplit("/", 1)[-1], "")
        results.append(
            UnitResult(
                key=key,
                entity=entity,
                path=record.path,
                records=record.records,
                requests=0,
                sha256=record.sha256,
                fetched=False,
            )
        )
        await emit(
            progress,
            UnitSkipped(unit=key, entity=entity, records=record.records, reason="already exported"),
        )

    per_entity: dict[str, list[int]] = {}
    for planned in plan.units:
        counts = per_entity.setdefault(planned.unit.kind.entity, [0, 0])
        counts[0] += planned.total
        counts[1] += planned.requests
    await emit(
        progress,
        ExportPlanned(
            units=len(plan.units),
            records=plan.records,
            requests=plan.requests,
            seconds=estimate.seconds,
            entities=tuple((name, c[0], c[1]) for name, c in per_entity.items()),
        ),
    )

    save_lock = asyncio.Lock()
    pending = {p.unit.key for p in plan.units}

    async def on_commit(outcome: UnitOutcome) -> None:
        unit = outcome.planned.unit
        async with save_lock:
            manifest.units[unit.key] = UnitRecord.of(
                outcome.relpath, outcome.file, outcome.requests
            )
            pending.discard(unit.key)
            manifest.pending = [k for k in manifest.pending if k in pending]
            manifest.requests_used = prior_requests + fetcher.attempts
            await asyncio.to_thread(manifest.save, manifest_path, throttle=True)
        results.append(
            UnitResult(
                key=unit.key,
                entity=unit.kind.entity,
                path=outcome.relpath,
                records=outcome.file.records,
                requests=outcome.requests,
                sha256=outcome.file.sha256,
                fetched=True,
                rescans=outcome.rescans,
            )
        )
        await emit(
            progress,
            UnitDone(
                unit=unit.key,
                entity=unit.kind.entity,
                records=outcome.file.records,
                requests=outcome.requests,
                path=outcome.relpath,
            ),
        )

    runner = Runner(
        fetcher,
        out_dir=out,
        fmt=fmt,
        typed=typed,
        concurrency=slots,
        progress=progress,
        on_commit=on_commit,
        budget=budget,
    )
    partial = False
    status = "failed"
    try:
        await runner.run(plan.units)
        partial = bool(pending)
        status = "partial" if partial else "complete"
    except (QuotaExhaustedError, RateLimitError) as exc:
        if isinstance(exc, RateLimitError) and (exc.window or "").lower() != "day":
            raise
        status = "partial"
        if not allow_partial:
            raise
        partial = True
    except BaseException as exc:
        stopped = isinstance(exc, asyncio.CancelledError | KeyboardInterrupt)
        status = "interrupted" if stopped else "failed"
        raise
    finally:
        finished_at = utc_now()
        run_entry.update(finished_at=finished_at, status=status, requests_used=fetcher.attempts)
        manifest.status = status
        manifest.finished_at = finished_at
        manifest.pending = [p.unit.key for p in plan.units if p.unit.key in pending]
        manifest.requests_used = prior_requests + fetcher.attempts
        # Shielded: a cancelled export must still leave a manifest naming what is done.
        await asyncio.shield(asyncio.to_thread(manifest.save, manifest_path))

    order = {p.unit.key: i for i, p in enumerate(plan.units)}
    results.sort(key=lambda r: order.get(r.key, -1))
    return ExportReport(
        out_dir=out,
        manifest=manifest_path,
        estimate=estimate,
        units=tuple(results),
        pending=tuple(manifest.pending),
        partial=partial,
        requests_used=fetcher.attempts,
        retries=fetcher.retries,
        records=sum(r.records for r in results),
        started_at=started_at,
        finished_at=manifest.finished_at or utc_now(),
        elapsed=time.perf_counter() - started,
    )
