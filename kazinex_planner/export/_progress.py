"""Progress events: small frozen values a caller can render, log or ignore.

They are plain data (no references into the runner) so that a callback can keep them,
send them to another thread, or compare them in a test. A callback may be sync or
async; an exception it raises stops the export like any other error (completed units
stay committed), which is also how a caller can cancel an export from a progress bar.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

import attrs

__all__ = [
    "ExportEvent",
    "ExportPlanned",
    "PageWritten",
    "ProgressCallback",
    "UnitDone",
    "UnitSkipped",
    "UnitStarted",
    "emit",
]


@attrs.frozen(kw_only=True)
class ExportPlanned:
    """Planning is done and the export will run (sent once, before any data request).

    ``entities`` maps each entity to ``(records, requests)`` still to fetch;
    ``seconds`` is the limiter's estimate for ``requests`` at the key's rate.
    """

    units: int
    records: int
    requests: int
    seconds: float
    entities: tuple[tuple[str, int, int], ...]


@attrs.frozen(kw_only=True)
class UnitStarted:
    """A unit began fetching: ``expected_records`` and ``expected_pages`` from the plan."""

    unit: str
    entity: str
    expected_records: int
    expected_pages: int


@attrs.frozen(kw_only=True)
class PageWritten:
    """One page reached the unit's temporary file.

    ``records`` counts records written so far in the unit (duplicates from page drift
    are not written and not counted); ``total`` is the latest ``meta.total``.
    """

    unit: str
    entity: str
    page: int
    records: int
    total: int
    requests: int


@attrs.frozen(kw_only=True)
class UnitDone:
    """The unit's file was committed (renamed into place and recorded in the manifest)."""

    unit: str
    entity: str
    records: int
    requests: int
    path: str


@attrs.frozen(kw_only=True)
class UnitSkipped:
    """A unit needed no fetch: already complete from an earlier run (``reason``)."""

    unit: str
    entity: str
    records: int
    reason: str


ExportEvent = ExportPlanned | UnitStarted | PageWritten | UnitDone | UnitSkipped
ProgressCallback = Callable[[ExportEvent], object | Awaitable[object]]


async def emit(callback: ProgressCallback | None, event: ExportEvent) -> None:
    """Deliver ``event``; await the callback's result when it is awaitable."""
    if callback is None:
        return
    result = callback(event)
    if inspect.isawaitable(result):
        await result
