"""Export events → bars: one per entity (records) and one for the data requests.

One definition of "requests" everywhere: the ``requests`` bar counts the export's data
requests (HTTP attempts of the units, retries included), exactly what the summary's
entity rows add up to; planning requests (resolving projects, one ``per_page=1`` count
per collection) are shown apart in the summary. Units completed by an earlier run
count as already done, so the bars' totals equal the summary's records. An entity with
nothing to fetch is shown done at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.progress import Progress, TaskID

from ..export import (
    ENTITIES,
    ExportEvent,
    ExportPlanned,
    ExportReport,
    PageWritten,
    UnitDone,
    UnitSkipped,
)
from ._eta import EtaEstimator, format_eta

__all__ = ["ExportBars", "planning_requests"]

_PREFETCHED = "projects"  # the projects file is written from planning data


def planning_requests(report: ExportReport, data_requests: int) -> int:
    """Requests of this run that were not data requests (the summary's planning row)."""
    return max(0, report.requests_used - data_requests)


class ExportBars:
    """A progress callback for :func:`~kazinex_planner.export.export`.

    ``limiter_seconds`` is the limiter's estimate for N more requests; ``now`` the
    clock for the observed throughput (both injectable for tests).
    """

    def __init__(
        self,
        progress: Progress | None,
        limiter_seconds: Callable[[int], float],
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._progress = progress
        self._eta = EtaEstimator(limiter_seconds, now=now)
        self._bars: dict[str, TaskID] = {}
        self._totals: dict[str, int] = {}
        self._done: dict[str, int] = {}
        self._unit_records: dict[str, int] = {}
        self._unit_requests: dict[str, int] = {}
        self._skipped: dict[str, int] = {}
        self._requests: TaskID | None = None
        self._requests_total = 0
        self.committed = 0
        self.last_eta = ""

    def attach(self, progress: Progress) -> None:
        self._progress = progress

    @property
    def data_requests(self) -> int:
        return sum(self._unit_requests.values())

    def __call__(self, event: ExportEvent) -> None:
        if isinstance(event, UnitSkipped):
            self._skipped[event.entity] = self._skipped.get(event.entity, 0) + event.records
            self.committed += 1
        elif isinstance(event, ExportPlanned):
            self._planned(event)
        elif isinstance(event, PageWritten):
            self._eta.start()
            self._records(event.unit, event.entity, event.records)
            if event.entity != _PREFETCHED:
                self._unit_requests[event.unit] = event.requests
            self._show_requests()
        elif isinstance(event, UnitDone):
            self.committed += 1
            self._records(event.unit, event.entity, event.records)
            if event.entity != _PREFETCHED:
                self._unit_requests[event.unit] = event.requests
            self._show_requests()

    def _planned(self, event: ExportPlanned) -> None:
        progress = self._progress
        assert progress is not None, "attach() a Progress before the export starts"
        self._requests_total = event.requests
        self._requests = progress.add_task(
            "requests", total=max(1, event.requests), count="", eta=""
        )
        entities = [name for name, _, _ in event.entities]
        entities += [name for name in self._skipped if name not in entities]
        order = {name: i for i, name in enumerate(ENTITIES)}
        entities.sort(key=lambda name: order.get(name, len(order)))
        planned = {name: records for name, records, _ in event.entities}
        for entity in entities:
            done = self._skipped.get(entity, 0)
            total = planned.get(entity, 0) + done
            self._totals[entity] = total
            self._done[entity] = done
            self._bars[entity] = progress.add_task(entity, total=max(1, total), count="", eta="")
            self._show_entity(entity)
        self._show_requests()

    def _records(self, unit: str, entity: str, records: int) -> None:
        previous = self._unit_records.get(unit, 0)
        self._unit_records[unit] = records
        if entity in self._bars:
            self._done[entity] += records - previous
            self._totals[entity] = max(self._totals[entity], self._done[entity])
            self._show_entity(entity)

    def _show_entity(self, entity: str) -> None:
        assert self._progress is not None
        done, total = self._done[entity], self._totals[entity]
        finished = done >= total
        self._progress.update(
            self._bars[entity],
            total=max(1, total),
            completed=max(1, total) if finished else done,
            count=f"{done:,}/{total:,}",
            eta="done" if finished else "",
        )

    def _show_requests(self) -> None:
        if self._requests is None or self._progress is None:
            return
        done = self.data_requests
        self._requests_total = max(self._requests_total, done)
        total = self._requests_total
        self._eta.observe(done)
        left = total - done
        self.last_eta = "done" if left <= 0 else format_eta(self._eta.seconds_left(left))
        self._progress.update(
            self._requests,
            total=max(1, total),
            completed=max(1, total) if left <= 0 else done,
            count=f"{done:,}/{total:,}",
            eta=self.last_eta,
        )
