"""Running the plan: units side by side, pages side by side, records written in order.

Concurrency: ``concurrency`` requests in flight at most, split between units produced
side by side (*workers*) and pages read ahead within a unit (the list method's own
pager ``prefetch``): many small units run one page at a time each, one large unit reads
``concurrency`` pages ahead. Memory is O(concurrency × page size) whatever the export's
size, because a pager holds at most ``prefetch`` pages beyond the one being written.

Page drift: pages are numbered, so a record inserted or deleted while a unit is being
read shifts others across page boundaries. Duplicates are dropped by the writer; a
skipped record shows up as pages that disagree on ``meta.total`` or as fewer distinct
records than the total, and the unit is then re-scanned (at most ``MAX_RESCANS``
times), appending only records not yet written. The result holds every record that
existed for the whole export exactly once; records created or deleted during it may or
may not appear. One case page numbers cannot reveal: a deletion before a page boundary
balanced by an insertion after it, between two page fetches, leaves every total equal
and can skip the record at the boundary; only a cursor or a second full pass would
catch it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Final

import attrs

from .._logging import get_logger
from ..errors import ResponseValidationError
from ._fetch import Fetcher
from ._plan import PlannedUnit
from ._progress import PageWritten, ProgressCallback, UnitStarted, emit
from ._tasks import first_error
from ._units import PER_PAGE, ExportFormat
from ._writer import CommittedFile, UnitWriter

__all__ = ["MAX_RESCANS", "Runner", "UnitOutcome"]

logger = get_logger("kazinex_planner.export")

#: Extra passes over a unit whose pages disagreed; past that the list is changing too
#: fast to read consistently by page number, and the unit is committed as read.
MAX_RESCANS: Final = 3


@attrs.frozen(kw_only=True)
class UnitOutcome:
    """A committed unit, handed to the commit callback."""

    planned: PlannedUnit
    relpath: str
    file: CommittedFile
    requests: int
    rescans: int


CommitCallback = Callable[[UnitOutcome], Awaitable[None]]


@attrs.define
class _PassResult:
    totals: set[int]
    requests: int


class Runner:
    """Produces the planned units with ``concurrency`` slots; see the module docstring.

    ``budget`` (requests) is set when the day's quota cannot finish the export and
    partial output was allowed: a unit is started only if its planned requests still
    fit, so the quota is spent on units that can be completed rather than on half-read
    ones that would be thrown away. Units that do not fit stay pending.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        out_dir: Path,
        fmt: ExportFormat,
        typed: bool,
        concurrency: int,
        progress: ProgressCallback | None,
        on_commit: CommitCallback,
        budget: int | None = None,
    ) -> None:
        self._fetcher = fetcher
        self._out = out_dir
        self._fmt: ExportFormat = fmt
        self._typed = typed
        self._concurrency = concurrency
        self._prefetch = 1
        self._progress = progress
        self._on_commit = on_commit
        self._budget = budget
        self._queue: deque[PlannedUnit] = deque()
        self.unstarted: list[PlannedUnit] = []

    async def run(self, units: tuple[PlannedUnit, ...]) -> None:
        """Produce every unit; the first failure stops the others and is re-raised."""
        self._queue = deque(units)
        busy = sum(1 for u in units if u.requests > 0 and not u.deferred)
        workers = max(1, min(self._concurrency, busy))
        self._prefetch = max(1, self._concurrency // workers)
        await first_error([self._worker() for _ in range(min(workers, len(units)))])

    async def _worker(self) -> None:
        while self._queue:
            planned = self._queue.popleft()
            if planned.deferred:
                self.unstarted.append(planned)
                continue
            if self._budget is not None:
                if planned.requests > self._budget:
                    self.unstarted.append(planned)
                    continue
                self._budget -= planned.requests
            await self._produce(planned)

    async def _produce(self, planned: PlannedUnit) -> None:
        unit = planned.unit
        relpath = unit.relpath(self._fmt)
        writer = UnitWriter(
            self._out / relpath, fmt=self._fmt, model=unit.kind.model, typed=self._typed
        )
        await emit(
            self._progress,
            UnitStarted(
                unit=unit.key,
                entity=unit.kind.entity,
                expected_records=planned.total,
                expected_pages=planned.requests,
            ),
        )
        writer.open()
        try:
            requests, rescans = await self._fill(planned, writer)
            file = await asyncio.to_thread(writer.commit)
        except BaseException:
            writer.discard()
            raise
        await self._on_commit(
            UnitOutcome(
                planned=planned, relpath=relpath, file=file, requests=requests, rescans=rescans
            )
        )

    async def _fill(self, planned: PlannedUnit, writer: UnitWriter) -> tuple[int, int]:
        """Write the unit's records; returns ``(requests, rescans)``."""
        unit = planned.unit
        if planned.preloaded is not None:
            writer.write(planned.preloaded)
            return planned.preloaded_requests, 0
        if planned.skip_reason is not None:
            return 0, 0
        if not unit.kind.paginated:
            body, used = await self._fetcher.call(unit.kind, unit.project_id, **unit.params())
            writer.write([body])
            await self._page_written(planned, writer, 1, 1, used)
            return used, 0
        if planned.total == 0:
            return 0, 0  # counted empty while planning: no data request at all
        requests = 0
        for rescans in range(MAX_RESCANS + 1):
            result = await self._pass(planned, writer, requests)
            requests += result.requests
            latest = max(result.totals) if result.totals else 0
            consistent = len(result.totals) <= 1 and writer.records >= latest
            if consistent:
                return requests, rescans
            logger.info(
                "export: %s changed while being read (totals %s); re-scanning",
                unit.key,
                sorted(result.totals),
            )
        logger.warning(
            "export: %s kept changing during %d re-scans; committed as read", unit.key, MAX_RESCANS
        )
        return requests, MAX_RESCANS

    async def _pass(
        self, planned: PlannedUnit, writer: UnitWriter, requests_before: int
    ) -> _PassResult:
        """Read every page once, in order, through the list method's pager."""
        unit = planned.unit
        result = _PassResult(totals=set(), requests=0)
        page = 0
        pages = self._fetcher.pages(
            unit.kind, unit.project_id, prefetch=self._prefetch, per_page=PER_PAGE, **unit.params()
        )
        async with contextlib.aclosing(pages) as stream:
            async for body, used in stream:
                page += 1
                data, total = _page(body, unit.key)
                writer.write(data)
                result.requests += used
                result.totals.add(total)
                await self._page_written(
                    planned, writer, page, total, requests_before + result.requests
                )
        return result

    async def _page_written(
        self, planned: PlannedUnit, writer: UnitWriter, page: int, total: int, requests: int
    ) -> None:
        await emit(
            self._progress,
            PageWritten(
                unit=planned.unit.key,
                entity=planned.unit.kind.entity,
                page=page,
                records=writer.records,
                total=total,
                requests=requests,
            ),
        )


def _page(body: Any, what: str) -> tuple[list[Any], int]:
    """``(data, meta.total)`` of a list response, checked just enough to rely on."""
    try:
        data = body["data"]
        total = body["meta"]["total"]
    except (KeyError, TypeError) as exc:
        raise ResponseValidationError(f"{what}: not a list response", body=b"") from exc
    if not isinstance(data, list) or isinstance(total, bool) or not isinstance(total, int):
        raise ResponseValidationError(f"{what}: malformed data/meta.total", body=b"")
    return data, total
