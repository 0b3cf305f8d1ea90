"""What an export returns: the plan's estimate, what was written, what it cost."""

from __future__ import annotations

from pathlib import Path

import attrs

__all__ = ["Estimate", "ExportReport", "UnitResult"]


@attrs.frozen(kw_only=True)
class Estimate:
    """The plan's numbers, known before the first data request.

    ``requests`` is what the export still had to make after planning (data pages plus
    single objects, at ``per_page=200``); ``requests_minimum`` adds the planning
    requests (project resolution and one ``per_page=1`` count per collection), the
    fewest requests that can produce these files. ``seconds`` is the limiter's estimate
    for ``requests`` at the key's rate, from its state when planning ended.
    """

    requests: int
    planning_requests: int
    requests_minimum: int
    seconds: float
    day_remaining: int
    records: int
    units: int


@attrs.frozen(kw_only=True)
class UnitResult:
    """One unit's outcome in this run. ``fetched=False``: complete from an earlier run."""

    key: str
    entity: str
    path: str
    records: int
    requests: int
    sha256: str
    fetched: bool
    rescans: int = 0


@attrs.frozen(kw_only=True)
class ExportReport:
    """The result of :func:`~kazinex_planner.export.export`.

    ``requests_used`` counts every HTTP attempt this run made, retries included (a
    rate-limit token each). One exception is invisible from here: aiohttp itself resends
    an idempotent request once when a kept-alive connection drops before the response,
    so a server may see slightly more requests than this on a flaky network.
    ``partial`` is true when the day's quota stopped the run under
    ``allow_partial=True``, and ``pending`` names the units still to do: run the same
    export again with ``resume=True`` after the quota resets.
    """

    out_dir: Path
    manifest: Path
    estimate: Estimate
    units: tuple[UnitResult, ...]
    pending: tuple[str, ...]
    partial: bool
    requests_used: int
    retries: int
    records: int
    started_at: str
    finished_at: str
    elapsed: float

    @property
    def complete(self) -> bool:
        return not self.partial and not self.pending

    @property
    def requests_ratio(self) -> float:
        """``requests_used / requests_minimum`` (1.0 is the fewest possible)."""
        minimum = self.estimate.requests_minimum
        return self.requests_used / minimum if minimum else 1.0
