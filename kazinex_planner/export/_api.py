"""``export()``: plan, prepare, run, finish — and keep the manifest true at every step.

Each step is a method of :class:`_ExportJob`: **plan** resolves the projects and sizes
every unit through the client's public methods, refusing as soon as today's quota
cannot cover what is known to be needed; **prepare** touches the disk (only after a
plan was accepted) and writes the first manifest; **run** produces the units; **finish**
records the outcome in the manifest (always, even when cancelled) and builds the report.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._logging import get_logger
from ..errors import ExportQuotaError, QuotaExhaustedError, RateLimitError
from ..observability import grouped
from ._fetch import Fetcher
from ._manifest import MANIFEST_NAME, Manifest, UnitRecord, utc_now
from ._paths import inside
from ._plan import PlannedUnit, make_plan
from ._progress import ExportPlanned, ProgressCallback, UnitDone, UnitSkipped, emit
from ._report import Estimate, ExportReport, UnitResult
from ._runner import Runner, UnitOutcome
from ._shard import Shard
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
    from .._base_client import BaseClient

__all__ = ["default_concurrency", "export"]

logger = get_logger("kazinex_planner.export")


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
        path = inside(out, record.path, entry=f"units[{key!r}].path")
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
        inside(out, relpath, entry=relpath).unlink(missing_ok=True)
    # A restarted export may cover other projects: folders it emptied must not linger.
    for folder in {inside(out, relpath, entry=relpath).parent for relpath in stale}:
        if folder != out.resolve() and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    for planned in units:
        final = inside(out, planned.unit.relpath(fmt), entry=planned.unit.key)
        for leftover in (
            final.with_name(final.name + PART_SUFFIX),
            final.with_name(final.name + ".rows" + PART_SUFFIX),
        ):
            leftover.unlink(missing_ok=True)


def _refusal(needed: int, remaining: int, reset_at: datetime, what: str) -> str:
    return (
        f"export refused: it needs {needed} more requests ({what}) but only {remaining} "
        f"remain today (the day resets at {reset_at:%Y-%m-%d %H:%M} UTC); pass "
        "allow_partial=True to export what fits and resume later"
    )


@grouped("kazinex_planner export")
async def export(
    planner: BaseClient,
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
    shard: tuple[int, int] | None = None,
) -> ExportReport:
    """Export projects to ``out_dir``: one file per entity per project, plus ``manifest.json``.

    * **Plan first**: projects are resolved and each collection's size is read with one
      ``per_page=1`` request. As soon as the cost is known (after the first page of
      projects: ``1 + projects × collections`` planning requests plus the single
      objects) and again before any data request, :class:`ExportQuotaError` is raised
      if today's remaining quota cannot cover it, naming both numbers and the reset
      time (unless ``allow_partial``: then what fits is planned and fetched, the rest
      stays pending).
    * **Fewest requests**: ``per_page=200``, pages read ahead by the list method's pager
      in the limiter's bulk lane (interactive calls on the same client go first).
    * **Lossless**: records are written as the server sent them, unknown fields
      included. ``typed=True`` validates each record through its model instead and
      writes what the SDK knows (fields it does not know are dropped).
    * **Exactly once, resumable**: each file is written under a temporary name and
      renamed when complete, then recorded in the manifest with its sha256. With
      ``resume=True`` a rerun skips recorded units whose file is intact.

    ``projects``: ids to export (default: every project the key can see).
    ``include``: entities among ``projects, schedules, activities, baselines, quality,
    resources, assignments, loading``. ``format``: ``"jsonl"`` or ``"csv"``.
    ``concurrency``: requests in flight (default from the plan's rate).
    ``progress``: a sync or async callable receiving :mod:`progress events
    <kazinex_planner.export>`. When the day's quota runs out mid-export (another user of
    the key spent it), the completed files are kept and a report with ``partial=True``
    and the pending units is returned; the manifest's ``status`` is ``"partial"``.
    ``shard=(index, count)``: export only the projects of that shard (a stable split
    by project id), with its own manifest and projects file, so ``count`` workers can
    export into one folder (see :mod:`kazinex_planner.export._shard`).
    """
    job = _ExportJob(
        planner,
        Path(out_dir),
        options=_check_options(include, format, concurrency, projects),
        concurrency=concurrency,
        resume=resume,
        typed=typed,
        allow_partial=allow_partial,
        progress=progress,
        shard=Shard.parse(shard),
    )
    await job.plan()
    await job.prepare()
    try:
        await job.run()
    finally:
        await job.finish()
    return job.report()


class _ExportJob:
    """One export call, step by step (see the module docstring)."""

    def __init__(
        self,
        planner: BaseClient,
        out: Path,
        *,
        options: tuple[tuple[str, ...], ExportFormat, tuple[str, ...] | None],
        concurrency: int | None,
        resume: bool,
        typed: bool,
        allow_partial: bool,
        progress: ProgressCallback | None,
        shard: Shard | None,
    ) -> None:
        self.planner = planner
        self.out = out
        self.chosen, self.fmt, self.ids = options
        self.slots = concurrency or default_concurrency(planner.rate_limit.minute_limit)
        self.resume = resume
        self.typed = typed
        self.allow_partial = allow_partial
        self.progress = progress
        self.shard = shard
        self.manifest_path = out / (shard.manifest_name if shard is not None else MANIFEST_NAME)
        self.options: dict[str, Any] = {
            "include": list(self.chosen),
            "format": self.fmt,
            "typed": typed,
            "projects": list(self.ids) if self.ids is not None else None,
        }
        if shard is not None:
            self.options["shard"] = [shard.index, shard.count]
        self.started = time.perf_counter()
        self.started_at = utc_now()
        self.fetcher = Fetcher(planner)
        self.previous: Manifest | None = None
        self.done: dict[str, UnitRecord] = {}
        self.budget: int | None = None
        self.results: list[UnitResult] = []
        self.status = "failed"
        self.partial = False

    # -- plan -----------------------------------------------------------------------

    def _check_quota(self, needed: int, planning: int, *, spent: bool = False) -> int:
        """Refuse (unless ``allow_partial``) when today cannot cover ``needed`` more
        requests; ``planning`` counts the planning requests still to make (or, with
        ``spent``, already made). Returns today's remaining requests."""
        snapshot = self.planner.rate_limit
        # The export runs in the bulk lane: a shared limiter's day reserve is not its to spend.
        remaining = snapshot.bulk_day_remaining
        if needed > remaining and not self.allow_partial:
            if spent:
                what = f"data, after {planning} planning requests"
            else:
                what = f"{planning} to finish planning, then at least {needed - planning} for data"
            raise ExportQuotaError(
                _refusal(needed, remaining, snapshot.day_reset_at, what),
                needed=needed,
                remaining=remaining,
                planning=planning,
                reset_at=snapshot.day_reset_at,
            )
        return remaining

    async def plan(self) -> None:
        """Resolve and size everything; refuse before any data request if it cannot fit."""
        self.previous = await asyncio.to_thread(Manifest.load, self.manifest_path)
        resuming = self.previous if self.resume else None
        if resuming is not None:
            resuming.check_options(self.options, self.manifest_path)
            self.done = await asyncio.to_thread(_verified_units, resuming, self.out)
        self.export_plan = await make_plan(
            self.fetcher,
            kinds=kinds_for(self.chosen),
            with_projects_file="projects" in self.chosen,
            projects=self.ids,
            known_projects=resuming.projects if resuming is not None else None,
            done=frozenset(self.done),
            concurrency=self.slots,
            check=self._check_quota,
            shard=self.shard,
        )
        plan = self.export_plan
        remaining = self._check_quota(plan.requests, plan.planning_requests, spent=True)
        if plan.requests > remaining:
            self.budget = remaining  # allow_partial: spend today on units that can finish
        self.estimate = Estimate(
            requests=plan.requests,
            planning_requests=plan.planning_requests,
            requests_minimum=plan.planning_requests + plan.requests,
            seconds=self.planner.limiter.estimate_duration(plan.requests),
            day_remaining=remaining,
            records=plan.records + sum(r.records for r in self.done.values()),
            units=len(plan.units) + len(self.done),
        )

    # -- prepare --------------------------------------------------------------------

    async def prepare(self) -> None:
        """Only now does anything touch the disk: a refused export leaves no trace."""
        plan, previous = self.export_plan, self.previous
        stale = previous.units.values() if previous is not None and not self.resume else ()
        await asyncio.to_thread(
            _prepare_dir, self.out, [r.path for r in stale], plan.units, self.fmt
        )
        manifest = Manifest(options=self.options)
        if previous is not None and self.resume:
            manifest.started_at = previous.started_at
            manifest.runs = previous.runs
            manifest.requests_used = previous.requests_used
        manifest.projects = dict(plan.projects)
        manifest.units = dict(self.done)
        manifest.pending = [p.unit.key for p in plan.units]
        self.prior_requests = manifest.requests_used
        self.run_entry: dict[str, Any] = {"started_at": self.started_at, "status": "running"}
        manifest.runs.append(self.run_entry)
        manifest.requests_used = self.prior_requests + self.fetcher.attempts
        self.manifest = manifest
        self.pending = {p.unit.key for p in plan.units}
        self.save_lock = asyncio.Lock()
        await asyncio.to_thread(manifest.save, self.manifest_path)
        await self._announce()

    async def _announce(self) -> None:
        for key, record in self.done.items():
            entity = KIND_ENTITY.get(key.rsplit("/", 1)[-1], "")
            self.results.append(
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
                self.progress,
                UnitSkipped(
                    unit=key, entity=entity, records=record.records, reason="already exported"
                ),
            )
        per_entity: dict[str, list[int]] = {}
        for planned in self.export_plan.units:
            counts = per_entity.setdefault(planned.unit.kind.entity, [0, 0])
            counts[0] += planned.total
            counts[1] += planned.requests
        await emit(
            self.progress,
            ExportPlanned(
                units=len(self.export_plan.units),
                records=self.export_plan.records,
                requests=self.export_plan.requests,
                seconds=self.estimate.seconds,
                entities=tuple((name, c[0], c[1]) for name, c in per_entity.items()),
            ),
        )

    # -- run ------------------------------------------------------------------------

    async def _on_commit(self, outcome: UnitOutcome) -> None:
        unit, manifest = outcome.planned.unit, self.manifest
        async with self.save_lock:
            manifest.units[unit.key] = UnitRecord.of(
                outcome.relpath, outcome.file, outcome.requests
            )
            self.pending.discard(unit.key)
            manifest.pending = [k for k in manifest.pending if k in self.pending]
            manifest.requests_used = self.prior_requests + self.fetcher.attempts
            await asyncio.to_thread(manifest.save, self.manifest_path, throttle=True)
        self.results.append(
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
            self.progress,
            UnitDone(
                unit=unit.key,
                entity=unit.kind.entity,
                records=outcome.file.records,
                requests=outcome.requests,
                path=outcome.relpath,
            ),
        )

    async def run(self) -> None:
        """Produce the units; the day's quota running out mid-way makes a partial result."""
        runner = Runner(
            self.fetcher,
            out_dir=self.out,
            fmt=self.fmt,
            typed=self.typed,
            concurrency=self.slots,
            progress=self.progress,
            on_commit=self._on_commit,
            budget=self.budget,
        )
        try:
            await runner.run(self.export_plan.units)
        except (QuotaExhaustedError, RateLimitError) as exc:
            if isinstance(exc, RateLimitError) and (exc.window or "").lower() != "day":
                raise
            logger.warning("export: %s; completed files are kept, the rest is pending", exc)
            self.status, self.partial = "partial", True
            return
        except BaseException as exc:
            stopped = isinstance(exc, asyncio.CancelledError | KeyboardInterrupt)
            self.status = "interrupted" if stopped else "failed"
            raise
        self.partial = bool(self.pending)
        self.status = "partial" if self.partial else "complete"

    # -- finish ---------------------------------------------------------------------

    async def finish(self) -> None:
        """Record the outcome in the manifest, whatever happened (shielded from cancel)."""
        manifest, plan = self.manifest, self.export_plan
        finished_at = utc_now()
        self.run_entry.update(
            finished_at=finished_at, status=self.status, requests_used=self.fetcher.attempts
        )
        manifest.status = self.status
        manifest.finished_at = finished_at
        manifest.pending = [p.unit.key for p in plan.units if p.unit.key in self.pending]
        manifest.requests_used = self.prior_requests + self.fetcher.attempts
        await asyncio.shield(asyncio.to_thread(manifest.save, self.manifest_path))

    def report(self) -> ExportReport:
        order = {p.unit.key: i for i, p in enumerate(self.export_plan.units)}
        results = sorted(self.results, key=lambda r: order.get(r.key, -1))
        return ExportReport(
            out_dir=self.out,
            manifest=self.manifest_path,
            estimate=self.estimate,
            units=tuple(results),
            pending=tuple(self.manifest.pending),
            partial=self.partial,
            requests_used=self.fetcher.attempts,
            retries=self.fetcher.retries,
            records=sum(r.records for r in results),
            started_at=self.started_at,
            finished_at=self.manifest.finished_at or utc_now(),
            elapsed=time.perf_counter() - self.started,
        )
