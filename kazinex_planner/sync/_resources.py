"""Blocking twins of the hand-written resource extensions (the waiters)."""

from __future__ import annotations

from .._generated.models import QualityReport, Schedule
from .._generated.sync_resources import SyncQualityResource, SyncSchedulesResource
from ..resources.quality import Quality
from ..resources.schedules import Schedules

__all__ = ["SyncQuality", "SyncSchedules"]


class SyncSchedules(SyncSchedulesResource):
    """``planner.schedules``: the generated methods plus ``wait_until_ready``."""

    _async: Schedules

    def wait_until_ready(
        self,
        project_id: str,
        schedule_id: str,
        *,
        timeout: float = 600,
        poll_interval: float = 2.0,
    ) -> Schedule:
        """Block until the schedule is ``ready``; see the async ``Schedules.wait_until_ready``."""
        return self._call(
            self._async.wait_until_ready(
                project_id, schedule_id, timeout=timeout, poll_interval=poll_interval
            )
        )


class SyncQuality(SyncQualityResource):
    """``planner.quality``: the generated methods plus ``wait_until_complete``."""

    _async: Quality

    def wait_until_complete(
        self,
        project_id: str,
        schedule_id: str | None = None,
        *,
        timeout: float = 600,
        poll_interval: float = 2.0,
    ) -> QualityReport:
        """Block until the quality report is ``complete``; see the async twin."""
        return self._call(
            self._async.wait_until_complete(
                project_id, schedule_id, timeout=timeout, poll_interval=poll_interval
            )
        )
